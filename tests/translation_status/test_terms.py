"""hjalpguide.translation_status.terms: one word per concept per language (data/terms/).

data/terms/ is a tiny project with term lists for Arabic, Tigrinya and Northern Sami, pages
that use the avoided variants with and without attached prefixes, and Persian without a
list (not checked).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from hjalpguide.findings import Severity
from hjalpguide.translation_status import build_report, terms

from .conftest import DATA

PROJECT = DATA / "terms"


@pytest.fixture(scope="module")
def found() -> list[tuple[str, int | None, str]]:
    report = build_report(PROJECT)
    return sorted((f.path, f.line, f.message.split("'")[1]) for f in report.findings
                  if f.rule.startswith("TERMS-"))


def test_arabic_prefixes_and_endings_but_not_inside_words_links_comments_or_code(found):
    assert [(line, word) for path, line, word in found if path == "guides/sida.ar.md"] == [
        (2, "كمبيوتر"),  # الكمبيوتر in the title
        (7, "كمبيوتر"),  # والكمبيوتر, بالكمبيوتر, للكمبيوتر: one finding for the line
        (8, "كمبيوتر"),  # الكمبيوترات: an ending may follow
    ]  # not المكمبيوتر (line 9), the link target and comment (10) or the code block (13)


def test_data_texts_are_read_without_their_comments(found):
    assert ("data/ui/ar.yml", 2, "كمبيوتر") in found
    assert not any(path == "data/ui/ar.yml" and line == 1 for path, line, _ in found)


def test_tigrinya_without_case_after_the_prefixes_n_and_b(found):
    assert [(line, word) for path, line, word in found if path == "guides/sida.ti.md"] == [
        (7, "ኮምፒተር"), (8, "ኮምፒተር")]  # ንኮምፒተር, ብኮምፒተርካ; not ዝኮምፒተር (line 9)


def test_sami_case_ignored_at_word_start_and_the_swedish_word_allowed_in_brackets(found):
    assert [(path, line, word) for path, line, word in found if ".se." in path or "/se." in path
            ] == [("data/glossary/se.yml", 3, "Surfplatta"),
                  ("guides/sida.se.md", 8, "Läsplatta"), ("guides/sida.se.md", 8, "Surfplatta")]


def test_a_language_without_a_list_is_not_checked(found):
    assert not any(".fa." in path or "/fa." in path for path, _, _ in found)


def test_finding_names_file_line_concept_and_the_word_to_use():
    report = build_report(PROJECT, strict_terms=True)
    finding = next(f for f in report.findings
                   if f.path == "guides/sida.ti.md" and f.rule == "TERMS-AVOID")
    assert finding.severity is Severity.ERROR
    assert finding.format() == ("guides/sida.ti.md:7: [TERMS-AVOID] computer: 'ኮምፒተር' är en "
                                "variant som inte ska användas för 'dator'. → Använd ኮምፒዩተር.")
    lenient = build_report(PROJECT)
    assert {f.severity for f in lenient.findings if f.rule == "TERMS-AVOID"} == {
        Severity.WARNING}


def _write(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "data" / "terms"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ar.yml").write_text(text, encoding="utf-8")
    return tmp_path


def test_bad_yaml_is_a_finding_with_its_line(tmp_path: Path):
    root = _write(tmp_path, 'computer:\n  use: "حاسوب"\n  avoid: ["كمبيوتر"\n')
    concepts, findings = terms.load(root, "ar")
    assert concepts == []
    assert [(f.path, f.rule) for f in findings] == [("data/terms/ar.yml", "TERMS-YAML")]
    assert findings[0].line in (3, 4)


def test_missing_use_bad_avoid_and_avoid_inside_use(tmp_path: Path):
    root = _write(tmp_path, 'computer:\n  sv: dator\n  avoid: ["كمبيوتر"]\n'
                            'agency:\n  sv: myndighet\n  use: "جهة حكومية"\n  avoid: "سلطة"\n'
                            'app:\n  sv: app\n  use: "تطبيق"\n  avoid: ["تطبيق", "أب"]\n'
                            'plain: dator\n')
    concepts, findings = terms.load(root, "ar")
    assert [(c.key, c.avoid) for c in concepts] == [("app", ("أب",))]
    assert [(f.line, f.rule, f.field) for f in findings] == [
        (1, "TERMS-FIELD", "computer.use"), (7, "TERMS-FIELD", "agency.avoid"),
        (11, "TERMS-AVOID-IN-USE", "app.avoid"), (12, "TERMS-FIELD", "plain.use")]


def test_no_file_no_check(tmp_path: Path):
    assert terms.load(tmp_path, "ar") == ([], [])
    assert terms.check(tmp_path, "ar", tmp_path, []) == []


def test_the_real_lists_are_readable():
    root = Path(__file__).resolve().parents[2]
    for path in sorted((root / "data" / "terms").glob("*.yml")):
        concepts, findings = terms.load(root, path.stem)
        assert findings == [] and concepts, path.name
