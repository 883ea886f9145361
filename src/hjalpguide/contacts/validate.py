"""Check every help-place file: the contract of ``scripts/validate_contacts.py``.

Checks, for each YAML file in ``data/help-places/``: that it parses (line of the error),
the structure and types of :mod:`schema` (YAML traps explained), unknown fields with a
"Menade du …?", required fields, the municipality's code and name against
``data/kommuner.csv`` and the file's name, phone numbers (E.164, valid, ``display`` with the
same digits, short numbers apart), e-mail and web addresses, opening hours (syntax with
Swedish holidays, suspicious values), language codes, ids unique across all files, and
verification dates (not in the future; warning after 6 months and after 12 months), and
a document source much older than its verification date (:mod:`source_dates`). With
the whole folder, also the translations of the texts in ``translations/``
(:mod:`translations`).

All findings are collected before returning; nothing here raises on bad input.
Does not check: that a place really exists or that a number answers — people do that,
and record it in ``verified``.
"""

from __future__ import annotations

import datetime as dt
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from hjalpguide.contacts import (
    freshness,
    hours,
    kommuner,
    phones,
    schema,
    source_dates,
    translations,
    urls,
)
from hjalpguide.contacts.problems import Problem
from hjalpguide.contacts.structure import StructureCheck
from hjalpguide.contacts.yamlread import Document, dotted, read_file
from hjalpguide.findings import Finding, Severity, shown_path

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
POSTAL_CODE = re.compile(r"^[0-9]{3} ?[0-9]{2}$")


def _pattern(regex: re.Pattern, rule: str, message: str, fix: str):
    def check(value: str) -> list[Problem]:
        return [] if regex.match(value) else [Problem(rule, message.format(value=value), fix)]
    return check


FORMATS = {
    "url": urls.check_url,
    "email": urls.check_email,
    "source": urls.check_source,
    "opening_hours": hours.check,
    "e164": phones.check_number,
    "short_number": phones.check_short,
    "slug": _pattern(SLUG, "HP-ID", "'{value}' är inte ett giltigt id.",
                     "Använd små bokstäver a–z, siffror och bindestreck, t.ex. "
                     "sundsvall-stadsbiblioteket."),
    "municipality_code": _pattern(re.compile(r"^[0-9]{4}$"), "HP-MUNICIPALITY",
                                  "Kommunkoden '{value}' ska ha fyra siffror.",
                                  'Skriv koden inom citattecken, t.ex. code: "0114".'),
    "postal_code": _pattern(POSTAL_CODE, "HP-POSTAL-CODE",
                            "'{value}' är inte ett postnummer.", 'Skriv t.ex. "852 30".'),
}


@dataclass
class Result:
    """What a check of the data folder found: the parsed files and the findings."""

    documents: list[Document] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    files_checked: int = 0
    places_checked: int = 0
    sources: list[translations.Source] = field(default_factory=list)  # texts to translate
    translations: translations.Catalogue = field(default_factory=translations.Catalogue)


def data_files(data_dir: Path) -> list[Path]:
    return sorted(p for p in data_dir.iterdir()
                  if p.is_file() and p.suffix in (".yml", ".yaml") and not p.name.startswith("."))


def validate_tree(data_dir: Path, kommuner_csv: Path, languages: list[str],
                  today: dt.date, shown_from: Path | None = None) -> Result:
    """Check every data file in ``data_dir`` and its translations; paths in findings are
    shown from ``shown_from``."""
    translated = (data_dir / translations.FOLDER_NAME).is_dir()
    result = validate_files(data_files(data_dir), kommuner_csv, languages, today, shown_from,
                            collect_texts=translated)
    add_translations(result, data_dir, languages, shown_from)
    return result


def add_translations(result: Result, data_dir: Path, languages: list[str],
                     shown_from: Path | None = None) -> None:
    """Read and check ``data_dir/translations/`` against the Swedish texts of ``result``
    (which must come from every place file: a text missing there would count as unused)."""
    catalogue, findings, files = translations.load(
        data_dir / translations.FOLDER_NAME, languages, shown_from)
    result.translations = catalogue
    result.findings += findings + translations.coverage(catalogue, result.sources)
    result.files_checked += files


def validate_files(files: list[Path], kommuner_csv: Path, languages: list[str],
                   today: dt.date, shown_from: Path | None = None, workers: int = 1,
                   keep_documents: bool = True, collect_texts: bool = False) -> Result:
    """Check the given files (ids must be unique across them).

    With ``workers`` > 1 and ``keep_documents=False`` (the command line), the files are
    shared out over that many processes; the findings are the same.
    """
    args = (Path(kommuner_csv), languages, today, shown_from, keep_documents, collect_texts)
    if workers > 1 and len(files) >= 4 * workers and not keep_documents:
        chunks = [files[i::workers] for i in range(workers)]
        with ProcessPoolExecutor(workers) as pool:
            parts = list(pool.map(_check_chunk, chunks, [args] * workers))
    else:
        parts = [_check_chunk(files, args)]
    result = Result()
    ids = []
    for part in parts:
        result.documents += part.documents
        result.findings += part.findings
        result.files_checked += part.files_checked
        result.places_checked += part.places_checked
        result.sources += part.sources
        ids += part.ids
    order = {str(f): n for n, f in enumerate(files)}
    result.findings += _duplicate_ids(sorted(ids, key=lambda e: (order[e[0]], e[2])))
    return result


@dataclass
class _Part(Result):
    ids: list = field(default_factory=list)  # (file key, shown path, line, index, id)


