""""Lyssna" (read aloud) in Chromium with a stubbed speech interface: the page's text in
the page's language is queued, pause, resume and stop work, the part being read is marked,
a device without a voice for the language is told so, and the code that reads is not
downloaded before the reader presses the button."""

import gzip
import json

import pytest

from .test_accessibility import run_axe

pytestmark = pytest.mark.browser

#: Replaces the browser's speechSynthesis with one that records what it is asked to do.
#: Chromium's own SpeechSynthesisUtterance refuses a voice that is not its own, so the
#: utterance is stubbed too. window.__speech.finish() ends the utterance being "spoken".
STUB = """
(voices) => {
  const log = { spoken: [], calls: [], current: null };
  const listeners = [];
  class Utterance {
    constructor(text) { this.text = text; this.lang = ""; this.voice = null; }
  }
  const synth = {
    getVoices: () => voices.map(v => ({ ...v, localService: true, default: false })),
    speak(u) { log.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name });
               log.current = u; },
    pause() { log.calls.push("pause"); },
    resume() { log.calls.push("resume"); },
    cancel() { log.calls.push("cancel"); },
    addEventListener(type, fn) { if (type === "voiceschanged") listeners.push(fn); },
  };
  Object.defineProperty(window, "speechSynthesis", { value: synth, configurable: true });
  window.SpeechSynthesisUtterance = Utterance;
  log.finish = () => { const u = log.current; log.current = null; u.onend && u.onend({}); };
  window.__speech = log;
}
"""

VOICES = [{"name": "Alva", "lang": "sv-SE"}, {"name": "Maged", "lang": "ar-SA"},
          {"name": "Daniel", "lang": "en-GB"}]


def _page(browser, voices):
    context = browser.new_context()
    context.add_init_script(f"({STUB})({json.dumps(voices)})")
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    return context, page, requests


def _spoken(page) -> list[dict]:
    return page.evaluate("window.__speech.spoken")


def _read_to_the_end(page) -> list[dict]:
    for _ in range(500):
        if page.evaluate("window.__speech.current === null"):
            return _spoken(page)
        page.evaluate("window.__speech.finish()")
    raise AssertionError("the reading never ended")


@pytest.mark.parametrize("path, lang, voice", [
    ("bankid/skaffa-bankid/", "sv", "Alva"),
    ("ar/bankid/skaffa-bankid/", "ar", "Maged"),
])
def test_listen_reads_the_page_text_in_its_language(browser, base_url, path, lang, voice):
    context, page, requests = _page(browser, VOICES)
    page.goto(base_url + path)
    play = page.locator(".hjalp-listen__play")
    play.wait_for(state="visible")
    assert not [u for u in requests if u.endswith("/listen.js")]  # not before the press
    play.click()
    page.wait_for_function("window.__speech.spoken.length > 0")
    assert [u for u in requests if u.endswith("/listen.js")]
    first = _spoken(page)[0]
    title = page.locator("article h1").inner_text().strip()
    assert first == {"text": title, "lang": lang, "voice": voice}
    assert page.locator(".hjalp-listen__current").inner_text().strip() == title
    assert page.locator(".hjalp-listen__status").inner_text() == page.locator(
        ".hjalp-listen__status").get_attribute("data-reading")

    spoken = _read_to_the_end(page)
    texts = " ".join(s["text"] for s in spoken)
    assert {s["lang"] for s in spoken} == {lang}
    # Every step and paragraph of the text is read; notices, print link, sources are not.
    steps = page.locator("article ol > li").evaluate_all(
        "items => items.map(li => li.textContent.replace(/\\s+/g, ' ').trim())")
    assert steps and all(step[:40] in texts for step in steps)
    for skipped in (".hjalp-print-link", ".hjalp-sources", ".hjalp-notice"):
        for text in page.locator(skipped).all_inner_texts():
            assert text.strip().split("\n")[0] not in texts, skipped
    assert page.locator(".hjalp-listen__current").count() == 0
    assert page.locator(".hjalp-listen__status").inner_text() == page.locator(
        ".hjalp-listen__status").get_attribute("data-done")
    context.close()


