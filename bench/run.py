"""Run the benchmarks: `make bench` (all) or `python bench/run.py NAME...`.

Each benchmark compares against a baseline measured in the same run (this machine is
shared and noisy), prints its result and appends it to .bench/results.jsonl."""

from __future__ import annotations

import importlib
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

BENCHES = ["seeds_analysis", "learned_stances", "analysis_speed", "event_cost", "incident_clustering", "startup", "tag_latency", "tag_profile", "retag_cost", "crash", "export_speed", "import_html", "article_view", "memory", "feeds_update", "big_import", "edit_rederive", "cluster_analysis", "workspace_scale", "paste_import"]


def main(names: list[str]) -> int:
    out_dir = HERE.parent / ".bench"
    out_dir.mkdir(exist_ok=True)
    for name in names or BENCHES:
        mod = importlib.import_module(name)
        t = time.perf_counter()
        result = mod.run()
        result["bench"] = name
        result["wall_s"] = round(time.perf_counter() - t, 1)
        print(json.dumps(result, ensure_ascii=False))
        with open(out_dir / "results.jsonl", "a", encoding="utf-8") as f:
            f.write(json.dumps({"at": time.strftime("%Y-%m-%dT%H:%M:%S"), **result}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
