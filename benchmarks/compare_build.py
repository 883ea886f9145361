"""Our build side by side with Material + mkdocs-static-i18n as they come, on the same
guides, in one run; every time also as a ratio to the reference workload
(benchmarks/machine.py) timed in the same run, so a slower machine is told apart from a
slower build.

- ours: ``mkdocs build --strict`` of the project (every language, the 290 × 9 help-place
  pages, the staff pages, the search indexes, our theme overrides);
- defaults: a generated mkdocs.yml in a temporary folder with only ``material`` (no
  custom_dir but Material's missing language files for so, ti, se) and ``search`` +
  ``i18n`` (suffix structure, the same languages), the same
  Markdown extensions, and a copy of the same guides/ (their ``template:`` front matter
  dropped: those templates are ours). No hjalpguide plugin.

Each build runs twice, interleaved, in a new process; the faster one counts. Per page =
build seconds / HTML pages written (ours writes many more pages: the help places).

Run: .venv/bin/python benchmarks/compare_build.py   (part of make bench)
Writes benchmarks/results-compare.json.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).parent))
sys.path.insert(0, str(ROOT / "src"))

from machine import machine, reference_seconds  # noqa: E402

from hjalpguide.languages import load_languages  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results-compare.json"
RUNS = 2
_TEMPLATE = re.compile(r"^template:.*\n", re.M)


def default_project(target: Path) -> Path:
    """A Material + static-i18n project with its defaults, on a copy of our guides."""
    ours = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    docs = target / "guides"
    shutil.copytree(ROOT / "guides", docs)
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        if text.startswith("---") and "\ntemplate:" in text.split("\n---", 2)[0] + "\n":
            head, rest = text.split("\n---", 1)
            page.write_text(_TEMPLATE.sub("", head + "\n", count=1).rstrip("\n") + "\n---"
                            + rest, encoding="utf-8")
    # the Markdown extensions exactly as we configure them (text, so the toc slugify tag
    # stays a tag)
    extensions = ours[ours.index("markdown_extensions:"):ours.index("\nplugins:")]
    entries = "\n".join(
        f"        - locale: {lang.code}\n          name: {json.dumps(lang.name)}\n"
        f"          build: true" + ("\n          default: true" if lang.default else "")
        for lang in load_languages(ROOT / "mkdocs.yml"))
    # Material has no interface texts for so, ti and se and stops (design.md, pitfall 1):
    # only those files of ours, nothing else of our theme
    partials = target / "theme" / "partials" / "languages"
    partials.mkdir(parents=True)
    for code in ("so", "ti", "se"):
        shutil.copy(ROOT / "overrides" / "partials" / "languages" / f"{code}.html", partials)
    config = target / "mkdocs.yml"
    config.write_text(
        "site_name: Hjälpguiden\nsite_url: http://127.0.0.1:8000/\n"
        f"docs_dir: {docs}\ntheme:\n  name: material\n  language: sv\n"
        f"  custom_dir: {target / 'theme'}\n"
        + extensions.rstrip() + "\n"
        "plugins:\n  - search\n  - i18n:\n      docs_structure: suffix\n"
        "      fallback_to_default: true\n      reconfigure_material: true\n"
        "      languages:\n" + entries + "\n", encoding="utf-8")
    return config


def build(config: Path, site: Path, strict: bool) -> dict:
    shutil.rmtree(site, ignore_errors=True)
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    result = subprocess.run(command + (["--strict"] if strict else []), cwd=config.parent,
                            env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(f"{config} did not build:\n{result.stdout}{result.stderr}"[-4000:])
    pages = sum(1 for p in site.rglob("*.html") if "assets" not in p.parts)
    return {"seconds": round(seconds, 2), "html_pages": pages}


def main() -> None:
    before = machine()
    figures: dict[str, list[dict]] = {"ours": [], "defaults": []}
    references = []
    with tempfile.TemporaryDirectory(prefix="hjalp-compare-") as tmp:
        folder = Path(tmp)
        default_config = default_project(folder / "defaults")
        for _ in range(RUNS):
            references.append(reference_seconds())
            figures["ours"].append(build(ROOT / "mkdocs.yml", folder / "site-ours", True))
            figures["defaults"].append(build(default_config, folder / "site-defaults", False))
    reference = min(references)
    results = {"what": "full build, all languages: ours against Material + static-i18n "
                       "defaults on the same guides (best of "
                       f"{RUNS}, interleaved)",
               "command": ".venv/bin/python benchmarks/compare_build.py",
               "reference_seconds": reference}
    for name, runs in figures.items():
        best = min(runs, key=lambda r: r["seconds"])
        per_page_ms = 1000 * best["seconds"] / best["html_pages"]
        results[name] = {**best, "all_runs_seconds": [r["seconds"] for r in runs],
                         "ms_per_page": round(per_page_ms, 2),
                         "seconds_per_reference": round(best["seconds"] / reference, 1),
                         "ms_per_page_per_reference": round(per_page_ms / reference, 1)}
    results["ours_per_page_over_defaults_per_page"] = round(
        results["ours"]["ms_per_page"] / results["defaults"]["ms_per_page"], 2)
    results["machine"] = {"before": before, "after": machine()}
    RESULTS.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
