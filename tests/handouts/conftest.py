"""A tiny project (one printable page in sv, ar and ti, help places, two municipalities:
Sundsvall with a phone, Vaxholm without; so two referral sheets),
built once per test session into real PDFs."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from hjalpguide.handouts import build, sources

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).parent / "data" / "project"
TODAY = dt.date(2026, 12, 5)  # on or after the real data's newest check (2026-12-05)


def make_project(tmp: Path) -> Path:
    """A copy of the fixture project with the real interface texts and municipality list."""
    shutil.copytree(FIXTURE, tmp, dirs_exist_ok=True)
    for folder in ("ui", "ui-handouts", "ui-help"):
        shutil.copytree(ROOT / "data" / folder, tmp / "data" / folder, dirs_exist_ok=True)
    shutil.copy(ROOT / "data" / "kommuner.csv", tmp / "data" / "kommuner.csv")
    return tmp


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """(project, outcome) of one full build of the fixture project."""
    root = make_project(tmp_path_factory.mktemp("handouts"))
    project = sources.load_project(root / "mkdocs.yml")
    outcome = build.build(project, today=TODAY)
    return project, outcome
