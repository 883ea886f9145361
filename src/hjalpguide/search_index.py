"""A small search index per language, downloaded only when a reader searches.

Material's search plugin writes one index for every language and loads it on every page
view (~390 KiB gzip for 10 languages, design.md pitfall 3). We write
``<language root>/search/index.json`` with the title, summary and plain text of that
language's pages; ``overrides/assets/search.js`` fetches it from the search page only,
after the reader has typed a query.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

_SKIP = {"script", "style", "svg", "template", "noscript"}
_SPACE = re.compile(r"\s+")


class _TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self._skipping += 1

    def handle_endtag(self, tag):
        if tag in _SKIP and self._skipping:
            self._skipping -= 1

    def handle_data(self, data):
        if not self._skipping:
            self.parts.append(data)


def plain_text(html: str) -> str:
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    return _SPACE.sub(" ", " ".join(parser.parts)).strip()


@dataclass
class SearchIndex:
    """The entries of one language's build."""

    lang: str
    entries: dict[str, dict] = field(default_factory=dict)

    def add(self, url: str, title: str, summary: str, html: str) -> None:
        self.entries[url] = {"u": url, "t": title, "s": summary, "x": plain_text(html)}

    def write(self, site_dir: Path, lang_root: str) -> Path:
        """Write the index under the language's root; returns the file written."""
        target = site_dir / lang_root / "search" / "index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        entries = [self.entries[url] for url in sorted(self.entries)]
        data = {"lang": self.lang, "pages": entries}
        target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
        return target
