"""Benchmark of the handouts: every printable page in every language, single + bilingual.

Makes a copy of the project in a temporary folder where every printable page has a text
in every language (the real translation where there is one, otherwise the Swedish text
standing in for it: the same length and layout work, so the timing is that of a fully
translated site), then runs the real command twice in a new process each time:

1. from nothing (empty output folder),
2. with nothing changed,

and writes benchmarks/results-handouts.json: wall time of both runs, peak memory (largest
resident set of the orchestrating process or a worker), time per handout (from the
manifest), page counts per language, the number of cores and the load average (other
work on the machine makes every figure worse; compare runs on a quiet machine).

Run: .venv/bin/python benchmarks/handouts_bench.py [--src DIR] [--keep DIR]

``--src DIR`` measures another version of the code (a folder with ``hjalpguide/`` in it,
e.g. ``git archive OLD src | tar -x -C /tmp/old``); ``--keep DIR`` keeps the handouts made
from nothing, to compare two versions' output with benchmarks/compare_handouts.py.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from machine import reference_seconds  # noqa: E402  (benchmarks/machine.py, beside this file)

from hjalpguide.handouts import sources  # noqa: E402
from hjalpguide.languages import load_languages  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results-handouts.json"


def make_full_project(target: Path, src: Path = ROOT / "src") -> int:
    """Copy the project; give every printable page a file in every language."""
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    shutil.copytree(ROOT / "guides", target / "guides")
    shutil.copytree(ROOT / "data", target / "data")
    (target / "overrides").symlink_to(ROOT / "overrides")
    # a snapshot of the code too: an edit during the benchmark must not count as a change
    shutil.copytree(src, target / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    languages = [lang.code for lang in load_languages(ROOT / "mkdocs.yml")]
    project = sources.load_project(target / "mkdocs.yml")
    added = 0
    for page in sources.find_pages(project):
        if not sources.is_printable(page, languages[0]):
            continue
        for lang in languages[1:]:
            if lang not in page.files:
                shutil.copy(page.files[languages[0]],
                            page.files[languages[0]].with_name(
                                page.files[languages[0]].name.replace(".sv.md", f".{lang}.md")))
                added += 1
    return added


def run(config: Path, src: Path) -> tuple[float, int]:
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "hjalpguide.handouts", "build", "--config",
                             str(config), "--quiet"], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(src)})
    seconds = time.perf_counter() - started
    print(result.stdout.strip())
    if result.returncode not in (0, 1):
        raise SystemExit(result.stderr)
    return round(seconds, 2), result.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--src", type=Path, default=ROOT / "src")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the figures go")
    args = parser.parse_args()
    load_before = os.getloadavg()
    reference_before = reference_seconds()
    with tempfile.TemporaryDirectory(prefix="hjalp-handouts-bench-") as tmp:
        folder = Path(tmp)
        stand_ins = make_full_project(folder, args.src)
        from_nothing, code = run(folder / "mkdocs.yml", folder / "src")
        if args.keep:
            shutil.copytree(folder / "build" / "handouts", args.keep, dirs_exist_ok=True)
        nothing_changed, _ = run(folder / "mkdocs.yml", folder / "src")
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        manifest = json.loads((folder / "build/handouts/manifest.json").read_text("utf-8"))
    handouts = manifest["handouts"]
    per = [h["seconds"] for h in handouts]
    cpu = [h.get("cpu_seconds", 0.0) for h in handouts]
    memory = [h.get("peak_memory_mib", 0.0) for h in handouts]
    pages: dict[str, dict[str, list[int]]] = {}
    for h in handouts:
        pages.setdefault(h["language"], {}).setdefault(h["kind"], []).append(h["pages"])
    results = {
        "what": "all printable pages x all languages, single + bilingual, "
                f"{stand_ins} languages-pages use the Swedish text as a stand-in",
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(),
                    "load_average_before": [round(x, 2) for x in load_before],
                    "load_average_after": [round(x, 2) for x in os.getloadavg()],
                    # benchmarks/machine.py: the same fixed work before and after the run;
                    # compare runs only when these are close
                    "reference_seconds": [reference_before, reference_seconds()]},
        "handouts": len(handouts),
        "from_nothing_seconds": from_nothing,
        "nothing_changed_seconds": nothing_changed,
        "targets": {"from_nothing_seconds": 20, "nothing_changed_seconds": 1},  # issue 16
        "peak_memory_mib": round(peak_kib / 1024, 1),
        "cpu_seconds_all_workers": round(sum(cpu), 1),
        "from_nothing_on_idle_cores_estimate_seconds": round(sum(cpu) / (os.cpu_count() or 1), 1),
        "per_handout_cpu_seconds": {
            kind: round(statistics.mean(h.get("cpu_seconds", 0.0) for h in handouts
                                        if h["kind"] == kind), 3)
            for kind in sorted({h["kind"] for h in handouts})},
        "per_handout_seconds": {"mean": round(statistics.mean(per), 3),
                                "median": round(statistics.median(per), 3),
                                "max": round(max(per), 3)},
        # the worker's largest resident set when the handout was done (an upper bound of
        # what that handout needed; it grows only if a worker leaks)
        "per_handout_peak_memory_mib": {
            "median": round(statistics.median(memory), 1), "max": round(max(memory), 1)},
        "pages_per_language": {
            lang: {kind: {"max": max(v), "counts": {str(n): v.count(n) for n in sorted(set(v))}}
                   for kind, v in kinds.items()} for lang, kinds in sorted(pages.items())},
        "too_long_exit_code": code,
    }
    args.results.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
