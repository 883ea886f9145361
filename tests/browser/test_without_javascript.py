"""The site works with JavaScript turned off: content, navigation, language switch."""

import pytest

from .conftest import LANGUAGES, language_root, open_drawer

pytestmark = pytest.mark.browser


@pytest.fixture
def no_js(browser):
    context = browser.new_context(java_script_enabled=False,
                                  viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_start_page_content_and_navigation_without_javascript(no_js, base_url, code):
    no_js.goto(base_url + language_root(code))
    assert no_js.locator("h1").first.inner_text().strip()
    topics = no_js.locator("ul.hjalp-topics a")
    assert topics.count() == 5  # BankID, scanning, forms, help near you, where to get help
    assert no_js.locator('ul.hjalp-topics a[href="hjalp/platser/"]').count() == 1
    topics.first.click()
    # A click only starts the navigation: wait for the new page before reading it.
    no_js.wait_for_url(base_url + language_root(code) + "bankid/**", wait_until="load")
    assert no_js.locator("nav.md-nav--primary a").count() > 5


def test_language_switch_without_javascript(no_js, base_url):
    no_js.goto(base_url + "bankid/")
    no_js.locator("details.hjalp-lang summary").click()
    no_js.locator("details.hjalp-lang a[hreflang=ar]").click()
    no_js.wait_for_url(base_url + "ar/bankid/", wait_until="load")
    assert no_js.evaluate("document.documentElement.lang") == "ar"


def test_mobile_menu_opens_without_javascript(browser, base_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(base_url)
    link = page.locator("nav.md-nav--primary a[href*='bankid']").first
    assert link.bounding_box()["x"] + link.bounding_box()["width"] <= 0  # off screen, left
    open_drawer(page)
    box = link.bounding_box()
    assert 0 <= box["x"] < 320
    context.close()


def test_search_page_explains_that_it_needs_javascript(no_js, base_url):
    no_js.goto(base_url + "sok/")
    assert no_js.locator(".hjalp-search__noscript").is_visible()
