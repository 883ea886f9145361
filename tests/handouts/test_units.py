"""Small pure parts of the handouts: naming, addresses, texts, help box, CSS, HTML."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from handouts.conftest import TODAY, make_project
from hjalpguide.contacts.kommuner import Municipality
from hjalpguide.contacts.model import Phone, Place
from hjalpguide.handouts import helpbox, render, sources, texts
from hjalpguide.languages import load_languages

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name,url", [
    ("index", ""), ("bankid/index", "bankid/"), ("bankid/skaffa-bankid", "bankid/skaffa-bankid/")])
def test_page_addresses_follow_directory_urls(name, url):
    assert sources.Page(name).url_path == url


def test_short_address_is_what_people_type():
    assert sources.short_address("https://hjalp.example.se/ar/bankid/") == \
        "hjalp.example.se/ar/bankid"


def test_plan_names_single_and_bilingual_handouts(tmp_path):
    project = sources.load_project(make_project(tmp_path) / "mkdocs.yml")
    jobs = sources.plan(project)
    assert [(j.lang, j.kind, j.output) for j in jobs] == [
        ("sv", "single", "sv/bankid/skaffa-bankid.pdf"),
        ("ar", "single", "ar/bankid/skaffa-bankid.pdf"),
        ("ar", "bilingual", "ar/bankid/skaffa-bankid.sv-ar.pdf"),
        ("ti", "single", "ti/bankid/skaffa-bankid.pdf"),
        ("ti", "bilingual", "ti/bankid/skaffa-bankid.sv-ti.pdf"),
    ]
    assert jobs[1].url == "https://hjalp.example.se/ar/bankid/skaffa-bankid/"
    assert project.municipality == "2281"
    assert sources.plan(project, only={"ti"})[0].lang == "ti"


def test_every_site_language_has_handout_texts_with_the_same_keys():
    codes = [lang.code for lang in load_languages(ROOT / "mkdocs.yml")]
    words = texts.load(ROOT, codes)
    assert set(words) == set(codes)
    for code in codes:
        assert "{date}" in words[code]["handout"]["checked"]
        assert "{page}" in words[code]["handout"]["page"]
        assert words[code]["direction"] == ("rtl" if code in ("ar", "fa") else "ltr")


def test_a_missing_text_is_a_finding(tmp_path):
    folder = tmp_path / "data" / "ui-handouts"
    folder.mkdir(parents=True)
    (folder / "sv.yml").write_text("a: 1\nb: {c: 2}\n", encoding="utf-8")
    (folder / "ar.yml").write_text("a: 1\n", encoding="utf-8")
    with pytest.raises(texts.TextsError) as error:
        texts.load(tmp_path, ["sv", "ar"])
    assert "data/ui-handouts/ar.yml: [HO-TEXT-MISSING] b.c:" in str(error.value)


def test_no_type_smaller_than_12_pt_in_the_handout_css():
    css = (render.TEMPLATES / "handout.css").read_text(encoding="utf-8")
    sizes = [float(size) for size in re.findall(r"font-size:\s*([\d.]+)pt", css)]
    assert sizes and min(sizes) >= 12
    assert not re.search(r"font-size:\s*[\d.]+(px|em|rem|%)", css)


def test_css_counter_is_a_valid_content_value():
    assert render.css_counter("Sida {page} av {pages}") == \
        '"Sida " counter(page) " av " counter(pages)'
    assert render.css_counter('صفحة {page} "x"') == '"صفحة " counter(page) " \\"x\\""'


def _place(id, services, verified, municipality=None, level="organisation", status="active"):
    return Place(id=id, name={"sv": id.title(), "ar": "مكان"}, kind="phone_line",
                 file="x.yml", municipality=municipality, status=status,
                 phones=(Phone("+46771000000", None, "0771-000 000"),),
                 services=tuple(services), verified_on=verified,
                 verified={"level": level})


def test_help_box_leaves_off_stale_unverified_and_other_municipalities():
    fresh, stale = dt.date(2026, 11, 1), dt.date(2024, 1, 1)
    here = Municipality("2281", "Sundsvall", "22", "Västernorrlands län")
    there = Municipality("0180", "Stockholm", "01", "Stockholms län")
    places = [
        _place("allman", ["eservice_help"], fresh),
        _place("gammal", ["eservice_help"], stale),
        _place("overifierad", ["eservice_help"], fresh, level="unverified"),
        _place("stangd", ["eservice_help"], fresh, status="temporarily_closed"),
        _place("bedrageri", ["report_scam"], fresh),
        _place("biblioteket", ["scanning"], fresh, municipality=here),
        _place("annan-kommun", ["scanning"], fresh, municipality=there),
    ]
    chosen = helpbox.choose(places, "bankid", "2281", "ar", TODAY)
    assert [(p.id, p.local) for p in chosen] == [
        ("biblioteket", True), ("allman", False), ("bedrageri", False)]
    assert chosen[0].name == "مكان"
    assert [p.id for p in helpbox.choose(places, "skanna", "", "sv", TODAY)] == ["allman"]


def test_html_is_right_to_left_with_numbers_left_to_right(tmp_path):
    project = sources.load_project(make_project(tmp_path) / "mkdocs.yml")
    words = texts.load(project.root, list(project.languages))
    places = helpbox.load(project.root, list(project.languages), TODAY)
    renderer = render.Renderer(project, words, places, TODAY)
    job = next(j for j in sources.plan(project) if j.lang == "ar" and j.kind == "single")
    [(lang, html)] = renderer.parts(job)
    title = renderer.title(job)
    assert lang == "ar" and title == "الحصول على BankID"
    assert '<html lang="ar" dir="rtl">' in html
    assert '<span class="phone" dir="ltr">0771-451 000</span>' in html
    assert '<time class="date" dir="ltr" datetime="2026-11-20">' in html
    # a link to another page, with its address printed after it (handout.css)
    assert ('<a href="https://hjalp.example.se/ar/bankid/" '
            'data-address="hjalp.example.se/ar/bankid">') in html
    assert "<details" in html and "NFC" in html
    # machine-made and out of date: said in Arabic, and in Swedish for the staff member
    # (one box; tests/handouts/test_notices.py: second check and the stronger notice)
    swedish_words = texts.load(project.root, ["sv"])["sv"]["handout"]
    assert (f'<span class="notice__source" lang="sv" dir="ltr">{swedish_words["machine"]} '
            f'{swedish_words["outdated"]}</span>') in html
    bilingual = next(j for j in sources.plan(project) if j.kind == "bilingual")
    (reader_lang, reader), (source_lang, source) = renderer.parts(bilingual)
    assert (reader_lang, source_lang) == ("ar", "sv")
    assert reader == html  # the reader's part is the single handout, made once
    assert '<html lang="sv" dir="ltr">' in source
    assert ">hjalp.example.se/bankid/skaffa-bankid<" in source  # the Swedish address


def test_web_links_get_their_address_for_paper():
    html = ('<p>Ring <a href="https://example.se/a?x=1&amp;y=2">Example</a>, '
            '<a href="https://1177.se/">1177.se</a>.</p>')
    out = render._paper_addresses(html)
    assert 'data-address="example.se/a?x=1&amp;y=2">Example</a>' in out
    assert '<a href="https://1177.se/">1177.se</a>' in out  # the text is the address


def test_a_place_with_several_numbers_says_which_is_for_what(tmp_path):
    """A line with two numbers (here Polisen with 114 14 and, in this copy of the data, a
    second number): the box says which is for what, in the reader's language
    (data/help-places/translations/), or in Swedish, marked, where there is no translation."""
    root = Path(__file__).resolve().parents[2]
    project = sources.load_project(root / "mkdocs.yml", tmp_path)
    languages = list(project.languages)
    page = next(p for p in sources.find_pages(project) if p.name == "bankid/anvand-sakert")

    def arabic_and_swedish(data_root: Path) -> tuple[str, str]:
        renderer = render.Renderer(project, texts.load(project.root, languages),
                                   helpbox.load(data_root, languages, TODAY), TODAY)
        return renderer.html(page, "ar"), renderer.html(page, "sv")

    two_numbers = tmp_path / "two-numbers"
    shutil.copytree(root / "data" / "help-places", two_numbers / "data" / "help-places")
    shutil.copy(root / "data" / "kommuner.csv", two_numbers / "data" / "kommuner.csv")
    national = two_numbers / "data" / "help-places" / "national.yml"
    text = national.read_text(encoding="utf-8")
    police = '        display: "114 14"\n        description: När det inte är akut\n'
    assert police in text
    national.write_text(text.replace(police, police + (
        '      - short: "112"\n        display: "112"\n        description: Vid fara\n'), 1),
        encoding="utf-8")
    root = two_numbers
    arabic, swedish = arabic_and_swedish(root)
    assert '<span class="line-note">(När det inte är akut)</span>' in swedish
    assert '<span class="line-note">(عندما لا يكون الأمر طارئًا)</span>' in arabic
    assert "<strong>حوِّل الرسائل النصية الاحتيالية</strong>" in arabic

    untranslated = tmp_path / "untranslated"
    shutil.copytree(root / "data" / "help-places", untranslated / "data" / "help-places")
    shutil.copy(root / "data" / "kommuner.csv", untranslated / "data" / "kommuner.csv")
    (untranslated / "data" / "help-places" / "translations" / "ar.yml").unlink()
    arabic, _ = arabic_and_swedish(untranslated)
    assert '<span class="line-note" lang="sv" dir="ltr">(När det inte är akut)</span>' in arabic
    assert '<strong lang="sv" dir="ltr">Skicka vidare bedrägeri-sms</strong>' in arabic
