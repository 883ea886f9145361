"""The glossary (ordlista): words people meet in letters and e-services, explained simply.

For readers, and for translators who reuse it. The glossary is data, one file per
language, ``data/glossary/<lang>.yml``; Swedish (``sv.yml``) is the source and every other
language uses the same keys::

    omprovning:                 # key: ASCII, never changes, the same in every language
      term: omprövning          # the word as the glossary lists it
      forms: [omprövning]       # forms explained where used (case-sensitive; [] for none)
      explanation: När myndigheten tittar på sitt beslut en gång till …
      letter: true              # sv.yml only: a word the reader must find in a Swedish
                                # letter; translations keep it (translation_status.letters)

Three uses inside the build (the MkDocs plugin calls :func:`apply_with_words` in
on_page_markdown):

- the glossary page holds the marker ``<!-- hjalp: ordlista -->``, replaced by every term
  and its explanation, sorted in the language's alphabetical order;
- every other page gets Markdown abbreviations (``*[omprövning]: …``) for the terms it
  uses, so the ``abbr`` extension shows the explanation where the word stands;
- and the list of those terms, which the page shows at its end ("Ord på sidan").

A language without a glossary file gets neither (an empty string), never Swedish
explanations on a page in another language.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from hjalpguide.findings import Finding, Severity

MARKER = "<!-- hjalp: ordlista -->"
GLOSSARY_DIR = Path("data/glossary")
SOURCE_LANG = "sv"

# Letters that sort after z, per language (Swedish and Finnish: å ä ö). Other languages
# sort letters with accents next to their base letter (á with a), which is close enough
# for a short word list.
_AFTER_Z = {"sv": "åäö", "fi": "åäö"}


@dataclass(frozen=True)
class Term:
    key: str
    term: str
    explanation: str
    forms: tuple[str, ...] = field(default_factory=tuple)  # empty: no abbreviations
    letter: bool = False  # a word of Swedish letters that every translation keeps

    def all_forms(self) -> list[str]:
        """The forms as written, plus the same words with a capital first letter."""
        forms = list(self.forms)
        capitalised = [f[:1].upper() + f[1:] for f in forms]
        return list(dict.fromkeys(forms + capitalised))


class GlossaryError(ValueError):
    """A glossary file that cannot be read; the message names the file and the problem."""


def glossary_path(root: Path, lang: str) -> Path:
    return Path(root) / GLOSSARY_DIR / f"{lang}.yml"


def load(lang: str, root: Path) -> dict[str, Term]:
    """The glossary for ``lang`` (empty when the language has no file), keyed by term key."""
    path = glossary_path(root, lang)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return {}
    return _load_cached(str(path), stamp)


@functools.lru_cache(maxsize=32)
def _load_cached(path: str, stamp: int) -> dict[str, Term]:
    # ``stamp`` is part of the cache key so that an edited file is read again (mkdocs serve).
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle) or {}
    except (OSError, yaml.YAMLError) as error:
        raise GlossaryError(f"{path}: {error}") from None
    if not isinstance(data, dict):
        raise GlossaryError(f"{path}: filen ska vara en lista av ord (nyckel: fält).")
    terms = {}
    for key, entry in data.items():
        if not isinstance(entry, dict):
            continue  # reported by check(); the site still builds
        term, explanation = entry.get("term"), entry.get("explanation")
        if not isinstance(term, str) or not isinstance(explanation, str):
            continue
        forms = entry.get("forms", [term])  # an empty list: no explanation where used
        forms = tuple(str(f) for f in forms or () if isinstance(f, (str, int)))
        terms[str(key)] = Term(str(key), term.strip(), " ".join(explanation.split()), forms,
                               entry.get("letter") is True)
    return terms


def letter_terms(root: Path) -> list[Term]:
    """The Swedish terms marked ``letter: true``: words a reader must be able to find in a
    letter in Swedish, so every translation keeps the Swedish word where the page uses it."""
    return [t for t in load(SOURCE_LANG, root).values() if t.letter]


def sort_key(text: str, lang: str) -> tuple:
    """Alphabetical order for ``lang``: å, ä, ö after z in Swedish, case ignored."""
    after = _AFTER_Z.get(lang, "")
    key = []
    for char in text.casefold():
        if char in after:
            key.append((2, after.index(char)))
        else:
            base = unicodedata.normalize("NFD", char)[0]
            key.append((1, ord(base)))
    return tuple(key)


def glossary_markdown(lang: str, root: Path) -> str:
    """Every term and its explanation as Markdown, in alphabetical order, one heading each.

    Headings get the term's key as anchor, so other pages can link to ``ordlista/#ombud``.
    """
    terms = sorted(load(lang, root).values(), key=lambda t: sort_key(t.term, lang))
    blocks = [f"## {t.term} {{ #{t.key} }}\n\n{t.explanation}\n" for t in terms]
    return "\n".join(blocks)


def abbreviations_markdown(lang: str, root: Path, used_in: str | None = None) -> str:
    """Markdown abbreviation definitions (``*[form]: explanation``) for the glossary terms.

    With ``used_in``, only the terms that occur in that text (as a whole word) are defined.
    """
    terms = list(load(lang, root).values())
    return _abbreviations(terms, None if used_in is None else _found(terms, used_in))


def used_terms(markdown: str, lang: str, root: Path) -> list[Term]:
    """The glossary terms a page uses (any form, as a whole word), in alphabetical order.

    The page lists them with their explanations at the end ("Ord på sidan",
    ``overrides/partials/hjalp-words.html``): the ``abbr`` explanations show only on hover,
    so readers on a touch screen or with a keyboard need the list. None on the glossary
    page itself."""
    return apply_with_words(markdown, lang, root)[1]


def apply(markdown: str, lang: str, root: Path) -> str:
    """The page's Markdown with the glossary filled in (glossary page) or abbreviations added."""
    return apply_with_words(markdown, lang, root)[0]


