#!/usr/bin/env python3
"""Benchmark: validate 10 000 generated help places (target ≤ 2 s), and the site build.

Generates places spread over all 290 municipalities (one file each, as editors keep
them), in a temporary project, then measures in a fresh process:

- the time to check them all as ``validate_contacts.py`` does (parse with line numbers,
  every check, files shared over the machine's cores), and in one process (the build);
- peak memory (max resident set size of the process, and Python's own peak allocation);
- optionally (``--build``) the added build time of the help-place pages in every language.

Writes the figures to benchmarks/results-contacts.json. Run: python benchmarks/contacts_bench.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from machine import reference_seconds  # noqa: E402  (benchmarks/machine.py, beside this file)

from hjalpguide.contacts import kommuner  # noqa: E402
from hjalpguide.contacts.validate import data_files, validate_files, validate_tree  # noqa: E402
from hjalpguide.languages import load_languages  # noqa: E402

TODAY = dt.date(2026, 11, 22)
REPEATS = 3
LOAD_BEFORE = round(os.getloadavg()[0], 2)  # other work on the machine skews the figures
PLACE = """\
  - id: {slug}-plats-{i}
    name:
      sv: Biblioteket nummer {i}
      en: Library number {i}
    kind: library
    organization: {name} kommun
    description: Hjälp med e-tjänster och BankID. Datorer att låna.
    address:
      street: Storgatan {i}
      postal_code: "852 30"
      city: {name}
    phones:
      - number: "+46{area}{local}"
        display: "0{area}-{local_shown}"
    email: bibliotek{i}@kommun.se
    url: https://www.kommun.se/bibliotek/{i}
    languages: [sv, en, ar]
    services: [bankid_help, eservice_help, loan_computer, wifi, printing, scanning]
    opening_hours: "Mo-Fr 10:00-18:00; Sa 11:00-15:00; PH off"
    verified:
      date: 2026-10-{day:02d}
      method: web
      source: https://www.kommun.se/bibliotek/{i}
"""


def _phone(i: int) -> dict:
    """A different, valid Swedish number for every place (Sundsvall's area code 60)."""
    local = f"{100000 + i * 37 % 899999:06d}"
    return {"area": "60", "local": local,
            "local_shown": f"{local[:2]} {local[2:4]} {local[4:]}"}


def generate(project: Path, n_places: int) -> int:
    """Write n places over all municipalities; returns the number of bytes written."""
    municipalities = list(kommuner.load(ROOT / "data" / "kommuner.csv").values())
    folder = project / "data" / "help-places"
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "data" / "kommuner.csv", project / "data" / "kommuner.csv")
    size = 0
    for index, muni in enumerate(municipalities):
        ids = range(index, n_places, len(municipalities))
        text = f'municipality:\n  code: "{muni.code}"\n  name: {muni.name}\nplaces:\n'
        text += "".join(PLACE.format(slug=muni.slug, name=muni.name, i=i, day=1 + i % 28,
                                     **_phone(i)) for i in ids)
        path = folder / f"{muni.code}-{muni.slug}.yml"
        path.write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
    return size


def measure_validation(project: Path) -> dict:
    languages = [lang.code for lang in load_languages(ROOT / "mkdocs.yml")]
    args = (project / "data" / "help-places", project / "data" / "kommuner.csv", languages,
            TODAY)
    files = data_files(args[0])
    workers = min(os.cpu_count() or 1, 4)
    runs, one_process, cpu = [], [], []
    for _ in range(REPEATS):
        start = time.perf_counter()
        result = validate_files(files, *args[1:], shown_from=project, workers=workers,
                                keep_documents=False)
        runs.append(time.perf_counter() - start)
        start, cpu_start = time.perf_counter(), time.process_time()
        validate_files(files, *args[1:], shown_from=project)
        one_process.append(time.perf_counter() - start)
        cpu.append(time.process_time() - cpu_start)
    seconds = min(runs)
    rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    tracemalloc.start()
    validate_tree(*args, shown_from=project)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"seconds": round(seconds, 3), "workers": workers,
            "seconds_median": round(statistics.median(runs), 3),
            "seconds_one_process": round(min(one_process), 3),
            "cpu_seconds_one_process": round(min(cpu), 3),
            "load_average_1min_before": LOAD_BEFORE, "reference_seconds": reference_seconds(),
            "places": result.places_checked,
            "files": result.files_checked, "findings": len(result.findings),
            "max_rss_mib": round(rss_mib, 1), "python_peak_mib": round(peak / 2**20, 1)}


def measure_build() -> dict:
    """Whole-site build of a copy of the project, with and without data/help-places/.

    A copy, so that nothing in the working tree moves while others use it. Each build is
    run twice after a warm-up; the figures are the lower of the two, in wall time and in
    CPU time of the build process (less sensitive to other work on the machine).
    """
    def build(project: Path) -> tuple[float, float]:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HJALP_TODAY": TODAY.isoformat()}
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-d",
                        str(project / "site")], cwd=project, check=True, env=env)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    def best(project: Path) -> tuple[float, float]:
        build(project)  # warm-up (caches, handouts)
        runs = [build(project), build(project)]
        return min(r[0] for r in runs), min(r[1] for r in runs)

    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp) / "copy"
        project.mkdir()
        for name in ("guides", "overrides", "data"):
            shutil.copytree(ROOT / name, project / name)
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        with_wall, with_cpu = best(project)
        shutil.rmtree(project / "data" / "help-places")
        without_wall, without_cpu = best(project)
    return {"with_help_places_s": round(with_wall, 2), "without_s": round(without_wall, 2),
            "added_s": round(with_wall - without_wall, 2),
            "with_help_places_cpu_s": round(with_cpu, 2), "without_cpu_s": round(without_cpu, 2),
            "added_cpu_s": round(with_cpu - without_cpu, 2),
            "pages_per_language": len(list((ROOT / "data" / "help-places").glob("*.yml")))}


def _history(path: Path) -> list[dict]:
    """The last runs' key figures: on a shared 2-core machine one run says little."""
    try:
        old = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    v = old.get("validation", {})
    last = {k: v.get(k) for k in ("seconds", "seconds_one_process", "cpu_seconds_one_process",
                                  "load_average_1min_before", "reference_seconds")}
    last["measured"] = old.get("measured")
    if "build_nine_languages" in old:
        last["build_added_s"] = old["build_nine_languages"].get("added_s")
    return ([last] + old.get("history", []))[:5]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--places", type=int, default=10_000)
    parser.add_argument("--build", action="store_true", help="also measure the site build")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        size = generate(project, args.places)
        figures = measure_validation(project)
    figures["yaml_mib"] = round(size / 2**20, 2)
    figures["target_seconds"] = 2.0
    figures["within_target"] = figures["seconds"] <= 2.0
    out = {"validation": figures, "python": sys.version.split()[0],
           "measured": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}
    if args.build:
        out["build_nine_languages"] = measure_build()
    path = ROOT / "benchmarks" / "results-contacts.json"
    out["history"] = _history(path)
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
