"""BriefMarkdown: the brief's Markdown drawn as one widget.

Textual's Markdown widget makes a widget of every block, and its tables a widget of every
cell in a grid: the brief of a workspace of 5 sources and 20 tags made some 2000 widgets,
and laying them out was most of the time the brief preview took to open, and a part of
every dialog opened over it (the screen under a dialog is laid out again). Here the brief is
one Static holding Rich's rendering of the Markdown (headings, lists, tables that wrap in
the width they are given); ``source`` is the Markdown shown, as Textual's widget has it.
Its styles are weights and lines, no colours: what it writes has the contrast of the
theme's text in every theme."""

from __future__ import annotations

from rich.markdown import Heading
from rich.markdown import Markdown as RichMarkdown
from rich.style import Style
from rich.theme import Theme
from textual.widgets import Static

PLAIN = Style()
THEME = Theme({
    "markdown.h1": Style(bold=True), "markdown.h1.border": PLAIN, "markdown.h2": Style(bold=True, underline=True),
    "markdown.h3": Style(bold=True), "markdown.h4": Style(bold=True, italic=True), "markdown.h5": Style(italic=True),
    "markdown.h6": Style(italic=True), "markdown.h7": Style(italic=True),
    "markdown.code": Style(bold=True), "markdown.code_block": PLAIN, "markdown.block_quote": Style(italic=True),
    "markdown.list": PLAIN, "markdown.item.bullet": Style(bold=True), "markdown.item.number": PLAIN, "markdown.hr": PLAIN,
    "markdown.link": Style(underline=True), "markdown.link_url": Style(underline=True),
    "markdown.table.border": PLAIN, "markdown.table.header": Style(bold=True), "markdown.kbd": Style(bold=True),
}, inherit=True)


class LeftHeading(Heading):
    LEVEL_ALIGN = {h: "left" for h in Heading.LEVEL_ALIGN}  # the title too, as the exported file reads


class BriefRendering(RichMarkdown):
    elements = {**RichMarkdown.elements, "heading_open": LeftHeading}

    def __rich_console__(self, console, options):
        with console.use_theme(THEME):
            yield from super().__rich_console__(console, options)


class BriefMarkdown(Static):
    DEFAULT_CSS = """
    BriefMarkdown { width: 1fr; height: auto; }
    """

    def __init__(self, markdown: str = "", **kwargs) -> None:
        super().__init__(BriefRendering(markdown), **kwargs)
        self.source = markdown

    def update(self, markdown: str = "") -> None:  # type: ignore[override]
        self.source = markdown
        super().update(BriefRendering(markdown))
