"""Export formats are one table: a format registered there is one `bluf export --format`
accepts and writes, with no other change."""

from __future__ import annotations

import pytest

import annotate
from annotate.export import ExportFormat
from tui.cli import main


def test_a_registered_format_is_offered_and_written_by_the_cli(ws_path, tmp_path, monkeypatch, capsys):
    def tally(ws, flt, stances) -> str:
        return f"{len(stances)} stances in {len(ws.sources())} sources\n"

    monkeypatch.setitem(annotate.EXPORT_FORMATS, "tally", ExportFormat("tally", "a count of stances", text=tally))
    out = tmp_path / "count.txt"
    assert main(["--db", str(ws_path), "export", "--format", "tally", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").endswith(" sources\n")
    capsys.readouterr()
    with pytest.raises(SystemExit) as ended:
        main(["export", "--help"])
    assert ended.value.code == 0
    assert "tally: a count of stances" in capsys.readouterr().out
