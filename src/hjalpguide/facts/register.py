"""Read and check data/facts.yml: the register's facts, and findings for editors.

Never raises on bad content: a YAML error, a wrong type, a duplicate id, an address that
is not https, a missing date or an unknown kind each become a finding (file, line, field,
rule, what to do, in plain Swedish). Facts with errors are left out of the register's
facts, but their ids count as written (see :class:`~hjalpguide.facts.model.Register`).
Only a file that cannot be opened raises ``OSError`` (the command exits 2).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from pathlib import Path

from hjalpguide.contacts import yamlread
from hjalpguide.facts.model import KINDS, Fact, Register, Source
from hjalpguide.findings import Finding, Severity, errors

FILE = "data/facts.yml"
MAX_BYTES = 2_000_000  # a register of thousands of facts is ~1 MB; more is a mistake
ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)+$")
FACT_KEYS = ("id", "claim", "source", "checked", "note")
SOURCE_KEYS = ("title", "url", "kind")
_OWN_RULES = {"HP-YAML": "FACT-YAML", "HP-DUPLICATE-KEY": "FACT-DUPLICATE-KEY",
              "HP-ENCODING": "FACT-YAML"}


def load(root: Path, today: dt.date) -> tuple[Register, list[Finding]]:
    """The register of the project at ``root`` and every finding about it.

    A project without the file has an empty register (a page that cites a fact then gets
    its own finding). ``OSError`` when the file exists but cannot be read.
    """
    path = root / FILE
    if not path.exists():
        return Register(FILE), []
    return read_bytes(path.read_bytes(), FILE, today)


def read_bytes(data: bytes, shown_as: str, today: dt.date) -> tuple[Register, list[Finding]]:
    if len(data) > MAX_BYTES:
        return Register(shown_as), [Finding(
            shown_as, 1, "FACT-YAML", f"Filen är större än {MAX_BYTES // 1_000_000} MB.",
            "Kontrollera att filen bara innehåller faktaregistret.")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return Register(shown_as), [Finding(shown_as, line, "FACT-YAML",
                                            "Filen innehåller tecken som inte är UTF-8.",
                                            "Spara filen med teckenkodningen UTF-8.")]
    return read_text(text, shown_as, today)


def read_text(text: str, shown_as: str, today: dt.date) -> tuple[Register, list[Finding]]:
    doc, found = yamlread.read_text_libyaml(text, shown_as)
    # a date that does not exist (2026-02-30) is reported once, by the checked rule
    findings = [_own_rule(f) for f in found if not f.field.endswith(".checked")]
    register = Register(shown_as)
    if doc is None:
        return register, findings
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("facts"), list):
        findings.append(Finding(shown_as, doc.line(("facts",)), "FACT-FORMAT",
                                "Filen ska börja med 'facts:' och sedan en lista med fakta.",
                                "Skriv 'facts: []' för ett tomt register, annars en rad "
                                "'facts:' och under den '  - id: …' för varje faktum.", "facts"))
        return register, findings
    for key in data:
        if key != "facts":
            findings.append(_unknown(shown_as, doc.line((key,)), key, ("facts",), key))
    for index, entry in enumerate(data["facts"]):
        fact, problems = _fact(entry, ("facts", index), doc, today)
        findings += problems
        fact_id = entry.get("id") if isinstance(entry, dict) else None
        if isinstance(fact_id, str) and fact_id:
            line = doc.line(("facts", index))
            if fact_id in register.written:
                findings.append(Finding(
                    shown_as, line, "FACT-DUPLICATE-ID",
                    f"Id:t '{fact_id}' finns redan på rad {register.written[fact_id]}.",
                    "Ge varje faktum ett eget id, eller slå ihop de två fakta.",
                    f"facts[{index}].id"))
                continue
            register.written[fact_id] = line
            if fact is not None:
                register.facts[fact_id] = fact
    return register, findings


# ---


def _own_rule(finding: Finding) -> Finding:
    return dataclasses.replace(finding, rule=_OWN_RULES.get(finding.rule, finding.rule))


def _fact(entry, at: tuple, doc, today: dt.date) -> tuple[Fact | None, list[Finding]]:
    """One entry of the list as a Fact (``None`` when it has errors) and its findings."""
    field = yamlread.dotted(at)
    line = doc.line(at)
    if not isinstance(entry, dict):
        return None, [Finding(doc.path, line, "FACT-FORMAT", "Raden är inte ett faktum.",
                              "Skriv varje faktum som '- id: …' med claim, source och checked "
                              "under, indragna lika mycket.", field)]
    out: list[Finding] = []

    def add(key, rule, message, fix, severity=Severity.ERROR):
        out.append(Finding(doc.path, doc.line(at + key), rule, message, fix,
                           yamlread.dotted(at + key), severity))

    for key in entry:
        if key not in FACT_KEYS:
            out.append(_unknown(doc.path, doc.line(at + (key,)), key, FACT_KEYS,
                                f"{field}.{key}"))
    fact_id = _text(entry, "id", at, add, "ett kort namn, t.ex. bankid-skaffa-alder")
    if fact_id and not ID.match(fact_id):
        add(("id",), "FACT-ID", f"Id:t '{fact_id}' har fel form.",
            "Använd små bokstäver a–z, siffror och bindestreck, och börja med ämnet, "
            "t.ex. bankid-skaffa-alder (inte å, ä, ö eller mellanslag).")
    claim = _text(entry, "claim", at, add, "påståendet som sidan gör, på svenska")
    checked = _checked(entry.get("checked"), add, today)
    note = entry.get("note", "")
    if not isinstance(note, str):
        add(("note",), "FACT-FIELD", "Fältet 'note' ska vara text.",
            'Skriv anteckningen inom citattecken: note: "…"')
    source = _source(entry.get("source"), at, doc, out)
    if errors(out) or None in (fact_id, claim, checked, source):
        return None, out
    return Fact(fact_id, claim, source, checked, note if isinstance(note, str) else "",
                doc.line(at)), out


def _text(entry: dict, key: str, at: tuple, add, what: str) -> str | None:
    value = entry.get(key)
    if value is None:
        add((), "FACT-FIELD", f"Fältet '{key}' saknas.", f"Lägg till {key}: ({what}).")
        return None
    if not isinstance(value, str) or not value.strip():
        add((key,), "FACT-FIELD", f"Fältet '{key}' ska vara en text som inte är tom.",
            f'Skriv {key}: "…" ({what}).')
        return None
    return value.strip()


def _checked(value, add, today: dt.date) -> dt.date | None:
    fix = "Skriv dagen då du kontrollerade faktumet mot källan, t.ex. checked: 2026-12-05."
    if value is None:
        add((), "FACT-CHECKED", "Fältet 'checked' saknas.", fix)
        return None
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        add(("checked",), "FACT-CHECKED", f"'{value}' är inte ett datum (ÅÅÅÅ-MM-DD).", fix)
        return None
    if value > today:  # a typo, or a build whose date is fixed earlier (HJALP_TODAY)
        add(("checked",), "FACT-CHECKED-FUTURE", f"Datumet {value} har inte varit än.",
            fix, Severity.WARNING)
    return value


def _source(value, at: tuple, doc, out: list[Finding]) -> Source | None:
    at = at + ("source",)

    def add(key, rule, message, fix):
        out.append(Finding(doc.path, doc.line(at + key), rule, message, fix,
                           yamlread.dotted(at + key)))

    if not isinstance(value, dict):
        add((), "FACT-SOURCE", "Faktumet saknar källa (source med title, url och kind).",
            "Lägg till source: och under den title:, url: och kind:, indragna två steg.")
        return None
    before = len(out)
    for key in value:
        if key not in SOURCE_KEYS:
            out.append(_unknown(doc.path, doc.line(at + (key,)), key, SOURCE_KEYS,
                                yamlread.dotted(at + (key,))))
    title = _text(value, "title", at, add, "källans namn som läsaren ser")
    url = _text(value, "url", at, add, "hela adressen, med https://")
    if url is not None and (not url.startswith("https://") or len(url) <= len("https://")
                            or any(c.isspace() for c in url)):
        add(("url",), "FACT-URL", f"Adressen '{url}' är inte en hel https-adress.",
            "Kopiera adressen från webbläsaren; den ska börja med https:// och sakna mellanslag.")
    kind = value.get("kind")
    if kind not in KINDS:
        choices = "; ".join(f"{name} = {what}" for name, what in KINDS.items())
        add(("kind",) if "kind" in value else (), "FACT-KIND",
            f"Okänd sorts källa: '{kind}'." if "kind" in value else "Fältet 'kind' saknas.",
            f"Skriv kind: organisation eller kind: secondary ({choices}).")
    if len(out) > before:
        return None
    return Source(title, url, kind)


def _unknown(path: str, line: int, key, known, field: str) -> Finding:
    close = difflib.get_close_matches(str(key), list(known), n=1, cutoff=0.6)
    fix = f"Menade du '{close[0]}'?" if close else "Tillåtna fält: " + ", ".join(known) + "."
    return Finding(path, line, "FACT-UNKNOWN-KEY", f"Fältet '{key}' finns inte.", fix, field)
