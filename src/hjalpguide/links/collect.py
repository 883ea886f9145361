"""Every external web address the project publishes, with the file and line it stands on.

Read from: the guides (``guides/**/*.md``: links in the text, autolinks ``<https://…>``,
bare addresses, and addresses in the front matter), the facts register
(``data/facts.yml``: each fact's ``source.url``) and the help places
(``data/help-places/*.yml``: ``url``, a ``source`` that is an address, ``source_url``).

Lines are scanned as text rather than parsed: every address has a line, a file that the
validator refuses (a YAML error) still has its links checked, and comments (``#`` in YAML,
fenced code in Markdown) are skipped. The field named in a finding is the YAML key on the
line, or ``länk`` for the text of a guide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

#: An address in running text; it ends at a space, a quote, < > or a closing bracket.
URL = re.compile(r"https?://[^\s<>\"'`\[\]\}|\\]+")
_TRAILING = ".,;:!?*_"
_YAML_KEY = re.compile(r"^\s*(?:-\s+)?([A-Za-z_][A-Za-z0-9_-]*):")
_FENCE = re.compile(r"^\s*(```|~~~)")


@dataclass(frozen=True)
class Place:
    """Where an address was written."""

    path: str  # as shown, relative to the project
    line: int
    field: str


def collect(root: Path) -> dict[str, list[Place]]:
    """Address (without ``#fragment``) -> every place it was written, in file order."""
    found: dict[str, list[Place]] = {}
    for path in sources(root):
        shown = str(path.relative_to(root))
        text = path.read_text(encoding="utf-8-sig", errors="replace")
        scan = _markdown if path.suffix == ".md" else _yaml
        for url, line, field in scan(text):
            found.setdefault(url, []).append(Place(shown, line, field))
    return found


def sources(root: Path) -> list[Path]:
    """The files whose addresses are checked."""
    files = sorted((root / "guides").rglob("*.md")) if (root / "guides").is_dir() else []
    facts = root / "data" / "facts.yml"
    files += [facts] if facts.is_file() else []
    places = root / "data" / "help-places"
    if places.is_dir():
        files += sorted(p for p in places.glob("*.y*ml") if not p.name.startswith("."))
    return files


def addresses(line: str) -> list[str]:
    """The addresses on one line, without trailing punctuation or ``#fragment``."""
    out = []
    for match in URL.finditer(line):
        url = match.group()
        while url and (url[-1] in _TRAILING or (url[-1] == ")"
                                                and url.count("(") < url.count(")"))):
            url = url[:-1]  # "(se https://a.se/x)." and "[a](https://a.se/x)" end before ")"
        out.append(url.split("#", 1)[0])
    return out


def _markdown(text: str):
    in_code = False
    for number, line in enumerate(text.split("\n"), 1):
        if _FENCE.match(line):
            in_code = not in_code
            continue
        if in_code:
            continue
        key = _YAML_KEY.match(line) if number > 1 and _in_front_matter(text, number) else None
        for url in addresses(re.sub(r"`[^`]*`", "", line)):
            yield url, number, key.group(1) if key else "länk"


def _yaml(text: str):
    for number, line in enumerate(text.split("\n"), 1):
        body = _without_comment(line)
        urls = addresses(body)
        if urls:
            key = _YAML_KEY.match(body)
            for url in urls:
                yield url, number, key.group(1) if key else ""


def _without_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    cut = line.find(" #")
    return line if cut < 0 else line[:cut]


def _in_front_matter(text: str, number: int) -> bool:
    if not text.startswith("---"):
        return False
    end = text.find("\n---", 3)
    return end >= 0 and number <= text[:end].count("\n") + 1
