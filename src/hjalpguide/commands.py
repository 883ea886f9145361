"""What the editors' commands share: the ``--root`` option and argparse's exit codes
(0 for ``--help``, 2 for a bad option, as the commands' own "cannot read the input")."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_root_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--root", type=Path, default=None,
                        help="mappen med mkdocs.yml (standard: letas upp från arbetsmappen)")


def parse(parser: argparse.ArgumentParser, argv: list[str] | None) -> argparse.Namespace | int:
    """The parsed options, or the exit code when argparse stopped (help or a bad option)."""
    try:
        return parser.parse_args(argv)
    except SystemExit as stop:
        return 0 if stop.code == 0 else 2
