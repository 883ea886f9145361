"""Kontrollera hjälpställena i data/help-places/ (the command behind validate_contacts.py).

Skriver ett fynd per rad: fil:rad: [REGEL] fält: vad som är fel → hur du rättar det,
och sist en sammanfattning på svenska.

Exit codes: 0 no errors (warnings may remain), 1 errors found, 2 the input cannot be read
(no data folder, no mkdocs.yml, a bad option).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from hjalpguide import clock, commands
from hjalpguide import findings as fmt
from hjalpguide.contacts import fix as fixer
from hjalpguide.contacts.translations import FOLDER_NAME
from hjalpguide.contacts.validate import add_translations, data_files, validate_files
from hjalpguide.languages import load_languages
from hjalpguide.paths import project_root


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="validate_contacts.py",
        description="Kontrollerar hjälpställena (YAML-filerna i data/help-places/).")
    parser.add_argument("files", nargs="*", type=Path,
                        help="filer eller mappar att kontrollera (standard: alla i "
                             "data/help-places/, med översättningarna i "
                             "data/help-places/translations/); bara deras fynd visas, men "
                             "id jämförs med alla filer")
    parser.add_argument("--only-errors", action="store_true",
                        help="visa bara fel, inte varningar")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text för människor (standard), json för verktyg")
    parser.add_argument("--fix", action="store_true",
                        help="rätta säkra saker i filerna (citattecken, telefonnummer i "
                             "E.164, osynliga tecken); kommentarer och ordning behålls")
    parser.add_argument("--today", type=dt.date.fromisoformat, default=None,
                        help="räkna åldern på kontrollerna från detta datum (ÅÅÅÅ-MM-DD)")
    commands.add_root_option(parser)
    return parser


class UsageError(Exception):
    pass


def main(argv: list[str] | None = None) -> int:
    args = commands.parse(build_parser(), argv)
    if isinstance(args, int):
        return args
    try:
        root, files, named, languages, with_translations = _inputs(args)
    except UsageError as error:
        print(f"Fel: {error}", file=sys.stderr)
        return 2
    today = args.today or clock.today()
    kommuner_csv = root / "data" / "kommuner.csv"
    workers = 1 if args.fix else min(os.cpu_count() or 1, 4)
    folder = root / "data" / "help-places"
    # the Swedish texts are collected only when there are translations to compare them with
    texts = with_translations and not args.files and (folder / FOLDER_NAME).is_dir()
    result = validate_files(files, kommuner_csv, languages, today, shown_from=root,
                            workers=workers, keep_documents=args.fix, collect_texts=texts)
    if args.fix:
        changed = fixer.fix_files(files, result.documents, root)
        for path in changed:
            print(f"Rättade {path}", file=sys.stderr)
        if changed:
            result = validate_files(files, kommuner_csv, languages, today, shown_from=root,
                                    collect_texts=texts)
    if with_translations:
        if args.files:  # the Swedish texts of every place file, to compare the translations with
            everything = validate_files(data_files(folder), kommuner_csv, languages, today,
                                        shown_from=root, workers=workers, keep_documents=False,
                                        collect_texts=True)
            result.sources = everything.sources
        add_translations(result, folder, languages, shown_from=root)
    if args.files:
        result.findings = _only_given(result.findings, files, named, root, kommuner_csv,
                                      languages, today, workers)
    checked = (f"{result.files_checked} {'fil' if result.files_checked == 1 else 'filer'} med "
               f"{result.places_checked} {'plats' if result.places_checked == 1 else 'platser'}")
    summary = fmt.summary_sv(result.findings, checked)
    if args.only_errors:
        result.findings = fmt.errors(result.findings)
    if args.format == "json":
        print(fmt.as_json(result.findings, summary=summary, files=result.files_checked,
                          places=result.places_checked))
    else:
        if result.findings:
            print(fmt.as_text(result.findings))
        print(summary)
    return fmt.exit_code(result.findings)


def _inputs(args) -> tuple[Path, list[Path], list[Path], list[str], bool]:
    """The project, the place files to check, every file named (place and translation
    files), the languages, and whether to check the translations (every check of the
    whole folder; or a translation file was named: the translations are always checked
    together, against every place file)."""
    try:
        root = (args.root or project_root()).resolve()
    except FileNotFoundError as error:
        raise UsageError(str(error)) from error
    try:
        languages = [lang.code for lang in load_languages(root / "mkdocs.yml")]
    except (OSError, ValueError, Exception) as error:  # noqa: B014 - any unreadable config
        raise UsageError(f"kan inte läsa språken i {root / 'mkdocs.yml'}: {error}") from error
    if not (root / "data" / "kommuner.csv").is_file():
        raise UsageError(f"{root / 'data' / 'kommuner.csv'} saknas.")
    if args.files:
        missing = [str(f) for f in args.files if not f.exists()]
        if missing:
            raise UsageError("filen finns inte: " + ", ".join(missing))
        given = []
        for path in (f.resolve() for f in args.files):  # a folder: its place files
            given += data_files(path) if path.is_dir() else [path]
        if not given:
            raise UsageError("inga .yml-filer i " + ", ".join(map(str, args.files)))
        places = [f for f in given if f.parent.name != FOLDER_NAME]
        return root, places, given, languages, len(places) < len(given)
    folder = root / "data" / "help-places"
    if not folder.is_dir():
        raise UsageError(f"mappen {folder} finns inte.")
    return root, data_files(folder), [], languages, True


def _only_given(findings: list, files: list[Path], named: list[Path], root: Path,
                kommuner_csv: Path, languages: list[str], today, workers: int) -> list:
    """The findings in the named files (place and translation files), and their ids
    checked against every place file (the given files last, so a new file that reuses an
    existing id is the one named)."""
    shown = {_shown(path, root) for path in named}
    folder = root / "data" / "help-places"
    others = [path for path in data_files(folder) if path.resolve() not in set(files)]
    whole = validate_files(others + files, kommuner_csv, languages, today, shown_from=root,
                           workers=workers, keep_documents=False)
    clashes = [f for f in whole.findings if f.rule == "HP-ID-DUPLICATE" and f.path in shown]
    known = set(findings)
    mine = [f for f in findings if f.path in shown or not f.path.endswith(".yml")]
    return mine + [f for f in clashes if f not in known]


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root).as_posix()
    except ValueError:
        return str(path)
