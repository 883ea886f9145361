"""Admonitions (``!!! tip``) without a title get a title in the reader's language.

Python-Markdown would otherwise show the English type name ("Tip", "Note") on every
language's page (design.md, pitfall 7).
"""

from __future__ import annotations

import re

_MARKER = re.compile(
    r'^(?P<indent>[ \t]*)(?P<marker>(?:!!!|\?\?\?\+?) ?)(?P<type>[\w-]+(?: +[\w-]+)*)'
    r'(?: +"(?P<title>.*?)")? *$'
)


def translate_titles(markdown: str, titles: dict[str, str]) -> str:
    """Add the translated default title to every admonition that has none."""
    out = []
    in_fence = False
    for line in markdown.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        match = None if in_fence else _MARKER.match(line)
        if match and match.group("title") is None:
            kind = match.group("type").split()[0].lower()
            if kind in titles:
                title = titles[kind].replace('"', "&quot;")
                head = match.group("indent") + match.group("marker") + match.group("type")
                line = f'{head} "{title}"'
        out.append(line)
    return "\n".join(out)
