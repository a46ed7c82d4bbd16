"""Bundled colour themes (TOML), registered by the TUI."""
