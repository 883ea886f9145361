"""Keyboard paths, measured in Tab presses in Chromium at desktop and phone width: from
the top of any page to its text (≤ 2) and to the search field (≤ 3), including the pages
the plugin makes (help places, municipality pages, staff page, word list, 404)."""

from __future__ import annotations

import pytest

from .conftest import language_root, pages_of

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": (1280, 900), "phone": (360, 700)}
# Languages whose every page is walked: the source and one right-to-left language.
WALKED = ("sv", "ar")
ACTIVE = """(() => { const e = document.activeElement;
  return {href: e.getAttribute('href') || '', id: e.id || '',
          inContent: !!e.closest('#hjalp-content') && e.id !== 'hjalp-content'}; })()"""
# a control in the page's text that a keyboard reaches (the print-only address is hidden)
HAS_FOCUSABLE_TEXT = """[...document.querySelectorAll(
  '#hjalp-content :is(a[href], input, button, summary, [tabindex="0"])')
].some(e => e.checkVisibility({visibilityProperty: true}))"""


def tab_until(page, wanted, limit: int = 10) -> int:
    """Tab presses until ``wanted(active element)`` holds; ``limit + 1`` if it never did."""
    for presses in range(1, limit + 1):
        page.keyboard.press("Tab")
        if wanted(page.evaluate(ACTIVE)):
            return presses
    return limit + 1


def presses_to_text(page) -> int:
    """Tab to the skip link and follow it (focus moves to the text), then Tab once more to
    the text's first link or field: the presses until focus is in the text."""
    presses = tab_until(page, lambda a: a["href"].endswith("#hjalp-content"))
    page.keyboard.press("Enter")
    if page.evaluate(ACTIVE)["id"] != "hjalp-content":
        return 99
    if not page.evaluate(HAS_FOCUSABLE_TEXT):
        return presses  # nothing to Tab to: the reader is at the text
    page.keyboard.press("Tab")
    return presses + 1 if page.evaluate(ACTIVE)["inContent"] else 99


def presses_to_search(page) -> int:
    presses = tab_until(page, lambda a: a["href"].endswith("#hjalp-search"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    return presses + 1 if page.evaluate(ACTIVE)["id"] == "hjalp-q" else 99


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("code", WALKED)
def test_every_page_reaches_its_text_in_two_tab_presses(code, width, browser, base_url,
                                                        real_site):
    w, h = WIDTHS[width]
    page = browser.new_page(viewport={"width": w, "height": h})
    slow = []
    for path in pages_of(real_site, code):
        page.goto(base_url + path)
        presses = presses_to_text(page)
        if presses > 2:
            slow.append(f"{path}: {presses if presses < 99 else 'never'}")
    page.close()
    assert not slow, f"{width}: more than 2 Tab presses to the text:\n" + "\n".join(slow)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("code", WALKED)
def test_the_search_field_is_three_tab_presses_from_any_page(code, width, browser, base_url,
                                                             real_site):
    w, h = WIDTHS[width]
    page = browser.new_page(viewport={"width": w, "height": h})
    root = language_root(code)
    kinds = [root, root + "sok/", root + "bankid/skaffa-bankid/", root + "hjalp/platser/",
             root + "hjalp/platser/sundsvall/", root + "utskrift/", root + "ordlista/",
             root + "404.html"]
    slow = []
    for path in kinds:
        assert path in pages_of(real_site, code), f"{path} is not a page of the site any more"
        page.goto(base_url + path)
        presses = presses_to_search(page)
        if presses > 3:
            slow.append(f"{path}: {presses if presses < 99 else 'never'}")
    page.close()
    assert not slow, f"{width}: more than 3 Tab presses to the search field:\n" + "\n".join(slow)
