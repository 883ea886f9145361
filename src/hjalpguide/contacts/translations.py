"""Translations of the help places' texts: ``data/help-places/translations/<lang>.yml``.

A help-place file is written in Swedish. Each language's translation file pairs a Swedish
text with the same text in that language::

    language: ar
    translation: {method: machine, reviewed: false}
    texts:
      - sv: Frågor om skatt, folkbokföring, flytt, id-kort och personbevis.
        ar: أسئلة عن ...

An entry is found by its Swedish text (spaces normalised), not by place or field: the same
sentence in ten places is translated once, and when an editor changes a Swedish text the
old translation simply stops matching, so the page shows the new Swedish text instead of
a translation of the old one. The check then names the place text that lacks a
translation (HP-TR-MISSING) and the entry nobody uses any more (HP-TR-UNUSED), both as
warnings: the Swedish fallback is shown and marked ``lang="sv"``.

A text written in the place file itself (``description: {sv: …, ar: …}``) wins over the
translation file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from hjalpguide.contacts import content, schema, vocab
from hjalpguide.contacts.structure import suggest
from hjalpguide.contacts.yamlread import Document, dotted, read_file
from hjalpguide.findings import Finding, Severity, shown_path
from hjalpguide.translation_status.facts import compare, facts_of

FOLDER_NAME = "translations"
METHODS = tuple(vocab.TRANSLATION_METHODS)
#: Field names whose missing translation is not reported: most names are proper names
#: (Försäkringskassan) that stay Swedish; a name is translated when a file has it.
NOT_REPORTED = frozenset({"name"})
#: Invisible characters that a translation may need: the zero-width non-joiner and joiner
#: are part of Persian spelling (می‌توانید). Every other one is reported.
_NEEDED_INVISIBLE = {ord("\u200c"): None, ord("\u200d"): None}
#: The longest text a place may hold, half again for languages that need more words.
MAX_LENGTH = max(f.max_length for f in schema.PLACE if f.type == "text") * 3 // 2


def _text_paths(fields: tuple[schema.Field, ...], prefix: tuple = ()) -> list[tuple]:
    """Where the schema's ``text`` fields sit in a file: ("places", "*", "description")."""
    out = []
    for f in fields:
        if f.type == "text":
            out.append(prefix + (f.name,))
        elif f.type == "object":
            out += _text_paths(f.fields, prefix + (f.name,))
        elif f.type == "list" and f.items == "object":
            out += _text_paths(f.fields, prefix + (f.name, "*"))
    return out


TEXT_PATHS = tuple(_text_paths(schema.FILE))
#: The same, inside one place: ("description",), ("phones", "*", "description") …
PLACE_TEXT_PATHS = tuple(p[2:] for p in TEXT_PATHS if p[:2] == ("places", "*"))


def key(text: str) -> str:
    """How a Swedish text is matched: runs of spaces and line breaks count as one space."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Source:
    """A Swedish text in a help-place file, and the languages written next to it there."""

    text: str  # normalised with key()
    field: str  # the field's name (description, name …)
    path: str  # places[3].description
    file: str
    line: int
    inline: frozenset[str] = frozenset()


def swedish_texts(doc: Document) -> list[Source]:
    """Every Swedish text of a parsed help-place file that a translation could replace."""
    out: list[Source] = []
    for pattern in TEXT_PATHS:
        for path, value in _values(doc.data, pattern, ()):
            inline = frozenset()
            if isinstance(value, dict):
                inline = frozenset(lang for lang in value if lang != "sv")
                value = value.get("sv")
            if isinstance(value, str) and value.strip():
                out.append(Source(key(value), pattern[-1], dotted(path), doc.path,
                                  doc.line(path), inline))
    return out


def _values(data, pattern: tuple, path: tuple):
    if not pattern:
        yield path, data
        return
    step, rest = pattern[0], pattern[1:]
    if step == "*":
        for index, item in enumerate(data if isinstance(data, list) else []):
            yield from _values(item, rest, path + (index,))
    elif isinstance(data, dict) and step in data:
        yield from _values(data[step], rest, path + (step,))


@dataclass
class Catalogue:
    """Every language's translations, by the Swedish text."""

    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # lang -> sv -> text
    method: dict[str, str] = field(default_factory=dict)  # lang -> machine | human
    #: every entry as (file, line, field, Swedish text): for the unused-entry warning
    entries: list[tuple[str, int, str, str]] = field(default_factory=list)

    def translate_place(self, raw) -> tuple[object, tuple[tuple[str, str], ...]]:
        """A place as read from its file, with every text given its translations; and
        which languages came from a translation file, with how they were made
        (``(("ar", "machine"), …)``), so the open data can say so."""
        if not self.texts:
            return raw, ()
        used: set[str] = set()
        for pattern in PLACE_TEXT_PATHS:
            raw = _replace(raw, pattern, lambda value: self._add_languages(value, used))
        return raw, tuple((lang, self.method.get(lang, "machine")) for lang in sorted(used))

    def _add_languages(self, value, used: set[str]):
        """A text value with the translated languages added: plain Swedish text becomes
        ``{"sv": …, lang: …}``; languages written in the place file are kept as they are."""
        swedish = value.get("sv") if isinstance(value, dict) else value
        if not isinstance(swedish, str):
            return value
        wanted = key(swedish)
        own = value if isinstance(value, dict) else {"sv": value}
        found = {lang: texts[wanted] for lang, texts in self.texts.items()
                 if wanted in texts and lang not in own}
        if not found:
            return value
        used.update(found)
        return {**found, **own}


