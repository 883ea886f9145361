#!/usr/bin/env python3
"""Visa kontrollernas fynd på ändringen i CI: python scripts/findings_report.py --format
github|codequality [--changed ÄNDRADE] [FIL].
Läser utskriften från make check (fil eller standard in).

Se docs/editors/README.md. Exit: 0 (fynden avgör inte; make check gör det), 2 kan inte läsa.
"""

import argparse
import runpy as _runpy
import sys
from pathlib import Path

# src/ on the path, or a message that says how to set up (not a traceback)
_runpy.run_path(str(Path(__file__).resolve().with_name("_setup.py")))

from hjalpguide import findings_report  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="findings_report.py", description=__doc__)
    parser.add_argument("--format", choices=("github", "codequality"), required=True)
    parser.add_argument("--changed", type=Path, metavar="FIL",
                        help="filerna som ändringen rör, en per rad (git diff --name-only): "
                             "deras fynd visas först")
    parser.add_argument("log", nargs="?", type=Path, help="utskriften från make check")
    args = parser.parse_args(argv)
    try:
        text = args.log.read_text(encoding="utf-8") if args.log else sys.stdin.read()
    except OSError as error:
        print(f"Fel: kan inte läsa {args.log}: {error}", file=sys.stderr)
        return 2
    try:  # no list (git could not tell): the findings in the order of the log
        changed = args.changed.read_text(encoding="utf-8").splitlines() if args.changed \
            else []
    except OSError:
        changed = []
    found = findings_report.parse(text.splitlines())
    if args.format == "github":
        print(findings_report.as_github(found, changed))
    else:
        print(findings_report.as_codequality(found))
    return 0


if __name__ == "__main__":
    sys.exit(main())
