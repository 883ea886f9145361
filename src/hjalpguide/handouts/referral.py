"""The referral sheet ("Hjälp i Sundsvall"): one A4 page per municipality, for the staff at
the desk, in Swedish.

One sheet per municipality that has a file in ``data/help-places/`` (the import gives every
municipality one). What it shows, all from the data, nothing added:

- the municipality itself (the entry of kind ``municipality``): phone as the data writes
  it, website, e-mail; without a phone it says so and points to the website;
- the other places we know there, with their opening hours in words (the site's words,
  ``data/ui-help/sv.yml``) and the hours of a service there (``service_hours``: "IT-hjälp
  (drop-in): måndag–fredag 13.00–15.00"), each on its own line, and the same marks as the
  web page: not recently checked, not confirmed by the organisation itself, not confirmed
  at all;
- which need goes where (:data:`NEEDS`), with the number of the national line from
  ``data/help-places/national.yml``;
- the national lines not already in that table, each with what it is for (the first
  sentence of its description);
- a QR code to the municipality's page on the site (``hjalp/platser/<slug>/``) and the
  dates the data was checked.

The view built here (:func:`sheet`) is plain data: its hash is the sheet's input hash, so
a sheet is made again exactly when something printed on it changes (an edited data file,
a place going stale, a new text).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from hjalpguide.contacts import is_recently_verified
from hjalpguide.contacts.render import hours_in_words
from hjalpguide.handouts.helpbox import address_line

KIND = "referral"
#: Where the sheets go inside a language's handouts folder: sv/hanvisning/sundsvall.pdf
FOLDER = "hanvisning"
#: The municipality's page on the site, under the site's address.
PLACES_SECTION = "hjalp/platser/"
#: A phone's note is printed beside its number when it is a label this short (or when the
#: place has several numbers): "När det inte är akut" (20), "Akut nödläge" (12).
LABEL_LENGTH = 40

#: Which need goes where: the key of its words in data/ui-handouts/<lang>.yml
#: (``referral.needs``) and the national line (an id in national.yml) whose number is
#: printed beside it, if any. Only what the guides already say: guides/bankid/skaffa-bankid
#: (BankID at your bank; passport or national id card from Polisen),
#: guides/blanketter/vilken-myndighet (the agencies) and national.yml (Polisen 114 14).
NEEDS = (
    ("bankid", None),
    ("passport", None),
    ("id_card", "skatteverket-skatteupplysningen"),
    ("benefits", "forsakringskassan-kundcenter"),
    ("tax", "skatteverket-skatteupplysningen"),
    ("pension", "pensionsmyndigheten-kundservice"),
    ("work", "arbetsformedlingen-kundtjanst"),
    ("crime", "polisen"),
)


@dataclass(frozen=True)
class Line:
    """A phone number and what it is for (``note``: only a short label such as "När det
    inte är akut", or any note when the place has several numbers)."""

    display: str
    note: str = ""
    hours: str = ""
    sms: bool = False
    prefix: str = ""  # "sms till"; "till" when the place's name already says sms


@dataclass(frozen=True)
class Entry:
    """A place, the municipality itself or a national line, ready for the template."""

    name: str
    kind: str = ""
    description: str = ""
    lines: tuple[Line, ...] = ()
    email: str = ""
    url: str = ""
    address: str = ""
    hours: str = ""
    #: (service, its hours in words): "IT-hjälp (drop-in)", "måndag–fredag 13.00–15.00"
    service_hours: tuple[tuple[str, str], ...] = ()
    purpose: str = ""  # a national line: what it is for, one sentence
    checked: str = ""
    marks: tuple[str, ...] = ()  # "stale", "secondary", "unverified", "planned", …


@dataclass(frozen=True)
class Need:
    need: str
    where: str
    lines: tuple[Line, ...] = ()
    marks: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sheet:
    code: str
    name: str
    county: str
    slug: str
    url: str
    short_url: str
    municipality: tuple[Entry, ...]  # the entries of kind municipality (usually one)
    places: tuple[Entry, ...]
    needs: tuple[Need, ...]
    national: tuple[Entry, ...]
    checked: tuple[tuple[str, str], ...]  # (what, date or date range)
    file: str = ""  # the municipality's data file, for findings

    @property
    def output(self) -> str:
        return output_path(self.slug)

    def as_data(self) -> str:
        """Everything printed on the sheet, for its input hash: the repr of strings,
        flags and tuples is the same on every run (and a tenth of asdict's time)."""
        return repr(self)


def output_path(slug: str, lang: str = "sv") -> str:
    return f"{lang}/{FOLDER}/{slug}.pdf"


def page_url(site_url: str, slug: str) -> str:
    """The municipality's page on the site, in Swedish: …/hjalp/platser/sundsvall/."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    return f"{base}{PLACES_SECTION}{slug}/"


def municipalities_with_data(places) -> list:
    """Every municipality that has at least one shown place, in code order."""
    found = {p.municipality.code: p.municipality for p in places if p.municipality is not None}
    return [found[code] for code in sorted(found)]


def site_words(root: Path, lang: str = "sv") -> dict:
    """The help-place pages' words (data/ui-help/<lang>.yml): opening hours and kinds of
    place are written on the sheet as the web page writes them."""
    path = root / "data" / "ui-help" / f"{lang}.yml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError):
        data = {}
    return data if isinstance(data, dict) else {}


def sheet(municipality, places, words: dict, web: dict, site_url: str,
          today: dt.date) -> Sheet:
    """What one municipality's sheet shows (Swedish)."""
    from hjalpguide.handouts.sources import short_address

    here = [p for p in places if p.municipality is not None
            and p.municipality.code == municipality.code]
    own = [p for p in here if p.kind == "municipality"]
    local = [p for p in here if p.kind != "municipality"]
    national = [p for p in places if p.municipality is None]
    by_id = {p.id: p for p in national}
    kinds, hours_t = web.get("kinds") or {}, web.get("hours") or {}
    needs = []
    used: set[str] = set()
    for key, line_id in NEEDS:
        text = words["needs"][key]
        line = by_id.get(line_id) if line_id else None
        if line is not None:
            used.add(line.id)
        needs.append(Need(text["need"], text["where"],
                          _lines(line, hours_t, words) if line else (),
                          _marks(line, today) if line else ()))
    rest = [p for p in national if p.id not in used]
    url = page_url(site_url, municipality.slug)
    return Sheet(
        code=municipality.code, name=municipality.name, county=municipality.county_name,
        slug=municipality.slug, url=url, short_url=short_address(url),
        municipality=tuple(_entry(p, hours_t, today, kinds, words) for p in own),
        places=tuple(_entry(p, hours_t, today, kinds, words) for p in local),
        needs=tuple(needs),
        national=tuple(_entry(p, hours_t, today, kinds, words, purpose=True) for p in rest),
        checked=_checked(words, own, local, national),
        file=here[0].file if here else "",
    )


# ---


def _entry(place, hours_t: dict, today: dt.date, kinds: dict, words: dict,
           purpose: bool = False) -> Entry:
    name = place.text("name", "sv")
    # An old entry is listed by name with its mark, without its description: staff should
    # check it before they send someone there, and one sheet must hold every place.
    recent = is_recently_verified(place, today)
    description = place.text("description", "sv") if recent else None
    whole = place.text("description", "sv")
    return Entry(
        name=name.text if name else place.id,
        kind=kinds.get(place.kind, ""),
        description=description.text if description else "",
        lines=_lines(place, hours_t, words),
        email=place.email or "",
        url=_short(place.url),
        address=address_line(place.address),
        hours=_hours(place.opening_hours, hours_t),
        service_hours=tuple((place_text(s.name), _hours(s.opening_hours, hours_t))
                            for s in place.service_hours),
        purpose=first_sentence(whole.text) if purpose and whole else "",
        checked=place.verified_on.isoformat() if place.verified_on else "",
        marks=_marks(place, today),
    )


def _lines(place, hours_t: dict, words: dict) -> tuple[Line, ...]:
    name = place_text(place.name).casefold()
    prefix = words["sms_to"] if "sms" in name else words["sms"]
    lines = []
    for phone in place.phones:
        note = place_text(phone.description)
        if len(place.phones) == 1 and not _is_label(note):
            note = ""  # a long note ("Från utlandet ring …") does not fit beside the number
        sms = phone.type == "sms"
        lines.append(Line(phone.display, note, _hours(phone.opening_hours, hours_t), sms,
                          prefix if sms else ""))
    return tuple(lines)


def _is_label(text: str) -> bool:
    """A short note that says what a number is for ("När det inte är akut"), not sentences."""
    return 0 < len(text) <= LABEL_LENGTH and not any(mark in text for mark in ".?!")


def first_sentence(text: str) -> str:
    """What a national line is for, from its description: the first sentence, unless it is
    a question ("Har du fått ett sms …?": the line's name already says what it is for)."""
    match = re.match(r"(.+?[.!?])(?=\s+[A-ZÅÄÖ0-9]|\s*$)", text.strip(), re.S)
    sentence = " ".join((match.group(1) if match else text).split())
    return "" if sentence.endswith("?") else sentence


def place_text(value) -> str:
    from hjalpguide.contacts.model import localized

    text = localized(value, "sv")
    return text.text if text else ""


def _hours(value: str | None, hours_t: dict) -> str:
    """Opening hours in words, from the web page's code and words, on one line for paper:
    "måndag–fredag 13.00–15.00, lördag 11.00–15.00. Stängt på helgdagar." Parts of the year
    come first ("1 juni–31 augusti: …"), then "Resten av året: …"."""
    if not value or not hours_t:
        return ""
    words = hours_in_words(value, hours_t)
    if words is None:
        return ""
    parts = [f"{season['dates']}: {_days(season['lines'])}" for season in words["seasons"]]
    if words["lines"]:
        days = _days(words["lines"])
        parts.append(f"{hours_t['otherwise']}: {days}" if parts else days)
    parts += [c.text for c in words["comments"]] + list(words["notes"])
    if words["code"] and not words["lines"] and not words["seasons"]:
        parts.append(words["code"])
    return ". ".join(part.rstrip(".") for part in parts)


def _days(lines: list[str]) -> str:
    """["Måndag–fredag: 13.00–15.00", "Lördag: 11.00–15.00"] ->
    "måndag–fredag 13.00–15.00, lördag 11.00–15.00" (the web page's lines, run together)."""
    out = []
    for line in lines:
        days, sep, times = line.partition(": ")
        text = f"{days} {times}" if sep else line
        out.append(text[:1].lower() + text[1:])
    return ", ".join(out).rstrip(".")


def _marks(place, today: dt.date) -> tuple[str, ...]:
    marks = []
    if place.status in ("planned", "temporarily_closed"):
        marks.append(place.status)
    if not is_recently_verified(place, today):
        marks.append("stale")
    level = place.level
    if level in ("secondary", "unverified"):
        marks.append(level)
    return tuple(marks)


def _checked(words: dict, own, local, national) -> tuple[tuple[str, str], ...]:
    """(what, when) for "Uppgifterna kontrollerades …": a date, or the oldest and newest."""
    labels = words["checked_parts"]
    out = []
    for key, group in (("municipality", own), ("places", local), ("national", national)):
        dates = sorted(p.verified_on.isoformat() for p in group if p.verified_on)
        if dates:
            out.append((labels[key], dates[0] if dates[0] == dates[-1]
                        else f"{dates[0]} – {dates[-1]}"))
    return tuple(out)


def _short(url: str | None) -> str:
    from hjalpguide.handouts.sources import short_address

    return short_address(url) if url else ""
