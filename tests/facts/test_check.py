"""scripts/check_facts.py on a tiny project: a missing id is an error with file and line,
a stale or unused fact a warning, --list shows each fact with its pages; exit 0/1/2."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hjalpguide.facts import check
from hjalpguide.facts.cli import main

ROOT = Path(__file__).resolve().parents[2]
REGISTER = """\
facts:
  - id: bankid-ny
    claim: Ett nytt faktum.
    source: {title: BankID, url: "https://www.bankid.com/", kind: organisation}
    checked: 2026-12-01
  - id: bankid-gammal
    claim: Ett gammalt faktum.
    source: {title: Polisen, url: "https://polisen.se/", kind: organisation}
    checked: 2025-06-01
  - id: bankid-oanvand
    claim: Ingen sida säger det.
    source: {title: Forum, url: "https://forum.example.se/", kind: secondary}
    checked: 2026-12-01
"""
PAGES = {
    "index.sv.md": "---\ntitle: Start\nfacts: []\n---\n# Start\n",
    "bankid/skaffa.sv.md": "---\ntitle: Skaffa\nfacts: [bankid-ny, bankid-gammal]\n---\n# S\n",
    "bankid/skaffa.ar.md": "---\ntitle: الحصول\n---\n# S\n",
    "bankid/fel.sv.md": "---\ntitle: Fel\nsummary: X\nfacts:\n  - bankid-ny\n  - bankid-saknas\n"
                        "---\n# F\n",
    "bankid/utan.sv.md": "---\ntitle: Utan\n---\n# U\n",
    "bankid/gammal.sv.md": "---\ntitle: Gammal\nchecked: 2026-01-01\nfacts: [bankid-gammal]\n"
                           "---\n# G\n",
    "bankid/lista.ar.md": "---\ntitle: L\nfacts: [bankid-ny]\n---\n# L\n",
}
MKDOCS = textwrap.dedent("""\
    site_name: T
    docs_dir: guides
    plugins:
      - i18n:
          languages:
            - {locale: ar, name: العربية}
            - {locale: sv, name: Svenska, default: true}
    """)
TODAY = "2026-12-05"


@pytest.fixture
def project(tmp_path):
    (tmp_path / "mkdocs.yml").write_text(MKDOCS, encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "facts.yml").write_text(REGISTER, encoding="utf-8")
    for name, text in PAGES.items():
        path = tmp_path / "guides" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def found(project) -> list[tuple[str, int, str, str]]:
    result = check.run(project, project / "guides", ["sv", "ar"], dt.date(2026, 12, 5))
    return sorted((f.path, f.line, f.rule, f.severity.value) for f in result.findings)


def test_every_finding_of_the_check(project):
    assert found(project) == [
        ("data/facts.yml", 6, "FACT-STALE", "warning"),
        ("data/facts.yml", 10, "FACT-UNUSED", "warning"),
        ("guides/bankid/fel.sv.md", 4, "FACT-MISSING", "error"),
        ("guides/bankid/gammal.sv.md", 3, "FM-COMPUTED", "error"),
        ("guides/bankid/lista.ar.md", 3, "FACT-TRANSLATION-LIST", "warning"),
        ("guides/bankid/utan.sv.md", 1, "FACT-NO-LIST", "warning"),
    ]


def test_messages_name_the_id_the_fix_and_the_pages(project, capsys):
    assert main(["--root", str(project), "--today", TODAY]) == 1
    out = capsys.readouterr().out
    assert ("guides/bankid/fel.sv.md:4: [FACT-MISSING] facts: Faktumet 'bankid-saknas' finns "
            "inte i data/facts.yml. → Lägg till faktumet i data/facts.yml eller ta bort id:t"
            ) in out
    stale = next(line for line in out.splitlines() if "FACT-STALE" in line)
    assert "bankid-gammal" in stale and "2025-06-01" in stale
    assert "guides/bankid/gammal.sv.md" in stale and "guides/bankid/skaffa.sv.md" in stale
    assert "Kontrollerade 3 fakta och 7 sidor: 2 fel, 4 varningar." in out


def test_warnings_alone_exit_0_and_json(project, capsys):
    (project / "guides" / "bankid" / "fel.sv.md").unlink()
    (project / "guides" / "bankid" / "gammal.sv.md").write_text(
        "---\ntitle: G\nfacts: [bankid-gammal]\n---\n# G\n", encoding="utf-8")
    assert main(["--root", str(project), "--today", TODAY, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {f["rule"] for f in data["findings"]} == {
        "FACT-UNUSED", "FACT-STALE", "FACT-TRANSLATION-LIST", "FACT-NO-LIST"}
    assert data["facts"] == 3


def test_today_decides_what_is_stale(project):
    result = check.run(project, project / "guides", ["sv", "ar"], dt.date(2026, 6, 1))
    assert "FACT-STALE" not in {f.rule for f in result.findings}


def test_list_shows_each_fact_with_its_pages(project, capsys):
    main(["--root", str(project), "--today", TODAY, "--list"])
    out = capsys.readouterr().out
    assert ("bankid-gammal  kontrollerat 2025-06-01 (för gammalt, kontrollera igen)\n"
            "    Ett gammalt faktum.\n"
            "    Källa: Polisen – https://polisen.se/\n"
            "    Sidor: guides/bankid/gammal.sv.md, guides/bankid/skaffa.sv.md") in out
    assert "Källa: Forum (andrahandskälla) – https://forum.example.se/" in out
    assert "bankid-oanvand  kontrollerat 2026-12-01\n" in out and "Sidor: ingen" in out


def test_a_broken_register_is_findings_not_a_traceback(project, capsys):
    (project / "data" / "facts.yml").write_text("facts:\n  - id: [\n", encoding="utf-8")
    assert main(["--root", str(project), "--today", TODAY]) == 1
    out = capsys.readouterr().out
    assert "data/facts.yml:" in out and "[FACT-YAML]" in out and "Traceback" not in out


def test_usage_and_input_errors_exit_2(project, tmp_path, capsys):
    assert main(["--today", "igår"]) == 2
    assert main(["--root", str(tmp_path / "finns-inte"), "--today", TODAY]) == 2
    (project / "data" / "facts.yml").unlink()
    (project / "data" / "facts.yml").mkdir()  # exists but cannot be read as a file
    assert main(["--root", str(project), "--today", TODAY]) == 2


def test_the_script_runs_on_the_real_project():
    command = [sys.executable, "scripts/check_facts.py", "--today", TODAY]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode in (0, 1), result.stderr
    assert "Kontrollerade" in result.stdout and "Traceback" not in result.stderr
