"""hjalpguide.translation_status.letters: Swedish letter words kept in every translation.

data/letters/ is a tiny project: a Swedish page that uses three letter words (beslut in
the title, överklaga in a numbered step, tolk in a link text) and one word that is not a
letter word (blankett); the English page keeps only "beslut", the Arabic page keeps
"Överklaga" (another case) and has one paragraph more than the Swedish.
"""

from __future__ import annotations

from pathlib import Path

from hjalpguide.findings import Severity
from hjalpguide.translation_status import build_report, letters

from .conftest import DATA

PROJECT = DATA / "letters"


def _found(report, lang: str) -> list[tuple[int | None, str]]:
    return [(f.line, f.message.split("'")[1]) for f in report.findings
            if f.rule == letters.RULE and f.path.endswith(f".{lang}.md")]


def test_missing_letter_words_name_the_matching_line_of_the_translation():
    report = build_report(PROJECT)
    # överklaga: Swedish line 13 = 2nd line of step 2; the English step 2 is lines 17-18.
    assert _found(report, "en") == [(18, "överklaga"), (20, "tolk")]
    # beslut: the Swedish title, so the translation's title line; tolk: the Arabic page has a
    # paragraph more, so the line is found from step 2, the nearest step above it.
    assert _found(report, "ar") == [(2, "beslut"), (20, "tolk")]


def test_a_finding_says_what_and_how_to_fix_in_swedish():
    finding = next(f for f in build_report(PROJECT).findings if f.rule == letters.RULE)
    assert finding.format() == (
        "guides/beslut.en.md:18: [TR-LETTER-TERM] (varning) brevord: Brevordet 'överklaga' "
        "står på den svenska sidan guides/beslut.sv.md (rad 13) men inte i översättningen. "
        "Läsaren behöver känna igen ordet i brev på svenska. → Skriv det svenska ordet inom "
        "parentes efter ditt ord där det står första gången, till exempel '… (överklaga)'.")


def test_warnings_until_strict_then_errors_and_counted_per_language():
    lenient = build_report(PROJECT)
    strict = build_report(PROJECT, strict_terms=True)
    assert {f.severity for f in lenient.findings if f.rule == letters.RULE} == {Severity.WARNING}
    assert {f.severity for f in strict.findings if f.rule == letters.RULE} == {Severity.ERROR}
    assert [p.letters for p in strict.pages] == [True, True]


def test_whole_words_only_case_ignored_and_not_in_code_links_or_comments():
    words = letters.letter_words(PROJECT)
    source = ("---\ntitle: T\n---\n\nBeslutsfattare och [text](beslut.md) <!-- beslut -->.\n\n"
              "```\nbeslut\n```\n\nDu kan ÖVERKLAGA.\n")
    assert [m.word.key for m in letters.missing_words(words, source, {}, "Nothing.", {})] == [
        "overklagande"]
    kept = "You can appeal (överklaga)."
    assert letters.missing_words(words, source, {}, kept, {}) == []
    fused = "You can appealöverklaga."  # not a word of its own
    assert len(letters.missing_words(words, source, {}, fused, {})) == 1


def test_no_letter_words_without_a_swedish_glossary(tmp_path: Path):
    assert letters.letter_words(tmp_path) == []


def test_the_real_letter_words_come_from_the_glossary():
    root = Path(__file__).resolve().parents[2]
    keys = {w.key for w in letters.letter_words(root)}
    assert {"beslut", "overklagande", "omprovning", "kontrollmeddelande", "tolk"} <= keys
