"""Analysis of article files outside any workspace (``bluf analyze FILE...``)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Progress


def analyze_files(paths: Iterable[str], progress: Progress | None = None,
                  on_error: Callable[[object], None] | None = None, stdin=None) -> list[dict]:
    """One analysis record per distinct article among ``paths``, in the order read: the
    dicts of ``annotate.export.analysis_json.analysis_record`` (quotes, entities, actors,
    frames; offsets in characters of the cleaned text).

    The files are read as ``bluf import`` reads them: text, Markdown, HTML pages, feeds,
    JSON Lines, and ``-`` for ``stdin`` (a binary stream; ``sys.stdin.buffer`` by default).
    A file that cannot be read (one line: missing, not text, too large) and a source whose
    analysis fails (one line) are passed to ``on_error`` as soon as they are met and left
    out; without ``on_error`` the first is raised (``IngestError``) and the second dropped.
    Two files with the same text are analysed once. ``progress`` is called as
    ``progress(done, total, name)`` while spaCy runs. A long text's finished parts are kept
    in ``<cache dir>/analysis-parts`` until it is done, so a run cut short resumes there.
    Loads the spaCy model."""
    from .analysis import analyze_sources
    from .cache import AnalysisCache
    from .locations import cache_dir
    from .derive import derive
    from .export.analysis_json import analysis_record
    from .gazetteer import load_gazetteer
    from .importers import import_paths

    paths = list(paths)
    if stdin is None and "-" in paths:
        stdin = sys.stdin.buffer
    result = import_paths(paths, stdin=stdin)
    for err in result.errors:
        if on_error is None:
            raise err
        on_error(err)
    sources = result.sources
    gaz = load_gazetteer()
    failed: dict[str, str] = {}  # a source whose analysis fails is reported; the others go on
    # No analysis cache here, but a long text's finished parts are kept meanwhile (removed at
    # its end), so a run cut short resumes where it was.
    parts = AnalysisCache(cache_dir() / "analysis-parts")
    analyses = analyze_sources(sources, progress=progress, gazetteer=gaz, errors=failed, parts=parts)
    if on_error is not None:
        for line in failed.values():
            on_error(line)
    sources = [s for s in sources if s.id in analyses]
    d = derive(sources, analyses, gaz)
    return [analysis_record(s, d) for s in sources]
