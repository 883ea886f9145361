"""Letter words: Swedish words a reader must find in a letter, kept in every translation.

A reader who gets a decision in Swedish looks for "beslut", "överklaga", "omprövning" in
the letter. So where a Swedish page uses such a word, its translation keeps the Swedish
word too, usually in brackets: "قرار (beslut)". The words are the glossary entries marked
``letter: true`` in data/glossary/sv.yml (defined there, once).

A Swedish page uses a word when one of its ``forms`` (or the term) stands there as a whole
word, case ignored, in the text, the title or the summary; link targets, addresses and
comments do not count. The translation keeps it when any of those forms stands in it the
same way. A finding names the line of the translated paragraph that matches the Swedish
paragraph where the word first appears (:mod:`paragraphs`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hjalpguide import glossary
from hjalpguide.frontmatter import key_lines
from hjalpguide.translation_status.facts import visible_text
from hjalpguide.translation_status.paragraphs import Paragraph, corresponding_line, paragraphs

RULE = "TR-LETTER-TERM"
#: Front-matter fields a reader sees; they count like the text.
VISIBLE_FIELDS = ("title", "summary")


@dataclass(frozen=True)
class LetterWord:
    key: str  # the glossary key, e.g. "overklagande"
    term: str  # e.g. "överklagande"
    pattern: re.Pattern  # any form, as a whole word, case ignored


@dataclass(frozen=True)
class MissingWord:
    word: LetterWord
    shown: str  # the form as the Swedish page writes it, e.g. "överklaga"
    source_line: int  # where the Swedish page uses it first
    line: int | None  # the matching line in the translation


def letter_words(root: Path) -> list[LetterWord]:
    """The letter words of the project (none without a Swedish glossary)."""
    return [_word(term) for term in glossary.letter_terms(root)]


def _word(term: glossary.Term) -> LetterWord:
    forms = sorted({term.term, *term.forms}, key=len, reverse=True)
    alternatives = "|".join(re.escape(f) for f in forms)
    return LetterWord(term.key, term.term, re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)",
                                                      re.IGNORECASE))


def missing_words(words: list[LetterWord], source_text: str, source_meta: dict,
                  translated_text: str, translated_meta: dict) -> list[MissingWord]:
    """The letter words the Swedish page uses and the translation lacks, in page order."""
    source_paragraphs = paragraphs(source_text)
    translated_paragraphs = paragraphs(translated_text)
    source = _units(source_text, source_meta, source_paragraphs)
    translated = _units(translated_text, translated_meta, translated_paragraphs)
    whole_translation = "\n".join(text for _, _, text in translated)
    missing = []
    for word in words:
        first = next(((where, line, m) for where, line, text in source
                      if (m := word.pattern.search(text))), None)
        if first is None or word.pattern.search(whole_translation):
            continue
        where, line, match = first
        if isinstance(where, str):  # the title or the summary
            target = key_lines(translated_text).get(where)
        else:
            offset = match.string.count("\n", 0, match.start())  # the line in the paragraph
            line += offset
            target = corresponding_line(source_paragraphs, translated_paragraphs, where, offset)
        missing.append(MissingWord(word, match.group(0), line, target))
    return sorted(missing, key=lambda m: m.source_line)


def _units(text: str, meta: dict,
           found: list[Paragraph]) -> list[tuple[str | int, int, str]]:
    """(field name or paragraph index, line, visible text): the fields first, then the body."""
    lines = key_lines(text)
    units: list[tuple[str | int, int, str]] = [
        (key, lines[key], str(meta[key])) for key in VISIBLE_FIELDS
        if key in meta and key in lines]
    for index, paragraph in enumerate(found):
        if paragraph.kind == "code":
            continue
        units.append((index, paragraph.line,
                      "\n".join(visible_text(line) for _, line in paragraph.lines)))
    return units


def message(found: MissingWord, source_rel: str) -> tuple[str, str]:
    """The finding's message and fix, in plain Swedish."""
    text = (f"Brevordet '{found.shown}' står på den svenska sidan {source_rel} (rad "
            f"{found.source_line}) men inte i översättningen. Läsaren behöver känna igen "
            "ordet i brev på svenska.")
    fix = (f"Skriv det svenska ordet inom parentes efter ditt ord där det står första "
           f"gången, till exempel '… ({found.shown.lower()})'.")
    return text, fix
