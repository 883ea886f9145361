"""Every kind of page, served by nginx with deploy/nginx/hjalpguiden.conf, in Chromium: no
Content-Security-Policy violation (the console's "Refused to …" and the page's
``securitypolicyviolation`` events), no script error, no failed request, and the scripts
the site has (finder, search, staff find box) do their work under the policy."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.deploy]

#: Runs before any page script (Playwright's init scripts are not subject to the page's CSP).
LISTEN = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__violations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline")
    + " at " + (e.sourceFile || location.pathname) + ":" + e.lineNumber);
});
"""
PAGES = [
    "/", "/bankid/skaffa-bankid/", "/hjalp/platser/", "/hjalp/platser/sundsvall/",
    "/utskrift/", "/sok/?q=bankid", "/finns-inte/",
    "/ar/", "/ar/bankid/skaffa-bankid/", "/ar/hjalp/platser/", "/ar/hjalp/platser/sundsvall/",
    "/ar/utskrift/", "/ar/sok/?q=BankID", "/ar/finns-inte/",
]


@pytest.fixture
def visit(browser, nginx_url):
    """visit(path) -> (page, problems): the page after load, and every violation, console
    refusal, script error and failed request seen so far (call problems() after acting)."""
    context = browser.new_context()
    context.add_init_script(LISTEN)
    pages = []

    def open_page(path: str):
        page = context.new_page()
        seen: list[str] = []
        page.on("console", lambda m: seen.append(f"console {m.type}: {m.text}")
                if _is_problem(m.text) else None)
        page.on("pageerror", lambda e: seen.append(f"script error: {e}"))
        page.on("requestfailed", lambda r: seen.append(f"failed: {r.url} {r.failure}"))
        page.goto(nginx_url + path, wait_until="networkidle")
        pages.append(page)

        def problems() -> list[str]:
            page.wait_for_timeout(150)  # violation events are reported asynchronously
            return seen + [f"violation: {v}" for v in page.evaluate("window.__violations")]
        return page, problems

    yield open_page
    context.close()


def _is_problem(text: str) -> bool:
    return any(word in text for word in ("Refused to", "Content Security Policy",
                                         "Permissions-Policy"))


@pytest.mark.parametrize("path", PAGES)
def test_page_has_no_policy_violation(visit, path):
    page, problems = visit(path)
    assert page.locator("main, article, h1").count() > 0, path
    found = problems()
    assert not found, f"{path}:\n" + "\n".join(found)


def test_the_check_sees_violations(visit):
    """A page with an inline script and an inline style (deploy-prov/, added to the served
    copy only): both are refused and both are reported, so the test above can fail."""
    page, problems = visit("/deploy-prov/")
    found = problems()
    assert page.title() == "Bryter mot policyn"  # the inline script did not run
    assert any(p.startswith("violation: script-src") for p in found), found
    assert any(p.startswith("violation: style-src") for p in found), found
    assert any(p.startswith("console") for p in found), found


@pytest.mark.parametrize("root", ["", "/ar"])
def test_finder_works_under_the_policy(visit, root):
    page, problems = visit(f"{root}/hjalp/platser/")
    finder = page.locator("#hjalp-finder")
    assert finder.is_visible()  # hidden until its script runs
    page.fill("#hjalp-finder-q", "Sundsvall")
    assert page.locator(".hjalp-finder__results a").first.inner_text() == "Sundsvall"
    page.fill("#hjalp-finder-q", "85231")  # a postal code: the finder fetches postnummer.json
    page.locator(".hjalp-finder__status", has_text="Sundsvall").wait_for(timeout=5000)
    found = problems()
    assert not found, "\n".join(found)


@pytest.mark.parametrize("path", ["/sok/?q=bankid", "/ar/sok/?q=BankID"])
def test_search_works_under_the_policy(visit, path):
    page, problems = visit(path)
    page.locator("#hjalp-search-results li").first.wait_for(timeout=5000)
    assert page.locator("#hjalp-search-results li").count() > 0
    found = problems()
    assert not found, "\n".join(found)


def test_staff_find_box_works_under_the_policy(visit):
    page, problems = visit("/utskrift/")
    box = page.locator(".hjalp-staff-find")
    assert box.is_visible()  # hidden until its script runs
    box.locator("input").fill("bankid")
    assert box.locator("[role=status]").inner_text().strip()
    found = problems()
    assert not found, "\n".join(found)
