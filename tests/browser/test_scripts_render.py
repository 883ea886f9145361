"""Tigrinya (Ge'ez script) renders as letters, not as empty boxes (design.md, pitfall 11).

Chromium draws a character that no installed font covers as the font's ".notdef" glyph —
an empty box — or as nothing. Two checks, on the Tigrinya pages:

- every Ge'ez character on every Tigrinya page, drawn on a canvas in the font its element
  uses, must look different from an unassigned Ethiopic code point (U+137D, always a box)
  and must not be blank;
- a screenshot of the first Ge'ez paragraph of the start page must differ from a
  screenshot of the same paragraph with its Ge'ez letters replaced by U+137E (a box).

Controls, so the test can fail: a Chromium that only knows DejaVu fonts (no Ge'ez; its own
fontconfig file) reports the Tigrinya letters as boxes and gives equal screenshots.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import CHROMIUM, CHROMIUM_ARGS

from .conftest import pages_of

pytestmark = pytest.mark.browser

TIGRINYA = "ti"
ETHIOPIC = r"[\u1200-\u139F\u2D80-\u2DDF\uAB00-\uAB2F]"
LATIN_ONLY_FONTS = Path("/usr/share/fonts/truetype/dejavu")

# For the open page: {checked: (font, character) pairs drawn, boxes: [those drawn as boxes]}.
FIND_BOXES = """(pattern) => {
  const ethiopic = new RegExp(pattern, "u");
  const fonts = new Map();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const element = walker.currentNode.parentElement;
    const chars = [...walker.currentNode.nodeValue].filter((c) => ethiopic.test(c));
    if (!element || !chars.length) continue;
    const style = getComputedStyle(element);
    const font = `${style.fontStyle} ${style.fontWeight} 32px ${style.fontFamily}`;
    if (!fonts.has(font)) fonts.set(font, new Set());
    chars.forEach((c) => fonts.get(font).add(c));
  }
  const canvas = document.createElement("canvas");
  canvas.width = 96; canvas.height = 64;
  const ctx = canvas.getContext("2d", {willReadFrequently: true});
  const draw = (font, text) => {
    ctx.clearRect(0, 0, 96, 64);
    ctx.font = font; ctx.fillStyle = "#000"; ctx.textBaseline = "middle";
    ctx.fillText(text, 16, 32);
    return ctx.getImageData(0, 0, 96, 64).data;
  };
  const same = (a, b) => a.every((value, i) => value === b[i]);
  const blank = (a) => a.every((value, i) => i % 4 !== 3 || value === 0);
  let checked = 0;
  const boxes = [];
  for (const [font, chars] of fonts) {
    const notdef = draw(font, "\\u137d");
    for (const c of chars) {
      checked += 1;
      const image = draw(font, c);
      if (blank(image) || same(image, notdef)) {
        boxes.push(`U+${c.codePointAt(0).toString(16).toUpperCase()} (${font})`);
      }
    }
  }
  return {checked, boxes};
}"""

# Replaces the Ge'ez letters inside an element by U+137E (drawn as a box), keeping the rest.
AS_BOXES = """(element, pattern) => {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) nodes.push(walker.currentNode);
  nodes.forEach((n) => { n.nodeValue = n.nodeValue.replace(new RegExp(pattern, "gu"),
                                                           "\\u137e"); });
}"""


def boxes_on(page, url: str) -> dict:
    page.goto(url)
    return page.evaluate(FIND_BOXES, ETHIOPIC)


def screenshots_of_geez_and_boxes(page, url: str) -> tuple[bytes, bytes]:
    page.goto(url)
    paragraph = page.locator("main p").filter(has_text=re.compile(ETHIOPIC)).first
    letters = paragraph.screenshot()
    paragraph.evaluate(AS_BOXES, ETHIOPIC)
    return letters, paragraph.screenshot()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 800, "height": 900})
    yield context.new_page()
    context.close()


@pytest.fixture
def page_without_geez_fonts(browser, tmp_path):
    """A second Chromium whose fontconfig knows only DejaVu: Ge'ez has no font there."""
    assert LATIN_ONLY_FONTS.is_dir(), f"{LATIN_ONLY_FONTS} saknas (Debian: fonts-dejavu-core)"
    config = tmp_path / "fonts.conf"
    config.write_text(f"""<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>{LATIN_ONLY_FONTS}</dir><cachedir>{tmp_path / "cache"}</cachedir></fontconfig>
""", encoding="utf-8")
    latin_only = browser.browser_type.launch(
        executable_path=CHROMIUM, args=CHROMIUM_ARGS,
        env={"FONTCONFIG_FILE": str(config), "HOME": str(tmp_path)})
    yield latin_only.new_context(viewport={"width": 800, "height": 900}).new_page()
    latin_only.close()


def test_every_tigrinya_page_draws_geez_letters_not_boxes(page, base_url, real_site):
    failures, checked = [], 0
    for path in pages_of(real_site, TIGRINYA):
        result = boxes_on(page, base_url + path)
        checked += result["checked"]
        failures += [f"{path}: {box}" for box in result["boxes"]]
    assert checked > 50, "no Ge'ez text found on the Tigrinya pages"
    assert not failures, "Ge'ez letters drawn as empty boxes:\n" + "\n".join(failures[:20])


def test_screenshot_of_geez_text_differs_from_boxes(page, base_url):
    letters, boxes = screenshots_of_geez_and_boxes(page, base_url + f"{TIGRINYA}/")
    assert letters != boxes, "the Ge'ez paragraph looks the same as a row of empty boxes"


def test_both_checks_fail_without_a_geez_font(page_without_geez_fonts, base_url):
    url = base_url + f"{TIGRINYA}/"
    result = boxes_on(page_without_geez_fonts, url)
    assert result["checked"] > 20 and len(result["boxes"]) == result["checked"]
    letters, boxes = screenshots_of_geez_and_boxes(page_without_geez_fonts, url)
    assert letters == boxes
