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


#: the two views of every page: the desktop, and a 320 px phone (there also with the menu
#: open). Two tests per language, not one, so that the two workers of a run share the
#: longest tests evenly at its end; a failure names the language and the view.
VIEWS = {"desktop": {"width": 1280, "height": 900}, "320px": {"width": 320, "height": 640}}
#: The phone view asks for reduced motion, as a reader may: the menu is then open at once,
#: not after its slide, and axe checks the same open menu (the slide was about a third of
#: this test's time, spent waiting). The desktop view keeps the default.
MOTION = {"desktop": "no-preference", "320px": "reduce"}


@pytest.mark.parametrize("view", list(VIEWS))
@pytest.mark.parametrize("code", [lang.code for lang in LANGUAGES])
def test_every_page_passes_axe_and_has_the_right_language(code, view, browser, base_url,
                                                          real_site):
    host = urlparse(base_url).netloc
    problems: list[str] = []
    page = browser.new_page(viewport=VIEWS[view], reduced_motion=MOTION[view])
    watcher = Watcher(page, host)
    expected_dir = "rtl" if code in RTL else "ltr"
    for path in pages_of(real_site, code):
        page.goto(base_url + path)
        problems += [f"{path} {view}: {v}" for v in run_axe(page)]
        lang, direction = page.evaluate(
            "[document.documentElement.lang, document.documentElement.dir]")
        if (lang, direction) != (code, expected_dir):
            problems.append(f"{path}: <html lang={lang} dir={direction}>")
        if view == "320px":
            problems += _phone_problems(page, path)
    problems += [f"failed request: {u}" for u in watcher.failed]
    problems += [f"third-party request: {u}" for u in watcher.third_party]
    page.close()
    assert not problems, "\n".join(problems[:40])


def _phone_problems(page, path: str) -> list[str]:
    """At 320 px: no sideways scrolling, and a menu button that opens a menu without
    axe violations (the 404 page has neither menu nor button)."""
    problems = []
    sideways = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth")
    if sideways > 0:
        problems.append(f"{path} 320px: scrolls sideways by {sideways}px")
    button = page.locator("header label[for=__drawer]")
    if not page.locator(".md-sidebar--primary").count():
        if button.count():
            problems.append(f"{path} 320px: a menu button that opens an empty menu")
    elif button.is_visible():
        open_drawer(page)
        problems += [f"{path} 320px drawer open: {v}" for v in run_axe(page)]
    else:
        problems.append(f"{path} 320px: no visible menu button")
    return problems


def test_pages_are_found_for_every_language(real_site):
    for lang in LANGUAGES:
        pages = pages_of(real_site, lang.code)
        assert language_root(lang.code) in pages and len(pages) >= 6, (lang.code, pages)
