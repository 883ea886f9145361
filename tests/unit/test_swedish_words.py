"""Swedish words inside other languages' text get lang="sv" (hjalpguide.swedish_words)."""

from dataclasses import dataclass
from pathlib import Path

import pytest

from hjalpguide import glossary
from hjalpguide.contacts import site as help_places
from hjalpguide.languages import load_languages
from hjalpguide.swedish_words import (
    NamesError,
    from_project,
    load_names,
    mark,
    mark_page,
    pattern,
    words,
)

ROOT = Path(__file__).resolve().parents[2]
FOUND = pattern(words(["beslut", "beslutet", "e-tjänst", "e-tjänsten", "god man", "PDF"],
                      ["Försäkringskassan", "Statens servicecenter", "1177"]))


def span(word: str) -> str:
    return f'<span lang="sv">{word}</span>'


def test_bracketed_terms_and_agency_names_are_marked():
    out = mark("<p>القرار (beslut) من Försäkringskassan.</p>", FOUND)
    assert out == f"<p>القرار ({span('beslut')}) من {span('Försäkringskassan')}.</p>"


def test_whole_words_only_longest_first_any_case():
    out = mark("<p>Beslutet, e-tjänsten, beslutsam, e-tjänster-x, god man.</p>", FOUND)
    assert out == (f"<p>{span('Beslutet')}, {span('e-tjänsten')}, beslutsam, e-tjänster-x, "
                   f"{span('god man')}.</p>")


def test_acronyms_and_numbers_are_not_swedish_words():
    assert words(["PDF", "QR-kod"], ["CSN", "1177", " "]) == ["QR-kod"]
    assert mark("<p>PDF 1177</p>", FOUND) == "<p>PDF 1177</p>"


def test_text_that_states_its_language_attributes_and_scripts_are_left_alone():
    html = ('<div lang="sv" dir="ltr"><div>beslut</div> beslut</div>'
            '<abbr title="beslut">x</abbr><script>var beslut;</script><code>beslut</code>'
            '<p>beslut</p>')
    out = mark(html, FOUND)
    assert out == html.replace("<p>beslut</p>", f"<p>{span('beslut')}</p>")


def test_the_html_element_language_does_not_stop_marking():
    page = ('<html lang="ar"><head><title>beslut</title></head><body><nav>beslut</nav>'
            '<article><p>beslut</p></article></body></html>')
    out = mark_page(page, FOUND)
    assert out.count('lang="sv"') == 1
    assert f"<p>{span('beslut')}</p>" in out
    assert "<title>beslut</title>" in out and "<nav>beslut</nav>" in out


def test_no_words_no_change():
    assert pattern([]) is None
    assert mark("<p>beslut</p>", None) == "<p>beslut</p>"


@dataclass
class Term:
    term: str
    forms: tuple


def test_the_lists_come_from_the_glossary_and_the_national_lines():
    places = help_places.load(ROOT, load_languages(ROOT / "mkdocs.yml"), "").places
    found = from_project(glossary.load("sv", ROOT).values(), places)
    for word in ("överklagandet", "kontrollmeddelande", "Försäkringskassan", "Skatteverket",
                 "Polisen", "Pensionsmyndigheten", "Statens servicecenter"):
        assert found.fullmatch(word), word
    for alike in ("BankID", "PDF", "CSN"):  # written alike in every language
        assert not found.fullmatch(alike), alike
    assert from_project([Term("BankID", ()), Term("beslut", ("beslut",))], []).fullmatch("beslut")


def test_product_names_from_their_file_are_marked():
    places = help_places.load(ROOT, load_languages(ROOT / "mkdocs.yml"), "").places
    found = from_project(glossary.load("sv", ROOT).values(), places, load_names(ROOT))
    out = mark("<p>Mobilt BankID و BankID på fil و BankID på kort. BankID.</p>", found)
    assert out == (f"<p>{span('Mobilt BankID')} و {span('BankID på fil')} و "
                   f"{span('BankID på kort')}. BankID.</p>")


def test_a_name_inside_an_address_is_part_of_the_address():
    html = ('<p><a href="mailto:info@Försäkringskassan.se">info@Försäkringskassan.se</a> '
            "www.försäkringskassan.se, Försäkringskassan.</p>")
    assert mark(html, FOUND) == html.replace(
        "se, Försäkringskassan.", f"se, {span('Försäkringskassan')}.")


def test_the_real_agency_e_mail_address_gets_no_span():
    places = help_places.load(ROOT, load_languages(ROOT / "mkdocs.yml"), "").places
    found = from_project(glossary.load("sv", ROOT).values(), places)
    html = '<p><a href="mailto:info@skatteverket.se">info@skatteverket.se</a></p>'
    assert mark(html, found) == html


def test_no_names_file_no_names(tmp_path):
    assert load_names(tmp_path) == []


@pytest.mark.parametrize("text, where", [
    ("names: Mobilt BankID\n", "[NAMES-FIELD] names:"),
    ("names:\n  - ja\n  - 12\n", "[NAMES-FIELD]"),
    ("names: [Mobilt BankID\n", "data/swedish-names.yml:2: [NAMES-YAML]"),
    ("a: &x [1]\nb: *x\n", "[NAMES-YAML-ALIAS]"),
])
def test_a_broken_names_file_says_where_and_how_to_fix(tmp_path, text, where):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "swedish-names.yml").write_text(text, "utf-8")
    with pytest.raises(NamesError) as error:
        load_names(tmp_path)
    assert where in str(error.value) and "→" in str(error.value), str(error.value)