def _replace(data, pattern: tuple, change):
    """``data`` with the value(s) at ``pattern`` changed; the input is not modified."""
    if not pattern:
        return change(data)
    step, rest = pattern[0], pattern[1:]
    if step == "*":
        return [_replace(item, rest, change) for item in data] if isinstance(data, list) else data
    if isinstance(data, dict) and step in data:
        return {**data, step: _replace(data[step], rest, change)}
    return data


def load(folder: Path, languages: list[str], shown_from: Path | None = None
         ) -> tuple[Catalogue, list[Finding], int]:
    """Read and check every translation file; returns the catalogue, findings, files read."""
    catalogue, findings = Catalogue(), []
    files = sorted(p for p in folder.iterdir() if p.suffix in (".yml", ".yaml")
                   and not p.name.startswith(".")) if folder.is_dir() else []
    for path in files:
        shown = shown_path(path, shown_from)
        doc, read_findings = read_file(path, shown)
        findings += read_findings
        if doc is not None:
            findings += _check_file(doc, path.stem, languages, catalogue)
    return catalogue, findings, len(files)


def coverage(catalogue: Catalogue, sources: list[Source]) -> list[Finding]:
    """Entries no place uses (HP-TR-UNUSED) and place texts a language lacks (HP-TR-MISSING).

    Only languages that have a translation file are asked for: a deployer who translates
    nothing gets no warnings."""
    findings = []
    used = {source.text for source in sources}
    for file, line, where, swedish in catalogue.entries:
        if swedish not in used:
            findings.append(Finding(
                file, line, "HP-TR-UNUSED",
                "Den svenska texten finns inte i någon hjälpställe-fil, så översättningen "
                "används inte.",
                "Har du ändrat den svenska texten? Skriv in den nya texten i sv: och "
                "översätt den igen. Annars: ta bort posten.", where, Severity.WARNING))
    for source in sources:
        if source.field in NOT_REPORTED:
            continue
        missing = [lang for lang, texts in catalogue.texts.items()
                   if source.text not in texts and lang not in source.inline]
        if missing:
            first = missing[0]
            findings.append(Finding(
                source.file, source.line, "HP-TR-MISSING",
                f"Texten är inte översatt till {', '.join(missing)}. På de språken visas "
                "den på svenska tills den är översatt.",
                f"Lägg till en post i data/help-places/{FOLDER_NAME}/<språk>.yml för varje "
                f"språk, t.ex. i {first}.yml: sv: och texten, {first}: och översättningen.",
                source.path, Severity.WARNING))
    return findings


