"""End-to-end tests: the installed ``bluf`` in a real terminal (tmux) and over real SSH."""
