"""Text a person types, and text a terminal shows: control characters out.

``typed`` cleans a field on its way into the workspace (a note, a title, a name) the way
``annotate.ingest.sanitize`` cleans imported articles: terminal escape sequences, C0/C1
controls, DEL, bidirectional overrides and the BOM are removed. ``printable`` is for
output of text already stored (a workspace written before fields were cleaned): every
control character is shown escaped (``\\x1b``) on one line, so nothing reaching a
terminal can move the cursor, change colours, set the title or open a link."""

from __future__ import annotations

import re

from .ingest import _CONTROL

_LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x85\x0b\x0c]")
_SHOWN = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACE = re.compile(r"\s+")
# Lone surrogates: bytes of a command-line argument that were not UTF-8 (Python keeps
# them as U+DC80..U+DCFF) cannot be stored as UTF-8 JSON. They become U+FFFD.
_SURROGATES = re.compile(r"[\ud800-\udfff]")


def strip_controls(text: str) -> str:
    """``text`` without terminal escape sequences and control characters other than tab
    and newline (what ``annotate.ingest.sanitize`` removes from imported articles)."""
    return _CONTROL.sub("", text)


def typed(text: str, multiline: bool = False) -> str:
    """``text`` as typed, without control characters and escape sequences, trimmed.
    One line (newlines and tabs become spaces) unless ``multiline``, which keeps
    newlines (``\\r\\n``, ``\\r`` and Unicode separators become ``\\n``). Bytes that
    were not UTF-8 (lone surrogates from a command line) become U+FFFD."""
    text = _SURROGATES.sub("\ufffd", _LINE_BREAKS.sub("\n", str(text)).replace("\t", " "))
    if not multiline:
        text = text.replace("\n", " ")
    text = _CONTROL.sub("", text)
    return text.strip()


def printable(text: object) -> str:
    """One line safe for a terminal: runs of whitespace become one space and every other
    control character is shown as its escape (``"\\x1b[2J"`` -> ``"\\\\x1b[2J"``)."""
    text = str(text)
    if not _SHOWN.search(text):
        return text
    text = _SPACE.sub(" ", text)
    return _SHOWN.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


# In UTF-8 JSON text: DEL, C1 controls, line/paragraph separators, bidirectional
# overrides and isolates, the BOM (C0 controls are escaped by every JSON encoder already).
_JSON_UNSAFE = re.compile(rb"\x7f|\xc2[\x80-\x9f]|\xe2\x80[\xa8-\xae]|\xe2\x81[\xa6-\xa9]|\xef\xbb\xbf")


def json_escaped(data: bytes) -> bytes:
    """UTF-8 JSON with the characters a terminal could act on written as ``\\uXXXX``
    escapes: the same JSON value, safe to print."""
    return _JSON_UNSAFE.sub(lambda m: b"\\u%04x" % ord(m.group().decode("utf-8")), data)