def _check_chunk(files: list[Path], args) -> _Part:
    kommuner_csv, languages, today, shown_from, keep_documents, collect_texts = args
    municipalities = kommuner.load(kommuner_csv)
    part = _Part()
    for file_path in files:
        shown = shown_path(file_path, shown_from)
        doc, findings = read_file(file_path, shown)
        part.files_checked += 1
        part.findings += findings
        if doc is None:
            continue
        part.findings += validate_document(doc, file_path.name, languages, municipalities,
                                           today)
        for index, place in enumerate(_places(doc)):
            if isinstance(place, dict) and isinstance(place.get("id"), str):
                line = doc.line(("places", index, "id"))
                part.ids.append((str(file_path), shown, line, index, place["id"]))
        part.places_checked += len(_places(doc))
        if collect_texts:  # only when there are translations to compare them with
            part.sources += translations.swedish_texts(doc)
        if keep_documents:
            part.documents.append(doc)
    return part


def validate_document(doc: Document, file_name: str, languages: list[str],
                      municipalities: dict, today: dt.date) -> list[Finding]:
    """All findings for one parsed file (without the check across files)."""
    check = StructureCheck(doc, languages, FORMATS)
    if doc.data is None:
        return [Finding(doc.path, 1, "HP-EMPTY-FILE", "Filen är tom.",
                        "Skriv platserna enligt exemplet i handboken, eller ta bort filen.")]
    if not check.object(doc.data, schema.FILE, ()):
        return check.findings
    _check_municipality(check, file_name, municipalities)
    for index, place in enumerate(_places(doc)):
        if not isinstance(place, dict):
            continue
        path = ("places", index)
        phone_list = place.get("phones")
        for n, phone in enumerate(phone_list if isinstance(phone_list, list) else []):
            if isinstance(phone, dict):
                for problem in phones.check_entry(phone):
                    check.add(path + ("phones", n), problem)
        verified = place.get("verified")
        if isinstance(verified, dict) and "date" in verified:
            where = (doc.path, doc.line(path + ("verified", "date")),
                     dotted(path + ("verified", "date")))
            if _is_date_like(verified["date"]):
                check.findings += freshness.check(verified["date"], where, today)
                method = path + ("verified", "method")
                check.findings += source_dates.check(
                    verified, (doc.path, doc.line(method), dotted(method)))
    return check.findings


def _is_date_like(value) -> bool:
    return freshness.parse_date(value) is not None


def _places(doc: Document) -> list:
    data = doc.data if isinstance(doc.data, dict) else {}
    places = data.get("places")
    return places if isinstance(places, list) else []


def _check_municipality(check: StructureCheck, file_name: str, municipalities: dict) -> None:
    data = check.doc.data
    given = data.get("municipality")
    if file_name == schema.NATIONAL_FILE_NAME:
        if given is not None:
            check.add(("municipality",), Problem(
                "HP-MUNICIPALITY", f"{file_name} är för riksomfattande linjer och ska inte ha "
                "en kommun.",
                "Flytta platserna till kommunens egen fil, t.ex. 2281-sundsvall.yml."))
        return
    if given is None:
        check.add((), Problem("HP-MUNICIPALITY", "Fältet 'municipality' saknas.",
                              'Lägg först i filen: municipality: med code: "2281" och '
                              "name: Sundsvall "
                              "(eller lägg riksomfattande linjer i national.yml)."))
        return
    if not isinstance(given, dict) or not isinstance(given.get("code"), str):
        return
    code, name = given["code"], given.get("name")
    known = municipalities.get(code)
    if known is None:
        if re.fullmatch(r"[0-9]{4}", code):
            check.add(("municipality", "code"), Problem(
                "HP-MUNICIPALITY", f"Kommunkoden {code} finns inte i SCB:s lista.",
                "Slå upp koden i data/kommuner.csv."))
        return
    if isinstance(name, str) and not kommuner.same_name(name, known.name):
        check.add(("municipality", "name"), Problem(
            "HP-MUNICIPALITY", f"Kommun {code} heter {known.name}, inte {name}.",
            f"Skriv name: {known.name} (eller rätta koden)."))
    expected = f"{code}-{known.file_slug}.yml"
    if file_name != expected:
        check.add(("municipality",), Problem(
            "HP-FILE-NAME", f"Filen borde heta {expected}.",
            f"Byt namn på filen till {expected}, så hittar andra den.", Severity.WARNING))


def _duplicate_ids(entries: list[tuple]) -> list[Finding]:
    """The second and later uses of an id, each naming where it was first used."""
    out, seen = [], {}
    for _key, shown, line, index, place_id in entries:
        first = seen.setdefault(place_id, (shown, line))
        if first != (shown, line):
            out.append(Finding(shown, line, "HP-ID-DUPLICATE",
                               f"Id '{place_id}' används redan i {first[0]}:{first[1]}.",
                               "Ge platsen ett eget id.", f"places[{index}].id"))
    return out


def load_places(root: Path, languages: list[str], today: dt.date):
    """The checked places of a project (for pages and handouts), and the findings.

    ``root`` is the folder with mkdocs.yml; the data is read from root/data/.
    """
    from hjalpguide.contacts.model import places_from

    result = validate_tree(root / "data" / "help-places", root / "data" / "kommuner.csv",
                           languages, today, shown_from=root)
    municipalities = kommuner.load(root / "data" / "kommuner.csv")
    return places_from(result.documents, municipalities, result.translations), result.findings