def _check_file(doc: Document, stem: str, languages: list[str],
                catalogue: Catalogue) -> list[Finding]:
    out: list[Finding] = []

    def add(path: tuple, rule: str, message: str, fix: str) -> None:
        out.append(Finding(doc.path, doc.line(path), rule, message, fix, dotted(path)))

    others = [lang for lang in languages if lang != "sv"]
    if stem not in others:
        add((), "HP-TR-FILE", f"'{stem}' är inte ett av webbplatsens språk (utom svenska).",
            "Döp filen efter språkets kod, t.ex. ar.yml. " + suggest(stem, others, "Språk: "))
        return out
    data = doc.data
    if not isinstance(data, dict):
        add((), "HP-TR-FORMAT", "Filen ska börja med language:, translation: och texts:.",
            "Gör som i en.yml i samma mapp.")
        return out
    for name in data:
        if name not in ("language", "translation", "texts"):
            add((name,), "HP-TR-FORMAT", f"Okänt fält '{name}'.",
                suggest(name, ["language", "translation", "texts"]))
    if data.get("language") != stem:
        add(("language",), "HP-TR-LANGUAGE",
            f"language ska vara {stem}, som filens namn.", f"Skriv language: {stem}")
    info = data.get("translation")
    info = info if isinstance(info, dict) else {}
    if info.get("method") not in METHODS:
        add(("translation", "method"), "HP-TR-METHOD",
            "Det står inte hur texterna är översatta.",
            "Skriv under translation: method: machine (av ett datorprogram) eller "
            "method: human (av en människa).")
    if not isinstance(info.get("reviewed"), bool):
        add(("translation", "reviewed"), "HP-TR-METHOD",
            "Det står inte om en människa har granskat översättningen.",
            "Skriv under translation: reviewed: false (eller true när någon har granskat den).")
    texts = data.get("texts")
    if not isinstance(texts, list):
        add(("texts",), "HP-TR-FORMAT", "texts: ska vara en lista med poster.",
            f"Skriv varje post som - sv: … och {stem}: … på nästa rad.")
        return out
    catalogue.method[stem] = info.get("method", "machine")
    own = catalogue.texts.setdefault(stem, {})
    first_line: dict[str, int] = {}
    for index, entry in enumerate(texts):
        path = ("texts", index)
        if not isinstance(entry, dict):
            add(path, "HP-TR-ENTRY", f"Posten ska ha två rader: sv: och {stem}:.",
                f"Skriv - sv: den svenska texten, och under den {stem}: översättningen.")
            continue
        for name in entry:
            if name not in ("sv", stem):
                add(path + (name,), "HP-TR-ENTRY", f"'{name}' hör inte hemma i {stem}.yml.",
                    f"En post har bara sv: och {stem}:. Andra språk har egna filer.")
        swedish, text = entry.get("sv"), entry.get(stem)
        for name, value in (("sv", swedish), (stem, text)):
            if not isinstance(value, str) or not value.strip():
                add(path + (name,), "HP-TR-ENTRY", f"Texten {name}: saknas eller är tom.",
                    f"Skriv texten efter {name}: på samma rad.")
            else:
                for problem in content.check_text(value.translate(_NEEDED_INVISIBLE),
                                                  MAX_LENGTH):
                    add(path + (name,), problem.rule, problem.message, problem.fix)
        if not (isinstance(swedish, str) and isinstance(text, str) and swedish.strip()
                and text.strip()):
            continue
        wanted = key(swedish)
        if wanted in first_line:
            add(path + ("sv",), "HP-TR-DUPLICATE",
                f"Samma svenska text finns redan på rad {first_line[wanted]}.",
                "Ta bort den ena posten.")
            continue
        out += _numbers_differ(doc, path + (stem,), swedish, text)
        first_line[wanted] = doc.line(path + ("sv",))
        own[wanted] = text.strip()
        catalogue.entries.append((doc.path, first_line[wanted], dotted(path + ("sv",)),
                                  wanted))
    return out


def _numbers_differ(doc: Document, path: tuple, swedish: str, text: str) -> list[Finding]:
    """A warning when a translation's numbers and e-mail addresses are not the Swedish
    text's (a phone number, time or date changed on the way): the same comparison as the
    translation status of the guide pages."""
    differences = compare(facts_of(swedish), facts_of(text))
    if not differences:
        return []
    missing = [d.fact.shown for d in differences if d.in_source]
    extra = [d.fact.shown for d in differences if not d.in_source]
    said = ([f"saknar {', '.join(missing)}"] if missing else []) + (
        [f"har {', '.join(extra)} som inte står i den svenska texten"] if extra else [])
    return [Finding(doc.path, doc.line(path), "HP-TR-NUMBER",
                    f"Översättningen {' och '.join(said)}.",
                    "Skriv samma telefonnummer, tider, datum, tal och e-postadresser som i "
                    "den svenska texten.", dotted(path), Severity.WARNING)]
