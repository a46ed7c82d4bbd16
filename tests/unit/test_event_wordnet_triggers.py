"""Verbs and nouns of force from WordNet 3.0 (bench/wordnet_triggers.py writes them into events.toml
as ``wordnet_verbs``/``wordnet_nouns``): bombard and strafe from the air, annihilate, decapitate,
a counteroffensive; each under its entry's own context and victims. Every sentence here is invented."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from annotate.analysis import analyze_sources
from annotate.event_types import load_event_types, parse_event_types
from annotate.gazetteer import load_gazetteer
from annotate.ingest import Meta, make_source

PUBLISHED = "2025-09-11"  # a Thursday
ROOT = Path(__file__).resolve().parents[2]


def kinds(text: str) -> set[tuple[str, str]]:
    src = make_source(text + "\n", "invented.txt", meta=Meta(published=PUBLISHED))
    return {(m.kind, m.country) for m in analyze_sources([src], gazetteer=load_gazetteer())[src.id].incidents}


def _generator():
    spec = importlib.util.spec_from_file_location("wordnet_triggers", ROOT / "bench" / "wordnet_triggers.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_aircraft_bombarding_or_strafing_positions_is_an_air_strike():
    assert kinds("Paraguayan air force jets bombarded guerrilla camps in Concepcion department on Tuesday.") \
        == {("air_or_drone_strike", "Paraguay")}
    assert kinds("Helicopters strafed rebel positions near Cochabamba, Bolivia, on Monday.") == {("air_or_drone_strike", "Bolivia")}


def test_a_verb_of_killing_armed_men_is_a_clash_and_of_civilians_an_attack_on_them():
    assert kinds("Peruvian troops annihilated a column of insurgents near Ayacucho on Monday, the army said.") == {("armed_clash", "Peru")}
    assert kinds("Gunmen decapitated three farmers in a village in Peru's Puno region on Sunday.") == {("attack_on_civilians", "Peru")}


def test_the_new_words_keep_their_entry_s_context():
    # no aircraft: a kitchen blast is no air strike; no armed men or civilians killed: no event
    assert "air_or_drone_strike" not in {k for k, _ in kinds("A gas explosion in a restaurant in Asuncion, Paraguay, injured two cooks on Monday.")}
    assert kinds("The Bolivian minister said on Monday the plan would annihilate inflation.") == set()
    assert kinds("The Norwegian navy took delivery of Tomahawk cruise missiles in Bergen on Monday.") == set()


def test_the_loader_adds_the_generated_words_to_the_hand_written_ones():
    types = parse_event_types({"type": [{"id": "armed_clash", "verbs": ["clash"], "wordnet_verbs": ["Annihilate"],
                                          "nouns": ["clash"], "wordnet_nouns": ["counteroffensive"]}]})
    (t,) = types.types
    assert t.verbs == {"clash", "annihilate"} and t.nouns == {"clash", "counteroffensive"}
    shipped = {w for t in load_event_types().types for w in t.verbs}
    assert {"bombard", "annihilate"} <= shipped and "tomahawk" not in shipped


def test_the_generator_rewrites_only_the_lines_under_its_markers():
    gen = _generator()
    text = ('verbs = ["kill"]\n# wordnet: kill\nwordnet_verbs = ["old"]\nvictims = ["soldier"]\n'
            '# wordnet: offensive\nwordnet_nouns = ["x"]\ncontext = []\n')
    new = gen.rewrite(text, {"kill": (["annihilate", "slay"], []), "offensive": ([], ["counteroffensive"])})
    assert new == ('verbs = ["kill"]\n# wordnet: kill\nwordnet_verbs = ["annihilate", "slay"]\nvictims = ["soldier"]\n'
                   '# wordnet: offensive\nwordnet_nouns = ["counteroffensive"]\ncontext = []\n')
    assert gen.rewrite(new, {"kill": (["annihilate", "slay"], []), "offensive": ([], ["counteroffensive"])}) == new
    assert gen.main([str(ROOT / "no-such-dir")]) == 2  # no WordNet there: a one-line error, nothing written


def test_troops_battling_or_skirmishing_with_a_group_is_a_clash_but_a_fire_fought_is_none():
    assert kinds("Paraguayan troops battled guerrillas near the Brazilian border on Monday.") == {("armed_clash", "Paraguay")}
    assert kinds("Paraguayan troops skirmished with guerrillas near Concepcion on Monday.") == {("armed_clash", "Paraguay")}
    assert kinds("Firefighters battled the blaze in Asuncion, Paraguay, for hours on Monday.") == set()
    assert kinds("Firefighters fought the blaze in Asuncion, Paraguay, for hours on Monday.") == set()


def test_check_exits_1_on_a_stale_file_without_writing_and_0_on_a_current_one(tmp_path, monkeypatch):
    gen = _generator()
    (tmp_path / "data.verb").write_text("")  # a WordNet directory as main() recognises it; generate is replaced
    monkeypatch.setattr(gen, "generate", lambda _dir: {"kill": (["annihilate", "slay"], [])})
    target = tmp_path / "events.toml"
    stale = 'verbs = ["kill"]\n# wordnet: kill\nwordnet_verbs = ["old"]\n'
    target.write_text(stale, encoding="utf-8")
    assert gen.main([str(tmp_path), str(target), "--check"]) == 1
    assert target.read_text(encoding="utf-8") == stale  # --check writes nothing
    assert gen.main([str(tmp_path), str(target)]) == 0
    assert target.read_text(encoding="utf-8") != stale
    assert gen.main([str(tmp_path), str(target), "--check"]) == 0


def test_no_runtime_module_imports_the_generator():
    # bench/ is no package of the distribution (pyproject's packages); annotate/ and tui/ must not
    # reach for it, so WordNet stays a build-time source.
    import ast

    offenders = []
    for path in [*(ROOT / "annotate").rglob("*.py"), *(ROOT / "tui").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            if any(n == "bench" or n.startswith("bench.") or "wordnet_triggers" in n for n in names):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
