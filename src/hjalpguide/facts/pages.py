"""Which facts each guide page cites: the ``facts:`` list in its front matter.

A Swedish page lists the facts it states; a translated page takes its Swedish page's
(:func:`swedish_ids`), so translators never copy ids. Reads the files directly, for the
check outside the build and for the build's translated pages and handouts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from hjalpguide.findings import Finding, shown_path
from hjalpguide.frontmatter import COMPUTED_FIX, COMPUTED_KEYS, key_lines

KEY = "facts"
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*\r?$", re.S | re.M)


@dataclass(frozen=True)
class PageFacts:
    """The facts one page file cites."""

    path: str  # as the editor knows it: guides/bankid/skaffa-bankid.sv.md
    name: str  # the page without language: bankid/skaffa-bankid
    lang: str
    ids: tuple[str, ...] | None  # None: the page has no facts: key at all
    line: int  # the line of the facts: key (1 when there is none)
    findings: list[Finding] = field(default_factory=list)
    computed: tuple[str, ...] = ()  # old keys the build now computes (checked, sources)


def read(path: Path, shown_as: str, name: str, lang: str) -> PageFacts:
    """The ``facts:`` of one page file; a wrong value becomes a finding, never an error."""
    text = path.read_text(encoding="utf-8-sig")
    line = key_lines(text).get(KEY, 1)
    match = _FRONT_MATTER.match(text)
    if not match:
        return PageFacts(shown_as, name, lang, None, line)
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = mark.line + 2 if mark is not None else 1
        return PageFacts(shown_as, name, lang, None, where, [Finding(
            shown_as, where, "FACT-PAGE-YAML", "Sidans inledande fält går inte att läsa.",
            "Kontrollera indrag, kolon och citattecken mellan raderna ---.")])
    if not isinstance(meta, dict):
        return PageFacts(shown_as, name, lang, None, line)
    lines = key_lines(text)
    computed = tuple(key for key in COMPUTED_KEYS if key in meta)
    findings = [Finding(shown_as, lines.get(key, 1), "FM-COMPUTED",
                        f"Fältet '{key}' skrivs inte längre på sidan: {COMPUTED_KEYS[key]}.",
                        COMPUTED_FIX, key) for key in computed]
    if KEY not in meta:
        return PageFacts(shown_as, name, lang, None, line, findings, computed)
    ids = meta[KEY]
    if ids is None:
        ids = []
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        return PageFacts(shown_as, name, lang, (), line, findings + [Finding(
            shown_as, line, "FACT-PAGE-LIST", "Fältet 'facts' ska vara en lista med id:n.",
            "Skriv t.ex. facts: [bankid-skaffa-alder, bankid-skaffa-bank] eller facts: [] "
            "om sidan inte påstår några fakta.", KEY)], computed)
    return PageFacts(shown_as, name, lang, tuple(ids), line, findings, computed)


def scan(root: Path, docs_dir: Path, languages: list[str]) -> list[PageFacts]:
    """Every page file in ``docs_dir`` with a site language suffix (page.<lang>.md)."""
    pages = []
    for path in sorted(docs_dir.rglob("*.md")):
        stem = path.relative_to(docs_dir).as_posix()[: -len(".md")]
        name, _, lang = stem.rpartition(".")
        if name and lang in languages:
            pages.append(read(path, shown_path(path, root), name, lang))
    return pages


def swedish_ids(path: Path, lang: str, source_lang: str) -> tuple[tuple[str, ...], Path]:
    """The fact ids that decide a page in ``lang``: its Swedish page's (its own when it is
    Swedish), and that Swedish file. No Swedish page, or no list: no ids."""
    suffix = f".{lang}.md"
    source = path if lang == source_lang or not path.name.endswith(suffix) else \
        path.with_name(path.name[: -len(suffix)] + f".{source_lang}.md")
    if not source.is_file():
        return (), source
    page = read(source, str(source), "", source_lang)
    return page.ids or (), source

