"""No page of the built site holds what a strict Content-Security-Policy refuses: inline
script, inline style (``<style>`` or ``style=``), event-handler attributes (``onclick=``) or
``javascript:`` links. The browser test visits one page of each kind; this reads them all,
so a script someone adds inline to any one page is named here with its file and line."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

#: Data, not script: the browser never runs these, and the policy does not apply to them.
DATA_SCRIPTS = {"application/ld+json", "application/json"}


class InlineCode(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        line = self.getpos()[0]
        values = dict(attrs)
        if tag == "script" and not values.get("src") and values.get("type") not in DATA_SCRIPTS:
            self.found.append((line, "inline <script> (move it to a file under overrides/assets/)"))
        if tag == "style":
            self.found.append((line, "<style> element (move the rules to hjalp.css)"))
        for name, value in attrs:
            if name == "style":
                self.found.append((line, f'style="{value}" (use a class in hjalp.css)'))
            elif name.startswith("on"):
                self.found.append((line, f"{name}= handler (add the listener in a script file)"))
            elif name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                    "javascript:"):
                self.found.append((line, f"{name}=javascript: link"))


def inline_code(html: str) -> list[tuple[int, str]]:
    parser = InlineCode()
    parser.feed(html)
    return parser.found


def test_the_reader_finds_each_kind():
    html = ('<p style="x">a</p>\n<script>alert(1)</script>\n<a onclick="f()">b</a>\n'
            '<script type="application/ld+json">{}</script><script src="a.js"></script>\n'
            '<style>p{}</style><a href=" JavaScript:alert(1)">c</a>')
    assert [line for line, _ in inline_code(html)] == [1, 2, 3, 5, 5]


@pytest.mark.deploy
def test_no_page_has_inline_code(hosted_site: Path):
    problems = []
    pages = [p for p in sorted(hosted_site.rglob("*.html")) if "deploy-prov" not in p.parts]
    assert len(pages) > 50
    for page in pages:
        for line, what in inline_code(page.read_text(encoding="utf-8")):
            problems.append(f"{page.relative_to(hosted_site)}:{line}: {what}")
    assert not problems, "\n".join(problems)
