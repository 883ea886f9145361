"""benchmarks/RESULTS.md from every results*.json that make bench wrote: the site (run.py),
the handouts, the preview, ours against Material + static-i18n defaults, Lighthouse; each
with the command that made it and the reference workload's time of its run.

Run: .venv/bin/python benchmarks/report.py   (the last step of make bench)
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import summary  # noqa: E402


def load(name: str) -> dict | None:
    path = HERE / name
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None


def handouts(r: dict) -> list[str]:
    ref = r["machine"]["reference_seconds"]
    return ["## Handouts (`.venv/bin/python benchmarks/handouts_bench.py`)", "",
            f"{r['handouts']} handouts: from nothing {r['from_nothing_seconds']} s "
            f"(target {r['targets']['from_nothing_seconds']} s), nothing changed "
            f"{r['nothing_changed_seconds']} s (target {r['targets']['nothing_changed_seconds']}"
            f" s); processor time of all workers {r['cpu_seconds_all_workers']} s. Load "
            f"average before {r['machine']['load_average_before']}, reference workload "
            f"{ref} s.", ""]


def preview(r: dict) -> list[str]:
    lines = [f"## Preview while editing (`{r['command']}`)", "",
             "| mode | first build s | save → visible s (each save) | max s | ≤ 2 s |",
             "|---|---|---|---|---|"]
    for mode in ("full_rebuild", "dirty"):
        m = r[mode]
        saves = "; ".join(f"{lang}: {', '.join(str(s) for s in values)}"
                          for lang, values in m["save_to_visible_seconds"].items())
        lines.append(f"| {mode} | {m['first_build_seconds']} | {saves} | {m['max_seconds']} | "
                     f"{'yes' if m['met'] else 'no'} |")
    machine = r["machine"]["before"]
    return lines + ["", f"Reference workload {machine['reference_seconds']} s, load average "
                        f"{machine['load_average']}.", ""]


def compare(r: dict) -> list[str]:
    lines = [f"## Ours against Material + static-i18n defaults (`{r['command']}`)", "",
             "| build | s | HTML pages | ms per page | s / reference | ms per page / reference |",
             "|---|---|---|---|---|---|"]
    for name in ("ours", "defaults"):
        b = r[name]
        lines.append(f"| {name} | {b['seconds']} | {b['html_pages']} | {b['ms_per_page']} | "
                     f"{b['seconds_per_reference']} | {b['ms_per_page_per_reference']} |")
    return lines + ["", f"Per page, ours costs {r['ours_per_page_over_defaults_per_page']} × "
                        f"the defaults; reference workload {r['reference_seconds']} s.", ""]


def lighthouse(r: dict) -> list[str]:
    lines = [f"## Lighthouse mobile performance (`{r['command']}`)", "",
             "| page | scores (3 runs) | TBT ms | FCP ms | LCP ms | CLS | benchmarkIndex |",
             "|---|---|---|---|---|---|---|"]
    for name, page in r["pages"].items():
        m = page["median_run"]
        lines.append(f"| {name} `{page['path']}` | {page['scores']} | {page['tbt_ms']} | "
                     f"{round(m['first-contentful-paint'])} | "
                     f"{round(m['largest-contentful-paint'])} | "
                     f"{m['cumulative-layout-shift']} | {m['benchmark_index']} |")
    machine = r["machine"]["before"]
    return lines + ["", f"Target 100 on every page: {'met' if r['met'] else 'NOT met'}. "
                        f"Reference workload {machine['reference_seconds']} s, load average "
                        f"{machine['load_average']}.", ""]


def main() -> None:
    parts = []
    site = load("results.json")
    if site:
        parts.append(summary(site).rstrip() + "\n\nCommand: `.venv/bin/python benchmarks/run.py`"
                     f"; reference workload {site['machine']['reference_seconds']} s.\n")
    for name, render in (("results-handouts.json", handouts), ("results-preview.json", preview),
                         ("results-compare.json", compare),
                         ("results-lighthouse.json", lighthouse)):
        data = load(name)
        if data:
            parts.append("\n".join(render(data)))
    text = "\n".join(parts)
    (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
