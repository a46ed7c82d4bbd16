"""Every public name defined in annotate/ (any module, recursively) has a docstring that a
reader of the code can rely on for shapes, units, errors and where a value comes from
(issue 13). Read from the source with ``ast``, so a dataclass's generated ``__doc__``
("Source(id: str, ...)") does not count as documentation."""

from __future__ import annotations

import ast
from pathlib import Path

ANNOTATE = Path(__file__).resolve().parents[2] / "annotate"
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def _undocumented(path: Path) -> list[str]:
    """``path:line: name`` for each public module-level function or class, and each public
    method of a public class, without a docstring (dunder and ``_private`` names skipped)."""
    out = []
    rel = path.relative_to(ANNOTATE.parent)
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if not isinstance(node, _DEFS) or node.name.startswith("_"):
            continue
        if not ast.get_docstring(node):
            out.append(f"{rel}:{node.lineno}: {node.name}")
        if isinstance(node, ast.ClassDef):
            for m in node.body:
                if isinstance(m, _DEFS[:2]) and not m.name.startswith("_") and not ast.get_docstring(m):
                    out.append(f"{rel}:{m.lineno}: {node.name}.{m.name}")
    return out


def test_walk_sees_the_annotate_package():
    files = sorted(ANNOTATE.rglob("*.py"))
    assert ANNOTATE / "models.py" in files and ANNOTATE / "nlp" / "stance.py" in files


def test_every_public_name_in_annotate_has_a_docstring():
    missing = [line for path in sorted(ANNOTATE.rglob("*.py")) for line in _undocumented(path)]
    assert not missing, "public names without a docstring:\n" + "\n".join(missing)
