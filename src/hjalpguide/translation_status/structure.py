"""The Markdown skeleton of a page, so a translation can be compared with its Swedish source.

Words differ between languages; the skeleton must not. We read, line by line and without a
Markdown parser: headings (with their level), numbered steps, bullet list items, links and
images (their targets), admonitions (their type), table rows, and our HTML-comment markers
(``<!-- hjalp: … -->``). Lines inside fenced code blocks only count as a code block.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"^(#{1,6})\s+\S")
_STEP = re.compile(r"^\s*\d+[.)]\s+\S")
_ITEM = re.compile(r"^\s*[-*+]\s+\S")
_ADMONITION = re.compile(r"^\s*(?:!!!|\?\?\?\+?)\s+([\w-]+)")
_TABLE_ROW = re.compile(r"^\s*\|")
_MARKER = re.compile(r"<!--\s*(hjalp:.*?)\s*-->")
_LINK = re.compile(r"(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]"  # [text], one level of [] inside
                   r"\(\s*<?([^)\s>]*)>?(?:\s+[\"'][^)]*[\"'])?\s*\)")  # (target "title")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_LINK = re.compile(r"<(a|img)\b[^>]*?\s(?:href|src)=[\"']([^\"']*)[\"']", re.I)
_REFERENCE = re.compile(r"^\s{0,3}\[[^\]^]+\]:\s*<?(\S+?)>?(?:\s|$)")
#: Lines that begin a block of their own (paragraphs.py cuts pages into paragraphs by them).
BLOCK_STARTS = {"heading": _HEADING, "step": _STEP, "item": _ITEM, "admonition": _ADMONITION,
                "table_row": _TABLE_ROW}
FENCE = _FENCE

#: What we count, in the order a report lists it, with its Swedish name for editors.
KINDS = {
    "heading": "rubriker",
    "step": "numrerade steg",
    "item": "punkter i listor",
    "link": "länkar",
    "image": "bilder",
    "admonition": "rutor (!!! tip, !!! warning …)",
    "table_row": "tabellrader",
    "marker": "markeringar (<!-- hjalp: … -->)",
    "code_block": "kodblock",
}
#: Kinds where the value matters (not only how many there are).
VALUED = {"heading", "link", "image", "admonition", "marker"}
#: Kinds where the order matters too.
ORDERED = {"heading", "admonition", "marker"}


@dataclass(frozen=True)
class Element:
    kind: str
    value: str
    line: int  # line number in the file (front matter included)


@dataclass
class Structure:
    elements: list[Element] = field(default_factory=list)

    def of(self, kind: str) -> list[Element]:
        return [e for e in self.elements if e.kind == kind]


@dataclass(frozen=True)
class Difference:
    kind: str
    message: str  # plain Swedish
    line: int | None  # line in the translation, when one can be named


def body_lines(text: str) -> list[tuple[int, str]]:
    """(line number, line) for every line after the front matter."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    start = 0
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() == "---":
                start = index + 1
                break
    return [(number, line) for number, line in enumerate(lines[start:], start=start + 1)]


def structure_of(text: str) -> Structure:
    """The skeleton of a page (``text`` is the whole file, front matter included)."""
    found = Structure()
    add = found.elements.append
    in_fence = False
    for number, line in body_lines(text):
        if _FENCE.match(line):
            if not in_fence:
                add(Element("code_block", "", number))
            in_fence = not in_fence
            continue
        if in_fence:
            continue
        if heading := _HEADING.match(line):
            add(Element("heading", str(len(heading.group(1))), number))
        elif _STEP.match(line):
            add(Element("step", "", number))
        elif _ITEM.match(line):
            add(Element("item", "", number))
        if admonition := _ADMONITION.match(line):
            add(Element("admonition", admonition.group(1), number))
        if _TABLE_ROW.match(line):
            add(Element("table_row", "", number))
        for marker in _MARKER.finditer(line):
            add(Element("marker", " ".join(marker.group(1).split()), number))
        _add_links(line, number, add)
    return found


def _add_links(line: str, number: int, add) -> None:
    for link in _LINK.finditer(line):
        kind = "image" if link.group(1) else "link"
        add(Element(kind, link_target(link.group(2)), number))
    for link in _AUTOLINK.finditer(line):
        add(Element("link", link.group(1), number))
    for link in _HTML_LINK.finditer(line):
        kind = "image" if link.group(1).lower() == "img" else "link"
        add(Element(kind, link_target(link.group(2)), number))
    if reference := _REFERENCE.match(line):
        add(Element("link", link_target(reference.group(1)), number))


def link_target(target: str) -> str:
    """A link target without its #anchor: anchors are made from headings, which are translated."""
    if target.startswith("#"):
        return "#"
    return target.split("#", 1)[0]


def compare(source: Structure, translated: Structure) -> list[Difference]:
    """How the translation's skeleton differs from the source's (empty when it does not)."""
    differences = []
    for kind, name in KINDS.items():
        ours, theirs = source.of(kind), translated.of(kind)
        if kind in ORDERED:
            difference = _compare_sequence(kind, name, ours, theirs)
        elif kind in VALUED:
            difference = _compare_targets(kind, name, ours, theirs)
        else:
            difference = _compare_count(kind, name, ours, theirs)
        if difference:
            differences.append(difference)
    return differences


def _compare_count(kind, name, ours, theirs) -> Difference | None:
    if len(ours) == len(theirs):
        return None
    line = _first_different_line(ours, theirs)
    return Difference(kind, f"Antal {name}: svenska {len(ours)}, översättningen {len(theirs)}.",
                      line)


def _compare_sequence(kind, name, ours, theirs) -> Difference | None:
    a, b = [e.value for e in ours], [e.value for e in theirs]
    if a == b:
        return None
    if len(a) != len(b):
        return _compare_count(kind, name, ours, theirs)
    index = next(i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y)
    if kind == "heading":
        what = f"rubrik nr {index + 1} har nivå {b[index]} (svenska: nivå {a[index]})"
    else:
        what = f"nr {index + 1} är '{b[index]}' (svenska: '{a[index]}')"
    return Difference(kind, f"{name.capitalize()}: {what}.", theirs[index].line)


def _compare_targets(kind, name, ours, theirs) -> Difference | None:
    a, b = Counter(e.value for e in ours), Counter(e.value for e in theirs)
    if a == b:
        return None
    missing, extra = sorted((a - b).elements()), sorted((b - a).elements())
    parts = []
    if missing:
        parts.append("saknas: " + ", ".join(missing))
    if extra:
        parts.append("finns inte på svenska: " + ", ".join(extra))
    line = next((e.line for e in theirs if e.value in set(extra)), None)
    if line is None:
        line = _first_different_line(ours, theirs)
    counts = f"svenska {len(ours)}, översättningen {len(theirs)}"
    return Difference(kind, f"{name.capitalize()} ({counts}): " + "; ".join(parts) + ".", line)


def _first_different_line(ours, theirs) -> int | None:
    """Where the translation's list runs out or goes on past the Swedish one."""
    if len(theirs) > len(ours):
        return theirs[len(ours)].line
    return theirs[-1].line if theirs else None
