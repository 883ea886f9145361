"""The front matter a guide page may carry, defined once, and its check.

Editors mistype keys (``titel:``, ``sorces:``); the build stops and says which key was
meant instead of silently ignoring it. The same definition is read by the handouts and
the translation tools.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass

import yaml

from hjalpguide import clock, yamllimits
from hjalpguide.findings import Finding

#: Every key a page may have, with the type its value must have and what it is for.
KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    # ours
    "title": (str, "sidans rubrik"),
    "summary": (str, "en mening som sammanfattar sidan (visas överst och på utskriften)"),
    "facts": (list, "id:n för de fakta som sidan påstår, från data/facts.yml"),
    "printable": (bool, "true om sidan ska bli ett utskriftsblad (handout)"),
    "translation": (dict, "översättningens ursprung: source_hash, method, reviewed"),
    "order": (int, "sidans plats i menyn inom sin mapp (lägre kommer först)"),
    # Material for MkDocs
    "description": (str, "beskrivning för sökmotorer"),
    "template": (str, "vilken sidmall som används"),
    "hide": (list, "delar av sidan som döljs: navigation, toc, footer"),
    "icon": (str, "ikon i menyn"),
    "search": (dict, "inställningar för sökningen"),
}

TRANSLATION_KEYS = {
    "source_hash": (str, "kontrollsumma för den svenska texten som översattes"),
    "method": (str, "machine (maskin) eller human (person)"),
    "reviewed": (bool, "true först när en person har granskat översättningen"),
}
TRANSLATION_METHODS = ("machine", "human")
#: Keys a translation may have. second_check: the date of a sentence-by-sentence check by a
#: machine, independent of the one that translated (not a person's review: the notice says
#: so, and ``reviewed`` stays as it is).
TRANSLATION_OPTIONAL_KEYS = {
    "second_check": ((str, dt.date), "datum (ÅÅÅÅ-MM-DD) då en dator kontrollerade "
                     "översättningen en andra gång, oberoende av den som översatte"),
}

#: Keys the build computes from the facts register (data/facts.yml): a page no longer
#: writes them (docs/editors/facts.md).
COMPUTED_KEYS = {
    "checked": "datumet räknas ut från faktaregistret",
    "sources": "källorna räknas ut från faktaregistret",
}
COMPUTED_FIX = "Skriv fakta i data/facts.yml och lista deras id under facts:"


@dataclass(frozen=True)
class FrontMatterContext:
    path: str  # file path as the editor knows it, e.g. guides/bankid/skaffa.sv.md
    line_of: dict[str, int]  # key -> line number in the file


def _type_name(kind) -> str:
    names = {str: "text", bool: "true eller false", int: "ett heltal", list: "en lista",
             dict: "en grupp av fält", dt.date: "ett datum (ÅÅÅÅ-MM-DD)"}
    if isinstance(kind, tuple):
        return " eller ".join(names.get(k, k.__name__) for k in kind)
    return names.get(kind, kind.__name__)


def _suggest(key: str, known) -> str:
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    if close:
        return f"Menade du '{close[0]}'?"
    return "Tillåtna fält: " + ", ".join(sorted(known)) + "."


def check(meta: dict, ctx: FrontMatterContext) -> list[Finding]:
    """All problems with one page's front matter (an empty list when it is fine)."""
    findings: list[Finding] = []

    def add(key, rule, message, fix):
        findings.append(Finding(ctx.path, ctx.line_of.get(key, 1), rule, message, fix, key))

    for key, value in meta.items():
        if key in COMPUTED_KEYS:
            add(key, "FM-COMPUTED", f"Fältet '{key}' skrivs inte längre på sidan: "
                f"{COMPUTED_KEYS[key]}.", COMPUTED_FIX)
            continue
        if key not in KEYS:
            add(key, "FM-UNKNOWN-KEY", f"Fältet '{key}' finns inte.", _suggest(key, KEYS))
            continue
        kind, purpose = KEYS[key]
        if isinstance(value, dt.datetime) or not isinstance(value, kind) or (
            kind is int and isinstance(value, bool)
        ):
            fix = (f"Skriv värdet inom citattecken: {key}: \"{value}\"" if kind is str
                   else f"Skriv t.ex. {key}: {_example(kind)}")
            add(key, "FM-TYPE", f"Fältet '{key}' ska vara {_type_name(kind)} ({purpose}).", fix)
    findings += _check_facts(meta.get("facts"), ctx)
    findings += _check_translation(meta.get("translation"), ctx)
    return findings


