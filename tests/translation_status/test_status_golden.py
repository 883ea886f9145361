"""Golden files: the tiny project in data/project/ and the report expected for it.

data/project/guides/ämne/ holds Swedish/English/Arabic pairs that are: up to date (klar,
with Arabic-Indic digits and a reviewed human translation), outdated (gammal), drifted in
headings, steps and links (steg), with a different phone number (telefon), orphaned
(borta.en.md) and missing (ny). Regenerate after a deliberate change with
``UPDATE_GOLDEN=1 .venv/bin/pytest tests/translation_status`` and read the diff.
"""

from __future__ import annotations

import json
import os

import pytest

from hjalpguide import findings
from hjalpguide.translation_status import build_report, render

from .conftest import DATA, PROJECT


def check_golden(name: str, actual: str) -> None:
    path = DATA / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def report():
    return build_report(PROJECT)


def test_text_report(report):
    check_golden("project.expected.txt", render.as_text(report) + "\n")


def test_page_states(report):
    states = [{k: p.to_dict().get(k) for k in ("path", "state", "drift", "facts", "reviewed")}
              for p in sorted(report.pages, key=lambda p: (p.lang, p.path))]
    check_golden("project.expected.json", json.dumps(states, ensure_ascii=False, indent=1) + "\n")


def test_markdown_report(report):
    check_golden("project.expected.md", render.as_markdown(report))


def test_errors_are_drift_facts_and_unknown_glossary_keys_only(report):
    rules = {f.rule for f in findings.errors(report.findings)}
    assert rules == {"TR-STRUCTURE", "TR-FACTS", "GLOSSARY-UNKNOWN-KEY"}
    assert findings.exit_code(report.findings) == 1


def test_strict_missing_makes_missing_pages_errors():
    strict = build_report(PROJECT, strict_missing=True)
    missing = [f for f in strict.findings if f.rule == "TR-MISSING"]
    assert missing and all(f.severity is findings.Severity.ERROR for f in missing)


def test_language_filter():
    only_ar = build_report(PROJECT, only=["ar"])
    assert {p.lang for p in only_ar.pages} == {"ar"}
    assert all(".ar." in f.path or f.path.endswith("/ar.yml") for f in only_ar.findings)
    assert findings.exit_code(only_ar.findings) == 0


def test_json_report_is_valid_and_complete(report):
    data = json.loads(render.as_json(report))
    assert data["source_language"] == "sv"
    assert data["languages"]["en"] == {"pages": 5, "ok": 1, "outdated": 1, "missing": 1,
                                       "drift": 1, "facts": 1, "letters": 0, "second_check": 0,
                                       "unreviewed": 4, "orphan": 1}
    assert data["errors"] == len(findings.errors(report.findings))
    assert {d["folder"] for d in data["data_files"]} == {"data/glossary", "data/ui"}
