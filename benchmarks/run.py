"""Site benchmark: build time and memory, page weight and requests, search size.

Writes benchmarks/results.json (figures) and benchmarks/RESULTS.md (a short summary).
Run with `make bench`. Targets (design.md): first view of any page ≤ 60 KiB gzip with 0
third-party and 0 failed requests; search ≤ 50 KiB gzip for one language; full build of
all nine languages under 20 s (with all 290 municipalities).
"""

from __future__ import annotations

import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from machine import reference_seconds  # noqa: E402  (benchmarks/machine.py, beside this file)

from hjalpguide.devserver import serve_in_background  # noqa: E402

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PAGES = {"start page sv": "", "topic page sv": "bankid/skaffa-bankid/",
         "start page ar": "ar/", "topic page ar": "ar/bankid/skaffa-bankid/",
         # the list of all 290 municipalities, and a municipality page (issue 10)
         "help near you sv": "hjalp/platser/", "help near you ar": "ar/hjalp/platser/",
         "municipality page sv": "hjalp/platser/sundsvall/",
         "municipality page ar": "ar/hjalp/platser/sundsvall/"}
KIB = 1024


def build(site: Path) -> dict:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q",
                             "-d", str(site)], cwd=ROOT, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode:
        raise SystemExit("Bygget misslyckades:\n" + result.stdout + result.stderr)
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    files = [p for p in site.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files)
    return {"seconds": round(seconds, 2), "peak_memory_mib": round(peak_kib / KIB, 1),
            "files": len(files), "megabytes": round(size / KIB**2, 1)}


def page_view(browser, base_url: str, path: str) -> dict:
    page = browser.new_page()
    host = urlparse(base_url).netloc
    seen = []
    page.on("requestfinished", lambda r: seen.append(r))
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.goto(base_url + path, wait_until="networkidle")
    total, bad, third = 0, list(failed), []
    for request in seen:
        sizes = request.sizes()
        total += sizes["responseBodySize"] + sizes["responseHeadersSize"]
        response = request.response()
        if response and response.status >= 400:
            bad.append(request.url)
        if urlparse(request.url).netloc != host:
            third.append(request.url)
    page.close()
    return {"path": "/" + path, "kib_transferred": round(total / KIB, 1), "requests": len(seen),
            "failed_requests": len(bad), "third_party_requests": len(third)}


def search_use(browser, base_url: str, lang_root: str) -> dict:
    page = browser.new_page()
    page.goto(base_url + lang_root + "sok/", wait_until="networkidle")
    after_view = []
    page.on("requestfinished", lambda r: after_view.append(r))
    page.fill("#hjalp-q", "BankID")
    page.wait_for_selector("#hjalp-search-results li")
    page.wait_for_load_state("networkidle")
    total = sum(r.sizes()["responseBodySize"] + r.sizes()["responseHeadersSize"]
                for r in after_view)
    urls = [r.url.replace(base_url, "/") for r in after_view]
    page.close()
    return {"language_root": "/" + lang_root, "kib_downloaded": round(total / KIB, 1),
            "files": urls}


def translation_report() -> dict:
    """The translation status over the whole repository (best of three runs)."""
    from hjalpguide.translation_status import build_report

    timings = []
    for _ in range(3):
        start = time.perf_counter()
        build_report(ROOT)
        timings.append(time.perf_counter() - start)
    return {"seconds": round(min(timings), 2)}


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        print("Bygger alla språk …", flush=True)
        results = {"machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                               "reference_seconds": reference_seconds()},
                   "build": build(site), "translation_status": translation_report()}
        server, base_url = serve_in_background(site)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium",
                                                 args=CHROMIUM_ARGS)
            print("Mäter sidvisningar …", flush=True)
            results["first_view"] = {name: page_view(browser, base_url, path)
                                     for name, path in PAGES.items()}
            results["search"] = {code: search_use(browser, base_url, root)
                                 for code, root in (("sv", ""), ("ar", "ar/"))}
            browser.close()
        server.shutdown()
    results["targets"] = {
        "first_view_kib_max": 60, "search_kib_max": 50, "build_seconds_max": 20,
        "met": all(v["kib_transferred"] <= 60 and not v["failed_requests"]
                   and not v["third_party_requests"] for v in results["first_view"].values())
        and all(v["kib_downloaded"] <= 50 for v in results["search"].values())
        and results["build"]["seconds"] <= 20,
    }
    out = ROOT / "benchmarks"
    (out / "results.json").write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (out / "RESULTS.md").write_text(summary(results), encoding="utf-8")
    print(summary(results))


def summary(r: dict) -> str:
    b = r["build"]
    lines = ["# Site benchmark (make bench)", "",
             f"Machine: {r['machine']['cpus']} cores, Python {r['machine']['python']}.", "",
             f"Full build, all languages: {b['seconds']} s, "
             f"peak memory {b['peak_memory_mib']} MiB, "
             f"{b['files']} files, {b['megabytes']} MB.", "",
             "| page | KiB (gzip, first view) | requests | failed | third-party |",
             "|---|---|---|---|---|"]
    for name, v in r["first_view"].items():
        lines.append(f"| {name} `{v['path']}` | {v['kib_transferred']} | {v['requests']} | "
                     f"{v['failed_requests']} | {v['third_party_requests']} |")
    lines += ["", "| search used in | KiB downloaded | files |", "|---|---|---|"]
    for code, v in r["search"].items():
        lines.append(f"| {code} | {v['kib_downloaded']} | {', '.join(v['files'])} |")
    seconds = r["translation_status"]["seconds"]
    lines += ["", f"Translation status of the whole repository: {seconds} s.",
              "", f"All targets met: {'yes' if r['targets']['met'] else 'NO'} "
              "(first view ≤ 60 KiB, 0 failed, 0 third-party; search ≤ 50 KiB; build ≤ 20 s).", ""]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
