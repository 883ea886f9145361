"""The start page keeps its promise of "ditt eget språk": the languages are listed there
(each name in its own language, lang and hreflang), the language button's label shows on
a phone, each language's start page has a real title, and at 200 % zoom on a tablet the
first topic is on the first screen."""

from __future__ import annotations

import pytest
import yaml

from .conftest import LANGUAGES, ROOT, language_root

pytestmark = pytest.mark.browser

RTL = {"ar", "fa"}


def built(real_site) -> list:
    return [lang for lang in LANGUAGES
            if not language_root(lang.code) or (real_site / lang.code).is_dir()]


def test_the_start_page_lists_every_language_after_its_promise(browser, base_url, real_site):
    languages = built(real_site)
    page = browser.new_page(viewport={"width": 360, "height": 700})
    for current in languages:
        page.goto(base_url + language_root(current.code))
        links = page.locator("nav.hjalp-home-languages a")
        assert links.count() == len(languages), current.code
        for i, lang in enumerate(languages):
            link = links.nth(i)
            assert link.is_visible()
            assert link.inner_text().strip() == lang.name
            attrs = link.evaluate("a => [a.lang, a.hreflang, a.dir, a.getAttribute('href')]")
            assert attrs[:3] == [lang.code, lang.code, "rtl" if lang.code in RTL else "ltr"]
            assert page.evaluate(f"new URL({attrs[3]!r}, location.href).pathname") == \
                "/" + language_root(lang.code)
    page.goto(base_url)
    promise = page.locator("nav.hjalp-home-languages").evaluate(
        "nav => nav.previousElementSibling.textContent")
    assert "ditt eget språk" in promise
    page.close()


def test_each_start_page_has_a_title_of_its_own(browser, base_url, real_site):
    page = browser.new_page()
    titles = {}
    for lang in built(real_site):
        page.goto(base_url + language_root(lang.code))
        title = page.title()
        ui = yaml.safe_load((ROOT / "data" / "ui" / f"{lang.code}.yml").read_text("utf-8"))
        assert title == ui["home"]["title"], lang.code
        assert title.count("Hjälpguiden") == 1, title
        titles[lang.code] = title
    assert len(set(titles.values())) == len(titles)
    page.close()


@pytest.mark.parametrize("width", [320, 360])
def test_the_language_button_shows_its_label_on_a_phone(width, browser, base_url, real_site):
    page = browser.new_page(viewport={"width": width, "height": 640})
    for lang in built(real_site):
        page.goto(base_url + language_root(lang.code) + "bankid/")
        label = page.locator(".hjalp-lang__label")
        box = label.bounding_box()
        assert label.is_visible() and box and box["width"] > 20, (lang.code, box)
        assert 0 <= box["x"] and box["x"] + box["width"] <= width, (lang.code, box)
        clipped = label.evaluate("e => getComputedStyle(e).clip !== 'auto'")
        assert not clipped, lang.code
    page.close()


def test_the_logo_is_a_small_mark():
    logo = (ROOT / "overrides" / "assets" / "favicon.svg").read_text("utf-8")
    assert len(logo.encode()) < 1024 and "<script" not in logo


@pytest.mark.parametrize("code", ["sv", "ar"])
def test_at_200_percent_zoom_on_a_tablet_the_first_topic_is_on_the_first_screen(
        code, browser, base_url):
    # a 768 × 1024 tablet at 200 % zoom: 384 × 512 CSS pixels
    page = browser.new_page(viewport={"width": 384, "height": 512}, device_scale_factor=2)
    page.goto(base_url + language_root(code))
    top, before, screen = page.evaluate("""[
      document.querySelector('.hjalp-topics a').getBoundingClientRect().top,
      [...document.querySelectorAll('.hjalp-notice, .hjalp-listen')].reduce(
        (sum, n) => sum + n.getBoundingClientRect().height, 0),
      innerHeight]""")
    # The notice about a machine translation comes first by design, and the "Lyssna" box
    # is as tall as this device makes it (a button, or a sentence saying there is no
    # voice): apart from them, the first topic is on the first screen.
    assert top - before <= screen, f"first topic at {top:.0f} px ({before:.0f} px notices)"
    page.close()
