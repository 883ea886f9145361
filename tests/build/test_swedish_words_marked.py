"""On the real site's Arabic and Ukrainian pages, every Swedish word of the glossary and
every agency name in the text is inside an element with lang="sv" (WCAG 3.1.2), and the
sources' titles (Swedish) are too. Read with the standard library's HTML parser, apart
from the plugin's own code (hjalpguide.swedish_words)."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from hjalpguide import glossary
from hjalpguide.swedish_words import load_names

pytestmark = pytest.mark.build

ROOT = Path(__file__).resolve().parents[2]
AGENCIES = ["Försäkringskassan", "Skatteverket", "Pensionsmyndigheten", "Arbetsförmedlingen",
            "Migrationsverket", "Kronofogden", "Polisen", "Statens servicecenter"]
VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
MUNICIPALITIES = {"sundsvall", "malmo", "vaxholm"}


def swedish_words() -> re.Pattern:
    forms = [form for term in glossary.load("sv", ROOT).values() for form in term.forms
             if not form.isupper()]
    # and the product names (Mobilt BankID), read from their file
    words = sorted(set(forms + AGENCIES + load_names(ROOT)), key=len, reverse=True)
    # not inside an e-mail or web address (info@skatteverket.se, polisen.se, /blanketter/):
    # there it is part of the address, not a word to read in Swedish
    return re.compile(r"(?<![\w\-@./])(?:" + "|".join(map(re.escape, words))
                      + r")(?![\w\-@]|\.\w)", re.I)


class Text(HTMLParser):
    """The text of <article>, each piece with the language of the element it is in."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.pieces: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        tags = [tag for tag, _ in self.stack]
        if "article" not in tags or {"script", "style", "code"} & set(tags):
            return
        lang = next((lang for _, lang in reversed(self.stack) if lang), "")
        self.pieces.append((lang, data))


def pages(site: Path, code: str) -> list[Path]:
    found = []
    for path in sorted((site / code).rglob("index.html")):
        parts = path.relative_to(site / code).parts
        if parts[:2] == ("hjalp", "platser") and len(parts) == 4 \
                and parts[2] not in MUNICIPALITIES:
            continue
        found.append(path)
    return found


@pytest.mark.parametrize("code", ["ar", "uk"])
def test_swedish_words_inside_other_languages_are_marked(code, real_site):
    find = swedish_words()
    unmarked, marked = [], 0
    for path in pages(real_site, code):
        parser = Text()
        parser.feed(path.read_text(encoding="utf-8"))
        for lang, text in parser.pieces:
            for match in find.finditer(text):
                if lang == "sv":
                    marked += 1
                else:
                    unmarked.append(f"{path.relative_to(real_site)}: '{match.group(0)}' "
                                    f"in lang={lang or code}: …{text.strip()[:60]}…")
    assert marked > 50, "the test found hardly any Swedish words: is it reading the pages?"
    assert not unmarked, "Swedish without lang=\"sv\":\n" + "\n".join(unmarked[:30])


@pytest.mark.parametrize("code", ["ar", "uk"])
def test_the_sources_swedish_titles_are_marked(code, real_site):
    page = (real_site / code / "blanketter" / "overklaga" / "index.html").read_text("utf-8")
    sources = page[page.index('id="hjalp-kallor"'):]
    titles = re.findall(r'<li><a href="https?://[^"]+"([^>]*)>', sources)
    assert titles and all('lang="sv"' in attrs for attrs in titles), titles
