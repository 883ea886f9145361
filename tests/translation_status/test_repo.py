"""The real guides: no translation drifts from the Swedish structure or changes a fact.

Missing and outdated translations are warnings here (CI decides with --strict-missing);
structure drift and differing facts fail, with the findings in the assertion message.
"""

from __future__ import annotations

import pytest

from hjalpguide.translation_status import build_report

from .conftest import ROOT


@pytest.fixture(scope="module")
def report():
    return build_report(ROOT)


def by_rule(report, *rules) -> list[str]:
    return [f.format() for f in report.findings if f.rule in rules]


def test_no_structure_drift(report):
    found = by_rule(report, "TR-STRUCTURE")
    assert not found, "\n".join(found)


def test_no_differing_facts(report):
    found = by_rule(report, "TR-FACTS")
    assert not found, "\n".join(found)


def test_translation_records_are_readable(report):
    found = by_rule(report, "TR-HASH-TYPE", "TR-FRONTMATTER", "TR-ORPHAN",
                    "GLOSSARY-UNKNOWN-KEY", "GLOSSARY-YAML", "GLOSSARY-FIELD")
    assert not found, "\n".join(found)


def test_every_language_of_mkdocs_yml_is_reported(report):
    from hjalpguide.languages import load_languages

    codes = [lang.code for lang in load_languages(ROOT / "mkdocs.yml")]
    assert report.source_lang == codes[0] and report.languages == codes[1:]
