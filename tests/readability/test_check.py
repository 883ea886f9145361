"""Findings, thresholds and the summary table of hjalpguide.readability."""

from __future__ import annotations

from pathlib import Path

import pytest

from hjalpguide import readability as r
from hjalpguide.findings import Severity

AVOID = [r.AvoidWord("erhålla", "få", "Få är vanligare.", ("erhåller",)),
         r.AvoidWord("i syfte att", "för att", "Kortare.")]


def rules(stats: r.PageStats) -> list[tuple[str, int | None, Severity]]:
    return [(f.rule, f.line, f.severity) for f in stats.findings]


def sentence(n: int) -> str:
    return " ".join(["ord"] * n) + "."


def test_sentence_thresholds():
    text = "\n\n".join([sentence(20), sentence(21), sentence(25), sentence(26)]) + "\n"
    stats = r.check_page("p.sv.md", text, [])
    assert rules(stats) == [("SENTENCE-LONG", 3, Severity.WARNING),
                            ("SENTENCE-LONG", 5, Severity.WARNING),
                            ("SENTENCE-TOO-LONG", 7, Severity.ERROR)]
    assert stats.long_sentences == 3


def test_lix_target_and_limit():
    easy = " ".join(["Du kan gå dit."] * 20)
    hard = " ".join(["Myndigheten handlägger ansökningar omsorgsfullt idag."] * 20)
    assert r.check_page("a.sv.md", easy, []).findings == []
    stats = r.check_page("b.sv.md", hard, [])
    assert [f.rule for f in stats.findings] == ["LIX-HIGH"]
    assert stats.findings[0].severity is Severity.ERROR
    assert stats.lix > r.LIX_LIMIT


def test_lix_between_target_and_limit_is_a_warning():
    text = " ".join(["Skatteverket skickar ett brev till dig nu."] * 10)
    stats = r.check_page("c.sv.md", text, [])
    assert r.LIX_TARGET < stats.lix <= r.LIX_LIMIT
    assert rules(stats) == [("LIX-TARGET", None, Severity.WARNING)]


def test_short_pages_are_not_judged_by_lix():
    stats = r.check_page("d.sv.md", "Myndighetshandläggning pågår.", [])
    assert not stats.judged and stats.findings == []


def test_avoid_words_any_case_and_phrases():
    text = "Du erhåller pengar.\n\nErhålla är svårt. Vi skriver i syfte att visa.\n"
    stats = r.check_page("e.sv.md", text, AVOID)
    assert rules(stats) == [("WORD-AVOID", 1, Severity.WARNING),
                            ("WORD-AVOID", 3, Severity.WARNING),
                            ("WORD-AVOID", 3, Severity.WARNING)]
    assert "Skriv ”få” i stället" in stats.findings[0].fix


def test_avoid_word_is_not_found_inside_another_word():
    assert r.check_page("f.sv.md", "Samtal och samtidigt.", [
        r.AvoidWord("samt", "och", "Och är vanligare.")]).findings == []


def test_load_avoid_list_rejects_bad_entries(tmp_path: Path):
    bad = tmp_path / "plain.yml"
    bad.write_text("- avoid: erhålla\n  prefer: få\n", encoding="utf-8")
    with pytest.raises(ValueError, match="plain.yml"):
        r.load_avoid_list(bad)


def test_real_avoid_list_loads():
    words = r.load_avoid_list(Path(__file__).resolve().parents[2] / r.AVOID_LIST)
    assert {"erhålla", "inkomma"} <= {w.avoid for w in words}
    assert all(w.prefer and w.why for w in words)


def test_summary_table_has_one_row_per_page():
    pages = [r.check_page("guides/a.sv.md", "Du kan gå dit. " * 20, []),
             r.check_page("guides/b.sv.md", "Kort.", [])]
    table = r.summary_table(pages).splitlines()
    assert table[0].split() == ["Sida", "LIX", "Ord", "Meningar", "Långa", "meningar"]
    assert table[2].split() == ["guides/a.sv.md", "4", "80", "20", "0"]
    assert table[3].endswith("(för kort för LIX)")
