"""bluf's headless core: ingest, analysis, workspace, brief. Never imports textual or rich.

    import annotate
    ws = annotate.open_workspace("team.json")
    ws.analyze()
    for q in ws.quotes(ws.sources()[0].id): ...
    ws.tag(source_id, 0, "hawkish")

This module is the facade: the TUI and the CLI (package ``tui``) use the names in
``__all__`` only, never ``annotate.<module>`` (a contract in pyproject.toml's
``[tool.importlinter]``, checked by tests/unit/test_layers.py). Each name is loaded on
first use, so ``import annotate`` stays cheap (no spaCy, no TinyDB until used).
"""

from __future__ import annotations

__version__ = "0.1.0"

# Public name -> the module (relative to this package) that defines it, "module:name" where
# the facade's name differs (never a submodule's name: `annotate.export` is a package).
_FACADE = {
    # The workspace and its errors.
    "Workspace": "workspace",
    "open_workspace": "workspace",
    "AlreadyTagged": "workspace",
    "BlufError": "errors",
    "IngestError": "errors",
    "WorkspaceError": "errors",
    "NoWorkspace": "errors",
    "SpeakerNeeded": "errors",
    "NoEventType": "errors",
    "ExportError": "errors",
    "recover": "store",
    # Merging workspace copies made elsewhere (`bluf merge`), and the conflicts left for the analyst.
    "merge_workspace": "merge",
    "merge_conflicts": "merge:conflicts",
    "resolve_conflict": "merge",
    # The stance labels a new workspace starts with (``Workspace.labels``: those in force).
    "DEFAULT_LABELS": "models",
    # The brief, exports, agreement between annotators.
    "BriefFilter": "brief",
    "build_brief": "brief",
    # An incident's date or range of days as the brief writes it ("9–10 Sep 2025"), for every view.
    "date_span": "brief",
    "incident_date": "brief",
    # A date for a narrow column: a day of an unknown year as "????-10-21".
    "compact_date": "yearless:compact",
    # "Nov 2023" when a range of days is one whole month, else "".
    "whole_month": "yearless:whole_month",
    "distinct_titles": "brief",
    "EXPORT_FORMATS": "export",
    "ExportFormat": "export",
    "export_text": "export:export",
    "export_bytes": "export",
    "write_export": "export",
    "annotator_agreement": "agreement:agreement",
    "contested_actor_ids": "brief:contested_actor_ids",
    # Tags the brief counts with a longer tag of the same actor, source and label (`bluf stats` says so).
    "nested_tags": "brief",
    # Suggestions against the analyst's tags (`bluf suggest --evaluate`).
    "evaluate_suggestions": "suggest_eval",
    "agreement_report": "agreement",
    # The user's config.toml checked against its schema (`bluf config check`).
    "check_config": "config_schema",
    "config_exists": "settings",
    "config_place": "config_schema:place",
    # The source fields an analyst edits (title, outlet, author, url, published, language, grade).
    "SOURCE_FIELDS": "models",
    "DEFAULT_LABEL_KEYS": "models",
    # Sources in a language the analysis does not read: the one-line notice.
    "language_notice": "language_support",
    # What an import left out of a text as site chrome (video notices, share lines...), in one line.
    "removed_notice": "boilerplate",
    # An analysis told to stop (``Workspace.analyze(stop=...)``), and the end of spaCy's worker
    # processes for a program that quits during one.
    "Cancelled": "analysis",
    "stop_workers": "analysis",
    # Analysis of files outside a workspace (`bluf analyze`).
    "analyze_files": "standalone",
    # Feeds: lists of URLs and OPML, subscribing a workspace to many at once.
    "parse_urls_file": "feedlists",
    "parse_opml": "feedlists",
    "opml": "feedlists",
    "subscribe_all": "subscriptions",
    "is_url": "importers.web",
    # Text made safe for a terminal or a JSON line.
    "printable": "clean",
    "json_escaped": "clean",
    # "did you mean X?" for a typed name among known ones (a mistyped command).
    "did_you_mean": "near",
    "close_names": "near",
    # Where things live on disk, and the user's config.toml.
    "config_file": "locations",
    "user_themes_dir": "locations",
    "default_db": "locations",
    "sample_db": "locations",
    "data_dir": "locations",
    "cache_dir": "locations",
    "load_config": "settings",
}

__all__ = [*_FACADE, "__version__"]


def __getattr__(name: str):
    where = _FACADE.get(name)
    if where is None:
        raise AttributeError(f"module 'annotate' has no attribute {name!r}")
    from importlib import import_module

    module, _, attr = where.partition(":")
    value = getattr(import_module(f".{module}", __name__), attr or name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
