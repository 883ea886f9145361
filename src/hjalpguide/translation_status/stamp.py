"""Write a translation's record of which Swedish text it was made from, touching nothing else.

Translators run this after they have brought a page up to date with the Swedish one. It
sets ``translation.source_hash`` (always a quoted string: an all-digit hash would be read
by YAML as a number), keeps ``method`` (``machine`` when there is none) and sets
``reviewed: false`` — the updated text has not been checked by a person yet. It never sets
``reviewed: true``: a person does that by hand. Everything else in the front matter —
other fields, comments, their order — stays as it was: this is a text edit, not a YAML
round trip.
"""

from __future__ import annotations

import re

import yaml

from hjalpguide.frontmatter import TRANSLATION_METHODS

_TRANSLATION = re.compile(r"^translation\s*:\s*(.*?)\s*$")
_CHILD = re.compile(r"^(\s+)([\w-]+)\s*:")


def stamp(text: str, new_hash: str) -> str:
    """``text`` (a whole page) with its ``translation`` record set for ``new_hash``."""
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    if not lines or lines[0].strip() != "---":
        block = ["---", *_block(new_hash, "machine", "  "), "---"]
        return newline.join(block + lines)
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise ValueError("fälten överst har ingen avslutande rad med ---")
    start = next((i for i in range(1, end) if _TRANSLATION.match(lines[i])), None)
    if start is None:
        lines[end:end] = _block(new_hash, "machine", "  ")
        return newline.join(lines)
    inline = _TRANSLATION.match(lines[start]).group(1)
    if inline and not inline.startswith("#"):
        lines[start:start + 1] = _block(new_hash, _method_of_flow(inline), "  ")
        return newline.join(lines)
    stop = start + 1
    while stop < end and (not lines[stop].strip() or lines[stop][0].isspace()):
        stop += 1
    lines[start + 1:stop] = _refresh_children(lines[start + 1:stop], new_hash)
    return newline.join(lines)


def _block(new_hash: str, method: str, indent: str) -> list[str]:
    return ["translation:", f'{indent}source_hash: "{new_hash}"', f"{indent}method: {method}",
            f"{indent}reviewed: false"]


def _method_of_flow(inline: str) -> str:
    try:
        data = yaml.safe_load(inline)
    except yaml.YAMLError:
        data = None
    method = data.get("method") if isinstance(data, dict) else None
    return method if method in TRANSLATION_METHODS else "machine"


def _refresh_children(children: list[str], new_hash: str) -> list[str]:
    indents = [m.group(1) for line in children if (m := _CHILD.match(line))]
    indent = indents[0] if indents else "  "
    wanted = {"source_hash": f'{indent}source_hash: "{new_hash}"',
              "reviewed": f"{indent}reviewed: false"}
    out, seen = [], set()
    for line in children:
        match = _CHILD.match(line)
        key = match.group(2) if match and match.group(1) == indent else None
        if key in wanted:
            out.append(wanted[key])
            seen.add(key)
        else:
            out.append(line)
            seen.add(key)
    additions = [wanted["source_hash"]] if "source_hash" not in seen else []
    if "method" not in seen:
        additions.append(f"{indent}method: machine")
    if "reviewed" not in seen:
        additions.append(wanted["reviewed"])
    last = max((i for i, line in enumerate(out) if line.strip()), default=-1)
    return out[:last + 1] + additions + out[last + 1:]