def _example(kind) -> str:
    return {str: "Skaffa BankID", bool: "true", int: "1", dt.date: "2026-11-22",
            list: "[...]", dict: "{...}"}.get(kind, "...")


def _check_facts(ids, ctx: FrontMatterContext) -> list[Finding]:
    if not isinstance(ids, list) or all(isinstance(i, str) and i for i in ids):
        return []
    return [Finding(ctx.path, ctx.line_of.get("facts", 1), "FM-TYPE",
                    "Fältet 'facts' ska vara en lista med id:n (text).",
                    "Skriv t.ex. facts: [bankid-skaffa-alder, bankid-skaffa-bank], "
                    "eller facts: [] om sidan inte påstår några fakta.", "facts")]


def _check_translation(info, ctx: FrontMatterContext) -> list[Finding]:
    if not isinstance(info, dict):
        return []
    out = []
    line = ctx.line_of.get("translation", 1)
    known = TRANSLATION_KEYS | TRANSLATION_OPTIONAL_KEYS
    for key in info:
        if key not in known:
            out.append(Finding(ctx.path, line, "FM-UNKNOWN-KEY", f"Fältet '{key}' finns inte.",
                               _suggest(key, known), f"translation.{key}"))
    for key, (kind, purpose) in TRANSLATION_KEYS.items():
        if key not in info:
            out.append(Finding(ctx.path, line, "FM-TRANSLATION", f"Fältet '{key}' saknas.",
                               f"Lägg till translation.{key} ({purpose}).", f"translation.{key}"))
        elif not isinstance(info[key], kind):
            fix = (f"Skriv värdet inom citattecken: {key}: \"{info[key]}\"" if kind is str
                   else f"Rätta translation.{key}.")
            out.append(Finding(ctx.path, line, "FM-TYPE",
                               f"Fältet ska vara {_type_name(kind)} ({purpose}).",
                               fix, f"translation.{key}"))
    if info.get("method") not in (None, *TRANSLATION_METHODS):
        out.append(Finding(ctx.path, line, "FM-TRANSLATION",
                           f"Okänt sätt att översätta: '{info.get('method')}'.",
                           "Skriv method: machine eller method: human.", "translation.method"))
    if "second_check" in info:
        out += _check_second_check(info["second_check"], ctx.path, line)
    return out


def second_check_date(info) -> dt.date | None:
    """The date of a translation's second check by machine (``translation.second_check``),
    or None when there is none or it is not a date."""
    value = info.get("second_check") if isinstance(info, dict) else None
    if isinstance(value, dt.datetime):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _check_second_check(value, path: str, line: int) -> list[Finding]:
    date = second_check_date({"second_check": value})
    field = "translation.second_check"
    if date is None or (isinstance(value, str) and len(value) != 10):
        return [Finding(path, line, "FM-TYPE", f"'{value}' är inte ett datum.",
                        'Skriv datumet så här: second_check: "2026-12-05"', field)]
    if date > clock.today():
        return [Finding(path, line, "FM-SECOND-CHECK",
                        f"Datumet {date.isoformat()} har inte kommit än.",
                        "Skriv dagen då den andra kontrollen gjordes.", field)]
    return []


def check_limits(source: str, path: str) -> list[Finding]:
    """``FM-YAML-ALIAS``/``FM-YAML-LIMIT`` when the front matter uses anchors or aliases or
    nests too deep (:mod:`yamllimits`). Run before anything reads or prints the values: a
    title that is an alias bomb ran the build out of memory when a message showed it."""
    match = _FRONT_MATTER.match(source)
    if not match:
        return []
    try:
        found = yamllimits.check_limits(match.group(1), path, prefix="FM", first_line=2)
    except yaml.YAMLError:
        return []  # MkDocs reports front matter it cannot read
    return [found] if found else []


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*$", re.S | re.M)


def key_lines(source: str) -> dict[str, int]:
    """Line number of each top-level key in a Markdown file's front matter."""
    lines = source.splitlines()
    result: dict[str, int] = {}
    if not lines or lines[0].strip() != "---":
        return result
    for number, text in enumerate(lines[1:], start=2):
        if text.strip() == "---":
            break
        if text and not text[0].isspace() and ":" in text and not text.startswith("#"):
            result.setdefault(text.split(":", 1)[0].strip(), number)
    return result