def test_pause_resume_and_stop(browser, base_url):
    context, page, _ = _page(browser, VOICES)
    page.goto(base_url + "bankid/skaffa-bankid/")
    play = page.locator(".hjalp-listen__play")
    stop = page.locator(".hjalp-listen__stop")
    status = page.locator(".hjalp-listen__status")
    play.click()
    page.wait_for_function("window.__speech.spoken.length === 1")
    page.evaluate("window.__speech.finish()")
    assert len(_spoken(page)) == 2
    second = page.locator(".hjalp-listen__current")  # marked, and scrolled into view
    assert _spoken(page)[1]["text"] in second.evaluate(
        "el => el.textContent.replace(/\\s+/g, ' ').trim()")
    page.wait_for_function("""() => { const r = document.querySelector(
        '.hjalp-listen__current').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight; }""")
    assert stop.is_visible()

    assert run_axe(page) == []  # the buttons, the status line and the marked step
    play.click()  # pause
    assert page.evaluate("window.__speech.calls").count("pause") == 1
    assert play.inner_text() == play.get_attribute("data-resume")
    assert status.inner_text() == status.get_attribute("data-paused")
    play.press("Enter")  # resume, from the keyboard
    assert page.evaluate("window.__speech.calls").count("resume") == 1
    assert play.inner_text() == play.get_attribute("data-pause")

    stop.click()
    assert page.evaluate("window.__speech.calls")[-1] == "cancel"
    assert page.locator(".hjalp-listen__current").count() == 0
    assert play.inner_text() == play.get_attribute("data-play")
    assert not stop.is_visible()
    assert page.evaluate("document.activeElement.className").endswith("hjalp-listen__play")
    page.evaluate("window.__speech.finish()")  # the cancelled utterance ends: nothing more
    assert len(_spoken(page)) == 2
    context.close()


def test_on_a_phone_the_buttons_stay_in_view_while_it_reads(browser, base_url):
    # The reading scrolls down the page; "Pausa" must not stay three screens up.
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    context.add_init_script(f"({STUB})({json.dumps(VOICES)})")
    page = context.new_page()
    page.goto(base_url + "ar/bankid/anvand-sakert/")
    play = page.locator(".hjalp-listen__play")
    play.tap()
    page.wait_for_function("window.__speech.spoken.length > 0")
    for _ in range(12):
        page.evaluate("window.__speech.finish()")
    page.wait_for_function("scrollY > innerHeight")  # it has scrolled to the part it reads
    header = page.locator("header.md-header").bounding_box()
    current = page.locator(".hjalp-listen__current").bounding_box()
    for button in (play, page.locator(".hjalp-listen__stop")):
        box = button.bounding_box()
        assert box["y"] >= header["y"] + header["height"] - 1, box  # not under the header
        assert box["y"] + box["height"] <= 740, box
        assert box["y"] + box["height"] <= current["y"], (box, current)  # nor over the text
    play.tap()  # pause, where the reader is
    assert page.evaluate("window.__speech.calls").count("pause") == 1
    page.locator(".hjalp-listen__stop").tap()
    # stopped: the box is back in its place, and focus on "Lyssna" brings it into view
    assert page.evaluate("getComputedStyle(document.querySelector('.hjalp-listen')).position")\
        == "static"
    box = play.bounding_box()
    assert 0 <= box["y"] and box["y"] + box["height"] <= 740, box
    context.close()


@pytest.mark.parametrize("voices", [[{"name": "Daniel", "lang": "en-GB"}], []])
def test_no_voice_for_the_language_is_said_honestly(browser, base_url, voices):
    context, page, requests = _page(browser, voices)
    page.goto(base_url + "ar/bankid/")
    status = page.locator(".hjalp-listen__status")
    status.wait_for(state="visible", timeout=5000)  # no voices at all: after 2 s
    assert status.inner_text() == status.get_attribute("data-novoice")
    assert "جهازك" in status.inner_text()  # in Arabic
    assert not page.locator(".hjalp-listen__play").is_visible()
    assert not [u for u in requests if u.endswith("/listen.js")]
    assert run_axe(page) == []
    context.close()


def test_without_javascript_there_is_no_listen_button(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(base_url + "bankid/")
    assert page.locator(".hjalp-listen").count() == 1
    assert not page.locator(".hjalp-listen").is_visible()
    context.close()


def test_only_guide_pages_offer_listen_and_the_loader_is_small(browser, base_url, real_site):
    assert len(gzip.compress((real_site / "assets" / "listen-loader.js").read_bytes())) <= 1024
    for path, expected in [("bankid/", 1), ("sok/", 0), ("utskrift/", 0),
                           ("hjalp/platser/malmo/", 0)]:
        html = (real_site / path / "index.html").read_text(encoding="utf-8")
        assert html.count('class="hjalp-listen"') == expected, path
        assert html.count("listen-loader.js") == expected, path
