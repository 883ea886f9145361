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


MENU_OPEN = "document.querySelector('details.hjalp-lang').open"
FOCUS_ON_BUTTON = "document.activeElement.matches('summary.hjalp-lang__button')"


def open_menu_by_keyboard(page) -> None:
    page.locator("summary.hjalp-lang__button").focus()
    page.keyboard.press("Enter")
    assert page.evaluate(MENU_OPEN), "Enter does not open the language list"


@pytest.mark.parametrize("code", ["sv", "ar"])
def test_escape_closes_the_language_list_and_focus_returns_to_its_button(code, browser,
                                                                          base_url):
    page = browser.new_page(viewport={"width": 360, "height": 700})
    page.goto(base_url + language_root(code) + "bankid/")
    open_menu_by_keyboard(page)
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('.hjalp-lang__list')")
    page.keyboard.press("Escape")
    assert not page.evaluate(MENU_OPEN), "Esc does not close the language list"
    assert page.evaluate(FOCUS_ON_BUTTON), "focus did not return to the language button"
    page.close()


def test_the_language_list_closes_when_focus_or_a_click_leaves_it(browser, base_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base_url + "bankid/")
    open_menu_by_keyboard(page)
    links = page.locator(".hjalp-lang__list a").count()
    for _ in range(links + 1):  # through every language and out of the list
        page.keyboard.press("Tab")
    assert not page.evaluate("!!document.activeElement.closest('.hjalp-lang')")
    assert not page.evaluate(MENU_OPEN), "the list stays open after focus has left it"
    open_menu_by_keyboard(page)
    page.keyboard.press("Shift+Tab")  # back out, before the list
    assert not page.evaluate(MENU_OPEN), "the list stays open after Shift+Tab out of it"
    open_menu_by_keyboard(page)
    page.mouse.click(640, 600)
    assert not page.evaluate(MENU_OPEN), "the list stays open after a click outside it"
    page.close()


def test_the_language_list_works_without_javascript_and_the_page_has_no_inline_script(
        browser, base_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 700})
    page = context.new_page()
    page.goto(base_url + "ar/bankid/")
    page.locator("summary.hjalp-lang__button").focus()
    page.keyboard.press("Enter")
    assert page.locator(".hjalp-lang__list a[hreflang=sv]").is_visible()
    inline = page.evaluate("""[...document.querySelectorAll('script:not([src])')].length +
      [...document.querySelectorAll('*')].filter(e => [...e.attributes]
        .some(a => a.name.startsWith('on'))).length""")
    assert inline == 0, "inline script or event attribute (the CSP forbids them)"
    context.close()