def apply_with_words(markdown: str, lang: str, root: Path) -> tuple[str, list[Term]]:
    """:func:`apply` and :func:`used_terms` from one scan of the page: the call the MkDocs
    plugin makes, in on_page_markdown."""
    if MARKER in markdown:
        return markdown.replace(MARKER, glossary_markdown(lang, root)), []
    terms = list(load(lang, root).values())
    found = _found(terms, markdown)
    used = sorted((t for t in terms if any(form in found for form in t.all_forms())),
                  key=lambda t: sort_key(t.term, lang))
    abbreviations = _abbreviations(terms, found)
    if not abbreviations:
        return markdown, used
    return markdown.rstrip("\n") + "\n\n" + abbreviations + "\n", used


def _found(terms: list[Term], text: str) -> set[str]:
    return _found_forms(tuple(f for t in terms for f in t.all_forms()), text)


def _abbreviations(terms: list[Term], found: set[str] | None) -> str:
    """``*[form]: explanation`` lines for the forms in ``found`` (every form if None)."""
    return "\n".join(f"*[{form}]: {_one_line(term.explanation)}" for term in terms
                     for form in term.all_forms() if found is None or form in found)


def check(root: Path, languages: list[str]) -> list[Finding]:
    """Problems in the glossary files: missing fields, and keys that differ from Swedish."""
    findings: list[Finding] = []
    if not glossary_path(root, SOURCE_LANG).exists():
        return findings  # a project without a glossary
    source_keys = set(_read_raw(root, SOURCE_LANG, findings))
    for lang in languages:
        path = glossary_path(root, lang)
        if lang == SOURCE_LANG or not path.exists():
            continue
        keys = set(_read_raw(root, lang, findings))
        rel = _relative(path, root)
        for key in sorted(source_keys - keys):
            findings.append(Finding(rel, None, "GLOSSARY-MISSING", f"Ordet '{key}' saknas.",
                                    f"Översätt '{key}' från {SOURCE_LANG}.yml.", key,
                                    Severity.WARNING))
        for key in sorted(keys - source_keys):
            findings.append(Finding(rel, None, "GLOSSARY-UNKNOWN-KEY",
                                    f"Ordet '{key}' finns inte i {SOURCE_LANG}.yml.",
                                    "Använd samma nycklar som den svenska ordlistan.", key))
    return findings


# ---


def _read_raw(root: Path, lang: str, findings: list[Finding]) -> dict:
    """One glossary file as plain data; problems are added to ``findings``."""
    path = glossary_path(root, lang)
    rel = _relative(path, root)
    try:
        text = path.read_text(encoding="utf-8")
        data = yaml.safe_load(text) or {}
    except (OSError, yaml.YAMLError) as error:
        findings.append(Finding(rel, None, "GLOSSARY-YAML", f"Filen går inte att läsa: {error}",
                                "Rätta YAML-felet på raden som nämns."))
        return {}
    if not isinstance(data, dict):
        findings.append(Finding(rel, 1, "GLOSSARY-YAML", "Filen ska vara en lista av ord.",
                                "Skriv varje ord som 'nyckel:' med term och explanation."))
        return {}
    lines = {line.split(":", 1)[0]: n for n, line in enumerate(text.splitlines(), 1)
             if line and not line[0].isspace() and ":" in line and not line.startswith("#")}
    for key, entry in data.items():
        if isinstance(entry, dict) and "letter" in entry:
            _check_letter(entry["letter"], lang, rel, lines.get(str(key)), str(key), findings)
        for name in ("term", "explanation"):
            if not isinstance(entry, dict) or not isinstance(entry.get(name), str):
                findings.append(Finding(rel, lines.get(str(key)), "GLOSSARY-FIELD",
                                        f"Ordet '{key}' saknar texten '{name}'.",
                                        f"Lägg till '{name}: …' under '{key}'.", f"{key}.{name}"))
    return data


def _check_letter(value: object, lang: str, rel: str, line: int | None, key: str,
                  findings: list[Finding]) -> None:
    """``letter:`` is a yes/no field, and only the Swedish file says which words are letter
    words (the list is defined once)."""
    if lang != SOURCE_LANG:
        findings.append(Finding(rel, line, "GLOSSARY-FIELD",
                                f"Ordet '{key}' har 'letter', men brevord bestäms bara i "
                                f"{SOURCE_LANG}.yml.", f"Ta bort 'letter:' under '{key}'.",
                                f"{key}.letter"))
    elif not isinstance(value, bool):
        findings.append(Finding(rel, line, "GLOSSARY-FIELD",
                                f"'letter' under '{key}' ska vara true eller false.",
                                "Skriv 'letter: true' eller ta bort raden.", f"{key}.letter"))


def _relative(path: Path, root: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(Path(root).resolve()))
    except ValueError:
        return str(path)


def _found_forms(forms: tuple[str, ...], text: str) -> set[str]:
    """Which of ``forms`` stand in ``text`` as whole words (one pass over the text).

    The lookahead lets forms overlap: "BankID" is found inside "Mobilt BankID" too."""
    return set(_forms_pattern(forms).findall(text)) if forms else set()


@functools.lru_cache(maxsize=64)
def _forms_pattern(forms: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?=(?<!\w)({alternatives})(?!\w))")


def _one_line(text: str) -> str:
    return " ".join(text.split())
