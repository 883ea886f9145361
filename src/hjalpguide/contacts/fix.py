"""Safe rewrites for ``validate_contacts.py --fix``; only run when the editor asks.

Safe means the meaning the editor intended is certain:

- a text field written without quotes that YAML read as something else (``16:30``,
  ``0114``, ``no``) gets quotes around exactly what the editor wrote;
- a phone ``number`` written as a Swedish number (``0771-524 524``) becomes E.164;
  a ``short`` number loses its spaces (``114 14`` -> ``11414``);
- invisible characters and surrounding spaces are removed; ``mailto:`` is dropped from
  e-mail; language codes are written in lower case.

The file is rewritten with ruamel.yaml's round trip, so comments and order stay.
Everything else is left for the editor.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from hjalpguide.contacts import isolang, phones, schema
from hjalpguide.contacts.problems import without_invisible
from hjalpguide.contacts.schema import Field, by_name
from hjalpguide.contacts.yamlread import Document
from hjalpguide.findings import shown_path

_TRAP_TAGS = {"int", "float", "bool", "null", "timestamp"}


def plan(doc: Document) -> dict[tuple, str]:
    """path -> new text value, for every safe fix in one parsed document."""
    ops: dict[tuple, str] = {}
    if isinstance(doc.data, dict):
        _walk_object(doc, doc.data, schema.FILE, (), ops)
    return ops


def _walk_object(doc, value, fields, path, ops) -> None:
    if not isinstance(value, dict):
        return
    known = by_name(fields)
    for key, item in value.items():
        field = known.get(key)
        if field is not None:
            _walk(doc, item, field, path + (key,), ops)


def _walk(doc, value, field: Field, path, ops) -> None:
    if field.type == "object":
        _walk_object(doc, value, field.fields, path, ops)
    elif field.type == "list" and isinstance(value, list):
        for i, item in enumerate(value):
            if field.items == "object":
                _walk_object(doc, item, field.fields, path + (i,), ops)
            else:
                _string(doc, item, field, path + (i,), ops, in_list=True)
    elif field.type == "text" and isinstance(value, dict):
        for lang, text in value.items():
            _string(doc, text, Field(lang, "string", ""), path + (lang,), ops)
    elif field.type in ("string", "text"):
        _string(doc, value, field, path, ops)


def _string(doc, value, field: Field, path, ops, in_list: bool = False) -> None:
    raw = doc.raw.get(path)
    if raw and raw[0] in _TRAP_TAGS and not isinstance(value, str):
        ops[path] = raw[1]
        return
    if not isinstance(value, str):
        return
    new = _normalise(without_invisible(value).strip(), field, in_list)
    if new != value and new:
        ops[path] = new


def _normalise(value: str, field: Field, in_list: bool) -> str:
    if field.format == "e164" and not phones.E164.match(value):
        return phones.to_e164(value) or value
    if field.format == "short_number":
        digits = re.sub(r"[\s-]", "", value)
        return digits if phones.SHORT.match(digits) else value
    if field.format == "email" and value.lower().startswith("mailto:"):
        return value[7:]
    if in_list and field.choices is isolang.LANGUAGES and value.lower() in isolang.LANGUAGES:
        return value.lower()
    return value


def apply(text: str, ops: dict[tuple, str]) -> str:
    """``text`` with the planned values put in, comments and order kept."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    data = yaml.load(text)
    for path, new in ops.items():
        parent = data
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = DoubleQuotedScalarString(new)
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def fix_files(files: list[Path], documents: list[Document], root: Path) -> list[str]:
    """Rewrite the files that have safe fixes; returns the paths changed, as shown."""
    by_shown = {doc.path: doc for doc in documents}
    changed = []
    for file_path in files:
        shown = shown_path(file_path, root)
        doc = by_shown.get(shown)
        ops = plan(doc) if doc else {}
        if not ops:
            continue
        text = file_path.read_text(encoding="utf-8-sig")
        try:
            new_text = apply(text, ops)
        except Exception:  # ruamel could not round-trip it: leave the file alone
            continue
        if new_text != text:
            file_path.write_text(new_text, encoding="utf-8")
            changed.append(shown)
    return changed

