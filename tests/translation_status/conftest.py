"""Shared helpers for the translation-status tests: the tiny golden project, copied."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
PROJECT = DATA / "project"
ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "translation_status.py"


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of data/project that a test may change."""
    copy = tmp_path / "project"
    shutil.copytree(PROJECT, copy)
    return copy
