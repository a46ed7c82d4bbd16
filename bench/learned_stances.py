"""The learned stance model (issue 16). Targets:
- training on 500 tags in the background process (python -m annotate.learning): <= 3 s;
  its CPU time is printed too (this machine is shared: wall time follows the load);
  baseline in the same run: starting Python and importing spaCy;
- suggestions (cues + learned model) for a 5,000-word article: <= 0.2 s; baseline: the
  cues alone;
- the reader's tag keypress while the app's trainer runs (as the app starts it: in the
  background, ``learning.step_aside``) vs idle (Pilot, same run, blocks alternated): ratio of
  medians, target ~1.
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

LABELS = {
    "hawkish": ["we will defend every inch", "our forces stand ready", "the response will be firm", "we must strengthen the flank"],
    "cautious": ["we urge restraint", "dialogue is the only way", "we must avoid escalation", "calm heads must prevail"],
    "denial": ["we deny any involvement", "the claims are baseless", "no aircraft crossed the border", "this is disinformation"],
    "threatening": ["they will pay a price", "this would mean war", "we will avenge our dead", "their bases are legitimate targets"],
    "neutral": ["we decline to comment", "we are monitoring the situation", "it is too early to say", "we are looking into reports"],
}
FILLER = "the minister said on monday after talks in the capital with allies and partners about the border incident".split()


def synthetic_examples(n: int, seed: int = 1) -> list:
    """``n`` invented tags over n/10 sources, a fifth of them with a rejection beside."""
    from annotate.learning import LearnExample

    rng = random.Random(seed)
    out = []
    for i in range(n):
        lab = rng.choice(list(LABELS))
        text = " ".join(rng.sample(FILLER, 8)) + " “" + rng.choice(LABELS[lab]) + " " + " ".join(rng.sample(FILLER, 6)) + f",” Official N{i} said."
        out.append(LearnExample(text, lab, True, f"s{i % max(1, n // 10)}", f"N{i}", "bench", f"{i:05}"))
        if i % 5 == 0:
            out.append(LearnExample(text, rng.choice([x for x in LABELS if x != lab]), False, f"s{i % max(1, n // 10)}", "", "bench", f"{i:05}r"))
    return out


def _train_500(d: Path) -> dict:
    xs = synthetic_examples(500)
    (d / "examples.json").write_text(json.dumps({"at_count": len(xs), "examples": [asdict(x) for x in xs]}), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import spacy; spacy.blank('en')"], env=env, check=True)
    base = time.perf_counter() - t
    mid = resource.getrusage(resource.RUSAGE_CHILDREN)
    base_cpu = mid.ru_utime + mid.ru_stime - before.ru_utime - before.ru_stime
    before = mid
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "annotate.learning", str(d)], env=env, check=True, capture_output=True)
    wall = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    meta = json.loads((d / "meta.json").read_text(encoding="utf-8"))
    return {"train500_s": round(wall, 2), "train500_cpu_s": round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 2),
            "train500_target_s": 3.0, "python_spacy_start_s": round(base, 2), "python_spacy_start_cpu_s": round(base_cpu, 2),
            "train500_over_start": round(wall / base, 2), "train500_counts": meta["counts"],
            "train500_held_out_agreement": meta["learned_agreement"]}


def suggest_5000(d: Path) -> dict:
    """Time the suggestions for one 5,000-word article: cues alone, then cues + learned."""
    from annotate import suggestions
    from annotate.analysis import analyze_sources
    from annotate.derive import derive
    from annotate.gazetteer import load_gazetteer
    from annotate.ingest import make_source, seed_sources
    from annotate.learning import LearnedModel, Learner

    parts, words = [], 0
    for s in seed_sources() * 4:
        parts.append(s.text)
        words += len(s.text.split())
        if words >= 5000:
            break
    text = "\n\n".join(parts)
    cut = [m.start() for m in re.finditer(r"\S+", text)]
    src = make_source(text[: cut[5000]] if len(cut) > 5000 else text, "long.txt")
    gaz = load_gazetteer()
    dv = derive([src], analyze_sources([src], gazetteer=gaz), gaz)
    a = dv.analyses[src.id]
    at = lambda s, e: dv.actors.at(src.id, s, e)  # noqa: E731
    learned = LearnedModel(Learner(d))
    assert learned.learner.meta().get("counts") and learned.learner.model() is not None
    cue_t, all_t, cue_cpu, all_cpu = [], [], [], []
    for _ in range(5):
        t, c = time.perf_counter(), time.process_time()
        suggestions.suggest(src, a, at)
        cue_t.append(time.perf_counter() - t)
        cue_cpu.append(time.process_time() - c)
        t, c = time.perf_counter(), time.process_time()
        out, _ = suggestions.suggest(src, a, at, [learned])
        all_t.append(time.perf_counter() - t)
        all_cpu.append(time.process_time() - c)
    # (the CPU time too: on a shared machine the wall time follows the other jobs)
    return {"article_words": len(src.text.split()), "suggest5000_cues_s": round(min(cue_t), 3),
            "suggest5000_s": round(min(all_t), 3), "suggest5000_cues_cpu_s": round(min(cue_cpu), 3),
            "suggest5000_cpu_s": round(min(all_cpu), 3), "suggest5000_target_s": 0.2,
            "suggest5000_learned": sum(s.reason.startswith(("like your tags", "learned from your")) for s in out)}


async def _keypress(ws_path: Path, train_dir: Path, n: int = 15, blocks: int = 8) -> dict:
    """The reader's tag keypress (Pilot: the real app, the real key bindings, the tag written
    to the workspace file), timed while the app's own learner (``ws.learner()``, with the
    500-tag model in place, so suggestions go through it) retrains on the 500 tags in its
    background process, and while nothing trains: ``blocks`` alternate blocks of ``n`` presses
    (idle first), so a change in the machine's other load falls on both."""
    import shutil

    from annotate.learning import LearnExample
    from annotate.models import DEFAULT_LABEL_KEYS
    from tui.app import BlufApp

    xs = [LearnExample(**x) for x in json.loads((train_dir / "examples.json").read_text(encoding="utf-8"))["examples"]]
    label_of = {k: lb for lb, k in DEFAULT_LABEL_KEYS.items()}
    app = BlufApp(db=ws_path)
    idle, busy, trainings, tagged = [], [], 0, 0
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(100):
            await pilot.pause(0.1)
            if app.workspace is not None and app.workspace.sources():
                break
        ws = app.workspace
        learner = ws.learner()
        learner.dir.mkdir(parents=True, exist_ok=True)
        shutil.copytree(train_dir / "model", learner.dir / "model")
        shutil.copy(train_dir / "meta.json", learner.dir / "meta.json")
        await pilot.press("down", "enter")
        for _ in range(300):  # the article open, its quotes found (a busy machine takes a while)
            await pilot.pause(0.1)
            if getattr(app.screen, "source_id", None) and ws.quotes(app.screen.source_id):
                break
        for _ in range(20):  # a first tag, untimed, once a quote is in focus (the reader shows it)
            await pilot.pause(0.5)
            await pilot.press("right_square_bracket")
            await pilot.press("n")
            if any(st.label == "neutral" for st in ws.stances()):
                break
        assert any(st.label == "neutral" for st in ws.stances()), "the tag key tagged nothing: no quote in focus"
        keys = ["h", "c"]
        cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        busy_wall = 0.0
        for block in range(blocks):
            training = block % 2 == 1
            t0 = time.perf_counter()
            for i in range(n):
                if training and not learner.running():
                    learner.start(xs)
                    trainings += 1
                key = keys[i % 2]
                t = time.perf_counter()
                await pilot.press(key)
                (busy if training else idle).append(time.perf_counter() - t)
                mine = [st for st in ws.stances() if st.annotator == ws.annotator]
                tagged += bool(mine) and mine[-1].label == label_of[key]
            busy_wall += (time.perf_counter() - t0) if training else 0.0
            if learner.process is not None:
                learner.process.wait()
        cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        await pilot.press("q")
    assert tagged == blocks * n, f"only {tagged} of {blocks * n} keypresses tagged the quote"
    return {"keypress_idle_ms": round(statistics.median(idle) * 1000, 1), "keypress_training_ms": round(statistics.median(busy) * 1000, 1),
            "keypress_ratio": round(statistics.median(busy) / statistics.median(idle), 2), "keypress_presses": len(idle) + len(busy),
            "keypress_trainings": trainings, "keypress_busy_s": round(busy_wall, 1),
            # the trainers' CPU time (they are waited for after each block): whether they ran
            "keypress_trainer_cpu_s": round(cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime, 1)}


def run() -> dict:
    from annotate.workspace import open_workspace

    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        train_dir = d / "model"
        train_dir.mkdir()
        out = _train_500(train_dir)
        out.update(suggest_5000(train_dir))
        os.environ.setdefault("BLUF_ANNOTATOR", "bench")
        ws = open_workspace(d / "ws" / "ws.json", annotator="bench")
        ws.analyze()
        ws.close()
        out.update(asyncio.run(_keypress(d / "ws" / "ws.json", train_dir)))
    return out


if __name__ == "__main__":
    print(json.dumps(run()))
