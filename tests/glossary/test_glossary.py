"""hjalpguide.glossary: the glossary data, the ordlista page and the abbreviation tooltips."""

from __future__ import annotations

from pathlib import Path

import pytest

from hjalpguide import glossary, readability

ROOT = Path(__file__).resolve().parents[2]

#: The words issue 4 asks the glossary to explain.
REQUIRED = ["e-legitimation", "e-tjänst", "personnummer", "samordningsnummer", "beslut",
            "omprövning", "överklagande", "fullmakt", "ombud", "PDF", "bifoga"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "glossary"
    folder.mkdir(parents=True)
    (folder / "sv.yml").write_text(
        "ombud:\n  term: ombud\n  forms: [ombud, ombudet]\n"
        "  explanation: En person som får sköta ett ärende åt dig.\n"
        "arende:\n  term: ärende\n  explanation: Det du har kontakt med\n    en myndighet om.\n"
        "bankid:\n  term: BankID\n  forms: []\n  explanation: En e-legitimation.\n"
        "avgift:\n  term: avgift\n  explanation: Pengar du betalar.\n",
        encoding="utf-8")
    return tmp_path


def test_load_reads_terms_and_joins_lines(project: Path):
    terms = glossary.load("sv", project)
    assert terms["arende"].explanation == "Det du har kontakt med en myndighet om."
    assert terms["arende"].forms == ("ärende",)  # no forms: the term itself
    assert terms["bankid"].forms == ()  # forms: [] means no tooltips


def test_missing_language_is_empty(project: Path):
    assert glossary.load("en", project) == {}
    assert glossary.apply("Ett ombud.", "en", project) == "Ett ombud."


def test_glossary_page_is_sorted_with_a_ring_a_umlaut_o_umlaut_last(project: Path):
    page = glossary.glossary_markdown("sv", project)
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert headings == ["## avgift { #avgift }", "## BankID { #bankid }",
                        "## ombud { #ombud }", "## ärende { #arende }"]


def test_sort_key_follows_the_swedish_alphabet():
    words = ["öre", "zebra", "ärende", "åka", "apa", "Övrigt"]
    assert sorted(words, key=lambda w: glossary.sort_key(w, "sv")) == [
        "apa", "zebra", "åka", "ärende", "öre", "Övrigt"]


def test_abbreviations_only_for_words_on_the_page(project: Path):
    text = "Ombudet skickar ett ärende. BankID används."
    lines = glossary.abbreviations_markdown("sv", project, used_in=text).splitlines()
    assert lines == ["*[Ombudet]: En person som får sköta ett ärende åt dig.",
                     "*[ärende]: Det du har kontakt med en myndighet om."]


def test_abbreviations_match_whole_words_only(project: Path):
    assert glossary.abbreviations_markdown("sv", project, used_in="ATG-ombudsman") == ""


def test_apply_fills_the_marker_on_the_glossary_page(project: Path):
    page = glossary.apply(f"# Ordlista\n\n{glossary.MARKER}\n", "sv", project)
    assert glossary.MARKER not in page
    assert "## ombud { #ombud }" in page
    assert "*[" not in page  # no tooltips on the glossary itself


def test_apply_appends_abbreviations(project: Path):
    page = glossary.apply("Ge ditt ombud en fullmakt.\n", "sv", project)
    assert page == ("Ge ditt ombud en fullmakt.\n\n"
                    "*[ombud]: En person som får sköta ett ärende åt dig.\n")


def test_tooltips_render_as_abbr(project: Path):
    import markdown

    html = markdown.markdown(glossary.apply("Ge ditt ombud en fullmakt.", "sv", project),
                             extensions=["abbr"])
    assert '<abbr title="En person som får sköta ett ärende åt dig.">ombud</abbr>' in html


def test_check_reports_missing_and_unknown_keys(project: Path):
    (project / "data" / "glossary" / "en.yml").write_text(
        "ombud:\n  term: representative\n  explanation: Someone who acts for you.\n"
        "extra:\n  term: extra\n", encoding="utf-8")
    found = {(f.rule, f.field) for f in glossary.check(project, ["sv", "en"])}
    assert found == {("GLOSSARY-MISSING", "arende"), ("GLOSSARY-MISSING", "bankid"),
                     ("GLOSSARY-MISSING", "avgift"), ("GLOSSARY-UNKNOWN-KEY", "extra"),
                     ("GLOSSARY-FIELD", "extra.explanation")}


def test_letter_flag_is_read_from_swedish_and_checked(project: Path):
    sv = project / "data" / "glossary" / "sv.yml"
    sv.write_text(sv.read_text(encoding="utf-8").replace(
        "  forms: [ombud, ombudet]\n", "  forms: [ombud, ombudet]\n  letter: true\n")
        + "beslut:\n  term: beslut\n  letter: ja\n  explanation: Det som bestämts.\n",
        encoding="utf-8")
    (project / "data" / "glossary" / "en.yml").write_text(
        "ombud:\n  term: representative\n  letter: true\n  explanation: Someone.\n",
        encoding="utf-8")
    assert [t.key for t in glossary.letter_terms(project)] == ["ombud"]  # "ja" is not true
    found = [(f.rule, f.path, f.line, f.field)
             for f in glossary.check(project, ["sv", "en"]) if f.field.endswith(".letter")]
    assert found == [("GLOSSARY-FIELD", "data/glossary/sv.yml", 17, "beslut.letter"),
                     ("GLOSSARY-FIELD", "data/glossary/en.yml", 1, "ombud.letter")]


def test_broken_yaml_raises_a_glossary_error(tmp_path: Path):
    folder = tmp_path / "data" / "glossary"
    folder.mkdir(parents=True)
    (folder / "sv.yml").write_text("ombud: [\n", encoding="utf-8")
    with pytest.raises(glossary.GlossaryError, match="sv.yml"):
        glossary.load("sv", tmp_path)


# The real data


def test_real_glossary_is_complete_and_clean():
    terms = {t.term for t in glossary.load("sv", ROOT).values()}
    assert set(REQUIRED) <= terms
    assert glossary.check(ROOT, ["sv"]) == []


def test_real_letter_terms_hold_the_words_of_issue_17():
    letter = {t.term for t in glossary.letter_terms(ROOT)}
    assert {"beslut", "överklagande", "omprövning", "kontrollmeddelande", "e-legitimation",
            "fullmakt", "ombud", "personnummer", "samordningsnummer", "folkbokförd",
            "e-tjänst", "blankett", "ärende", "tolk"} <= letter


def test_real_explanations_are_plain():
    avoid = readability.load_avoid_list(ROOT / readability.AVOID_LIST)
    for term in glossary.load("sv", ROOT).values():
        stats = readability.check_page(term.key, term.explanation, avoid)
        assert stats.findings == [], term.key
        assert all(len(s.words) <= 20 for s in readability.read_prose(term.explanation).sentences)



def test_real_glossary_explains_words_on_the_guide_pages():
    page = (ROOT / "guides" / "blanketter" / "overklaga.sv.md").read_text(encoding="utf-8")
    abbreviations = glossary.abbreviations_markdown("sv", ROOT, used_in=page)
    assert "*[omprövning]:" in abbreviations
    assert "*[beslut]:" in abbreviations


def test_used_terms_are_the_page_words_in_alphabetical_order(project: Path):
    text = "Ärendet? Ditt ärende sköts av ombudet. Ingen avgift för BankID."
    used = glossary.used_terms(text, "sv", project)
    assert [t.key for t in used] == ["avgift", "ombud", "arende"]  # ä after z; BankID: forms []
    assert glossary.used_terms(glossary.MARKER, "sv", project) == []  # the glossary page
    assert glossary.used_terms(text, "en", project) == []  # no glossary in that language
