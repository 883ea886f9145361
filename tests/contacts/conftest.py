"""Fixtures for the help-place tests: a tiny project folder with mkdocs.yml and data."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TODAY = dt.date(2026, 11, 22)
LANGS = ["sv", "en", "ar", "fa", "so", "ti", "uk", "fi", "se"]

GOOD_PLACE = textwrap.dedent("""\
    municipality:
      code: "2281"
      name: Sundsvall
    places:
      - id: sundsvall-test
        name:
          sv: Testbiblioteket
          en: The test library
        kind: library
        address:
          street: Storgatan 1
          postal_code: "852 30"
          city: Sundsvall
        phones:
          - number: "+46771524524"
            display: "0771-524 524"
        email: bibliotek@sundsvall.se
        url: https://sundsvall.se/bibliotek
        languages: [sv, en, "no"]
        services: [wifi, printing]
        opening_hours: "Mo-Fr 08:00-16:30; PH off"
        verified:
          date: 2026-11-01
          method: web
          source: https://sundsvall.se/bibliotek
    """)


def write_project(folder: Path, files: dict[str, str]) -> Path:
    """A project root: the real mkdocs.yml, kommuner.csv and ui-help/, plus help-places/*."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    (folder / "data" / "help-places").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "kommuner.csv", folder / "data" / "kommuner.csv")
    shutil.copytree(ROOT / "data" / "ui-help", folder / "data" / "ui-help")
    for name, text in files.items():
        (folder / "data" / "help-places" / name).write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def project(tmp_path):
    def make(files: dict[str, str]) -> Path:
        return write_project(tmp_path, files)
    return make
