"""--diff: the Swedish changes since the translation was made, found in a real git history."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from hjalpguide.translation import source_hash
from hjalpguide.translation_status import build_report
from hjalpguide.translation_status.history import find_version, source_diff

from .conftest import PROJECT

V1 = "---\ntitle: Ansök\n---\n\n# Ansök\n\nDu ska ansöka inom 2 månader.\n"
V2 = "---\ntitle: Ansök\nchecked: 2026-11-22\n---\n\n# Ansök\n\nDu ska ansöka inom 2 månader.\n"
V3 = "---\ntitle: Ansök\n---\n\n# Ansök\n\nDu ska ansöka inom 3 veckor.\n\nRing 1177.\n"


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=Test", "-c", "user.email=t@example.se", *args],
                   cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path) -> Path:
    """The golden project as a git repository where gammal.sv.md changed twice."""
    root = tmp_path / "repo"
    shutil.copytree(PROJECT, root)
    page = root / "guides" / "ämne" / "gammal.sv.md"
    git(root, "init", "-q")
    for number, text in enumerate([V1, V2, V3], start=1):
        page.write_text(text, encoding="utf-8")
        git(root, "add", "-A")
        git(root, "commit", "-q", "-m", f"version {number}")
    return root


def test_finds_the_version_the_translation_was_made_from(repo):
    version = find_version(repo, "guides/ämne/gammal.sv.md", source_hash(V1))
    assert version is not None
    assert source_hash(version.text) == source_hash(V1)
    # V2 only changed the front matter: same hash; the newest such version is found
    assert version.text == V2


def test_diff_shows_the_swedish_changes(repo):
    diff = source_diff(repo, "guides/ämne/gammal.sv.md", source_hash(V1))
    assert "-Du ska ansöka inom 2 månader.\n" in diff
    assert "+Du ska ansöka inom 3 veckor.\n" in diff
    assert "+Ring 1177.\n" in diff
    assert diff.startswith("--- guides/ämne/gammal.sv.md (version ")


def test_unknown_hash_is_said_plainly(repo):
    text = source_diff(repo, "guides/ämne/gammal.sv.md", "ffffffffffffffff")
    assert "Ingen sparad version" in text and "aldrig sparades i git" in text


def test_not_a_repository_is_said_plainly(tmp_path):
    shutil.copytree(PROJECT, tmp_path / "p")
    text = source_diff(tmp_path / "p", "guides/ämne/gammal.sv.md", "ffffffffffffffff")
    assert text.startswith("Historiken går inte att läsa")


def test_follows_a_renamed_swedish_page(repo):
    git(repo, "mv", "guides/ämne/gammal.sv.md", "guides/ämne/ansok.sv.md")
    git(repo, "commit", "-q", "-m", "rename")
    version = find_version(repo, "guides/ämne/ansok.sv.md", source_hash(V1))
    assert version is not None and version.path == "guides/ämne/gammal.sv.md"


def test_report_with_diff_fills_in_outdated_pages(repo):
    translated = repo / "guides" / "ämne" / "gammal.en.md"
    translated.write_text(translated.read_text(encoding="utf-8").replace(
        "0000000000000000", source_hash(V1)), encoding="utf-8")
    report = build_report(repo, only=["en"], with_diff=True)
    (page,) = [p for p in report.pages if p.state == "outdated"]
    assert "+Du ska ansöka inom 3 veckor.\n" in page.diff
    assert all(p.diff is None for p in report.pages if p.state != "outdated")
