"""The brief as Markdown, from a Jinja2 template shipped in the package."""

from __future__ import annotations

import re
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, PackageLoader, StrictUndefined

from ..brief import Brief

# Characters that Markdown (CommonMark, GFM tables, pandoc) could read as syntax.
# Inline only (the template never starts a line with escaped text): emphasis, code, links,
# HTML, table pipes, pandoc's strikeout/superscript/math/citations, heading closers.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~#$^@&])")


def md(text: str) -> str:
    """Text shown literally in Markdown: syntax characters escaped, newlines folded, so a
    quote full of ``|``, ``*``, backticks or HTML cannot break the document."""
    text = " ".join(str(text).split())
    return _MD_SPECIAL.sub(r"\\\1", text)


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
    return env


def render_markdown(brief: Brief, template: str | Path | None = None) -> str:
    """Render the brief; ``template`` is a path to a user's own .j2 file."""
    if template:
        p = Path(template)
        env = _env(p.parent)
        tpl = env.get_template(p.name)
    else:
        tpl = _env(None).get_template("brief.md.j2")
    out = tpl.render(brief=brief)
    return re.sub(r"\n{3,}", "\n\n", out).strip() + "\n"
