"""Import the municipalities' own contacts into the help places (data → check → model → write).

``data/kommun-kontakter.csv`` (Wikidata via Govdirectory; see data/SOURCES.md) has one row
per municipality: website, main phone number, e-mail. For each row this module writes or
updates ONE entry of kind ``municipality`` ("the municipality itself") in the
municipality's file ``data/help-places/<code>-<slug>.yml``:

- **data**: :func:`read_csv` reads the rows; every problem is a :class:`Finding` with the
  CSV's path, line and column, in Swedish. Nothing is written when any row has an error.
- **model**: :func:`entry_for` turns a row into the entry's fields. Nothing is invented: a
  missing phone or e-mail stays missing, an ``http://`` address stays as published. The
  phone is stored in E.164 and shown the Swedish way (:func:`phones.swedish_display`).
- **merge**: :func:`merge` decides, per file, whether to create, update or keep. An entry
  that an editor has verified (a newer ``verified.date`` than the data, or a higher
  ``verified.level`` than ``secondary``) is never touched.
- **write**: ruamel.yaml round trip (as ``fix``), so comments and order stay; a file is
  written only when its text changes. Running the import twice changes nothing.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.tokens import CommentToken

from hjalpguide.contacts import freshness, kommuner, phones, urls, yamlerrors, yamlread
from hjalpguide.contacts import problems as problems_mod
from hjalpguide.findings import Finding, Severity

KIND = "municipality"
LEVEL = "secondary"
METHOD = "document"
SERVICES = ("referral",)
#: Columns the import reads (the file may have more, e.g. county_name and source).
COLUMNS = ("code", "name", "website", "phone", "email", "wikidata", "data_date")
#: verified.level, lowest first; a missing level means organisation (as in model.Place).
LEVEL_RANK = {"unverified": 0, "secondary": 1, "organisation": 2}
#: The order of the entry's fields in the file (the editors' handbook order).
FIELD_ORDER = ("id", "name", "kind", "status", "organization", "description", "address",
               "accessibility", "phones", "email", "url", "languages", "services", "agencies",
               "opening_hours", "alert", "verified")

VERIFIED_ORDER = ("date", "method", "level", "source", "by", "note")

_WIKIDATA = re.compile(r"^Q[1-9][0-9]*$")
_PHONE_SEPARATORS = re.compile(r"[\s\-]")

ENTRY_COMMENT = ("Kommunen själv (kind: municipality): uppgifterna kommer från\n"
                 "data/kommun-kontakter.csv (Wikidata), inte från källan ovan. De skrivs av\n"
                 "scripts/import_municipalities.py. Har du kontrollerat dem hos kommunen?\n"
                 "Skriv dagens datum och level: organisation i verified, så rör importen dem inte.")


# --- data ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Row:
    """One checked row of the CSV."""

    line: int
    code: str
    name: str
    website: str | None
    phone: str | None  # E.164
    email: str | None
    wikidata: str
    data_date: dt.date


def read_csv(path: Path, municipalities: dict, shown: str,
             today: dt.date) -> tuple[list[Row], list[Finding]]:
    """The rows of the contacts CSV, and every problem found (never raises)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return [], [Finding(shown, None, "IMP-FILE", "Filen finns inte.",
                            "Ange rätt fil med --csv, t.ex. data/kommun-kontakter.csv.")]
    except (OSError, UnicodeDecodeError) as error:
        return [], [Finding(shown, None, "IMP-FILE", f"Filen går inte att läsa ({error}).",
                            "Spara filen som UTF-8-text (CSV) och försök igen.")]
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as error:
        return [], [Finding(shown, 1, "IMP-CSV", f"Första raden går inte att läsa ({error}).",
                            "Spara filen som CSV med komma mellan kolumnerna.")]
    if not header:
        return [], [Finding(shown, 1, "IMP-CSV", "Filen är tom.",
                            "Använd en fil med rubrikraden code,name,website,phone,email,"
                            "wikidata,data_date.")]
    header = [h.strip() for h in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        return [], [Finding(shown, 1, "IMP-COLUMN", f"Kolumnen '{c}' saknas i rubrikraden.",
                            "Rubrikraden ska ha kolumnerna " + ",".join(COLUMNS) + ".", c)
                    for c in missing]
    rows, findings, seen = [], [], {}
    try:
        for values in reader:
            line = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                findings.append(Finding(
                    shown, line, "IMP-CSV",
                    f"Raden har {len(values)} kolumner, rubrikraden {len(header)}.",
                    "Kontrollera kommatecknen; ett värde med komma ska stå inom citattecken."))
                continue
            record = {h: v.strip() for h, v in zip(header, values, strict=True)}
            row, problems = _row(record, line, shown, municipalities, today)
            findings += problems
            if row is None:
                continue
            if row.code in seen:
                findings.append(Finding(shown, line, "IMP-DUPLICATE",
                                        f"Kommunkoden {row.code} finns redan på rad "
                                        f"{seen[row.code]}.",
                                        "Ta bort den ena raden.", "code"))
                continue
            seen[row.code] = line
            rows.append(row)
    except csv.Error as error:
        findings.append(Finding(shown, reader.line_num, "IMP-CSV",
                                f"Raden går inte att läsa ({error}).",
                                "Kontrollera citattecknen på raden."))
    return rows, findings


def _row(record: dict, line: int, shown: str, municipalities: dict,
         today: dt.date) -> tuple[Row | None, list[Finding]]:
    out: list[Finding] = []

    def bad(column: str, rule: str, message: str, fix: str) -> None:
        out.append(Finding(shown, line, rule, message, fix, column))

    code, name = record["code"], record["name"]
    known = municipalities.get(code)
    if not re.fullmatch(r"[0-9]{4}", code):
        bad("code", "IMP-CODE", f"'{code}' är ingen kommunkod.",
            "En kommunkod har fyra siffror, t.ex. 0114 (se data/kommuner.csv).")
    elif known is None:
        bad("code", "IMP-CODE", f"Kommunkoden {code} finns inte i SCB:s lista.",
            "Slå upp koden i data/kommuner.csv.")
    elif not kommuner.same_name(name, known.name):
        bad("name", "IMP-NAME", f"Kommun {code} heter {known.name}, inte '{name}'.",
            "Rätta namnet eller koden på raden.")
    phone = None
    if record["phone"]:
        phone = _PHONE_SEPARATORS.sub("", record["phone"])
        problems = phones.check_number(phone)
        if problems or phones.swedish_display(phone) is None:
            why = problems[0].message if problems else "Numret är inte ett svenskt nummer."
            bad("phone", "IMP-PHONE", f"Telefonnumret '{record['phone']}' går inte att "
                f"använda: {why}", "Skriv numret som +46 följt av numret utan första nollan, "
                "t.ex. +46-60-191000, eller lämna fältet tomt.")
    website = record["website"] or None
    if website:
        problems = urls.check_url(website)
        if problems:
            bad("website", "IMP-URL", f"Webbadressen '{website}': {problems[0].message}",
                "Skriv adressen som källan har den, t.ex. https://www.sundsvall.se, eller "
                "lämna fältet tomt.")
    email = _decoded_email(record["email"]) or None
    if email:
        problems = urls.check_email(email)
        if problems:
            bad("email", "IMP-EMAIL", f"E-postadressen '{email}': {problems[0].message}",
                "Skriv adressen som namn@kommun.se, eller lämna fältet tomt.")
    if not _WIKIDATA.match(record["wikidata"]):
        bad("wikidata", "IMP-WIKIDATA", f"'{record['wikidata']}' är inget Wikidata-id.",
            "Skriv id:t som Q följt av siffror, t.ex. Q504994. Det är källan till raden.")
    date = freshness.parse_date(record["data_date"])
    if date is None:
        bad("data_date", "IMP-DATE", f"'{record['data_date']}' är inget datum.",
            "Skriv datumet då uppgifterna publicerades som ÅÅÅÅ-MM-DD, t.ex. 2026-04-06.")
    elif date > today:
        bad("data_date", "IMP-DATE", f"Datumet {date} har inte varit än.",
            "Skriv datumet då uppgifterna publicerades.")
    if out:
        return None, out
    return Row(line, code, known.name, website, phone, email, record["wikidata"], date), out


# --- model -----------------------------------------------------------------------------

def entry_id(municipality: kommuner.Municipality, municipalities: dict) -> str:
    """``sundsvall-kommunen``; the page slug has the code where two municipalities share
    a name slug (Håbo 0305 and Habo 0643: ``habo-0305-kommunen``), so ids are unique."""
    return f"{municipality.slug}-kommunen"


def source_text(row: Row) -> str:
    return f"Wikidata ({row.wikidata}) via Govdirectory, uppgifterna från {row.data_date}"


def entry_for(row: Row, municipality: kommuner.Municipality, place_id: str) -> CommentedMap:
    """The whole entry for a new place (ruamel types, so it is written as editors write).

    The name is the municipality's name as in data/kommuner.csv ("Malmö", "Göteborg"): a
    proper name every language shows as it is, and never a guessed official form ("Malmö
    stad", "Göteborgs Stad", "Region Gotland"); the kind says it is the municipality.
    """
    entry = CommentedMap()
    entry["id"] = place_id
    entry["name"] = municipality.name
    entry["kind"] = KIND
    for key, value in managed_values(row).items():
        entry[key] = value
    services = CommentedSeq(SERVICES)
    services.fa.set_flow_style()
    _put(entry, "services", services)
    return entry


def managed_values(row: Row) -> dict:
    """The fields the data decides (present or not): phones, email, url, verified."""
    values: dict = {}
    if row.phone:
        phone = CommentedMap()
        phone["number"] = DoubleQuotedScalarString(row.phone)
        phone["display"] = DoubleQuotedScalarString(phones.swedish_display(row.phone))
        values["phones"] = CommentedSeq([phone])
    if row.email:
        values["email"] = row.email
    if row.website:
        values["url"] = row.website
    verified = CommentedMap()
    verified["date"] = row.data_date
    verified["method"] = METHOD
    verified["level"] = LEVEL
    verified["source"] = source_text(row)
    values["verified"] = verified
    return values


# --- merge -----------------------------------------------------------------------------

@dataclass
class Change:
    """What the import did (or would do) to one file."""

    path: str
    status: str  # created, updated, unchanged, kept, error
    fields: list[str] = field(default_factory=list)
    reason: str = ""

    def describe(self) -> str:
        if self.status == "created":
            return f"{self.path}: ny fil med kommunens uppgifter"
        if self.status == "added":
            return f"{self.path}: kommunens uppgifter tillagda"
        if self.status == "updated":
            return f"{self.path}: ändrade {', '.join(self.fields)}"
        if self.status == "kept":
            return f"{self.path}: rörs inte – {self.reason}"
        if self.status == "error":
            return f"{self.path}: kunde inte uppdateras – {self.reason}"
        return f"{self.path}: oförändrad"


def protection(existing: dict, row: Row) -> str | None:
    """Why an existing entry must be kept as the editor wrote it, or None."""
    verified = existing.get("verified")
    if not isinstance(verified, dict):
        return None
    date = freshness.parse_date(verified.get("date"))
    level = verified.get("level", "organisation")
    if level not in LEVEL_RANK:
        return f"verified.level är '{level}', som importen inte känner till"
    if LEVEL_RANK[level] > LEVEL_RANK[LEVEL]:
        return f"en redaktör har kontrollerat uppgifterna (level: {level})"
    if date is not None and date > row.data_date:
        return f"en redaktör har kontrollerat uppgifterna senare ({date})"
    return None


def find_entry(places: list, place_id: str) -> int | None:
    """The index of the municipality's own entry: by id, else the one entry of its kind."""
    for index, place in enumerate(places):
        if isinstance(place, dict) and place.get("id") == place_id:
            return index
    ours = [i for i, p in enumerate(places) if isinstance(p, dict) and p.get("kind") == KIND]
    return ours[0] if len(ours) == 1 else None


def update_entry(entry: CommentedMap, row: Row) -> list[str]:
    """Bring the data's fields up to date in place; returns the names of changed fields.

    The editor's own additions (description, opening hours, a phone's description or
    display) stay; only what the data says is compared: the phone number, e-mail, web
    address and the verification.
    """
    changed = []
    wanted = managed_values(row)
    if entry.get("kind") != KIND:
        entry["kind"] = KIND
        changed.append("kind")
    have = entry.get("phones")
    numbers = [p.get("number") for p in have if isinstance(p, dict)] \
        if isinstance(have, list) else []
    if row.phone and row.phone not in numbers:
        _put(entry, "phones", wanted["phones"])
        changed.append("phones")
    elif not row.phone and "phones" in entry:
        _delete(entry, "phones")
        changed.append("phones (borttaget: saknas i källan)")
    for key in ("email", "url"):
        if key in wanted and entry.get(key) != wanted[key]:
            _put(entry, key, wanted[key])
            changed.append(key)
        elif key not in wanted and key in entry:
            _delete(entry, key)
            changed.append(f"{key} (borttaget: saknas i källan)")
    services = entry.get("services")
    if not isinstance(services, list):
        seq = CommentedSeq(SERVICES)
        seq.fa.set_flow_style()
        _put(entry, "services", seq)
        changed.append("services")
    elif not set(SERVICES) <= set(services):
        services.extend(s for s in SERVICES if s not in services)
        changed.append("services")
    verified = entry.get("verified")
    if not isinstance(verified, CommentedMap):
        _put(entry, "verified", wanted["verified"])
        changed.append("verified")
    elif _verified_differs(verified, wanted["verified"]):
        for key in [k for k in verified if k not in wanted["verified"]]:
            _delete(verified, key)  # by, note: they were about the old check
        for key, value in wanted["verified"].items():
            _put(verified, key, value, VERIFIED_ORDER)
        changed.append("verified")
    return changed


def _verified_differs(have: dict, want: dict) -> bool:
    if freshness.parse_date(have.get("date")) != want["date"]:
        return True
    return any(have.get(k) != want[k] for k in ("method", "level", "source")) or \
        set(have) != set(want)


def _put(mapping: CommentedMap, key: str, value, order: tuple = FIELD_ORDER) -> None:
    if key in mapping:
        mapping[key] = value
    else:
        mapping.insert(_position(mapping, key, order), key, value)


def _delete(mapping: CommentedMap, key: str) -> None:
    """Remove ``key``; a blank line or comment after it (when it was last) moves up."""
    keys = list(mapping)
    after = mapping.ca.items.get(key)
    del mapping[key]
    mapping.ca.items.pop(key, None)
    if keys[-1] == key and len(keys) > 1 and after and len(after) > 2 and after[2]:
        last = keys[-2]
        if not isinstance(mapping[last], (dict, list)):
            mapping.ca.items[last] = [None, None, after[2], None]


def _position(mapping: CommentedMap, key: str, order: tuple = FIELD_ORDER) -> int:
    """Where ``key`` goes among the mapping's keys, following ``order``."""
    rank = order.index(key)
    before = [i for i, k in enumerate(mapping) if k in order and order.index(k) < rank]
    return before[-1] + 1 if before else 0


# --- write -----------------------------------------------------------------------------

def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _dump(data) -> str:
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def new_file(row: Row, municipality: kommuner.Municipality, place_id: str) -> str:
    """The text of a new file for a municipality that has none yet."""
    data = CommentedMap()
    muni = CommentedMap()
    muni["code"] = DoubleQuotedScalarString(municipality.code)
    muni["name"] = municipality.name
    data["municipality"] = muni
    data["places"] = CommentedSeq([entry_for(row, municipality, place_id)])
    data.yaml_set_start_comment(
        f"Hjälpställen i {municipality.name} (kommunkod {municipality.code}).\n"
        "Den första platsen är kommunen själv (kind: municipality). Uppgifterna kommer från\n"
        "data/kommun-kontakter.csv (Wikidata) och skrivs av scripts/import_municipalities.py.\n"
        "Har du kontrollerat dem hos kommunen? Skriv dagens datum och level: organisation i\n"
        "verified, så rör importen dem inte.\n"
        "Lägg till fler platser under places när du har en källa för dem.\n"
        "Handbok: docs/editors/help-places.md")
    return _dump(data)


def _decoded_email(value: str) -> str:
    """The address without percent-encoded invisible characters: Wikidata has Jönköping's
    as ``kontaktcenter%c2%ad@…`` (an encoded soft hyphen, U+00AD). Decoding and removing
    the invisible character is not a guess; any other % stays and is reported."""
    decoded = problems_mod.without_invisible(unquote(value))
    return decoded if "%" not in decoded else value


def merged_file(text: str, row: Row, municipality: kommuner.Municipality, place_id: str,
                shown: str) -> tuple[str, Change]:
    """The new text of an existing file, and what changed (the text is unchanged when
    nothing changes or the entry is kept)."""
    try:
        refused = yamlread.check_limits(text, shown)  # ruamel would expand an alias bomb
        if refused is not None:
            return text, Change(shown, "error", reason=f"rad {refused.line}: "
                                f"{refused.message} Rätta det först")
        data = _yaml().load(text)
    except yaml.YAMLError as error:  # found by check_limits, explained in Swedish
        line, message, _fix = yamlerrors.explain(error, text)
        return text, Change(shown, "error", reason="filen går inte att läsa som YAML "
                            f"(rad {line}: {message}). Kör scripts/validate_contacts.py "
                            "och rätta felet först")
    except Exception as error:  # noqa: BLE001 - any YAML error is reported, never raised
        return text, Change(shown, "error", reason="filen går inte att läsa som YAML "
                            f"({_first_line(error)}). Kör scripts/validate_contacts.py och "
                            "rätta felet först")
    if not isinstance(data, dict) or not isinstance(data.get("places"), list):
        return text, Change(shown, "error", reason="filen har ingen lista 'places'. Kör "
                            "scripts/validate_contacts.py och rätta felet först")
    given = data.get("municipality")
    if not isinstance(given, dict) or str(given.get("code")) != municipality.code:
        return text, Change(shown, "error", reason=f"filen gäller inte kommun "
                            f"{municipality.code} (municipality.code)")
    places = data["places"]
    index = find_entry(places, place_id)
    if index is None:
        _insert_first(data, entry_for(row, municipality, place_id))
        return _dump(data), Change(shown, "added")
    entry = places[index]
    why = protection(entry, row)
    if why:
        return text, Change(shown, "kept", reason=why)
    changed = update_entry(entry, row)
    if not changed:
        return text, Change(shown, "unchanged")
    return _dump(data), Change(shown, "updated", changed)


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _insert_first(data: CommentedMap, entry: CommentedMap) -> None:
    """Put the entry first in ``places``, with a comment that says where it comes from.

    When the editor has a comment right before the first place, that comment belongs to
    that place: the entry then goes last, without a comment.
    """
    places = data["places"]
    before_first = data.ca.items.get("places")
    if before_first and len(before_first) > 3 and before_first[3]:
        places.append(entry)
        return
    if places:  # a blank line between the new entry and the editor's first place
        entry["verified"].ca.items["source"] = [None, None,
                                                CommentToken("\n\n", CommentMark(0), None), None]
    places.insert(0, entry)
    places.yaml_set_start_comment(ENTRY_COMMENT, indent=2)


# --- the whole import ------------------------------------------------------------------

@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)  # problems in the CSV
    changes: list[Change] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # municipalities without a row

    @property
    def ok(self) -> bool:
        return not [f for f in self.findings if f.severity is Severity.ERROR] and \
            not [c for c in self.changes if c.status == "error"]

    def count(self, status: str) -> int:
        return sum(1 for c in self.changes if c.status == status)


