"""Kontrollera faktaregistret (the command behind scripts/check_facts.py).

Skriver ett fynd per rad: fil:rad: [REGEL] fält: vad som är fel → hur du rättar det, och
sist en sammanfattning på svenska. ``--list`` skriver i stället varje faktum med datum,
källa och sidorna som anger det.

Exit codes: 0 no errors (warnings may remain), 1 errors found, 2 the input cannot be read
(no mkdocs.yml, an unreadable data/facts.yml, a bad option).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from hjalpguide import clock, commands
from hjalpguide import findings as fmt
from hjalpguide.facts import check
from hjalpguide.languages import load_languages, read_mkdocs_yml
from hjalpguide.paths import project_root


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="check_facts.py",
        description="Kontrollerar faktaregistret (data/facts.yml) och sidornas facts:-listor.")
    parser.add_argument("--list", action="store_true",
                        help="skriv varje faktum med datum, källa och sidorna som anger det")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text för människor (standard), json för verktyg")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None,
                        help="räkna åldern på kontrollerna från detta datum (ÅÅÅÅ-MM-DD); "
                             "standard: HJALP_TODAY eller dagens datum")
    commands.add_root_option(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = commands.parse(build_parser(), argv)
    if isinstance(args, int):
        return args
    try:
        today = args.today or clock.today()
        root = (args.root or project_root()).resolve()
        config = read_mkdocs_yml(root / "mkdocs.yml")
        languages = [lang.code for lang in load_languages(root / "mkdocs.yml")]
        docs_dir = root / str(config.get("docs_dir") or "docs")
        result = check.run(root, docs_dir, languages, today)
    except (OSError, ValueError) as error:  # no mkdocs.yml, unreadable register, HJALP_TODAY
        print(f"check_facts: {error}", file=sys.stderr)
        return 2
    if args.list:
        print(check.listing(result, today))
        return fmt.exit_code(result.findings)
    n_facts, n_pages = len(result.register.written), len(result.pages)
    summary = fmt.summary_sv(result.findings, f"{n_facts} fakta och {n_pages} sidor")
    if args.format == "json":
        print(fmt.as_json(result.findings, summary=summary, facts=n_facts, pages=n_pages))
    else:
        if result.findings:
            print(fmt.as_text(result.findings))
        print(summary)
    return fmt.exit_code(result.findings)
