"""axe-core on every page in every language, desktop and 320 px (drawer closed and open),
plus the page's language and direction, sideways scrolling and the requests it makes."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from axe_playwright_python.base import AXE_SCRIPT

from .conftest import LANGUAGES, language_root, open_drawer, pages_of

pytestmark = pytest.mark.browser

RTL = {"ar", "fa"}
# every rule that axe runs by default, best-practice included
AXE_OPTIONS = "{resultTypes: ['violations']}"


def run_axe(page) -> list[dict]:
    page.evaluate(AXE_SCRIPT)
    result = page.evaluate(f"axe.run(document, {AXE_OPTIONS})")
    return [
        {"rule": v["id"], "impact": v["impact"], "help": v["help"],
         "targets": [n["target"] for n in v["nodes"]][:3]}
        for v in result["violations"]
    ]


class Watcher:
    """Records failed and third-party requests of a page view."""

    def __init__(self, page, host: str):
        self.failed: list[str] = []
        self.third_party: list[str] = []
        page.on("requestfailed", lambda r: self.failed.append(r.url))
        page.on("response", self._response)
        page.on("request", lambda r: self._request(r, host))

    def _response(self, response):
        if response.status >= 400 and not response.url.endswith("404.html"):
            self.failed.append(f"{response.status} {response.url}")

    def _request(self, request, host):
        netloc = urlparse(request.url).netloc
        if netloc and netloc != host:
            self.third_party.append(request.url)


@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_every_page_passes_axe_and_has_the_right_language(code, browser, base_url, real_site):
    host = urlparse(base_url).netloc
    problems: list[str] = []
    desktop = browser.new_page(viewport={"width": 1280, "height": 900})
    mobile = browser.new_page(viewport={"width": 320, "height": 640})
    watchers = [Watcher(desktop, host), Watcher(mobile, host)]
    for path in pages_of(real_site, code):
        url = base_url + path
        for page, label in ((desktop, "desktop"), (mobile, "320px")):
            page.goto(url)
            problems += [f"{path} {label}: {v}" for v in run_axe(page)]
            lang, direction = page.evaluate(
                "[document.documentElement.lang, document.documentElement.dir]")
            expected_dir = "rtl" if code in RTL else "ltr"
            if (lang, direction) != (code, expected_dir):
                problems.append(f"{path}: <html lang={lang} dir={direction}>")
        sideways = mobile.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")
        if sideways > 0:
            problems.append(f"{path} 320px: scrolls sideways by {sideways}px")
        button = mobile.locator("header label[for=__drawer]")
        if not mobile.locator(".md-sidebar--primary").count():  # the 404 page: no menu
            if button.count():
                problems.append(f"{path} 320px: a menu button that opens an empty menu")
        elif button.is_visible():
            open_drawer(mobile)
            problems += [f"{path} 320px drawer open: {v}" for v in run_axe(mobile)]
        else:
            problems.append(f"{path} 320px: no visible menu button")
    for watcher in watchers:
        problems += [f"failed request: {u}" for u in watcher.failed]
        problems += [f"third-party request: {u}" for u in watcher.third_party]
    desktop.close()
    mobile.close()
    assert not problems, "\n".join(problems[:40])


def test_pages_are_found_for_every_language(real_site):
    for lang in LANGUAGES:
        pages = pages_of(real_site, lang.code)
        assert language_root(lang.code) in pages and len(pages) >= 6, (lang.code, pages)
