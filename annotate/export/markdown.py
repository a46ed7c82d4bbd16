"""The brief as Markdown, from a Jinja2 template shipped in the package."""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, PackageLoader, StrictUndefined

from ..brief import Brief
from ..clean import strip_controls

# Characters that Markdown (CommonMark, GFM tables, pandoc) could read as syntax.
# Inline only (the template never starts a line with escaped text): emphasis, code, links,
# HTML, table pipes, pandoc's strikeout/superscript/math/citations, heading closers.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~#$^@&])")


def md(text: str) -> str:
    """Text shown literally in Markdown: syntax characters escaped, newlines folded, so a
    quote full of ``|``, ``*``, backticks or HTML cannot break the document."""
    text = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", text)


def url(text: str) -> str:
    """A source's URL as a Markdown autolink (``<https://…>``) when it is one web address with
    no space or angle bracket, else as literal text (``md``)."""
    text = str(text).strip()
    if re.fullmatch(r"https?://[^\s<>]+", text):
        return f"<{text}>"
    return md(text)


def cite(ref) -> str:
    """A numbered citation that links to the source's entry in the list."""
    return f"[\\[{ref.n}\\]](#{ref.anchor})"


def cite_n(n: int) -> str:
    """A numbered Markdown citation of source number ``n``, linking to its entry (anchor
    ``src-<n>``) in the brief's source list; what ``cite`` gives for a ``SourceRef``.
    """
    return f"[\\[{n}\\]](#src-{n})"


def evidence(e) -> str:
    """A tagged passage as the brief shows it, Markdown-escaped: a quote in quote marks
    (“…”), the source's own narration ("Moscow denied it.") as a plain sentence."""
    if not e.is_quote:
        return md(e.text)
    text = e.text.strip()
    if text[:1] in "“\"«„":  # the passage's own marks (a sentence tagged with its quote's): one pair only
        inner = text[1:]
        text = inner[:-1] if inner[-1:] in "”\"»" and not any(m in inner[:-1] for m in "“\"«„") else inner
    return f"“{md(text)}”"


def inside(e) -> str:
    """The tags counted with a passage (``Evidence.inside``: on words inside it, same actor and
    label) as the brief names them after it: "; inside it, “interference” tagged by ana"."""
    if not e.inside:
        return ""
    parts = [f"“{md(text.strip(_MARKS))}” tagged by {md(who)}" for text, who in e.inside]
    return "; inside it, " + ", ".join(parts)


_MARKS = " \t\n“”\"‘’'«»„"


def _env(template_dir: Path | None) -> Environment:
    loader = FileSystemLoader(str(template_dir)) if template_dir else PackageLoader("annotate.export", "templates")
    env = Environment(
        loader=loader,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["md"] = md
    env.filters["url"] = url
    env.globals.update(cite=cite, cite_n=cite_n, evidence=evidence, inside=inside)
    return env


def user_template() -> Path | None:
    """The user's brief.md.j2 in the config dir, if there is one."""
    from ..locations import config_dir

    p = config_dir() / "brief.md.j2"
    return p if p.is_file() else None


def render_markdown(brief: Brief, template: str | Path | None = None) -> str:
    """Render the brief with ``template`` (a .j2 file), else the user's brief.md.j2 from
    the config dir, else the one shipped with bluf."""
    template = template or user_template()
    if template:
        p = Path(template)
        env = _env(p.parent)
        tpl = env.get_template(p.name)
    else:
        tpl = _env(None).get_template("brief.md.j2")
    out = strip_controls(tpl.render(brief=brief))  # a stored note or title may hold an escape
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"
