"""Preview while editing: how long after an editor saves a page the change is visible in
`make preview LANGS=ar` (`mkdocs serve`, Swedish + Arabic). Target: ≤ 2 s (design.md).

Works on a copy of the project in a temporary folder (the real guides are never touched):
starts `mkdocs serve` there as `make preview LANGS=ar` does (with `--dirty`: only what a
save changed is rebuilt, see src/hjalpguide/preview.py), waits for the first build, then
several times appends a new sentence to one Arabic and one Swedish page and polls the
served page every 20 ms until the sentence is there. The same without `--dirty`, for
comparison. (A saved data file makes the preview rebuild every page: about a full build.)

Run: .venv/bin/python benchmarks/preview_bench.py   (part of make bench)
Writes benchmarks/results-preview.json.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))

from machine import machine  # noqa: E402  (benchmarks/machine.py, beside this file)

RESULTS = ROOT / "benchmarks" / "results-preview.json"
PAGES = {"ar": ("bankid/skaffa-bankid.ar.md", "ar/bankid/skaffa-bankid/"),
         "sv": ("bankid/skaffa-bankid.sv.md", "bankid/skaffa-bankid/")}
SAVES = 4
TARGET_S = 2.0


def copy_project(target: Path) -> None:
    """What `mkdocs serve` reads: the config, the guides, the data and the theme."""
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    for folder in ("guides", "data"):
        shutil.copytree(ROOT / folder, target / folder)
    shutil.copytree(ROOT / "overrides", target / "overrides")
    if (ROOT / "build" / "handouts").is_dir():
        shutil.copytree(ROOT / "build" / "handouts", target / "build" / "handouts")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError):
        return None


def wait_for(url: str, text: str | None, timeout_s: float) -> float | None:
    """Seconds until ``url`` answers (and contains ``text``), or None after the timeout."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout_s:
        body = fetch(url)
        if body is not None and (text is None or text in body):
            return time.perf_counter() - started
        time.sleep(0.02)
    return None


def measure(project: Path, dirty: bool) -> dict:
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    command = [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"
               ] + (["--dirty"] if dirty else [])
    env = {**os.environ, "HJALP_LANGS": "ar", "NO_MKDOCS_2_WARNING": "1"}
    log = open(project / f"serve-{'dirty' if dirty else 'full'}.log", "w")
    server = subprocess.Popen(command, cwd=project, env=env, stdout=log, stderr=log)
    try:
        first_build = wait_for(base + PAGES["ar"][1], None, 180)
        if first_build is None:
            raise SystemExit("mkdocs serve did not start:\n"
                             + (project / log.name).read_text(encoding="utf-8")[-3000:])
        time.sleep(1.0)  # let the watcher settle after the first build
        saves: dict[str, list[float | None]] = {lang: [] for lang in PAGES}
        for number in range(SAVES):
            for lang, (source, page) in PAGES.items():
                marker = f"Förhandsvisning {number} {lang} {time.time_ns()}"
                path = project / "guides" / source
                path.write_text(path.read_text(encoding="utf-8") + f"\n\n{marker}\n",
                                encoding="utf-8")
                seconds = wait_for(base + page, marker, 30)
                saves[lang].append(None if seconds is None else round(seconds, 2))
                time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
    seen = [s for values in saves.values() for s in values if s is not None]
    return {"first_build_seconds": round(first_build, 2), "save_to_visible_seconds": saves,
            "median_seconds": round(statistics.median(seen), 2) if seen else None,
            "max_seconds": max(seen) if seen else None,
            "all_seen": len(seen) == SAVES * len(PAGES),
            "met": bool(seen) and len(seen) == SAVES * len(PAGES) and max(seen) <= TARGET_S}


def main() -> None:
    before = machine()
    with tempfile.TemporaryDirectory(prefix="hjalp-preview-bench-") as tmp:
        project = Path(tmp)
        copy_project(project)
        results = {"what": "make preview LANGS=ar: save a page, poll until the served page "
                           "has the new sentence",
                   "command": ".venv/bin/python benchmarks/preview_bench.py",
                   "target_seconds": TARGET_S,
                   "full_rebuild": measure(project, dirty=False),
                   "dirty": measure(project, dirty=True)}
    results["machine"] = {"before": before, "after": machine()}
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
