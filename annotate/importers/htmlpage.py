"""Saved web pages: the article's text and metadata, extracted by trafilatura.

trafilatura finds the main text (navigation, footers, share bars and comments left out)
and the title, author, date (htmldate, from the page's metadata and markup only: no
guessing from the body text), site name and canonical URL (link rel=canonical, og:url).
The page's language (``<html lang>``, Content-Language) and a grade
(``<meta name="bluf:grade" content="B2">`` or ``name="grade"``) are read here."""

from __future__ import annotations

import codecs
import re

from ._common import Entry, build_meta, decode_text, error

_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""", re.I)
_XML_DECL = re.compile(r"^\ufeff?\s*<\?xml[^>]*\?>")
# As browsers do (WHATWG Encoding): these labels mean windows-1252.
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"}
GRADE_META = ("bluf:grade", "grade")
MIN_WORDS = 5  # fewer extracted words than this is no article
_WORD = re.compile(r"\w+")


def declared_charset(data: bytes) -> str | None:
    """The Python codec name of the charset an HTML/XML page declares in its first 4096 bytes (XML
    declaration or ``charset=`` in a ``<meta>`` tag); "cp1252" for Latin-1 and ASCII labels (as
    browsers do); None when none is declared or it is unknown.
    """
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _CHARSET.search(head)
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def page_fields(tree) -> dict[str, str]:
    """The language and grade a page states."""
    out: dict[str, str] = {}
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or tree.get("xml:lang")
    metas = tree.xpath("//meta")
    for m in metas:
        name = (m.get("name") or m.get("property") or m.get("http-equiv") or "").strip().lower()
        content = (m.get("content") or "").strip()
        if not content:
            continue
        if name in GRADE_META and "grade" not in out:
            out["grade"] = content
        elif not lang and name in ("content-language", "language", "dc.language", "og:locale"):
            lang = content.split(",")[0]
    if lang:
        out["language"] = lang
    return out


def read_html(data: bytes, where: str, name: str, path: str, fallback: str | None) -> tuple[list, list[str]]:
    """The article of an HTML page, extracted with trafilatura: ``([Entry], warnings)``, one entry with
    the page's title, author, URL, date, site name (outlet), language and grade as metadata. Raises
    ``IngestError`` for an empty file, a page that cannot be parsed, or one with no article text;
    decoding errors as ``decode_text``.
    """
    import trafilatura
    from trafilatura.settings import set_date_params

    text, warnings = decode_text(data, where, fallback, declared_charset(data))
    if not text.strip():
        raise error(where, "empty file")
    # lxml refuses a str that declares its encoding; it is decoded already.
    text = _XML_DECL.sub("", text, count=1)
    tree = trafilatura.load_html(text)
    if tree is None:
        raise error(where, "not an HTML page (it could not be parsed)")
    fields = page_fields(tree)
    doc = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        date_extraction_params=set_date_params(False),
    )
    body = paragraphs(doc.text if doc is not None else "")
    if len(_WORD.findall(body)) < MIN_WORDS:
        # Nothing, or a scrap such as a menu's "Home" that the fallback extractor kept.
        raise error(where, "no article text found in the HTML page")
    headline = _headline(doc.title, tree)
    for key, value in (("title", headline), ("author", doc.author), ("url", doc.url),
                       ("published", doc.date), ("outlet", doc.sitename or _title_site(tree, headline))):
        if value:
            fields[key] = value
    meta = build_meta(fields, where, warnings)
    return [Entry(name, body, path, meta, where)], warnings


def _headline(title: str | None, tree) -> str:
    """The page's headline: trafilatura's ``title``, unless that is a dateline ("Today : May
    08, 2025"); then the first part of the ``<title>`` element that is neither a dateline nor
    a file name ("Pakistan vows response | strikes.html" -> "Pakistan vows response")."""
    from ..datelines import is_dateline, is_file_name

    if title and not is_dateline(title):
        return title
    whole = " ".join(" ".join(tree.xpath("//title//text()")).split())
    for part in re.split(r"\s+[|–—-]\s+", whole):
        if part and not is_dateline(part) and not is_file_name(part):
            return part
    return ""


def _title_site(tree, headline: str) -> str:
    """The site's name a ``<title>`` gives after the headline when the page names no site
    otherwise: "Army says border calm - The Valley Ledger" -> "The Valley Ledger" (" - ", " | ",
    " – " or " — " after the whole headline; one to five words, no dateline, no file name);
    "" when the title is the headline alone or does not start with it."""
    from ..datelines import is_dateline, is_file_name

    whole = " ".join(" ".join(tree.xpath("//title//text()")).split())
    head = " ".join((headline or "").split())
    if not head or not whole.startswith(head):
        return ""
    m = re.fullmatch(r"\s+[|–—-]\s+(.+)", whole[len(head):])
    site = m.group(1).strip() if m else ""
    if not site or len(site.split()) > 5 or is_dateline(site) or is_file_name(site) or re.search(r"[.!?]$", site):
        return ""
    return site


def paragraphs(text: str | None) -> str:
    """trafilatura's text (one line per block) with blank lines between paragraphs, the
    layout bluf's boilerplate and heading finders read."""
    if not text:
        return ""
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed entry's content): trafilatura's extraction when it
    has paragraphs, else lxml's plain text (via trafilatura.html2txt) for a short summary."""
    import trafilatura

    if not fragment or "<" not in fragment:
        return (fragment or "").strip()
    page = f"<html><body><article>{fragment}</article></body></html>"
    if len(fragment) > 400 or re.search(r"<(?:p|div|br|h[1-6]|li|blockquote|pre)\b", fragment, re.I):
        text = paragraphs(trafilatura.extract(page, favor_recall=True, include_comments=False, include_tables=True))
        if text:
            return text
    return trafilatura.html2txt(page).strip()
