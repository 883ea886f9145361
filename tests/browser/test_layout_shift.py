"""Nothing on the page jumps when a script shows its part ("Lyssna", the finder of "Hjälp
nära dig", the staff page's find box). On a slow phone the page is painted before the script
has run; the part then appeared and pushed the text down (Lighthouse: layout shift 0.07 on the
start page, 0.12 on the municipality list). Here each script is held back until the page has
been painted, so the shift happens, if it can, while the browser records layout shifts."""

import json

import pytest

from .test_listen import STUB, VOICES

pytestmark = pytest.mark.browser

#: Records every layout shift, with what moved and how far.
RECORD = """
window.__shifts = [];
new PerformanceObserver(list => { for (const e of list.getEntries()) window.__shifts.push({
  value: e.value, moved: e.sources.map(s => s.node && s.node.nodeName + "." + s.node.className
    + " " + Math.round(s.currentRect.y - s.previousRect.y) + " px") }); })
  .observe({ type: "layout-shift", buffered: true });
"""

#: The page, the script that shows a part of it (a glob: the finder's name carries its
#: fingerprint), and that part.
PARTS = [
    ("", "listen-loader.js", ".hjalp-listen"),
    ("ar/", "listen-loader.js", ".hjalp-listen"),
    ("bankid/skaffa-bankid/", "listen-loader.js", ".hjalp-listen"),
    ("hjalp/platser/", "finder.*.js", ".hjalp-finder"),
    ("ar/hjalp/platser/", "finder.*.js", ".hjalp-finder"),
    ("utskrift/", "staff-find.js", ".hjalp-staff-find"),
]


@pytest.mark.parametrize("path, script, part", PARTS)
def test_nothing_moves_when_a_script_shows_its_part(browser, base_url, path, script, part):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    context.add_init_script(f"({STUB})({json.dumps(VOICES)})")
    context.add_init_script(RECORD)
    page = context.new_page()
    held: list = []

    # The script is answered only once the page has been painted without it (a deferred
    # script also holds back DOMContentLoaded, so the page is opened at "commit").
    page.route(f"**/{script}", lambda route: held.append(route))
    page.goto(base_url + path, wait_until="commit")
    page.wait_for_function("performance.getEntriesByType('paint').length > 0")
    assert page.locator(part).is_hidden(), "the part is shown before its script has run"
    for _ in range(50):
        if held:
            break
        page.wait_for_timeout(20)
    assert held, f"{script} was never asked for"
    # Shifts before the script runs are not its part's (on a busy machine the header can
    # still settle then): count them, after two frames so their entries are queued.
    before = page.evaluate("new Promise(done => requestAnimationFrame(() => "
                           "requestAnimationFrame(() => done(window.__shifts.length))))")
    held[0].continue_()
    page.locator(part).wait_for(state="visible")
    page.wait_for_timeout(300)  # layout shift entries are queued after the frame
    shifts = page.evaluate("window.__shifts")[before:]
    assert shifts == [], f"{path}: text moved when {part} appeared: {shifts}"
    context.close()
