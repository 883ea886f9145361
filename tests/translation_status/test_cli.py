"""scripts/translation_status.py: formats, filters, exit codes and --stamp."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest
import yaml

from hjalpguide.translation import source_hash

from .conftest import PROJECT, SCRIPT

spec = importlib.util.spec_from_file_location("translation_status_cli", SCRIPT)
cli = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cli)


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main([*args])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_is_the_default_and_exits_1_on_drift(capsys):
    code, out, _ = run(capsys, "--root", str(PROJECT))
    assert code == 1
    assert "[TR-STRUCTURE]" in out and "Språk  Sidor  Klara" in out
    assert out.rstrip().endswith("varningar.")


def test_json_for_ci(capsys):
    code, out, _ = run(capsys, "--root", str(PROJECT), "--format", "json")
    assert code == 1
    assert json.loads(out)["languages"]["ar"]["missing"] == 4


def test_markdown(capsys):
    code, out, _ = run(capsys, "--root", str(PROJECT), "--format", "markdown", "--lang", "ar")
    assert code == 0
    assert out.startswith("# Översättningar: status\n")
    assert "| ar | 5 | 1 | 0 | 4 |" in out


def test_lang_filter_lists_unreviewed_pages(capsys):
    code, out, _ = run(capsys, "--root", str(PROJECT), "--lang", "en")
    assert "guides/ämne/gammal.en.md: ej granskad av en person" in out
    assert "== ar ==" not in out


def test_strict_missing_fails_on_missing_pages(capsys):
    code, _, _ = run(capsys, "--root", str(PROJECT), "--lang", "ar", "--strict-missing")
    assert code == 1


def test_unknown_language_is_a_usage_error(capsys):
    code, _, err = run(capsys, "--root", str(PROJECT), "--lang", "xx")
    assert code == 2 and "okänt språk: xx" in err


def test_missing_project_is_an_io_error(capsys, tmp_path):
    code, _, err = run(capsys, "--root", str(tmp_path))
    assert code == 2 and "mkdocs.yml" in err


def test_stamp_writes_the_current_hash(capsys, project):
    page = project / "guides" / "ämne" / "gammal.en.md"
    code, out, _ = run(capsys, "--root", str(project), "--stamp", str(page))
    assert code == 0 and "reviewed: false" in out
    info = yaml.safe_load(page.read_text(encoding="utf-8").split("---")[1])["translation"]
    swedish = (project / "guides" / "ämne" / "gammal.sv.md").read_text(encoding="utf-8")
    assert info == {"source_hash": source_hash(swedish), "method": "machine", "reviewed": False}
    code, out, _ = run(capsys, "--root", str(project), "--lang", "en", "--format", "json")
    states = {p["path"]: p["state"] for p in json.loads(out)["pages"]}
    assert states["guides/ämne/gammal.en.md"] == "ok"


@pytest.mark.parametrize("name", ["gammal.sv.md", "borta.en.md", "saknas.en.md"])
def test_stamp_refuses_what_it_cannot_stamp(capsys, project, name):
    page = project / "guides" / "ämne" / name
    before = page.read_text(encoding="utf-8") if page.exists() else None
    code, _, err = run(capsys, "--root", str(project), "--stamp", str(page))
    assert code == 2 and err
    assert (page.read_text(encoding="utf-8") if page.exists() else None) == before


def test_runs_as_a_script():
    result = subprocess.run([sys.executable, str(SCRIPT), "--root", str(PROJECT), "--lang", "ar"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Kontrollerade 5 svenska sidor på 1 språk" in result.stdout


def test_unclosed_front_matter_is_named_and_left_alone(capsys, project):
    page = project / "guides" / "ämne" / "gammal.en.md"
    page.write_text("---\ntitle: Apply\n# Apply\n", encoding="utf-8")
    code, _, err = run(capsys, "--root", str(project), "--stamp", str(page))
    assert code == 2 and "gammal.en.md" in err and "---" in err
    assert page.read_text(encoding="utf-8") == "---\ntitle: Apply\n# Apply\n"


def test_file_that_is_not_utf8_is_an_io_error(capsys, project):
    (project / "guides" / "ämne" / "gammal.en.md").write_bytes(b"# Ans\xf6k\n")
    code, _, err = run(capsys, "--root", str(project))
    assert code == 2 and "gammal.en.md" in err and "UTF-8" in err


def test_missing_letter_words_fail_only_with_strict_terms(capsys):
    letters_project = PROJECT.parent / "letters"
    code, out, _ = run(capsys, "--root", str(letters_project))
    assert code == 0 and "[TR-LETTER-TERM] (varning)" in out
    code, out, _ = run(capsys, "--root", str(letters_project), "--strict-terms")
    assert code == 1 and "[TR-LETTER-TERM] brevord:" in out
