"""Every public name of the facade (annotate.__all__) and every public method and
property of Workspace says what it is: a docstring a reader of docs/API.md can rely on."""

from __future__ import annotations

import inspect

import annotate


def _undocumented(names: dict) -> list[str]:
    out = []
    for name, value in names.items():
        target = value.fget if isinstance(value, property) else value
        if not (callable(target) or isinstance(target, type)):
            continue  # data (the format registry, the version string)
        if not (target.__doc__ or "").strip():
            out.append(name)
    return out


def test_every_facade_name_has_a_docstring():
    assert _undocumented({n: getattr(annotate, n) for n in annotate.__all__}) == []


def test_every_public_workspace_method_has_a_docstring():
    members = {n: v for n, v in vars(annotate.Workspace).items() if not n.startswith("_")}
    assert members, "Workspace has public methods"
    assert _undocumented(members) == []
    assert (annotate.Workspace.__doc__ or "").strip()
