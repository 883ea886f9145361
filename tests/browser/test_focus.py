"""Every focus ring is visible: contrast ≥ 3:1 against the colour around it (WCAG 2.1,
1.4.11), computed in Chromium for every control a keyboard reaches, Tab by Tab: skip
links, header, menu, links in text, buttons, tel: buttons, fields, footer, and the
language list opened."""

from __future__ import annotations

import pytest

from .conftest import language_root

pytestmark = pytest.mark.browser

WIDTHS = {"desktop": (1280, 900), "phone": (360, 700)}
PAGES = ["", "bankid/skaffa-bankid/", "sok/", "hjalp/platser/sundsvall/", "hjalp/", "utskrift/",
         "ordlista/", "404.html"]

# The focused element's ring: its colour and width, and the colours beside it, outside and
# inside (at each point the first element there that is not the focused element's child,
# up to its first opaque background; the page is white).
RING = """(() => {
  const e = document.activeElement;
  if (!e || e === document.body) return null;
  const style = getComputedStyle(e);
  const width = parseFloat(style.outlineWidth) || 0;
  const offset = parseFloat(style.outlineOffset) || 0;
  const r = e.getBoundingClientRect();
  // just outside the ring, and just inside it (the gap, or the element itself when the
  // ring is drawn inside it)
  const out = offset + width + 0.5, inn = offset - 0.5;
  const points = [];
  for (const d of [out, inn]) {
    points.push([r.left - d, r.top + r.height / 2], [r.right + d, r.top + r.height / 2],
                [r.left + r.width / 2, r.top - d], [r.left + r.width / 2, r.bottom + d]);
  }
  const inside = ([x, y]) => x >= 1 && y >= 1 && x < innerWidth - 1 && y < innerHeight - 1;
  const around = [];
  for (const point of points.filter(inside)) {
    let under = document.elementsFromPoint(point[0], point[1])
      .find(n => n === e || !e.contains(n));
    let colour = 'rgb(255, 255, 255)';
    for (; under; under = under.parentElement) {
      const bg = getComputedStyle(under).backgroundColor;
      const alpha = bg.startsWith('rgba') ? parseFloat(bg.split(',')[3]) : 1;
      if (alpha > 0.5) { colour = bg; break; }
    }
    around.push(colour + ' at ' + point.map(Math.round).join(','));
  }
  const name = e.tagName.toLowerCase() + (e.className && typeof e.className === 'string'
    ? '.' + e.className.trim().split(/\\s+/)[0] : '') + ' "' +
    (e.textContent || e.value || '').trim().slice(0, 30) + '" ' + (e.getAttribute('href') || '');
  return {name, style: style.outlineStyle, width, colour: style.outlineColor, around};
})()"""


def luminance(colour: str) -> float:
    values = colour[colour.index("(") + 1: colour.index(")")].replace("/", ",").split(",")
    channels = [float(v) / 255 for v in values[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def weak_rings(page, presses: int = 60) -> tuple[list[str], int]:
    """Tab through the page; the rings under 3:1 (or thinner than 2 px) and how many
    controls were checked."""
    weak, seen = [], set()
    for _ in range(presses):
        page.keyboard.press("Tab")
        ring = page.evaluate(RING)
        if ring is None or ring["name"] in seen:
            continue
        seen.add(ring["name"])
        if ring["style"] == "none" or ring["width"] < 2:
            weak.append(f"{ring['name']}: no ring ({ring['style']} {ring['width']}px)")
            continue
        worst = min((contrast(ring["colour"], bg.split(" at ")[0]) for bg in ring["around"]),
                    default=21)
        if worst < 3:
            weak.append(f"{ring['name']}: {worst:.2f}:1 ({ring['colour']} on {ring['around']})")
    return weak, len(seen)


def test_contrast_is_computed_right():
    assert round(contrast("rgb(255, 191, 71)", "rgb(255, 255, 255)"), 2) == 1.64  # the old ring
    assert round(contrast("rgb(0, 0, 0)", "rgba(255, 255, 255, 1)"), 1) == 21.0


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("code", ["sv", "ar"])
def test_every_focus_ring_has_3_to_1_contrast(code, width, browser, base_url):
    w, h = WIDTHS[width]
    page = browser.new_page(viewport={"width": w, "height": h})
    problems, checked = [], 0
    for path in PAGES:
        page.goto(base_url + language_root(code) + path)
        weak, count = weak_rings(page)
        checked += count
        problems += [f"{path}: {line}" for line in weak]
        # the language list, opened: its links are on white inside the blue header
        page.goto(base_url + language_root(code) + path)
        page.locator("summary.hjalp-lang__button").click()
        page.locator("summary.hjalp-lang__button").focus()
        weak, count = weak_rings(page, presses=9)
        checked += count
        problems += [f"{path} (language list open): {line}" for line in weak]
    page.close()
    assert checked > 100
    assert not problems, f"{width}: focus rings under 3:1:\n" + "\n".join(sorted(set(problems)))
