"""Lighthouse mobile performance on every kind of page, in Swedish and Arabic (target 100).

Lighthouse 12.2.3 (the last that runs on Node 20) is installed by npm into
benchmarks/lighthouse/node_modules from benchmarks/lighthouse/package.json (exact version,
package-lock.json), only for make bench, never for the tests. It runs Debian's Chromium
(CHROME_PATH=/usr/bin/chromium) with the same flags as the tests, against our devserver
(gzip, like a real host), with Lighthouse's default mobile settings (simulated slow 4G and a
4× slower processor).

Lighthouse times the page's work on this machine and multiplies it by 4: on a busy machine
every task looks longer, and total blocking time grows with no change to the page. So each
page is measured three times and the median run counts (Lighthouse's own advice), and the
machine's reference workload (benchmarks/machine.py) and Lighthouse's own benchmarkIndex
are written beside the figures.

Run: .venv/bin/python benchmarks/lighthouse_bench.py [SITE_DIR]   (part of make bench;
without SITE_DIR the whole site is built first). Writes benchmarks/results-lighthouse.json.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).parent))

from machine import machine  # noqa: E402

from hjalpguide.devserver import serve_in_background  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results-lighthouse.json"
FOLDER = ROOT / "benchmarks" / "lighthouse"
LIGHTHOUSE = FOLDER / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = ("--headless --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync")
#: Every kind of page: start, guide, municipality list, municipality, staff, search.
KINDS = {"start": "", "guide": "bankid/skaffa-bankid/", "municipality list": "hjalp/platser/",
         "municipality": "hjalp/platser/sundsvall/", "staff": "utskrift/", "search": "sok/"}
LANGUAGES = {"sv": "", "ar": "ar/"}
RUNS = 3
METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time",
           "cumulative-layout-shift", "speed-index", "max-potential-fid")


def install() -> None:
    """npm ci (or npm install on the first run) into benchmarks/lighthouse/."""
    if LIGHTHOUSE.exists():
        return
    command = ["npm", "ci" if (FOLDER / "package-lock.json").exists() else "install",
               "--no-audit", "--no-fund"]
    subprocess.run(command, cwd=FOLDER, check=True)


def run_once(url: str, out: Path) -> dict:
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--only-categories=performance",
                    "--output=json", f"--output-path={out}", f"--chrome-flags={CHROME_FLAGS}"],
                   env=env, check=True, capture_output=True)
    report = json.loads(out.read_text(encoding="utf-8"))
    audits = report["audits"]
    return {
        "score": round(report["categories"]["performance"]["score"] * 100),
        **{name: round(audits[name]["numericValue"], 1) for name in METRICS},
        "benchmark_index": report["environment"]["benchmarkIndex"],
        "main_thread_ms": {item["groupLabel"]: round(item["duration"])
                           for item in audits["mainthread-work-breakdown"]["details"]["items"]},
        "bytes": audits["total-byte-weight"]["numericValue"],
        "dom_elements": audits["dom-size"]["numericValue"],
    }


def measure(base_url: str) -> dict:
    results = {}
    with tempfile.TemporaryDirectory(prefix="hjalp-lighthouse-") as tmp:
        for lang, root in LANGUAGES.items():
            for kind, path in KINDS.items():
                runs = [run_once(base_url + root + path, Path(tmp) / "report.json")
                        for _ in range(RUNS)]
                median = sorted(runs, key=lambda r: r["score"])[len(runs) // 2]
                results[f"{kind} {lang}"] = {
                    "path": "/" + root + path, "median_run": median,
                    "scores": [r["score"] for r in runs],
                    "tbt_ms": [r["total-blocking-time"] for r in runs]}
                print(f"{kind} {lang}: {[r['score'] for r in runs]}", flush=True)
    return results


def main() -> None:
    install()
    before = machine()
    with tempfile.TemporaryDirectory(prefix="hjalp-lighthouse-site-") as tmp:
        site = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp) / "site"
        if len(sys.argv) <= 1:
            subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d",
                            str(site)], cwd=ROOT, check=True,
                           env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        server, base_url = serve_in_background(site)
        try:
            pages = measure(base_url)
        finally:
            server.shutdown()
    scores = [s for page in pages.values() for s in page["scores"]]
    results = {"what": "Lighthouse 12.2.3 mobile performance, median of "
                       f"{RUNS} runs per page", "command":
               ".venv/bin/python benchmarks/lighthouse_bench.py",
               "lighthouse": shutil.which(str(LIGHTHOUSE)) and "12.2.3",
               "target_score": 100,
               "met": all(p["median_run"]["score"] == 100 for p in pages.values()),
               "median_scores_lowest": min(p["median_run"]["score"] for p in pages.values()),
               "all_scores_median": statistics.median(scores),
               "pages": pages, "machine": {"before": before, "after": machine()}}
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(json.dumps({k: v for k, v in results.items() if k != "pages"}, indent=1))


if __name__ == "__main__":
    main()
