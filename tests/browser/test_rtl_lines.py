"""Right-to-left text on a 360 px phone: a Swedish word and a date are never split over
two lines. Split, the browser shows the pieces in an order an Arabic reader cannot
follow ("(-e" at one line's end and "legitimation)" on the next; "-2026" and "12-05").

Control: the same page with the rule that keeps them whole switched off must split at
least one of them, so the test can fail."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

PHONE = {"width": 360, "height": 740}
#: Arabic pages where an Arabic phone showed a Swedish word split over two lines.
PAGES = ["ar/bankid/", "ar/blanketter/overklaga/", "ar/hjalp/platser/borlange/"]

#: Every Swedish word (span lang=sv) and every number kept whole (hjalp-num) whose
#: pieces lie on more than one line.
SPLIT = """() => [...document.querySelectorAll(
    'article span[lang="sv"], .hjalp-num')].filter(el => {
  const tops = new Set([...el.getClientRects()].map(r => Math.round(r.top)));
  return tops.size > 1;
}).map(el => el.textContent)"""

UNDO = """() => { const s = document.createElement('style');
  s.textContent = '[dir] .md-typeset span[lang="sv"], .hjalp-num '
    + '{ white-space: normal !important }';
  document.head.append(s); }"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                  has_touch=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.mark.parametrize("path", PAGES)
def test_swedish_words_and_numbers_stay_on_one_line_in_arabic(phone, base_url, path):
    phone.goto(base_url + path)
    assert phone.locator('article span[lang="sv"]').count() > 0
    assert phone.evaluate(SPLIT) == []


def test_the_control_splits_a_word_without_the_rule(phone, base_url):
    splits = []
    for path in PAGES:
        phone.goto(base_url + path)
        phone.evaluate(UNDO)
        splits += phone.evaluate(SPLIT)
    assert splits, "nothing would split: the pages no longer test the rule"
