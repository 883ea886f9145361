"""Search downloads only the reader's language, and only when the reader searches; it
forgives a typo and finds words inside compounds (the real search.js on the real search
page of a tiny fixture site); without JavaScript the search page lists every page."""

import gzip
import json
from urllib.parse import urljoin

import pytest

from hjalpguide.devserver import serve_in_background

from .conftest import LANGUAGES, MUNICIPALITY_SECTION, language_root, pages_of

pytestmark = pytest.mark.browser


def _page(title: str, text: str) -> str:
    return f"---\ntitle: {title}\nsummary: Om {title.lower()}.\n---\n# {title}\n\n{text}\n"


SEARCH_SV = "---\ntitle: Sök\ntemplate: search.html\n---\n# Sök\n"
SEARCH_AR = "---\ntitle: بحث\ntemplate: search.html\n---\n# بحث\n"
FIXTURE_PAGES = {
    "index.sv.md": _page("Start", "Välkommen."),
    "index.ar.md": _page("البداية", "مرحبا."),
    "sok.sv.md": SEARCH_SV,
    "sok.ar.md": SEARCH_AR,
    "overklaga.sv.md": _page("Säg emot ett beslut", "Överklagandet ska komma in i tid."),
    "dosa.sv.md": _page("Dosor", "En dosa ger koder."),
    "banken.sv.md": _page("Banken", "Banken kan ge dig en bankdosa och en e-legitimation."),
    "kontor.sv.md": _page("Öppettider", "Gå till kontoret."),
    "kontoren.sv.md": _page("Kontoren", "Det finns många."),
    "beslut.ar.md": _page("افهم قرارًا", "اقرأ القرار بهدوء."),
}


@pytest.fixture(scope="module")
def fixture_url(tmp_path_factory):
    from conftest import FixtureSite

    site = FixtureSite(tmp_path_factory.mktemp("search"), FIXTURE_PAGES, ["sv", "ar"])
    result = site.build()
    assert result.returncode == 0, result.stderr
    server, url = serve_in_background(site.site)
    yield url
    server.shutdown()


@pytest.fixture(scope="module")
def search_page(browser):
    page = browser.new_page()
    yield page
    page.close()


def found(page, url: str) -> list[str]:
    """Search through the page's own form; the result links, best first."""
    page.goto(url)
    page.wait_for_function("""() => {
        const s = document.getElementById('hjalp-search-status').textContent;
        return s && !s.includes('…'); }""")
    return [href.rstrip("/").rsplit("/", 1)[-1] for href in
            page.locator("#hjalp-search-results li a").evaluate_all(
                "links => links.map(a => a.href)")]


@pytest.mark.parametrize("query, expected", [
    ("överklag", ["overklaga"]),            # the start of a word, as before
    ("klagandet", ["overklaga"]),           # inside a compound
    ("overklagandet", ["overklaga"]),       # accents left out
    ("legitimation", ["banken"]),           # "e-legitimation"
    ("elegitimation", ["banken"]),          # … written without the dash
    ("legitmation", ["banken"]),            # one letter missing
    ("bnakdosa", ["banken"]),               # two letters swapped
    ("dosa", ["dosa", "banken"]),           # the word itself before the compound
    ("kontoret", ["kontor", "kontoren"]),   # the exact word before a typo's title hit
])
def test_search_forgives_typos_and_finds_words_in_compounds(search_page, fixture_url,
                                                            query, expected):
    assert found(search_page, fixture_url + "sok/?q=" + query) == expected


@pytest.mark.parametrize("query", ["dusa", "bankdisk", "xyz"])
def test_short_words_and_two_typos_find_nothing(search_page, fixture_url, query):
    # "dusa": a typo is forgiven from 5 letters; "bankdisk": 2 typos need 9 letters.
    assert found(search_page, fixture_url + "sok/?q=" + query) == []


def test_arabic_search_ignores_vowel_signs_and_finds_the_word_after_al(search_page, fixture_url):
    assert found(search_page, fixture_url + "ar/sok/?q=قرارا") == ["beslut"]  # قرارًا
    assert found(search_page, fixture_url + "ar/sok/?q=قرار") == ["beslut"]   # in القرار


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


@pytest.mark.parametrize("code", ["ti", "sv"])
def test_staff_page_is_not_in_visitors_results(search_page, base_url, code):
    results = found(search_page, base_url + language_root(code) + "sok/?q=PDF")
    assert results  # the scanning guides
    hrefs = search_page.locator("#hjalp-search-results li a").evaluate_all(
        "links => links.map(a => a.href)")
    assert not [h for h in hrefs if "/utskrift/" in h]


def test_search_index_is_small_for_every_language(real_site):
    for path in real_site.rglob("search/index.json"):
        raw = path.read_bytes()
        assert len(gzip.compress(raw)) <= 50 * 1024, path
        pages = json.loads(raw)["pages"]
        assert not [p for p in pages if p["u"].startswith("utskrift/")], path


def test_other_pages_load_no_search_index(browser, base_url):
    page = browser.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(base_url + "bankid/")
    assert not [u for u in requests if "search" in u]
    page.close()


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_without_javascript_the_search_page_lists_every_page(browser, base_url, real_site,
                                                             code):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    root = base_url + language_root(code)
    page.goto(root + "sok/")
    assert page.locator(".hjalp-search__noscript").is_visible()
    links = page.locator("ul.hjalp-search__all a")
    assert links.first.is_visible()
    listed = links.evaluate_all("links => links.map(a => a.href)")
    assert len(listed) == len(set(listed))
    # Every built page of the language, except the 290 municipality pages (one link to
    # their list page instead), the search page itself and the 404 page.
    municipalities = language_root(code) + MUNICIPALITY_SECTION
    expected = {urljoin(base_url, p) for p in pages_of(real_site, code)
                if not (p.startswith(municipalities) and p != municipalities)
                and not p.endswith(("sok/", "404.html"))}
    assert set(listed) == expected
    assert root + MUNICIPALITY_SECTION in listed
    context.close()
