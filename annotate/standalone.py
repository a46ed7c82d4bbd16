"""Analysis of article files outside any workspace (``bluf analyze FILE...``)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Progress


def analyze_files(paths: Iterable[str], progress: Progress | None = None,
                  on_error: Callable[[Exception], None] | None = None) -> list[dict]:
    """One analysis record per distinct article among ``paths`` (.txt or .md files), in the
    order given: the dicts of ``annotate.export.analysis_json.analysis_record``
    (quotes, entities, actors, frames; offsets in characters of the cleaned text).

    A file that cannot be read (``IngestError``, one line: missing, not text, too large) is passed to
    ``on_error`` as soon as it is met and skipped; without ``on_error`` it is raised.
    Two files with the same text (same source id) are analysed once. ``progress`` is
    called as ``progress(done, total, name)`` while spaCy runs. Loads the spaCy model."""
    from .analysis import analyze_sources
    from .derive import derive
    from .errors import IngestError
    from .export.analysis_json import analysis_record
    from .gazetteer import load_gazetteer
    from .ingest import read_source

    sources = []
    for f in paths:
        try:
            src = read_source(f)
        except IngestError as err:
            if on_error is None:
                raise
            on_error(err)
            continue
        if all(s.id != src.id for s in sources):
            sources.append(src)
    gaz = load_gazetteer()
    analyses = analyze_sources(sources, progress=progress, gazetteer=gaz)
    d = derive(sources, analyses, gaz)
    return [analysis_record(s, d) for s in sources]
