"""Small fixes to the HTML that MkDocs and Material write, for accessibility.

Each fix is a pure function on a string, so it is tested without a build.
"""

from __future__ import annotations

import re

_HTML_TAG = re.compile(r"<html\b[^>]*>", re.I)
_BARE_TABLE = re.compile(r"<table>")


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
