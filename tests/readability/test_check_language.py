"""scripts/check_language.py as editors and CI run it: output, --format json, exit codes."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "check_language.py"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=cwd,
                          capture_output=True, text=True, timeout=60)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "mkdocs.yml").write_text("site_name: test\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / "data" / "plain-language.yml", tmp_path / "data")
    page = tmp_path / "guides" / "bankid" / "index.sv.md"
    page.parent.mkdir(parents=True)
    page.write_text("# BankID\n\n" + "Du kan gå dit. " * 20 + "\n", encoding="utf-8")
    return tmp_path


def test_clean_project_exits_0_and_prints_the_table(project: Path):
    result = run(cwd=project)
    assert result.returncode == 0, result.stderr
    assert "guides/bankid/index.sv.md" in result.stdout
    assert "Kontrollerade 1 sidor: inga fel." in result.stdout


def test_too_long_sentence_exits_1_with_file_and_line(project: Path):
    page = project / "guides" / "bankid" / "lang.sv.md"
    page.write_text("# Lång\n\n" + " ".join(["ord"] * 30) + ".\n", encoding="utf-8")
    result = run(cwd=project)
    assert result.returncode == 1
    assert "guides/bankid/lang.sv.md:3: [SENTENCE-TOO-LONG]" in result.stdout


def test_json_format(project: Path):
    result = run("--format", "json", cwd=project)
    data = json.loads(result.stdout)
    assert data["findings"] == []
    assert data["pages"][0]["path"] == "guides/bankid/index.sv.md"
    assert set(data["pages"][0]) >= {"lix", "words", "sentences", "long_sentences"}


def test_missing_file_exits_2(project: Path):
    result = run("guides/finns-inte.sv.md", cwd=project)
    assert result.returncode == 2
    assert "finns inte" in result.stderr


def test_real_guides_pass():
    result = run(cwd=ROOT)
    assert result.returncode == 0, result.stdout
