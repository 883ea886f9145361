"""How hjalpguide.readability reads a page: what counts as a word, a sentence and prose."""

from __future__ import annotations

import pytest

from hjalpguide import readability as r


def words(markdown: str) -> list[str]:
    return [w for s in r.read_prose(markdown).sentences for w in s.words]


def sentence_lengths(markdown: str) -> list[int]:
    return [len(s.words) for s in r.read_prose(markdown).sentences]


def test_lix_formula():
    # 10 words, 2 sentences, 3 long words: 10/2 + 100*3/10 = 35
    assert r.lix(10, 3, 2) == pytest.approx(35)
    assert r.lix(0, 0, 0) == 0


@pytest.mark.parametrize("word, long", [
    ("BankID", False), ("telefon", True), ("e-tjänst", True), ("e-kort", False),
    ("ärenden", True), ("t.ex", False), ("0771-524", False),
])
def test_long_word_counts_letters_only(word, long):
    assert r.is_long(word) is long


def test_numbers_are_not_words():
    assert words("Ring 114 14 eller 0771-524 524.") == ["Ring", "eller"]


def test_sentence_ends_and_abbreviations():
    assert sentence_lengths("Det är bra. Du kan t.ex. ringa. Eller gå dit!") == [3, 4, 3]


def test_colon_ends_a_sentence_before_a_capital_only():
    assert sentence_lengths("Exempel: Du fick brevet. Så här: skriv ett brev.") == [1, 3, 5]


def test_headings_and_list_items_are_units():
    text = "# Rubrik utan punkt\n\n- en sak\n- en annan sak\n1. Steg ett\n   fortsätter här.\n"
    assert sentence_lengths(text) == [3, 2, 3, 4]


def test_paragraph_spans_lines_and_keeps_first_line():
    prose = r.read_prose("Första raden\nfortsätter här.\nNy mening.")
    assert [(s.line, len(s.words)) for s in prose.sentences] == [(1, 4), (3, 2)]


def test_front_matter_code_comments_and_tables_are_not_prose():
    text = (
        "---\ntitle: Långt ord i rubriken\nsummary: Inte prosa.\n---\n"
        "Hej du.\n"
        "```\nkod som inte räknas\n```\n"
        "<!-- en kommentar\növer flera rader -->\n"
        "| Myndighet | Telefon |\n|---|---|\n| Försäkringskassan | 0771-524 524 |\n"
        "*[PDF]: En sorts fil.\n"
    )
    assert words(text) == ["Hej", "du"]


def test_table_text_is_still_searched_for_avoid_words():
    prose = r.read_prose("| Du ska erhålla | pengar |\n|---|---|\n")
    assert prose.sentences == []
    assert prose.lines == [(1, "Du ska erhålla pengar")]


def test_markdown_syntax_is_removed():
    text = ('![Bild på en telefon](bild.svg){ width="96" }\n\n'
            "Läs **mer** på [sidan om BankID](bankid/index.md) eller https://www.bankid.com.\n"
            "Mejla abuse@bankid.com eller läs på forsakringskassan.se. Kör `kod`.")
    assert words(text) == ["Läs", "mer", "på", "sidan", "om", "BankID", "eller",
                           "Mejla", "eller", "läs", "på", "Kör"]


def test_admonition_title_is_a_heading_and_body_is_prose():
    text = '!!! tip "Få hjälp"\n    Ring din bank.\n\n!!! warning\n    Lägg på.\n'
    assert sentence_lengths(text) == [2, 3, 2]


def test_comment_marker_on_a_line_with_text():
    assert words("Före <!-- hjalp: ordlista --> efter.") == ["Före", "efter"]
