import datetime as dt

import pytest

from hjalpguide.contacts import render, texts
from hjalpguide.contacts.model import Place

from .conftest import ROOT

WORDS = texts.load(ROOT / "data" / "ui-help", ["sv", "en", "ar"])
TODAY = dt.date(2026, 11, 22)


def test_hours_in_words_are_localised():
    sv = render.hours_in_words("Mo-Fr 08:00-16:30; Sa 10:00-14:00; PH off", WORDS["sv"]["hours"])
    assert sv["lines"] == ["Måndag–fredag: 8.00–16.30", "Lördag: 10.00–14.00"]
    assert sv["notes"] == ["Stängt på helgdagar."]
    en = render.hours_in_words("Tu,Th 10:00-15:30", WORDS["en"]["hours"])
    assert en["lines"] == ["Tuesday: 10:00–15:30", "Thursday: 10:00–15:30"]
    ar = render.hours_in_words("24/7", WORDS["ar"]["hours"])
    assert ar["lines"] == ["مفتوح ليلًا ونهارًا، كل يوم."]


def test_unreadable_hours_are_shown_as_written():
    assert render.hours_in_words("nonsense", WORDS["sv"]["hours"])["code"] == "nonsense"


def test_json_script_cannot_close_the_script_element():
    text = str(render.json_script({"name": "</script><script>alert(1)</script>"}))
    assert "</script>" not in text and "\\u003c/script\\u003e" in text


def test_relative_links():
    assert render.relative("en/hjalp/platser/sundsvall/", "en/hjalp/platser/") == "../"
    assert render.relative("en/hjalp/platser/", "hjalp/help-places.json") == \
        "../../../hjalp/help-places.json"


def test_swedish_sort_order():
    names = ["Örnsköldsvik", "Ånge", "Älvsbyn", "Arboga"]
    assert sorted(names, key=render.swedish_sort_key) == ["Arboga", "Ånge", "Älvsbyn",
                                                           "Örnsköldsvik"]


def test_place_card_escapes_everything_from_the_data():
    evil = "<script>alert(1)</script>"
    place = Place(id="x", name={"sv": evil}, kind="library", file="f.yml", municipality=None,
                  description=evil, verified_on=dt.date(2026, 11, 1),
                  verified={"source": "javascript:alert(1)", "method": "web"})
    env = render.environment()
    html = env.from_string('{% from "macros.html" import place_card %}'
                           '{{ place_card(p, t, 2, "sv") }}').render(
        p=render.PlaceView(place, "sv", WORDS["sv"], TODAY), t=WORDS["sv"])
    assert evil not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript:' not in html


@pytest.mark.parametrize("lang, expected", [
    ("sv", {"lines": ["Måndag–fredag: 10.00–18.00"],
            "seasons": [{"dates": "1 juni–31 augusti", "lines": ["Måndag–fredag: 10.00–15.00"]},
                        {"dates": "24 december", "lines": ["Stängt."]}]}),
    ("en", {"lines": ["Monday to Friday: 10:00–18:00"],
            "seasons": [{"dates": "1 June to 31 August",
                         "lines": ["Monday to Friday: 10:00–15:00"]},
                        {"dates": "24 December", "lines": ["Closed."]}]}),
])
def test_seasonal_hours_in_words(lang, expected):
    words = render.hours_in_words("Mo-Fr 10:00-18:00; Jun-Aug Mo-Fr 10:00-15:00; Dec 24 off",
                                  WORDS[lang]["hours"])
    assert {k: words[k] for k in expected} == expected
    assert words["code"] is None


def test_times_in_arabic_stay_left_to_right():
    [line] = render.hours_in_words("Mo-Fr 08:00-16:30", WORDS["ar"]["hours"])["lines"]
    assert "\u206608:00–16:30\u2069" in line
