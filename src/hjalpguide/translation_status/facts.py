"""The facts a translation must repeat exactly: numbers, phone numbers, dates, e-mail addresses.

"Ring 0771-524 524", "inom 3 veckor", "400 kr", "2026-11-22" stay the same in every language.
We collect every run of digits (in any script's digits: ٣ and ۳ count as 3), joining digit
groups that are separated by one space, dash, dot, comma or colon — so "0771-524 524",
"0771 524 524" and "0771‑524524" are the same number — and every e-mail address, and compare
them as sets. A number written with spaces on one side ("0771 524 524") also matches its
groups written apart on the other ("2020" … "17" ⇄ "2020 17"), so word order between
languages does not matter; a changed digit always shows. Link targets, attribute lists
``{ width="96" }`` and HTML comments are left out (links are compared as structure).
Words for numbers ("fem") are not seen.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from hjalpguide.translation_status.structure import body_lines

# One space (also no-break and thin), dash (hyphen, non-breaking hyphen, en/em dash), dot,
# comma or colon between two digit groups joins them into one number.
_JOIN = "[ \u00a0\u202f\u2009\\-\u2010\u2011\u2012\u2013\u2014.,:\u066b\u066c\u060c]"
_NUMBER = re.compile(rf"\d+(?:{_JOIN}\d+)*")
_WORTH_READING = re.compile(r"[\d@]")
_SPACE = re.compile("[ \u00a0\u202f\u2009]")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINK_TARGET = re.compile(r"\]\([^)]*\)")
_URL = re.compile(r"<?(?:https?|mailto):[^\s>)]+>?")
_ATTRS = re.compile(r"\{[^{}\n]*\}")
_COMMENT = re.compile(r"<!--.*?-->")
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]^]+\]:.*$")
_STEP_NUMBER = re.compile(r"^(\s*)\d+[.)](\s)")


@dataclass(frozen=True)
class Fact:
    key: str  # what is compared: the digits, or the e-mail address in lower case
    shown: str  # as written on the page
    line: int
    parts: tuple[str, ...] = ()  # the digits of each group separated by a space

    def found_in(self, keys: set[str], parts: set[str]) -> bool:
        own = self.parts or (self.key,)
        return self.key in keys or self.key in parts or set(own) <= parts


def facts_of(text: str, extra: dict[int, str] | None = None) -> list[Fact]:
    """Every number and e-mail address on a page (``text``: the whole file).

    ``extra`` adds lines from the front matter that readers see, e.g. {3: summary text}.
    """
    found: list[Fact] = []
    lines = list((extra or {}).items()) + body_lines(text)
    for number, line in lines:
        if not _WORTH_READING.search(line):
            continue  # most lines hold neither a digit nor an @: skip the clean-up
        line = visible_text(line)
        for email in _EMAIL.finditer(line):
            found.append(Fact(email.group(0).lower(), email.group(0), number))
        line = _EMAIL.sub(" ", line)
        for match in _NUMBER.finditer(line):
            shown = match.group(0)
            parts = tuple(_digits(part) for part in _SPACE.split(shown))
            found.append(Fact("".join(parts), shown, number, parts))
    return found


def _digits(text: str) -> str:
    return "".join(str(unicodedata.digit(c)) for c in text if c.isdigit())


def visible_text(line: str) -> str:
    """A line as a reader sees it: without comments, link targets, addresses and {attrs}."""
    line = _COMMENT.sub(" ", line)
    line = _REFERENCE.sub(" ", line)
    line = _LINK_TARGET.sub("]", line)
    line = _URL.sub(" ", line)
    line = _ATTRS.sub(" ", line)
    return _STEP_NUMBER.sub(r"\1\2", line)


@dataclass(frozen=True)
class FactDifference:
    fact: Fact
    in_source: bool  # True: the Swedish has it and the translation does not


def compare(source: list[Fact], translated: list[Fact]) -> list[FactDifference]:
    """Facts that are only on one side, first those missing from the translation."""
    ours = {f.key: f for f in reversed(source)}  # first occurrence wins
    theirs = {f.key: f for f in reversed(translated)}
    our_parts = {p for f in source for p in (f.parts or (f.key,))}
    their_parts = {p for f in translated for p in (f.parts or (f.key,))}
    missing = [FactDifference(f, True) for f in ours.values()
               if not f.found_in(set(theirs), their_parts)]
    extra = [FactDifference(f, False) for f in theirs.values()
             if not f.found_in(set(ours), our_parts)]
    return sorted(missing, key=lambda d: d.fact.line) + sorted(extra, key=lambda d: d.fact.line)
