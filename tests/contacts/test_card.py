"""The place card as a reader sees it: no field said twice, no editors' notes, one source
line, one old-data notice, never "call" without a number; and service hours."""

import datetime as dt
import re

import pytest

from hjalpguide.contacts import render, texts
from hjalpguide.contacts.model import Phone, Place, ServiceHours

from .conftest import ROOT

WORDS = texts.load(ROOT / "data" / "ui-help", ["sv", "en", "ar"])
TODAY = dt.date(2026, 12, 5)
FK_SOURCE = ("Sparad kopia av forsakringskassan.se/om-forsakringskassan/om-du-inte-ar-nojd "
             "(Hjälpguidens faktalista B3)")


def card(place: Place, lang: str = "sv", level: int = 3) -> str:
    env = render.environment()
    html = env.from_string('{% from "macros.html" import place_card %}'
                           '{{ place_card(p, t, level, lang) }}').render(
        p=render.PlaceView(place, lang, WORDS[lang], TODAY), t=WORDS[lang], level=level,
        lang=lang)
    return html


def visible(html: str) -> str:
    """The card's text without its JSON-LD and tags."""
    html = re.sub(r"<script.*?</script>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def place(**fields) -> Place:
    base = {"id": "x", "name": "Testplatsen", "kind": "library", "file": "f.yml",
            "municipality": None, "verified_on": dt.date(2026, 11, 1),
            "verified": {"source": "https://www.kommun.se/bibliotek", "method": "web"}}
    return Place(**{**base, **fields})


def test_the_agency_is_said_once():
    fk = place(name="Försäkringskassan", kind="phone_line", organization="Försäkringskassan",
               agencies=("forsakringskassan",),
               phones=(Phone("+46771524524", None, "0771-524 524"),),
               verified={"source": FK_SOURCE, "method": "document", "level": "organisation"})
    text = visible(card(fk))
    assert text.count("Försäkringskassan") == 1  # the heading
    assert "Drivs av" not in text and "Hjälp med ärenden hos" not in text


def test_other_agencies_stay_and_the_operator_is_shown_when_it_says_something_new():
    office = place(name="Servicekontoret", kind="government_service_office",
                   organization="Statens servicecenter",
                   agencies=("forsakringskassan", "skatteverket"))
    text = visible(card(office))
    assert "Drivs av Statens servicecenter" in text
    assert "Hjälp med ärenden hos Försäkringskassan, Skatteverket" in text


def test_the_source_is_one_short_line_without_editors_notes():
    fk = place(verified={"source": FK_SOURCE, "method": "document"})
    html = card(fk)
    assert "faktalista" not in html and "Sparad kopia" not in html
    assert re.findall(r'<p class="hjalp-place__checked">(.*?)</p>', html) == [
        'Källa: <span lang="sv" dir="ltr">forsakringskassan.se</span>, kontrollerad '
        '<span dir="ltr" class="hjalp-nowrap">2026-11-01</span>.']
    pm = place(verified={"method": "document", "source": "Bara i andra källor (kodförråd hos "
                         "tredje part), inte på Pensionsmyndighetens egen sida (Hjälpguidens "
                         "faktalista B3)"})
    assert "kodförråd" not in card(pm) and "faktalista" not in card(pm)


def test_a_web_source_is_the_sites_name_as_a_link_and_an_editors_label_wins():
    html = card(place())
    assert 'Källa: <span lang="sv" dir="ltr"><a href="https://www.kommun.se/bibliotek">' \
           'kommun.se</a></span>' in html
    labelled = place(verified={"source": "Samtal med bibliotekarien", "method": "phone",
                               "source_label": "Försäkringskassans webbplats",
                               "source_url": "https://www.forsakringskassan.se/"})
    assert '<a href="https://www.forsakringskassan.se/">Försäkringskassans webbplats</a>' \
           in card(labelled)
    assert "Samtal med" not in card(labelled)


def test_a_report_is_named_by_its_title():
    report = place(verified={"method": "document", "level": "secondary", "source":
                             '"Tusen vägar in – lägesbeskrivning av kommunernas utbud", '
                             'Projekt TEO, 2022-12-16'})
    assert "Källa: <span lang=\"sv\" dir=\"ltr\">Tusen vägar in</span>" in card(report)


def test_old_data_is_said_once_and_never_call_without_a_number():
    old = place(verified_on=dt.date(2018, 2, 1),
                verified={"source": "En rapport", "method": "document", "level": "secondary"})
    html = card(old)
    assert html.count("admonition") == 1 and html.count("kan vara gamla") == 1
    assert "2018-02-01" in visible(html) and visible(html).count("2018-02-01") == 1
    assert not re.search(r"\bring", visible(html), re.I)
    assert "inte bekräftade" not in html  # the old-data notice says enough
    en = visible(card(old, "en"))
    assert not re.search(r"\bcall\b", en, re.I) and en.count("out of date") == 1


def test_old_data_with_a_number_says_call_first_and_with_a_website_look_first():
    old = {"verified_on": dt.date(2018, 2, 1),
           "verified": {"source": "En rapport", "method": "document"}}
    with_phone = visible(card(place(phones=(Phone("+46771524524", None, "0771-524 524"),),
                                    **old)))
    assert "Ring och fråga innan du går dit." in with_phone
    with_web = visible(card(place(url="https://www.kommun.se/", **old)))
    assert "Titta på webbplatsen innan du går dit." in with_web
    assert not re.search(r"\bring", with_web, re.I)


def test_unverified_data_never_says_call_without_a_number():
    text = visible(card(place(verified={"source": "x", "method": "document",
                                        "level": "unverified"})))
    assert "Uppgifterna är inte bekräftade." in text
    assert not re.search(r"\bring", text, re.I)


def test_the_website_is_shown_by_its_name():
    html = card(place(url="https://www.sundsvall.se/bibliotek/oppettider"))
    assert '<a href="https://www.sundsvall.se/bibliotek/oppettider" dir="ltr">sundsvall.se</a>' \
           in html


@pytest.mark.parametrize("lang, own, service", [
    ("sv", "Måndag–fredag: 10.00–19.00", "Måndag–fredag: 13.00–15.00"),
    ("en", "Monday to Friday: 10:00–19:00", "Monday to Friday: 13:00–15:00"),
])
def test_a_place_and_its_service_both_have_their_hours(lang, own, service):
    library = place(opening_hours="Mo-Fr 10:00-19:00; PH off",
                    service_hours=(ServiceHours("IT-hjälp (drop-in)", "Mo-Fr 13:00-15:00"),))
    html = card(library, lang)
    assert own in html and service in html
    assert "IT-hjälp (drop-in)" in html
    assert html.index(own) < html.index("IT-hjälp (drop-in)") < html.index(service)


def test_seasonal_hours_are_words_in_the_card():
    html = card(place(opening_hours="Mo-Fr 10:00-18:00; Jun-Aug Mo-Fr 10:00-15:00"))
    assert "1 juni–31 augusti:" in html and "Resten av året:" in html
    assert "<code>" not in html and "Jun-Aug" not in html
