"""The "where to get help" box on a handout: which help places, in the reader's language.

The places come from the help-places data (``hjalpguide.contacts``). A sheet of paper
cannot be corrected once it is handed out, so the box is stricter than the web page:

- only places checked within the last 12 months (:func:`is_recently_verified`) and not
  marked ``verified.level: unverified``;
- national lines that help with any task (e-services, forms, BankID, referral), plus the
  lines for the page's topic (:data:`TOPIC_SERVICES`), at most :data:`MAX_NATIONAL`;
- when a municipality is configured: the municipality itself first (its entry of kind
  ``municipality``: phone, or its website when the data has no phone), then its own places,
  at most :data:`MAX_LOCAL`.

When no local place is printed (none recently checked, or no municipality configured), the
template adds a ruled line where the staff write their own ("Hjälp nära dig: ……"), see
:func:`needs_own_line`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from pathlib import Path

from hjalpguide.contacts import is_recently_verified

MAX_NATIONAL = 3
MAX_LOCAL = 3

#: Services that help whatever the task is.
GENERAL_SERVICES = {"eservice_help", "forms_help", "bankid_help", "referral"}
#: Extra services by the page's topic (its first folder in guides/).
TOPIC_SERVICES = {
    "bankid": {"report_scam"},
    "skanna": {"scanning"},
    "blanketter": {"case_questions"},
}
#: The kind of the entry for the municipality itself (switchboard or contact centre).
MUNICIPALITY = "municipality"
#: A local place must offer one of these to be worth a visit for a handout's reader.
LOCAL_SERVICES = GENERAL_SERVICES | {"scanning", "loan_computer", "printing"}


@dataclass(frozen=True)
class Line:
    """One phone number or contact way, ready for the template."""

    display: str  # as the organisation writes it (shown left-to-right in every language)
    description: str = ""  # which number is for what, when a place has several
    description_lang: str = ""


@dataclass(frozen=True)
class HelpPlace:
    """One entry of the box, with its texts already in the reader's language (or Swedish)."""

    id: str
    name: str
    name_lang: str
    description: str
    description_lang: str
    lines: tuple[Line, ...]
    address: str = ""
    url: str = ""
    local: bool = False
    kind: str = ""


def load(root: Path, languages: list[str], today: dt.date):
    """All shown places of a project (the contacts model objects)."""
    from hjalpguide.contacts.validate import load_places

    places, _findings = load_places(root, languages, today)
    return places


def choose(places, topic: str, municipality: str, lang: str, today: dt.date) -> list[HelpPlace]:
    """The places for one handout, in the order they are printed."""
    fresh = [p for p in places if _printable(p, today)]
    wanted = GENERAL_SERVICES | TOPIC_SERVICES.get(topic, set())
    here = [p for p in fresh if municipality and p.municipality is not None
            and p.municipality.code == municipality]
    itself = [p for p in here if p.kind == MUNICIPALITY]
    local = [p for p in here if p.kind != MUNICIPALITY and set(p.services) & LOCAL_SERVICES]
    national = [p for p in fresh if p.municipality is None and set(p.services) & wanted]
    national.sort(key=lambda p: not set(p.services) & GENERAL_SERVICES)  # general help first
    chosen = [(p, True) for p in itself[:1] + local[:MAX_LOCAL]] + [
        (p, False) for p in national[:MAX_NATIONAL]]
    return [_entry(place, lang, is_local) for place, is_local in chosen]


def needs_own_line(entries: list[HelpPlace]) -> bool:
    """True when the box has no local place (the municipality itself does not count): the
    staff then get a ruled line to write a place near the reader."""
    return not any(entry.local and entry.kind != MUNICIPALITY for entry in entries)


def as_data(entries: list[HelpPlace]) -> list[dict]:
    """Plain data for the input hash: the box changes when this changes."""
    return [asdict(entry) for entry in entries]


# ---


def _printable(place, today: dt.date) -> bool:
    level = (place.verified or {}).get("level")
    return is_recently_verified(place, today) and level != "unverified" and (
        place.status == "active")


def _entry(place, lang: str, local: bool) -> HelpPlace:
    name = place.text("name", lang)
    description = place.text("description", lang)
    lines = tuple(Line(phone.display, *_text(phone.description, lang))
                  for phone in place.phones)
    if not lines and place.kind == MUNICIPALITY and place.url:
        lines = (Line(_short(place.url)),)  # no phone in the data: its website instead
    elif not lines and place.email:
        lines = (Line(place.email),)
    return HelpPlace(
        id=place.id,
        name=name.text if name else place.id,
        name_lang=name.lang if name else lang,
        description=description.text if description else "",
        description_lang=description.lang if description else lang,
        lines=lines,
        address=address_line(place.address),
        url=place.url or "",
        local=local,
        kind=place.kind,
    )


def _short(url: str) -> str:
    from hjalpguide.handouts.sources import short_address

    return short_address(url)


def _text(value, lang: str) -> tuple[str, str]:
    """(text, its language): the reader's language, or Swedish when it has no translation."""
    from hjalpguide.contacts.model import localized

    text = localized(value, lang)
    return (text.text, text.lang) if text else ("", "")


def address_line(address) -> str:
    """'Storgatan 1, 852 30 Sundsvall' from a place's address (empty when it has none)."""
    if not isinstance(address, dict):
        return ""
    parts = [address.get("street"), " ".join(filter(None, (address.get("postal_code"),
                                                          address.get("city"))))]
    return ", ".join(part for part in parts if part)
