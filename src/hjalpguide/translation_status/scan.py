"""Read every Swedish page and its translations and say, per language, what state each is in.

A page's state is one of: ``ok`` (translated, made from the current Swedish),
``outdated`` (the Swedish changed since: ``translation.source_hash`` is not the current
hash), ``missing`` (no translation yet) or ``orphan`` (a translation without a Swedish
page). Independently, a translation can have structure drift, differing facts, and be
unreviewed (``translation.reviewed`` is not true).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from hjalpguide import translation
from hjalpguide.findings import Finding, Severity
from hjalpguide.frontmatter import key_lines, second_check_date
from hjalpguide.languages import load_languages, read_mkdocs_yml
from hjalpguide.translation_status import facts as facts_mod
from hjalpguide.translation_status import letters as letters_mod
from hjalpguide.translation_status import structure as structure_mod

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
#: Front-matter fields a reader sees, whose facts count too.
_VISIBLE_FIELDS = ("title", "summary")


@dataclass
class PageStatus:
    source: str  # the Swedish page, relative to the project, e.g. guides/bankid/index.sv.md
    lang: str
    path: str  # the translation (where it should be, when it is missing)
    state: str  # ok | outdated | missing | orphan
    drift: bool = False
    facts: bool = False
    letters: bool = False  # a letter word of the Swedish page is missing
    reviewed: bool | None = None  # None when missing
    method: str | None = None
    second_check: str | None = None  # YYYY-MM-DD of a second check by machine
    recorded_hash: str | None = None
    current_hash: str | None = None
    diff: str | None = None  # filled in on request (--diff)

    def to_dict(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if v is not None or k == "reviewed"}


@dataclass
class Report:
    source_lang: str
    languages: list[str]  # the translated languages, in mkdocs.yml order
    pages: list[PageStatus] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    data_files: list = field(default_factory=list)  # datafiles.DataFileStatus

    def pages_of(self, lang: str) -> list[PageStatus]:
        return [p for p in self.pages if p.lang == lang]


@dataclass
class Page:
    """One Markdown file, read once; its skeleton and facts worked out once, when needed."""
    rel: str
    text: str
    meta: dict
    meta_error: str | None
    _structure: structure_mod.Structure | None = None
    _facts: list[facts_mod.Fact] | None = None
    _hash: str | None = None

    @property
    def structure(self) -> structure_mod.Structure:
        if self._structure is None:
            self._structure = structure_mod.structure_of(self.text)
        return self._structure

    @property
    def facts(self) -> list[facts_mod.Fact]:
        if self._facts is None:
            self._facts = facts_mod.facts_of(self.text, _visible_fields(self))
        return self._facts

    @property
    def hash(self) -> str:
        if self._hash is None:
            self._hash = translation.source_hash(self.text)
        return self._hash


def scan(root: Path, only: list[str] | None = None, strict_missing: bool = False,
         strict_terms: bool = False) -> Report:
    """The status of every translation under the docs folder (``only``: some languages).

    ``strict_terms``: a missing letter word is an error, not a warning (terms.py too)."""
    root = Path(root)
    languages = load_languages(root / "mkdocs.yml")
    source_lang = languages[0].code
    codes = [lang.code for lang in languages[1:] if not only or lang.code in only]
    docs = docs_dir(root)
    report = Report(source_lang, codes)
    sources = {p: _read(p, root) for p in sorted(docs.rglob(f"*.{source_lang}.md"))}
    words = letters_mod.letter_words(root)
    letter_severity = Severity.ERROR if strict_terms else Severity.WARNING
    for lang in codes:
        for source_file, source in sources.items():
            target = _translation_path(source_file, source_lang, lang)
            _check_pair(report, root, source, target, lang, strict_missing,
                        (words, letter_severity))
        for orphan in sorted(docs.rglob(f"*.{lang}.md")):
            if translation.source_path(orphan, lang, source_lang) not in sources:
                _add_orphan(report, root, orphan, lang)
    return report


def docs_dir(root: Path) -> Path:
    """The pages' folder (mkdocs.yml ``docs_dir``)."""
    return Path(root) / (read_mkdocs_yml(Path(root) / "mkdocs.yml").get("docs_dir") or "docs")


def _translation_path(source_file: Path, source_lang: str, lang: str) -> Path:
    return source_file.with_name(source_file.name[: -len(f".{source_lang}.md")] + f".{lang}.md")


def _rel(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _read(path: Path, root: Path) -> Page:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"{_rel(path, root)}: filen är inte sparad som UTF-8 "
                         f"(byte {error.start}). Spara den som UTF-8.") from error
    meta, error = {}, None
    lines = text.replace("\r\n", "\n").split("\n")
    if lines and lines[0].strip() == "---":
        end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
        if end is not None:
            try:
                meta = yaml.load("\n".join(lines[1:end]), Loader=_Loader) or {}
            except yaml.YAMLError as exc:
                error = str(exc).replace("\n", " ")
            if not isinstance(meta, dict):
                meta, error = {}, error or "fälten överst är inte en lista med namn: värde"
    return Page(_rel(path, root), text, meta, error)


