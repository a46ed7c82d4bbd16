"""The baseline for start-up: the smallest Textual app that paints one line."""

from textual.app import App
from textual.widgets import Static


class Minimal(App):
    BINDINGS = [("q", "quit", "Quit")]

    def compose(self):
        yield Static("minimal-app-ready")


if __name__ == "__main__":
    Minimal().run()
