"""A small search index per language, downloaded only when a reader searches.

Material's search plugin writes one index for every language and loads it on every page
view (~390 KiB gzip for 10 languages, design.md pitfall 3). We write
``<language root>/search/index.json`` with the title, summary and plain text of that
language's pages; ``overrides/assets/search.js`` fetches it from the search page only,
after the reader has typed a query.

Without JavaScript the search page lists every page of the language from A to Ö
(:meth:`SearchIndex.a_to_z`): the municipality pages are reached through their list page,
so the 290 of them do not bury the guides. Staff pages (``utskrift/``) are in that list
but never in the index a visitor searches.
"""

from __future__ import annotations

import json
import re
import unicodedata
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


#: Letters that the plain code-point order puts in the wrong place, per language: each is
#: sorted as the letter before it plus a mark that comes after every letter (so Swedish Å,
#: Ä, Ö come after Z; Ukrainian Є after Е; Persian پ after ب). Other scripts' code points
#: already follow their alphabets closely enough for a list of a few dozen titles.
_LAST = "\uffff"
_ALPHABET_FIXES = {
    "sv": {"å": "z" + _LAST, "ä": "z" + _LAST * 2, "ö": "z" + _LAST * 3},
    "fi": {"å": "z" + _LAST, "ä": "z" + _LAST * 2, "ö": "z" + _LAST * 3},
    "se": {"á": "a" + _LAST, "č": "c" + _LAST, "đ": "d" + _LAST, "ŋ": "n" + _LAST,
           "š": "s" + _LAST, "ŧ": "t" + _LAST, "ž": "z" + _LAST, "å": "z" + _LAST * 2,
           "ä": "z" + _LAST * 3, "ö": "z" + _LAST * 4},
    "uk": {"ґ": "г" + _LAST, "є": "е" + _LAST, "і": "и" + _LAST, "ї": "и" + _LAST * 2},
    "fa": {"پ": "ب" + _LAST, "چ": "ج" + _LAST, "ژ": "ز" + _LAST, "ک": "ك", "گ": "ك" + _LAST,
           "ی": "ي"},
}


def sort_key(title: str, lang: str) -> str:
    """A key that sorts titles in the alphabet of ``lang`` (case and other accents ignored)."""
    fixes = _ALPHABET_FIXES.get(lang, {})
    folded = unicodedata.normalize("NFC", title.casefold())
    kept = "".join(fixes.get(char, char) for char in folded)
    plain = unicodedata.normalize("NFD", kept)
    return "".join(c for c in plain if not unicodedata.combining(c)).strip()


@dataclass
class SearchIndex:
    """The entries of one language's build.

    ``searchable``: in the index visitors search (not the staff pages); ``listed``: in the
    A–Ö list of the search page (not the municipality pages, nor the search page itself).
    """

    lang: str
    entries: dict[str, dict] = field(default_factory=dict)
    unlisted: set[str] = field(default_factory=set)
    unsearchable: set[str] = field(default_factory=set)

    def add(self, url: str, title: str, summary: str, html: str, *,
            searchable: bool = True, listed: bool = True) -> None:
        self.entries[url] = {"u": url, "t": title, "s": summary,
                             "x": plain_text(html) if searchable else ""}
        (self.unlisted.add if not listed else self.unlisted.discard)(url)
        (self.unsearchable.add if not searchable else self.unsearchable.discard)(url)

    def a_to_z(self) -> list[dict]:
        """The listed pages (``u`` url, ``t`` title, ``s`` summary), sorted by title."""
        listed = [e for url, e in self.entries.items() if url not in self.unlisted]
        return sorted(listed, key=lambda e: (sort_key(e["t"], self.lang), e["u"]))

    def write(self, site_dir: Path, lang_root: str) -> Path:
        """Write the index under the language's root; returns the file written."""
        target = site_dir / lang_root / "search" / "index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        entries = [self.entries[url] for url in sorted(self.entries)
                   if url not in self.unsearchable]
        data = {"lang": self.lang, "pages": entries}
        target.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")),
                          encoding="utf-8")
        return target
