"""bluf's terminal interface. This package imports textual lazily: ``tui.cli`` (the
``bluf`` command) only loads it when the reader is opened."""
