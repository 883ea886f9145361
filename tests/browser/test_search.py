"""Search downloads only the reader's language, and only when the reader searches."""

import gzip
import json

import pytest

pytestmark = pytest.mark.browser


def test_search_fetches_only_this_languages_index_after_typing(browser, base_url, real_site):
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base_url + "ar/sok/")
    assert not [u for u in requests if u.endswith("index.json")]  # nothing before a query
    page.fill("#hjalp-q", "BankID")
    page.wait_for_selector("#hjalp-search-results li")
    fetched = [u for u in requests if u.endswith("index.json")]
    assert fetched == [base_url + "ar/search/index.json"]
    first = page.locator("#hjalp-search-results li a").first
    href = first.get_attribute("href")
    assert href.startswith(base_url + "ar/")
    first.click()
    page.wait_for_url(href, wait_until="load")
    assert page.evaluate("document.documentElement.lang") == "ar"
    page.close()


def test_search_from_the_query_string(browser, base_url):
    page = browser.new_page()
    page.goto(base_url + "sok/?q=bankid")
    page.wait_for_selector("#hjalp-search-results li")
    assert "BankID" in page.locator("#hjalp-search-results").inner_text()
    page.close()


def test_search_index_is_small_for_every_language(real_site):
    for path in real_site.rglob("search/index.json"):
        raw = path.read_bytes()
        assert len(gzip.compress(raw)) <= 50 * 1024, path
        json.loads(raw)


def test_other_pages_load_no_search_index(browser, base_url):
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base_url + "bankid/")
    assert not [u for u in requests if "search" in u or u.endswith(".js")]
    page.close()
