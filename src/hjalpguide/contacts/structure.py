"""Check one parsed data file against the format in ``schema``.

Checks types (with the YAML traps explained), required fields, unknown fields ("Menade du
…?"), values from the fixed lists, per-language text, what a text may hold (``content``: no
markup, control or invisible characters, the field's ``max_length``); values with a
``format`` are handed to the checker registered for it (phones, URLs, opening hours …).
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Callable

from hjalpguide.contacts import content
from hjalpguide.contacts.problems import Problem
from hjalpguide.contacts.schema import Field, by_name
from hjalpguide.contacts.yamlread import Document, dotted
from hjalpguide.findings import Finding

Checker = Callable[[str], list[Problem]]

#: Formats whose checker (``urls``) has its own rule for what the value may hold.
OWN_RULE = ("url", "email", "source")

_TRAP_WORDS = {
    "int": "ett heltal",
    "float": "ett decimaltal",
    "bool": "sant/falskt (true/false)",
    "null": "ett tomt värde",
    "timestamp": "ett datum",
}


class StructureCheck:
    """Walks one document; collects findings. ``formats`` maps a format name to a checker."""

    def __init__(self, doc: Document, languages: list[str], formats: dict[str, Checker]):
        self.doc = doc
        self.languages = languages
        self.formats = formats
        self.findings: list[Finding] = []

    # --- reporting

    def add(self, path: tuple, problem: Problem) -> None:
        field = dotted(path)
        if problem.subfield:
            field = f"{field}.{problem.subfield}" if field else problem.subfield
            line = self.doc.line(path + (problem.subfield,))
        else:
            line = self.doc.line(path)
        self.findings.append(Finding(self.doc.path, line, problem.rule, problem.message,
                                     problem.fix, field, problem.severity))

    # --- walking

    def object(self, value, fields: tuple[Field, ...], path: tuple) -> bool:
        if not isinstance(value, dict):
            self.add(path, _wrong_type(value, "en grupp av fält (namn: värde på egna rader)",
                                       self.doc.raw.get(path)))
            return False
        known = _by_name(fields)
        for key in value:
            if key not in known:
                self.add(path + (key,), Problem("HP-UNKNOWN-KEY", f"Fältet '{key}' finns inte.",
                                                suggest(key, known)))
        for f in fields:
            if f.name not in value:
                if f.required:
                    self.add(path, Problem("HP-REQUIRED", f"Fältet '{f.name}' saknas ({f.doc}).",
                                           f"Lägg till {f.name}: {f.example or '…'}",
                                           subfield=""))
                continue
            self.value(value[f.name], f, path + (f.name,))
        return True

    def value(self, value, field: Field, path: tuple) -> None:
        kind = field.type
        if kind == "object":
            self.object(value, field.fields, path)
        elif kind == "list":
            self.list(value, field, path)
        elif kind == "text":
            self.text(value, field, path)
        elif kind == "date":
            self.date(value, field, path)
        else:
            self.string(value, field, path)

    def string(self, value, field: Field, path: tuple) -> None:
        if not isinstance(value, str):
            self.add(path, _wrong_type(value, "text", self.doc.raw.get(path), field.example))
            return
        if not value.strip():
            self.add(path, Problem("HP-EMPTY", "Värdet är tomt.",
                                   f"Skriv {field.doc}, eller ta bort fältet."))
            return
        if field.format in OWN_RULE:  # addresses: their checker says what is wrong
            found = content.too_long(value, field.max_length)
        else:
            found = content.check_text(value, field.max_length)
        for problem in found:
            self.add(path, problem)
        if field.choices is not None and value not in field.choices:
            self.add(path, _not_a_choice(value, field))
            return
        if len(value) > field.max_length:
            return  # too long to be checked further in bounded time
        checker = self.formats.get(field.format or "")
        if checker:
            for problem in checker(value):
                self.add(path, problem)

    def text(self, value, field: Field, path: tuple) -> None:
        if isinstance(value, dict):
            for lang in value:
                if lang not in self.languages:
                    self.add(path + (lang,), Problem(
                        "HP-TEXT-LANG", f"'{lang}' är inte ett av webbplatsens språk.",
                        suggest(lang, self.languages, "Språk: ")))
                else:
                    self.string(value[lang], _lang_field(lang, field), path + (lang,))
            if "sv" not in value:
                self.add(path, Problem("HP-REQUIRED", "Texten på svenska (sv) saknas.",
                                       "Lägg till sv: … – svenska krävs, andra språk är valfria."))
            return
        self.string(value, field, path)

    def date(self, value, field: Field, path: tuple) -> None:
        if isinstance(value, dt.date):
            return
        if isinstance(value, str):
            try:
                dt.date.fromisoformat(value.strip())
                return
            except ValueError:
                pass
        self.add(path, Problem("HP-DATE", f"'{_shown(value, self.doc.raw.get(path))}' är inte "
                               "ett datum.", "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-11-01."))

    def list(self, value, field: Field, path: tuple) -> None:
        if not isinstance(value, list):
            self.add(path, _wrong_type(value, "en lista (en rad per värde som börjar med '- ', "
                                       "eller [a, b])", self.doc.raw.get(path)))
            return
        item_field = _item_field(field)
        seen = set()
        for i, item in enumerate(value):
            if item_field.type == "object":
                self.object(item, field.fields, path + (i,))
                continue
            self.string(item, item_field, path + (i,))
            if isinstance(item, str) and item in seen:
                self.add(path + (i,), Problem("HP-LIST-DUPLICATE", f"'{item}' står två gånger.",
                                              "Ta bort det ena."))
            seen.add(item if isinstance(item, str) else id(item))


# --- small caches: the schema's tuples live as long as the program ------------------------

_BY_NAME: dict[int, dict[str, Field]] = {}
_DERIVED: dict[tuple, Field] = {}


def _by_name(fields: tuple[Field, ...]) -> dict[str, Field]:
    found = _BY_NAME.get(id(fields))
    if found is None:
        found = _BY_NAME[id(fields)] = by_name(fields)
    return found


def _lang_field(lang: str, field: Field) -> Field:
    key = ("lang", lang, id(field))
    if key not in _DERIVED:
        _DERIVED[key] = Field(lang, "string", field.doc, max_length=field.max_length)
    return _DERIVED[key]


def _item_field(field: Field) -> Field:
    key = ("item", id(field))
    if key not in _DERIVED:
        _DERIVED[key] = Field(field.name, field.items or "string", field.doc,
                              choices=field.choices, fields=field.fields, format=field.format,
                              max_length=field.max_length)
    return _DERIVED[key]


# --- messages ---------------------------------------------------------------------------

def suggest(word: str, known, prefix: str = "Tillåtna fält: ") -> str:
    """'Menade du …?' with the closest known word, or the list of allowed words."""
    word = str(word)
    if word.lower() in known and word.lower() != word:
        return f"Menade du '{word.lower()}'? (små bokstäver)"
    close = difflib.get_close_matches(word, list(known), n=1, cutoff=0.6)
    if close:
        return f"Menade du '{close[0]}'?"
    names = sorted(known)
    listed = ", ".join(names[:20]) + (" …" if len(names) > 20 else "")
    return f"{prefix}{listed}."


def _not_a_choice(value: str, field: Field) -> Problem:
    return Problem("HP-CHOICE", f"'{value}' är inte ett tillåtet värde för {field.name}.",
                   suggest(value, field.choices, "Tillåtna värden: "))


def _shown(value, raw) -> str:
    return raw[1] if raw else str(value)


def _wrong_type(value, expected: str, raw: tuple[str, str] | None, example: str = "") -> Problem:
    if raw and raw[0] in _TRAP_WORDS and expected == "text":
        written = raw[1]
        return Problem("HP-QUOTE",
                       f"Du skrev {written} utan citattecken, och då läses det som "
                       f"{_TRAP_WORDS[raw[0]]} ({_python_shown(value)}), inte som text.",
                       f'Skriv värdet inom citattecken: "{written}"')
    got = {dict: "en grupp av fält", list: "en lista"}.get(type(value), "ett enkelt värde")
    hint = f" Exempel: {example}" if example else ""
    return Problem("HP-TYPE", f"Värdet ska vara {expected}, men är {got}.",
                   f"Skriv värdet som {expected}.{hint}")


def _python_shown(value) -> str:
    if value is None:
        return "tomt"
    if isinstance(value, bool):
        return "sant" if value else "falskt"
    return str(value)
