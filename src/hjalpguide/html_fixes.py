"""Small fixes to the HTML that MkDocs and Material write, for accessibility.

Each fix is a pure function on a string, so it is tested without a build.
"""

from __future__ import annotations

import re

_HTML_TAG = re.compile(r"<html\b[^>]*>", re.I)
_TAG = re.compile(r"(<[^>]+>)")
# Digit groups joined by spaces or dashes: phone numbers (0771-524 524, 114 14), dates
# (2026-11-22) and ranges (9–15, which Arabic text would show as 15–9); and a web address
# that starts with digits (1177.se, which Arabic text would show as se.1177). Not inside
# a word, a longer address (www.1177.se) or number.
# Not part of a time either (08:00–16:30: the hours are marked by their own templates).
_NUMBER = re.compile(r"(?<![\w./+\-\u2013])(?<!\d:)(\+?\d+(?:[ \u00a0\-\u2013]\d+)*"
                     r"(?:\.[^\W\d_]{2,})?)(?![\w\-\u2013]|\.\w|:\d)")
_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
_SKIP = {"a", "code", "pre", "script", "style", "svg", "time", "bdi", "textarea", "title"}
_BARE_TABLE = re.compile(r"<table>")
# A Swedish postal address written on one line: parts joined by ", " (a part is Latin
# words or numbers, or one glossary <abbr> around them) ending in postcode and town
# ("Försäkringskassan, FE 179, 839 88 Östersund"; "…, Box 304, 301 08 Halmstad").
_LATIN = "A-Za-z0-9ÅÄÖåäöÉé_"
_WORDS = rf"[A-ZÅÄÖÉ0-9][{_LATIN}]*(?: [{_LATIN}]+)*"
_PART = rf"(?:<abbr\b[^>]*>{_WORDS}</abbr>|{_WORDS})"
_ADDRESS = re.compile(rf"(?<![\w\-])((?:{_PART}, )+\d{{3}} \d{{2}} [A-ZÅÄÖ][a-zåäö]+)(?!\w)")


# A list none of whose items holds another list: (ul|ol), its attributes, its items.
_LIST = re.compile(r"<(ul|ol)((?:\s(?![^>]*\bclass=)[^>]*)?)>((?:(?!<(?:ul|ol)[\s>]).)*?)</\1>",
                   re.S)
_ITEM = re.compile(r"\s*<li>(.*?)</li>\s*", re.S)


def set_html_dir(output: str, direction: str) -> str:
    """Material puts ``dir`` on <body> only; screen readers and CSS want it on <html>."""
    def replace(match: re.Match) -> str:
        tag = re.sub(r'\sdir="[^"]*"', "", match.group(0))
        return tag[:-1] + f' dir="{direction}">'
    return _HTML_TAG.sub(replace, output, count=1)


def focusable_tables(html: str) -> str:
    """A wide table scrolls sideways on a phone; keyboard users must be able to reach it
    (axe: scrollable-region-focusable). Material does this with JavaScript, which we
    do not load."""
    return _BARE_TABLE.sub('<table tabindex="0">', html)


def mark_link_lists(html: str) -> str:
    """A list whose every item is one link (a section's pages, "Läs mer") gets the class
    ``hjalp-links``: its links are made big enough to tap (44 px, hjalp.css). As plain
    text links they were 22 px high on a phone. A list with words around its links, or
    with a class of its own, is left alone."""
    def mark(match: re.Match) -> str:
        body = match.group(3)
        items = _ITEM.findall(body)
        if not items or "".join(_ITEM.sub("", body).split()):
            return match.group(0)  # something besides <li> items
        if not all(_only_a_link(item) for item in items):
            return match.group(0)
        tag, attrs = match.group(1), match.group(2)
        return f'<{tag}{attrs} class="hjalp-links">{body}</{tag}>'
    return _LIST.sub(mark, html)


def _only_a_link(item: str) -> bool:
    item = item.strip()
    return (item.startswith("<a ") and item.endswith("</a>") and item.count("<a ") == 1
            and item.count("</a>") == 1)


def isolate_addresses(html: str, lang: str) -> str:
    """A Swedish postal address inside another language's text, marked Swedish and kept
    as one left-to-right run: "FE 179, 839 88 Östersund" was read by an Arabic screen
    reader in Arabic (only the agency's name was marked), and its order relied on the
    browser guessing it from the letters around it. Call before :func:`mark_numbers`
    (which leaves the isolated address alone)."""
    def wrap(match: re.Match) -> str:
        if html.rfind("<", 0, match.start()) > html.rfind(">", 0, match.start()):
            return match.group(0)  # inside a tag (an attribute's text): left alone
        return f'<bdi class="hjalp-address" dir="ltr" lang="{lang}">{match.group(1)}</bdi>'
    return _ADDRESS.sub(wrap, html)


def mark_numbers(html: str, phone_links: dict[str, str]) -> str:
    """Keep numbers readable in every language, and make known phone numbers callable.

    In Arabic and Persian text, "0771-524 524" would show as "524 0771-524" and a date
    as 22-11-2026: the browser orders the digit groups right to left. Each group of
    digits joined by spaces or dashes is isolated as left-to-right (and never broken over
    two lines); a number from the help-place data's national lines becomes a ``tel:``
    link. Text inside links, code, scripts, SVG and elements already marked
    ``dir="ltr"`` is left alone.
    """
    out, skipping = [], []
    for part in _TAG.split(html):
        if part.startswith("<"):
            _track(part, skipping)
            out.append(part)
        elif skipping or not any(c.isdigit() for c in part):
            out.append(part)
        else:
            out.append(_NUMBER.sub(lambda m: _wrap(m.group(1), phone_links), part))
    return "".join(out)


def _track(tag: str, skipping: list[str]) -> None:
    name = re.match(r"</?\s*([a-zA-Z0-9]+)", tag)
    if not name or tag.endswith("/>"):
        return
    name = name.group(1).lower()
    if name in _VOID:
        return
    if tag.startswith("</"):
        if skipping and skipping[-1] == name:
            skipping.pop()
    elif name in _SKIP or 'dir="ltr"' in tag:
        skipping.append(name)  # already isolated, or not text to touch


def _wrap(number: str, phone_links: dict[str, str]) -> str:
    link = phone_links.get(number.replace("\u00a0", " "))
    if link:
        return f'<a href="{link}" class="hjalp-num" dir="ltr">{number}</a>'
    if not re.search(r"[ \u00a0.\-\u2013]", number):
        return number  # a lone number (3 weeks, 400 kr) reads the same in both directions
    return f'<bdi class="hjalp-num" dir="ltr">{number}</bdi>'
