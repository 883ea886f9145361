#!/usr/bin/env python3
"""Visa vilka översättningar som saknas, är gamla eller skiljer sig från den svenska sidan.

För varje svensk sida (guides/**/*.sv.md) och varje språk i mkdocs.yml: saknas,
klar, inaktuell (den svenska sidan har ändrats sedan översättningen), utan svensk sida,
ej granskad, annan struktur (rubriker, steg, listor, länkar, bilder, rutor), andra
fakta (telefonnummer, datum, belopp, e-post) och brevord som saknas (ord med
letter: true i data/glossary/sv.yml som den svenska sidan har och översättningen inte)
och ord som språkets ordval i data/terms/<kod>.yml säger ska undvikas.
Jämför också ordlistan och gränssnittstexterna i data/ med svenskan. Kontrollerar INTE
vad texten betyder, om översättningen är rätt eller om tonen är enkel: det kan bara en
person göra.

Exempel:
    .venv/bin/python scripts/translation_status.py
    .venv/bin/python scripts/translation_status.py --lang ar --diff
    .venv/bin/python scripts/translation_status.py --format markdown
    .venv/bin/python scripts/translation_status.py --format json --strict-missing
    .venv/bin/python scripts/translation_status.py --stamp guides/bankid/index.ar.md

--stamp skriver in kontrollsumman för den svenska sidan i översättningens fält överst
(translation: source_hash, method, reviewed: false). Gör det bara när du har gjort
översättningen klar mot den svenska sidan som den är nu.

Slutkod: 0 inga fel, 1 annan struktur eller andra fakta än på svenska (med
--strict-missing också sidor som saknas, med --strict-terms också brevord som
saknas och ord som språkets ordval säger ska undvikas), 2 fel i kommandot eller en fil
som inte går att läsa. Mer i src/hjalpguide/translation_status/__init__.py.
"""

from __future__ import annotations

import argparse
import runpy as _runpy
import sys
from pathlib import Path

# src/ on the path, or a message that says how to set up (not a traceback)
_runpy.run_path(str(Path(__file__).resolve().with_name("_setup.py")))

from hjalpguide import findings, translation  # noqa: E402
from hjalpguide.languages import load_languages  # noqa: E402
from hjalpguide.paths import project_root  # noqa: E402
from hjalpguide.translation_status import build_report, render  # noqa: E402
from hjalpguide.translation_status.stamp import stamp  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        root = (args.root or project_root()).resolve()
        codes = [lang.code for lang in load_languages(root / "mkdocs.yml")]
        only = [c for value in args.lang for c in value.split(",") if c] if args.lang else None
        unknown = [c for c in only or [] if c not in codes[1:]]
        if unknown:
            print(f"translation_status: okänt språk: {', '.join(unknown)} "
                  f"(finns: {', '.join(codes[1:])})", file=sys.stderr)
            return 2
        if args.stamp:
            return _stamp_all(root, codes, args.stamp)
        report = build_report(root, only, args.strict_missing, args.diff, args.strict_terms)
    except (OSError, ValueError) as error:
        print(f"translation_status: {error}", file=sys.stderr)
        return 2
    if args.format == "json":
        print(render.as_json(report))
    elif args.format == "markdown":
        print(render.as_markdown(report), end="")
    else:
        print(render.as_text(report, list_unreviewed=bool(only)))
    return findings.exit_code(report.findings)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--format", choices=("text", "markdown", "json"), default="text",
                        help="text (standard), markdown eller json (för CI)")
    parser.add_argument("--lang", action="append", metavar="KOD",
                        help="bara det här språket, t.ex. --lang ar (kan upprepas: ar,fa)")
    parser.add_argument("--diff", action="store_true",
                        help="visa vad som har ändrats i svenskan sedan översättningen gjordes")
    parser.add_argument("--strict-missing", action="store_true",
                        help="sidor och filer som saknas räknas som fel (för CI)")
    parser.add_argument("--strict-terms", action="store_true",
                        help="brevord som saknas och ord som ska undvikas (data/terms/) "
                             "räknas som fel (för CI)")
    parser.add_argument("--stamp", nargs="+", type=Path, metavar="SIDA",
                        help="skriv in den svenska sidans kontrollsumma i översättningen")
    parser.add_argument("--root", type=Path, help="projektets mapp (där mkdocs.yml finns)")
    return parser


def _stamp_all(root: Path, codes: list[str], paths: list[Path]) -> int:
    source_lang, status = codes[0], 0
    for given in paths:
        path = given if given.is_absolute() else Path.cwd() / given
        lang = next((c for c in codes[1:] if path.name.endswith(f".{c}.md")), None)
        if lang is None:
            print(f"{given}: inte en översatt sida (namnet ska sluta på .<språk>.md, "
                  f"t.ex. .ar.md)", file=sys.stderr)
            status = 2
            continue
        source = translation.source_path(path, lang, source_lang)
        if not source.is_file() or not path.is_file():
            missing = path if not path.is_file() else source
            print(f"{given}: filen {missing} finns inte", file=sys.stderr)
            status = 2
            continue
        new_hash = translation.source_hash(source.read_text(encoding="utf-8"))
        try:
            stamped = stamp(path.read_text(encoding="utf-8"), new_hash)
        except ValueError as error:  # also a file that is not UTF-8
            print(f"{given}: {error}", file=sys.stderr)
            status = 2
            continue
        path.write_text(stamped, encoding="utf-8")
        print(f'{given}: source_hash: "{new_hash}" (från {source.name}), reviewed: false')
    return status


if __name__ == "__main__":
    sys.exit(main())
