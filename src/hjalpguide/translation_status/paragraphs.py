"""A page cut into paragraphs, and which paragraph of a translation matches a Swedish one.

So a finding about a translation can name the line where the reader would look: "the word
is on line 14 in Swedish" becomes the line of the same paragraph in the translation.

A paragraph is a run of lines up to a blank line; a heading, a numbered step, a list item,
an admonition and a table row each begin a new one (the kinds of :mod:`structure`), and a
fenced code block is one paragraph. When both pages have as many paragraphs, the n-th
matches the n-th. Otherwise the nearest heading, step, item, admonition or row above the
Swedish paragraph is found in the translation (the same kind, the same number in order,
which the structure check keeps equal) and the paragraph as far below it is taken.
"""

from __future__ import annotations

from dataclasses import dataclass

from hjalpguide.translation_status.structure import BLOCK_STARTS as _STARTS
from hjalpguide.translation_status.structure import FENCE as _FENCE
from hjalpguide.translation_status.structure import body_lines


@dataclass(frozen=True)
class Paragraph:
    kind: str  # "text", "code" or one of the kinds in _STARTS
    line: int  # its first line in the file (front matter included)
    lines: tuple[tuple[int, str], ...]  # (line number, line)


def paragraphs(text: str) -> list[Paragraph]:
    """The paragraphs of a page's body (``text``: the whole file)."""
    found: list[Paragraph] = []
    current: list[tuple[int, str]] = []
    kind, in_fence = "text", False

    def close() -> None:
        nonlocal current
        if current:
            found.append(Paragraph(kind, current[0][0], tuple(current)))
        current = []

    for number, line in body_lines(text):
        if _FENCE.match(line):
            if not in_fence:
                close()
                kind = "code"
            current.append((number, line))
            in_fence = not in_fence
            if not in_fence:
                close()
            continue
        if in_fence:
            current.append((number, line))
            continue
        if not line.strip():
            close()
            continue
        start = next((name for name, pattern in _STARTS.items() if pattern.match(line)), None)
        if start:
            close()
            kind = start
        elif not current:
            kind = "text"
        current.append((number, line))
    close()
    return found


def corresponding_line(source: list[Paragraph], translated: list[Paragraph],
                       index: int, offset: int = 0) -> int | None:
    """The line of the translated paragraph that matches ``source[index]``: its first line,
    or its ``offset``-th line when the two paragraphs have as many lines."""
    paragraph = _corresponding(source, translated, index)
    if paragraph is None:
        return None
    if len(paragraph.lines) == len(source[index].lines) and offset < len(paragraph.lines):
        return paragraph.lines[offset][0]
    return paragraph.line


def _corresponding(source: list[Paragraph], translated: list[Paragraph],
                   index: int) -> Paragraph | None:
    if not translated or not 0 <= index < len(source):
        return None
    if len(source) == len(translated):
        return translated[index]
    anchor = next((i for i in range(index, -1, -1) if source[i].kind in _STARTS), None)
    if anchor is not None:
        kind = source[anchor].kind
        ordinal = sum(p.kind == kind for p in source[:anchor])
        theirs = [i for i, p in enumerate(translated) if p.kind == kind]
        if ordinal < len(theirs):
            return translated[min(theirs[ordinal] + index - anchor, len(translated) - 1)]
    # No anchor to go by: the paragraph as far into the translation as into the Swedish.
    return translated[min(round(index * len(translated) / len(source)), len(translated) - 1)]
