"""Touch targets on a 360 px phone: the header's buttons, a section's list of pages, the
start page's languages, the print links, the sources and the translation notice's "Mer om
översättningen" are at least 44 × 44 CSS px (WCAG 2.5.5). A trial on an Android phone
found the BankID section's page links 22 px high, the header buttons 40 × 40 and the
language links 40 px high. Links inside running text are not measured (WCAG's inline
exception)."""

from __future__ import annotations

import pytest

from .conftest import language_root

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
MIN = 44
#: Each visible element the selector finds: [text, width, height].
BOXES = """sel => [...document.querySelectorAll(sel)].filter(e => e.getClientRects().length)
  .map(e => { const r = e.getBoundingClientRect();
              return [e.textContent.trim().slice(0, 30), r.width, r.height]; })"""


def too_small(page, selector: str, width: bool = True) -> list:
    boxes = page.evaluate(BOXES, selector)
    assert boxes, f"nothing found: {selector}"
    return [box for box in boxes if box[2] < MIN - 0.5 or (width and box[1] < MIN - 0.5)]


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("code", ["sv", "ar"])
def test_a_section_page_its_list_of_pages_and_the_header(code, phone, base_url):
    phone.goto(base_url + language_root(code) + "bankid/")
    # the five pages of the BankID section, each a link of its own in a list
    assert phone.locator("article .hjalp-links a").count() >= 5
    assert too_small(phone, "article .hjalp-links a") == []
    header = "header label[for=__drawer], .hjalp-lang__button, .hjalp-search-link"
    assert too_small(phone, header) == []
    assert too_small(phone, ".hjalp-print-link a, .hjalp-sources li > a", width=False) == []
    if code != "sv":
        assert too_small(phone, ".hjalp-notice__more > summary", width=False) == []
    phone.locator(".hjalp-lang__button").click()
    assert too_small(phone, ".hjalp-lang__list a", width=False) == []


@pytest.mark.parametrize("code", ["sv", "ar"])
def test_the_start_page_languages_are_big_enough_to_tap(code, phone, base_url):
    phone.goto(base_url + language_root(code))
    assert too_small(phone, ".hjalp-home-languages a") == []