def run(root: Path, csv_path: Path, today: dt.date, dry_run: bool = False) -> Report:
    """Import ``csv_path`` into ``root/data/help-places``; with ``dry_run``, only report."""
    municipalities = kommuner.load(root / "data" / "kommuner.csv")
    folder = root / "data" / "help-places"
    report = Report()
    rows, report.findings = read_csv(csv_path, municipalities, _shown(csv_path, root), today)
    if report.findings:
        return report  # nothing is written from a file with errors
    by_code = {row.code: row for row in rows}
    report.missing = [m.name for code, m in municipalities.items() if code not in by_code]
    existing = _existing_files(folder)
    for code, municipality in municipalities.items():
        row = by_code.get(code)
        if row is None:
            continue
        path = existing.get(code) or folder / f"{code}-{municipality.file_slug}.yml"
        shown = _shown(path, root)
        place_id = entry_id(municipality, municipalities)
        if path.exists():
            try:
                text = path.read_text(encoding="utf-8-sig")
            except (OSError, UnicodeDecodeError) as error:
                report.changes.append(Change(shown, "error",
                                             reason=f"kan inte läsa filen ({error})"))
                continue
            new_text, change = merged_file(text, row, municipality, place_id, shown)
        else:
            new_text, change = new_file(row, municipality, place_id), Change(shown, "created")
        report.changes.append(change)
        if not dry_run and change.status in ("created", "added", "updated"):
            folder.mkdir(parents=True, exist_ok=True)
            path.write_text(new_text, encoding="utf-8")
    return report


def _existing_files(folder: Path) -> dict[str, Path]:
    """Municipality code -> its file (by the file name's first four digits)."""
    out: dict[str, Path] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("[0-9][0-9][0-9][0-9]-*.y*ml")):
        out.setdefault(path.name[:4], path)
    return out


def _shown(path: Path, root: Path) -> str:
    try:
        return str(path.resolve().relative_to(root.resolve()))
    except ValueError:
        return str(path)
