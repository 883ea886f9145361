"""Hämta kommunernas egna kontaktuppgifter till hjälpställena (the command behind
scripts/import_municipalities.py; the work is done in :mod:`importer`).

Skriver en rad per fil som ändras (eller skulle ändras med --dry-run), filer som importen
inte rör för att en redaktör har kontrollerat dem, och sist en sammanfattning på svenska.

Exit codes: 0 done (or nothing to do), 1 problems in the CSV or in a data file (nothing
is written from a CSV with errors), 2 the input cannot be read (no mkdocs.yml, a bad
option).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from hjalpguide import clock, commands
from hjalpguide import findings as fmt
from hjalpguide.contacts.importer import run
from hjalpguide.paths import project_root

DEFAULT_CSV = Path("data") / "kommun-kontakter.csv"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="import_municipalities.py",
        description="Skriver kommunens egna uppgifter (växel, webbplats, e-post) från "
                    "data/kommun-kontakter.csv till data/help-places/. Uppgifter som en "
                    "redaktör har kontrollerat rörs inte.")
    parser.add_argument("--csv", type=Path, default=None,
                        help="filen med kommunernas uppgifter (standard: "
                             "data/kommun-kontakter.csv)")
    parser.add_argument("--dry-run", action="store_true",
                        help="visa vad som skulle ändras, men skriv inget")
    commands.add_root_option(parser)
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None,
                        help=argparse.SUPPRESS)  # tests: the day to compare data_date with
    return parser


def main(argv: list[str] | None = None) -> int:
    args = commands.parse(build_parser(), argv)
    if isinstance(args, int):
        return args
    try:
        root = (args.root or project_root()).resolve()
    except FileNotFoundError as error:
        print(f"Fel: {error}", file=sys.stderr)
        return 2
    if not (root / "data" / "kommuner.csv").is_file():
        print(f"Fel: {root / 'data' / 'kommuner.csv'} saknas.", file=sys.stderr)
        return 2
    csv_path = args.csv if args.csv is not None else root / DEFAULT_CSV
    report = run(root, csv_path, args.today or clock.today(), dry_run=args.dry_run)
    if report.findings:
        print(fmt.as_text(report.findings))
        print(f"{len(report.findings)} fel i {csv_path}. Inget har skrivits. Rätta raderna "
              "och kör igen.")
        return 1
    for change in report.changes:
        if change.status != "unchanged":
            print(change.describe())
    if report.missing:
        print(f"Saknas i filen (inget ändrat för dem): {', '.join(report.missing)}")
    summary = (f"{len(report.changes)} kommuner: {report.count('created')} nya filer, "
               f"{report.count('added')} tillagda i befintliga filer, "
               f"{report.count('updated')} uppdaterade, {report.count('unchanged')} "
               f"oförändrade, {report.count('kept')} rörs inte (kontrollerade av redaktör)")
    if report.count("error"):
        summary += f", {report.count('error')} kunde inte uppdateras"
    if args.dry_run:
        summary = "Provkörning, inget är skrivet. Det här skulle hända: " + summary
    print(summary + ".")
    return 0 if report.ok else 1