def _check_pair(report: Report, root: Path, source: Page, target: Path, lang: str,
                strict_missing: bool,
                letters: tuple[list[letters_mod.LetterWord], Severity] = ([], Severity.WARNING),
                ) -> None:
    current = source.hash
    rel = _rel(target, root)
    if not target.exists():
        report.pages.append(PageStatus(source.rel, lang, rel, "missing", current_hash=current))
        severity = Severity.ERROR if strict_missing else Severity.WARNING
        report.findings.append(Finding(
            rel, None, "TR-MISSING", f"Sidan är inte översatt än (källa: {source.rel}).",
            f"Översätt {source.rel} och spara som {target.name}.", severity=severity))
        return
    page = _read(target, root)
    info = page.meta.get("translation") if isinstance(page.meta.get("translation"), dict) else {}
    checked = second_check_date(info)
    status = PageStatus(source.rel, lang, rel, "ok", reviewed=info.get("reviewed") is True,
                        method=info.get("method"), current_hash=current,
                        recorded_hash=_as_text(info.get("source_hash")),
                        second_check=checked.isoformat() if checked else None)
    report.pages.append(status)
    if page.meta_error:
        report.findings.append(Finding(rel, 1, "TR-FRONTMATTER",
                                       f"Fälten överst går inte att läsa: {page.meta_error}",
                                       "Rätta YAML-felet mellan raderna med ---."))
    _check_freshness(report, status, page, info)
    _check_structure(report, status, source, page)
    _check_facts(report, status, source, page)
    _check_letters(report, status, source, page, *letters)


def _as_text(value) -> str | None:
    return None if value is None else str(value)


def _check_freshness(report: Report, status: PageStatus, page: Page, info: dict) -> None:
    line = key_lines(page.text).get("translation", 1)
    recorded = info.get("source_hash")
    stamp_fix = (f"När översättningen stämmer med den svenska sidan: kör "
                 f"scripts/translation_status.py --stamp {status.path}")
    if recorded is not None and not isinstance(recorded, str):
        status.state = "outdated"
        report.findings.append(Finding(
            status.path, line, "TR-HASH-TYPE", "source_hash är inte text (YAML läste den som "
            f"ett tal: {recorded!r}).", f'Skriv värdet inom citattecken: source_hash: "{recorded}"',
            "translation.source_hash", Severity.WARNING))
    elif not recorded:
        status.state = "outdated"
        report.findings.append(Finding(
            status.path, line, "TR-NO-HASH", "Sidan säger inte vilken svensk text den är "
            "översatt från.", stamp_fix + ".", "translation.source_hash", Severity.WARNING))
    elif recorded != status.current_hash:
        status.state = "outdated"
        report.findings.append(Finding(
            status.path, line, "TR-OUTDATED", f"Den svenska sidan {status.source} har ändrats "
            "sedan sidan översattes.", "Se ändringarna med --diff, uppdatera översättningen. "
            + stamp_fix + ".", "translation.source_hash", Severity.WARNING))


def _check_structure(report: Report, status: PageStatus, source: Page, page: Page) -> None:
    differences = structure_mod.compare(source.structure, page.structure)
    for difference in differences:
        status.drift = True
        report.findings.append(Finding(
            status.path, difference.line, "TR-STRUCTURE", difference.message,
            f"Gör som på den svenska sidan {source.rel}: samma rubriker, steg, listor, "
            "länkar, bilder och rutor.", difference.kind))


def _check_facts(report: Report, status: PageStatus, source: Page, page: Page) -> None:
    for difference in facts_mod.compare(source.facts, page.facts):
        status.facts = True
        fact = difference.fact
        if difference.in_source:
            message = (f"'{fact.shown}' står på den svenska sidan (rad {fact.line}) men inte i "
                       "översättningen.")
            fix, line = f"Skriv '{fact.shown}' precis som på svenska.", None
        else:
            message = f"'{fact.shown}' står inte på den svenska sidan {source.rel}."
            fix, line = "Skriv samma nummer, datum och belopp som på svenska.", fact.line
        report.findings.append(Finding(status.path, line, "TR-FACTS", message, fix, "fakta"))


def _check_letters(report: Report, status: PageStatus, source: Page, page: Page,
                   words: list[letters_mod.LetterWord], severity: Severity) -> None:
    if not words:
        return
    missing = letters_mod.missing_words(words, source.text, source.meta, page.text, page.meta)
    status.letters = bool(missing)
    for found in missing:
        message, fix = letters_mod.message(found, source.rel)
        report.findings.append(Finding(page.rel, found.line, letters_mod.RULE, message, fix,
                                       "brevord", severity))


def _visible_fields(page: Page) -> dict[int, str]:
    lines = key_lines(page.text)
    return {lines[key]: str(page.meta[key]) for key in _VISIBLE_FIELDS
            if key in page.meta and key in lines}


def _add_orphan(report: Report, root: Path, orphan: Path, lang: str) -> None:
    rel = _rel(orphan, root)
    page = _read(orphan, root)
    info = page.meta.get("translation") if isinstance(page.meta.get("translation"), dict) else {}
    report.pages.append(PageStatus("", lang, rel, "orphan", reviewed=info.get("reviewed") is True,
                                   method=info.get("method")))
    report.findings.append(Finding(
        rel, None, "TR-ORPHAN", "Det finns ingen svensk sida som den här sidan är översatt från.",
        "Ta bort sidan, eller byt namn på den så att den matchar en svensk sida.",
        severity=Severity.WARNING))
