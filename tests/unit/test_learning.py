"""The learned stance model: trained on the workspace's tags in another process (real spaCy,
a real workspace file, a real trainer process), used only when it beats the cues on
held-back tags, suggesting custom labels once they have tags, and saying so."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotate import learning
from annotate.ingest import make_source
from annotate.learning import LearnExample, examples_of, held_back_check
from annotate.workspace import open_workspace

ROOT = Path(__file__).resolve().parents[2]

# Invented articles: in each, one official blusters and another offers conciliation, in
# words the cue lexicon has no cue for. The workspace's labels are its own.
BLUSTER = [
    "Our patience is running thin and our drums are loud",
    "The drums are beating and our patience has an end",
    "Let them hear our drums, our patience is gone",
    "Nobody should mistake our patience for weakness, the drums are ready",
]
CONCILIATION = [
    "We will plant olive trees along the border together",
    "Friendship and olive trees will grow where the fence stood",
    "Together we can share the river and plant olive groves",
    "Our friendship with the valley people will outlast this together",
]
NAMES = [("Aron Dahl", "Eda Moro"), ("Piotr Lanz", "Mira Kovac"), ("Oleg Tarin", "Lena Voss"), ("Ivo Petrak", "Hana Ruiz"),
         ("Jan Kral", "Karin Alm"), ("Tariq Venn", "Ana Sol"), ("Oskar Lind", "Rana Malik"), ("Leo Varga", "Eva Dahl"),
         ("Paul Renard", "Alma Hart"), ("Ilya Gromov", "Ola Berg"), ("Jon Brek", "Sara Lund"), ("Emil Stark", "Nina Holm")]


NAMES_FRESH = {"z0.txt": ("Dag Orn", "Iva Lipa"), "z1.txt": ("Bo Sten", "Ula Berg")}


def article(i: int, hawk: str, dove: str) -> str:
    return (f"Officials spoke after the border meeting on Monday.\n\n“{BLUSTER[i % 4]},” General {hawk} said.\n\n"
            f"“{CONCILIATION[i % 4]},” Minister {dove} said.\n")


@pytest.fixture
def custom_ws(tmp_path):
    """A real workspace file with 12 invented articles, the labels bluster and conciliatory."""
    ws = open_workspace(tmp_path / "ws.json", annotator="tester", seed=False)
    ws.set_labels([{"name": "bluster", "key": "b"}, {"name": "conciliatory", "key": "o"}, {"name": "neutral", "key": "n"}])
    ws.add_sources([make_source(article(i, h, d), f"a{i:02}.txt") for i, (h, d) in enumerate(NAMES)])
    ws.analyze()
    yield ws
    ws.close()


def tag_all(ws, n_sources: int) -> int:
    n = 0
    for src in sorted(ws.sources(), key=lambda s: s.name)[:n_sources]:
        for qi, q in enumerate(ws.quotes(src.id)):
            if q.actor_id is None:
                continue
            ws.tag(src.id, qi, "bluster" if "General" in src.text[q.end : q.end + 20] else "conciliatory")
            n += 1
    return n


def test_tagging_trains_the_model_in_another_process(custom_ws, monkeypatch):
    trained_here = []
    real_train = learning.fit
    monkeypatch.setattr(learning, "fit", lambda *a, **k: trained_here.append(1) or real_train(*a, **k))
    assert tag_all(custom_ws, 6) >= learning.MIN_TAGS
    learner = custom_ws.learner()
    proc = learner.process
    assert proc is not None, "ten tags and no trainer started"
    assert proc.pid != os.getpid()
    assert proc.wait(timeout=300) == 0, (learner.dir / "train.log").read_text()
    assert trained_here == []  # this process (the UI's) never trained
    meta = learner.meta()
    assert meta["pid"] == proc.pid and meta["n_positive"] >= learning.MIN_TAGS
    assert (learner.dir / "model").is_dir()
    assert learner.dir.parent.parent == custom_ws.cache.dir  # beside the analysis cache
    assert not learner.running()  # the trainer ended and was reaped


def test_custom_labels_get_learned_suggestions_that_say_so(custom_ws, tmp_path):
    tag_all(custom_ws, 10)
    learner = custom_ws.learner()
    if learner.process is not None:
        learner.process.wait(timeout=300)
    assert learner.start(examples_of(custom_ws), 99).wait(timeout=300) == 0, (learner.dir / "train.log").read_text()
    meta = learner.meta()
    assert meta["counts"] and meta["learned_agreement"] > meta["cue_agreement"], meta
    # Two untagged articles: the model suggests the workspace's own labels, and says why.
    fresh = [make_source(article(i, h, d), name) for i, (name, (h, d)) in enumerate(NAMES_FRESH.items())]
    custom_ws.add_sources(fresh)
    custom_ws.analyze()
    for src in fresh:
        sid = next(s.id for s in custom_ws.sources() if s.name == src.name)
        got = {custom_ws.actor_name(s.actor_id): s for s in custom_ws.suggestions(sid)}
        general, minister = (n for n in NAMES_FRESH[src.name])
        assert {n: s.label for n, s in got.items()} == {general: "bluster", minister: "conciliatory"}, got
        for s in got.values():
            assert s.reason.startswith("like your tags on "), s.reason


def test_a_model_that_does_not_beat_the_cues_does_not_count():
    # The cue lexicon is right on every one of these: the model can at best tie.
    xs = []
    for i in range(16):
        xs.append(LearnExample(f"“We will shoot down every drone,” General N{i} said.", "hawkish", True, f"s{i % 8}", "x", "a", f"{i:03}"))
        xs.append(LearnExample(f"“We urge restraint and dialogue,” Minister M{i} said.", "cautious", True, f"s{i % 8}", "y", "a", f"{i:03}"))
    check = held_back_check(xs)
    assert check["cue_agreement"] == 1.0 and check["counts"] is False


def test_the_gate_compares_with_the_cue_suggestions_the_workspace_offers():
    # Words no cue reads, but the workspace's cue suggestion (its actor's, say) gave each tag's
    # label: the blend, with the actor's tags elsewhere copied on (hawkish in some sources,
    # neutral in others), can at best tie with it, so learned suggestions must not count.
    xs = []
    for i in range(16):
        label = "hawkish" if i % 8 < 4 else "neutral"
        xs.append(LearnExample(f"“{BLUSTER[i % 4]},” General Orvo said.", label, True, f"s{i % 8}", "Orvo", "a",
                               f"{i:03}", "orvo", "Army of Kesh", f"Paper {i % 8}", cue=label, cue_score=1.0))
        xs.append(LearnExample(f"“{CONCILIATION[i % 4]},” Minister M{i} said.", "cautious", True, f"s{i % 8}", "y", "a",
                               f"{i:03}b", f"m{i}", "", f"Paper {i % 8}", cue="cautious", cue_score=1.0))
    check = held_back_check(xs)
    assert check["cue_agreement"] == 1.0 and check["counts"] is False, check
    # The same tags without what the workspace offered (read from the words alone): the cues
    # say nothing there, and learning beats them.
    bare = [LearnExample(**{**x.__dict__, "cue": None}) for x in xs]
    assert held_back_check(bare)["cue_agreement"] == 0.0


def test_suggest_evaluate_reports_the_gate_itself(custom_ws):
    from annotate import evaluate_suggestions

    tag_all(custom_ws, 6)
    check = held_back_check(examples_of(custom_ws))
    ev = evaluate_suggestions(custom_ws, sizes=())
    assert (ev.cue_only, ev.blended, ev.checked, ev.counts) == (
        check["cue_agreement"], check["learned_agreement"], check["held_out"], check["counts"])
    assert ev.groups == 6  # 6 sources: each held back alone, as --evaluate says


def test_the_curve_can_check_only_a_chosen_batch_of_sources_learning_from_all_others(custom_ws):
    from annotate import evaluate_suggestions

    tag_all(custom_ws, 12)
    batch = {s.id for s in sorted(custom_ws.sources(), key=lambda s: s.name)[-3:]}
    every = evaluate_suggestions(custom_ws, sizes=(10, 20))
    some = evaluate_suggestions(custom_ws, sizes=(10, 20), held_out=batch)
    assert [r["checked"] for r in every.curve] == [24, 24]
    assert [r["checked"] for r in some.curve] == [6, 6]  # two tags in each of the three sources
    assert [r["cue_only"] for r in some.curve] == [0.0, 0.0]  # no cue knows these custom labels
    assert (some.checked, some.cue_only) == (every.checked, every.cue_only)  # the gate's check is the same


def test_bluf_suggest_evaluate_reports_both_agreements_and_the_curve(custom_ws):
    tag_all(custom_ws, 12)
    path = custom_ws.path
    custom_ws.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BLUF_ANNOTATOR": "tester"}
    run = subprocess.run([str(Path(sys.executable).with_name("bluf")), "--db", str(path), "suggest", "--evaluate", "--json"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out["tags"] == 24 and out["sources"] == 12
    assert out["cue_only"] == 0.0  # no cue knows these custom labels
    assert out["learned"] > 0.8
    assert [r["tags"] for r in out["curve"]] == [10, 20, 50, 100]
    assert out["curve"][0]["learned"] is not None and out["curve"][2]["learned"] is None  # fewer than 50 tags
    # Without one source, 22 tags are left: the progress announces the 10- and 20-tag points
    # only, the ones the report then gives.
    said = [ln for ln in run.stderr.splitlines() if ln.startswith("bluf: learning curve")]
    assert [ln.split(":")[2].split()[0] for ln in said] == ["10", "20"], run.stderr
    run = subprocess.run([str(Path(sys.executable).with_name("bluf")), "--db", str(path), "suggest", "--evaluate"],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "after  50 tags: not measured" in run.stdout and "after  20 tags: learned alone" in run.stdout, run.stdout
    assert "learning curve: 50" not in run.stderr and "learning curve: 100" not in run.stderr, run.stderr


def test_each_annotator_learns_from_their_own_tags_when_the_team_says_so(tmp_path, monkeypatch):
    cfg = tmp_path / "config.toml"
    cfg.write_text('[suggestions]\nlearn = "annotator"\n', encoding="utf-8")
    monkeypatch.setenv("BLUF_CONFIG", str(cfg))
    path = tmp_path / "team" / "ws.json"
    path.parent.mkdir()
    procs = []
    for who, sources in (("tester", range(0, 6)), ("other", range(6, 12))):
        ws = open_workspace(path, annotator=who, seed=False)
        if who == "tester":
            ws.set_labels([{"name": "bluster", "key": "b"}, {"name": "conciliatory", "key": "o"}])
            ws.add_sources([make_source(article(i, h, d), f"a{i:02}.txt") for i, (h, d) in enumerate(NAMES)])
        ws.analyze()
        names = {f"a{i:02}.txt" for i in sources}
        for src in ws.sources():
            if src.name in names:
                for qi, q in enumerate(ws.quotes(src.id)):
                    ws.tag(src.id, qi, "bluster" if "General" in src.text[q.end : q.end + 20] else "conciliatory")
        learner = ws.learner()
        assert learner.dir.name == f"annotator-{who}"
        procs.append((who, learner))
        ws.close()
    for who, learner in procs:
        assert learner.process is not None and learner.process.wait(timeout=300) == 0
        sent = json.loads((learner.dir / "examples.json").read_text(encoding="utf-8"))["examples"]
        assert {x["annotator"] for x in sent} == {who} and len(sent) >= learning.MIN_TAGS


def test_bluf_suggest_without_an_action_says_so_in_one_line(tmp_path):
    run = subprocess.run([str(Path(sys.executable).with_name("bluf")), "--db", str(tmp_path / "ws.json"), "suggest"],
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT, timeout=300)
    assert run.returncode == 2
    assert run.stderr.strip().count("\n") == 0 and "--evaluate" in run.stderr and "Traceback" not in run.stderr


def test_bluf_suggest_evaluate_lines_say_what_they_measure_and_on_how_many_tags():
    from annotate.suggest_eval import SuggestEvaluation
    from tui.cli import suggest_report

    ev = SuggestEvaluation(tags=24, sources=12, cue_only=0.25, learned=0.875, blended=0.8333, checked=24, counts=True, groups=12,
                           curve=[{"tags": 10, "learned": 0.5, "blended": 0.625, "checked": 16},
                                  {"tags": 50, "learned": None, "blended": None, "checked": 0}])
    lines = suggest_report(ev)
    assert "24 tags in 12 sources" in lines[0] and "leave-one-source-out" in lines[1]
    cue, alone, blended = lines[2:5]
    assert "cue file only" in cue and "25% (6 of 24 tags)" in cue
    assert "learned model alone" in alone and "88% (21 of 24 tags)" in alone
    assert "your tags on the actor elsewhere + cue file" in blended and "(20 of 24 tags)" in blended
    assert lines[5].startswith("The reader offers learned suggestions")
    ev.counts = False
    assert suggest_report(ev)[5].startswith("The reader offers the cue file's suggestions only")
    assert any("after  10 tags" in ln and "50% (8 of 16 tags)" in ln and "62% (10 of 16 tags)" in ln for ln in lines)
    assert any("after  50 tags" in ln and "not measured" in ln and "fewer than 50" in ln for ln in lines)
    assert suggest_report(SuggestEvaluation())[0].startswith("No tags in this workspace yet")


def test_the_speech_act_outweighs_the_topic_words_the_tags_happened_to_have():
    """In the tags, accusations were about a river dam and appeals about a naval strait, in
    the workspace's own labels (no cue file maps them). An accusation about the strait is
    still an accusation: the model follows the speech act the cues find."""
    from annotate.nlp import textcat

    tagged = [
        ("“We condemn this reckless provocation at the river dam,” Minister N{i} said.", "escalatory"),
        ("“The upstream dam is an act of aggression against our river farmers,” N{i} said.", "escalatory"),
        ("“We call for restraint and dialogue in the naval strait near the frigates,” envoy N{i} said.", "conciliatory"),
        ("“Talks and mediation will calm the strait and its frigates,” N{i} said.", "conciliatory"),
    ]
    xs = [LearnExample(t.format(i=i), label, True, f"s{i}", "x", "a", f"{i:03}{k}") for i in range(6) for k, (t, label) in enumerate(tagged)]
    nlp = learning.fit(xs)
    asked = ["“This brazen provocation by their frigates in the naval strait is unacceptable,” Admiral Q said.",
             "“We urge caution and de-escalation at the river dam,” Ambassador R said."]
    got = [learning.top(p)[0] for p in textcat.predict(nlp, [learning.read_cues(t)[0] for t in asked])]
    assert got == ["escalatory", "conciliatory"]


def _tag(sid: str, aid: str, label: str, side: str = "", where: str = "") -> LearnExample:
    return LearnExample("", label, True, sid, aid.title(), "a", sid, aid, side, where or f"Paper {sid}")


def test_an_actors_tags_in_other_sources_carry_over_but_never_its_own_sources():
    xs = [_tag("s1", "vardo-government", "denial", "Vardo"), _tag("s2", "vardo-government", "denial", "Vardo"),
          _tag("s3", "vardo-government", "hawkish", "Vardo"), _tag("s3", "vardo-army", "hawkish", "Vardo")]
    # The model is unsure, the cues give a plain statement: the actor's tags elsewhere decide.
    unsure = {"denial": 0.3, "hawkish": 0.35, "neutral": 0.3}
    label, _, why = learning.blend(unsure, "neutral", 0.5, learning.tag_prior(xs, exclude_source="s3"), "vardo-government", "Vardo")
    assert (label, why) == ("denial", "actor")
    # Suggesting for s1: its own denial is left out, one denial (s2) against one hawkish (s3).
    prior = learning.tag_prior(xs, exclude_source="s1")
    assert prior.actor["vardo-government"] == {"denial": [1, "Paper s2"], "hawkish": [1, "Paper s3"]}
    # An actor never tagged elsewhere leans on its side's tags, more weakly.
    flat = {"denial": 0.1, "hawkish": 0.1, "neutral": 0.1}
    label, _, why = learning.blend(flat, None, 0.0, learning.tag_prior(xs, exclude_source="s1"), "vardo-navy", "Vardo")
    assert (label, why) == ("hawkish", "side")


def test_a_real_cue_outweighs_an_actors_single_tag_elsewhere():
    xs = [_tag("s1", "vardo-government", "denial")]
    flat = {"denial": 0.2, "cautious": 0.2}
    assert learning.blend(flat, "cautious", 1.5, learning.tag_prior(xs, exclude_source="s2"), "vardo-government")[0] == "cautious"
    # A plain statement (no cue, score 0.5) does not.
    assert learning.blend(flat, "neutral", 0.5, learning.tag_prior(xs, exclude_source="s2"), "vardo-government")[0] == "denial"


def test_a_workspace_whose_labels_differ_from_the_cue_files_lets_its_model_decide():
    # This analyst calls every "firm response" threatening; the cue file says hawkish. The
    # held-back check finds the cues should count less, and the blend then follows the tags.
    xs = []
    for i in range(24):
        xs.append(LearnExample(f"“The answer will be a firm response,” General N{i} said.", "threatening", True, f"s{i % 8}", "x", "a", f"{i:03}"))
        xs.append(LearnExample(f"“We urge restraint and dialogue,” Minister M{i} said.", "cautious", True, f"s{i % 8}", "y", "a", f"{i:03}b"))
    check = held_back_check(xs)
    assert check["counts"] is True and check["cue_weight"] < 1.0, check
    assert check["learned_agreement"] > check["cue_agreement"]


class _TrainedLearner:
    """A Learner stand-in holding a model trained here and the meta a training writes."""

    def __init__(self, xs, meta):
        self._nlp, self._meta = learning.fit(xs), meta

    def meta(self):
        return self._meta

    def model(self):
        return self._nlp

    def version(self):
        return 1


def test_a_suggestion_the_actors_tags_elsewhere_drove_says_so():
    from .test_attribution import analyse

    xs = [LearnExample(f"“{BLUSTER[i % 4]},” General N{i} said.", "bluster", True, f"s{i}", f"N{i}", "a", f"{i:03}") for i in range(6)]
    xs += [LearnExample(f"“{CONCILIATION[i % 4]},” Minister M{i} said.", "conciliatory", True, f"s{i}", f"M{i}", "a", f"{i:03}b") for i in range(6)]
    (src,), d = analyse("“The weather was fine on Monday,” General Aron Dahl said.\n")
    aid = d.actors.resolve("Aron Dahl")
    tags = [[f"old{k}", aid, "", f"Border talks {k}", "bluster"] for k in range(3)] + [[src.id, aid, "", "this one", "conciliatory"]] * 5
    meta = {"counts": True, "check": learning.CHECK_VERSION, "tags": tags, "names": {aid: "Aron Dahl"}, "examples": {}}
    found, _ = learning.LearnedModel(_TrainedLearner(xs, meta)).suggest(src, d.analyses[src.id], lambda s, e: d.actors.at(src.id, s, e))
    got = next(s for s in found if s.actor_id == aid)
    # Three tags elsewhere say bluster; the five in this very source are never used.
    assert got.label == "bluster" and got.reason.startswith("like your tags on Aron Dahl in Border talks"), got


def test_a_label_with_few_tags_is_learned_as_much_as_the_common_one(monkeypatch):
    """Twelve plain reports and two alarms: each alarm counts three times (at most), each
    report once, a rejection once; a text between the two leans more to the alarm than a
    model trained on each tag once."""
    from annotate.nlp import textcat

    reports = [LearnExample(f"The ministry of Orlen said it published its quarterly figures on grain {i}.", "routine", True, f"r{i}", "x", "a", f"0{i:02}")
               for i in range(12)]
    alarms = [LearnExample(f"“Our patience has run out with the raiders of Kesh {i},” Orlen warned.", "alarmed", True, f"a{i}", "x", "a", f"1{i:02}")
              for i in range(2)]
    rejected = LearnExample("The quarterly figures are out.", "alarmed", False, "z", created_at="200")
    got = learning.balanced([*reports, *alarms, rejected])
    assert [got.count(x) for x in (reports[0], alarms[0], alarms[1], rejected)] == [1, 3, 3, 1]
    assert len(got) == 12 + 6 + 1
    asked = [learning.read_cues("Patience has run out, the ministry of Orlen said.")[0]]
    balanced = textcat.predict(learning.fit([*reports, *alarms]), asked)[0]["alarmed"]
    monkeypatch.setattr(learning, "BALANCE_MAX", 1)
    assert learning.balanced([*reports, *alarms]) == [*reports, *alarms]
    plain = textcat.predict(learning.fit([*reports, *alarms]), asked)[0]["alarmed"]
    assert balanced > plain + 0.03


# ---------------------------------------------------------------- when a learned suggestion is offered
def test_a_weak_guess_of_the_model_alone_is_not_offered():
    """The model barely prefers a label and nothing else gives it: the cues speak instead."""
    weak = {"threatening": 0.34, "neutral": 0.3, "cautious": 0.28}
    assert learning.decide(weak, None, 0.0, None) == (None, 0.0, "")
    # Nor two labels the model hesitates between, however high.
    assert learning.decide({"threatening": 0.71, "hawkish": 0.66}, None, 0.0, None)[0] is None
    # Sure of one: offered, and the model drove it.
    label, _, why = learning.decide({"threatening": 0.82, "hawkish": 0.2}, None, 0.0, None)
    assert (label, why) == ("threatening", "model")


def test_tags_on_other_actors_of_a_side_alone_suggest_nothing_for_an_actor():
    xs = [_tag("s1", "ravel-militia", "threatening", "Ravel"), _tag("s2", "ravel-militia", "threatening", "Ravel")]
    prior = learning.tag_prior(xs, exclude_source="s3")
    weak = {"threatening": 0.3, "cautious": 0.25}
    # The mayor of Ravel has no tags: the militia's tags and a weak model do not make it threatening.
    assert learning.decide(weak, None, 0.0, prior, "ravel-mayor", "Ravel")[0] is None
    # The militia itself: its own tags elsewhere count.
    label, _, why = learning.decide(weak, None, 0.0, prior, "ravel-militia", "Ravel")
    assert (label, why) == ("threatening", "actor")
    # A cue that gives the label counts too; the reason is then the cue's, not the weak model's.
    label, _, why = learning.decide(weak, "cautious", 1.0, prior, "ravel-mayor", "Ravel")
    assert label == "cautious" and why != "model"


def test_the_model_counts_only_when_it_beats_the_cues_by_more_than_luck():
    assert not learning.beats(6, 5, 10)  # one tag in ten: luck
    assert learning.beats(7, 5, 10)
    assert not learning.beats(208, 200, 500) and learning.beats(210, 200, 500)  # 2% of 500


def test_a_reason_names_only_a_tag_whose_words_resemble_the_text():
    tagged = {"threatening": [(name, text, learning.content_words(text)) for name, text in [
        ("Ravel militia", "“We will burn the granaries of Tolm if the convoy comes,” the Ravel militia said in a statement."),
        ("Kesh brigade", "“Their pylons along the river will fall one by one,” a Kesh brigade commander said."),
    ]]}
    # Shares the pylons and the river with the brigade's tag: named.
    got = learning._like("“The pylons on the river bank are the next to fall,” the Orlen front said.", "threatening", tagged, 2)
    assert got.startswith("like your tags on Kesh brigade: “Their pylons"), got
    # Shares only words of any report ("said", "the", "statement"): nobody is named.
    got = learning._like("“We have nothing to add to the statement,” the Orlen ministry said.", "threatening", tagged, 2)
    assert got == "learned from your 2 tags of threatening", got


OFF_TOPIC = "Officials spoke after the border meeting on Monday.\n\n“The harvest festival opens on Friday in the old square,” Mayor {who} said.\n"
ALIKE = "Officials spoke after the border meeting on Monday.\n\n“The drums are loud and our patience is running thin again,” Colonel {who} said.\n"


def test_after_ten_tags_a_learned_suggestion_needs_a_sure_model_and_names_a_tag_that_resembles(custom_ws):
    """A real workspace file, ten tags, the real trainer process: a quote unlike any tag gets
    no learned suggestion (a model trained on ten tags gives every text some label); one in
    the words of the tags on the generals does, naming a tag in those words."""
    assert tag_all(custom_ws, 5) == 10
    learner = custom_ws.learner()
    if learner.process is not None:
        learner.process.wait(timeout=300)
    assert learner.start(examples_of(custom_ws), 99).wait(timeout=300) == 0, (learner.dir / "train.log").read_text()
    assert learner.meta()["counts"], learner.meta()
    fresh = [make_source(OFF_TOPIC.format(who="Tilde Ross"), "z-off.txt"), make_source(ALIKE.format(who="Ivo Brand"), "z-alike.txt")]
    custom_ws.add_sources(fresh)
    custom_ws.analyze()
    by_name = {s.name: s.id for s in custom_ws.sources()}
    off = {custom_ws.actor_name(s.actor_id): s for s in custom_ws.suggestions(by_name["z-off.txt"])}
    learned = [s for s in off.values() if s.reason.startswith(("like your tags", "learned from"))]
    assert learned == [], learned
    alike = {custom_ws.actor_name(s.actor_id): s for s in custom_ws.suggestions(by_name["z-alike.txt"])}
    got = alike.get("Ivo Brand")
    assert got is not None and got.label == "bluster", alike
    assert got.reason.startswith("like your tags on "), got.reason
    named = got.reason.split(": “", 1)[1].lower()
    assert len({"drums", "patience", "running", "thin", "loud"} & set(named.replace("…", " ").replace(",", " ").split())) >= 2, got.reason


def test_crisis_order_puts_the_held_back_sources_crisis_first_then_whole_crises():
    from annotate.suggest_eval import crisis_order

    crisis = {"a1": "flood", "b1": "siege", "a2": "flood", "c1": "strait", "b2": "siege", "a3": "flood"}
    xs = [LearnExample(f"words {i}", "neutral", True, sid, created_at=f"{i:03}") for i, sid in enumerate(crisis)]
    got = [x.source_id for x in crisis_order(xs, "b2", crisis)]
    assert got == ["b1", "a1", "a2", "a3", "c1"]  # never the held-back source itself
    assert [x.source_id for x in crisis_order(xs, "a2", crisis)] == ["a1", "a3", "b1", "b2", "c1"]


def test_the_crisis_protocol_learns_first_from_the_held_back_sources_crisis(custom_ws):
    from annotate import evaluate_suggestions

    tag_all(custom_ws, 12)
    ordered = sorted(custom_ws.sources(), key=lambda s: s.name)
    crises = {s.id: f"crisis{i // 4}" for i, s in enumerate(ordered)}  # three crises of four sources
    ev = evaluate_suggestions(custom_ws, sizes=(4, 10), crises=crises)
    # 2 tags a source: the other three sources of its crisis give 6 tags, all in the first 10.
    assert [(r["tags"], r["same_crisis"]) for r in ev.curve] == [(4, 4.0), (10, 6.0)]
    assert ev.crisis_only["tags"] == 6.0 and ev.crisis_only["checked"] == 24
    assert evaluate_suggestions(custom_ws, sizes=(10,)).crisis_only is None  # a real workspace: no crises


def _trained(ws):
    learner = ws.learner()
    if learner.process is not None:
        assert learner.process.wait(timeout=300) == 0, (learner.dir / "train.log").read_text()
    return learner


def test_untagging_retrains_at_once_on_the_tags_left(custom_ws):
    tag_all(custom_ws, 10)
    learner = _trained(custom_ws)
    assert learner.start(examples_of(custom_ws), 99).wait(timeout=300) == 0
    assert learner.meta()["n_positive"] == 20
    custom_ws.untag(custom_ws.stances()[0].id)  # fewer than RETRAIN_EVERY changes, yet a new training
    assert learner.process is not None, "a tag taken out and no new training"
    _trained(custom_ws)
    assert learner.meta()["n_positive"] == 19 and learner.meta()["counts"]
    assert custom_ws.undo() is not None  # the tag back in force: trained again with it
    assert learner.process is not None
    _trained(custom_ws)
    assert learner.meta()["n_positive"] == 20
    gone = sorted(custom_ws.sources(), key=lambda s: s.name)[0]
    custom_ws.remove_source(gone.id)  # its two tags leave the workspace, and the model's examples
    _trained(custom_ws)
    assert learner.meta()["n_positive"] == 18
    custom_ws.undo()
    _trained(custom_ws)
    assert learner.meta()["n_positive"] == 20


def test_a_model_checked_on_tags_now_gone_stops_counting(custom_ws):
    tag_all(custom_ws, 10)
    learner = _trained(custom_ws)
    assert learner.start(examples_of(custom_ws), 99).wait(timeout=300) == 0
    assert learner.meta()["counts"]
    fresh = make_source(article(0, *NAMES_FRESH["z0.txt"]), "z0.txt")
    custom_ws.add_sources([fresh])
    custom_ws.analyze()
    sid = next(s.id for s in custom_ws.sources() if s.name == "z0.txt")
    assert any(s.reason.startswith("like your tags") for s in custom_ws.suggestions(sid))
    for st in custom_ws.stances()[: 20 - learning.MIN_TAGS + 1]:
        custom_ws.untag(st.id)
        _trained(custom_ws)
    assert len(custom_ws.stances()) < learning.MIN_TAGS
    assert learner.meta()["counts"] is False
    assert not any(s.reason.startswith("like your tags") for s in custom_ws.suggestions(sid))
