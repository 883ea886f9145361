#!/usr/bin/env python3
"""Kontrollera att de svenska sidorna är skrivna på enkel svenska.

Visar LIX för varje sida, meningar med fler än 20 ord (varning) och fler än 25 ord (fel),
och svåra ord från data/plain-language.yml med ett enklare ord att använda i stället.
Kontrollerar också ordlistorna i data/glossary/ (saknade fält, nycklar som inte finns
i den svenska ordlistan).
Utan filnamn kontrolleras alla svenska sidor under guides/ (guides/**/*.sv.md).

Exempel:
    .venv/bin/python scripts/check_language.py
    .venv/bin/python scripts/check_language.py guides/bankid/skaffa-bankid.sv.md
    .venv/bin/python scripts/check_language.py --format json

Slutkod: 0 inga fel, 1 minst ett fel (LIX över 40 eller en mening över 25 ord),
2 fel i kommandot eller en fil som inte går att läsa.
Hur texten räknas står i src/hjalpguide/readability.py.
"""

from __future__ import annotations

import argparse
import runpy as _runpy
import sys
from pathlib import Path

# src/ on the path, or a message that says how to set up (not a traceback)
_runpy.run_path(str(Path(__file__).resolve().with_name("_setup.py")))

from hjalpguide import findings, glossary, readability  # noqa: E402
from hjalpguide.paths import project_root  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path, help="sidor att kontrollera")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text (standard) eller json")
    parser.add_argument("--root", type=Path, help="projektets mapp (där mkdocs.yml finns)")
    args = parser.parse_args(argv)
    try:
        root = args.root or project_root()
        pages = readability.check_tree(root, args.paths or None)
    except FileNotFoundError as error:
        print(f"check_language: filen finns inte: {error.filename}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as error:
        print(f"check_language: {error}", file=sys.stderr)
        return 2
    found = [f for page in pages for f in page.findings]
    languages = [p.stem for p in sorted((root / glossary.GLOSSARY_DIR).glob("*.yml"))]
    found += glossary.check(root, languages)
    if args.format == "json":
        print(findings.as_json(found, pages=[p.to_dict() for p in pages]))
    else:
        if found:
            print(findings.as_text(found))
            print()
        print(readability.summary_table(pages))
        print()
        print(findings.summary_sv(found, f"{len(pages)} sidor"))
    return findings.exit_code(found)


if __name__ == "__main__":
    sys.exit(main())
