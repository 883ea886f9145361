"""The checked help places as plain objects, for the pages, the open data and the handouts.

Built from parsed documents after :mod:`validate`; tolerant of anything the validator
already reported (such places or fields are left out, never guessed).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from hjalpguide.contacts import freshness, schema, vocab
from hjalpguide.contacts.kommuner import Municipality
from hjalpguide.contacts.translations import Catalogue
from hjalpguide.contacts.yamlread import Document


@dataclass(frozen=True)
class Text:
    """Text in one language; ``lang`` is the language it is really written in."""

    text: str
    lang: str


def localized(value, lang: str) -> Text | None:
    """A data text in ``lang``, falling back to Swedish (and saying so through ``lang``)."""
    if isinstance(value, str):
        return Text(value, "sv")
    if isinstance(value, dict):
        if isinstance(value.get(lang), str):
            return Text(value[lang], lang)
        if isinstance(value.get("sv"), str):
            return Text(value["sv"], "sv")
    return None


@dataclass(frozen=True)
class Phone:
    number: str | None
    short: str | None
    display: str
    type: str = "voice"
    description: object = None
    opening_hours: str | None = None

    @property
    def tel(self) -> str:
        return "tel:" + (self.number or self.short or "")

    @property
    def sms(self) -> str:
        return "sms:" + (self.number or self.short or "")


@dataclass(frozen=True)
class ServiceHours:
    """The hours of one service at a place (e.g. IT help), apart from the place's own."""

    name: object
    opening_hours: str


@dataclass(frozen=True)
class Place:
    id: str
    name: object
    kind: str
    file: str
    municipality: Municipality | None
    status: str = "active"
    organization: str | None = None
    description: object = None
    address: dict | None = None
    accessibility: object = None
    phones: tuple[Phone, ...] = ()
    email: str | None = None
    url: str | None = None
    languages: tuple[str, ...] = ()
    services: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    opening_hours: str | None = None
    service_hours: tuple[ServiceHours, ...] = ()
    alert: object = None
    verified_on: dt.date | None = None
    verified: dict = field(default_factory=dict)
    #: languages whose texts come from data/help-places/translations/, and how they were
    #: made: (("ar", "machine"), …)
    translated: tuple[tuple[str, str], ...] = ()

    def text(self, name: str, lang: str) -> Text | None:
        return localized(getattr(self, name), lang)

    def is_recent(self, today: dt.date) -> bool:
        return freshness.is_recently_verified(self, today)

    @property
    def level(self) -> str:
        return self.verified.get("level", "organisation")


def places_from(documents: list[Document], municipalities: dict,
                translated: Catalogue | None = None) -> list[Place]:
    """Every shown place (status other than inactive) of the parsed documents, with the
    translations of its texts (``data/help-places/translations/``) where there are any."""
    out = []
    for doc in documents:
        data = doc.data if isinstance(doc.data, dict) else {}
        muni = _municipality(data, municipalities)
        for raw in _list(data.get("places")):
            from_files: tuple = ()
            if translated is not None:
                raw, from_files = translated.translate_place(raw)
            place = _place(raw, doc.path, muni, from_files)
            if place is not None and place.status not in vocab.HIDDEN_STATUSES:
                out.append(place)
    return out


def _municipality(data: dict, municipalities: dict) -> Municipality | None:
    given = data.get("municipality")
    if isinstance(given, dict):
        return municipalities.get(given.get("code"))
    return None


def _list(value) -> list:
    return value if isinstance(value, list) else []


def _strings(value) -> tuple[str, ...]:
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()


def _str(value) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _place(raw, path: str, muni: Municipality | None, translated: tuple = ()) -> Place | None:
    if not isinstance(raw, dict) or not _str(raw.get("id")) or raw.get("kind") not in vocab.KINDS:
        return None
    if localized(raw.get("name"), "sv") is None:
        return None
    verified = raw.get("verified") if isinstance(raw.get("verified"), dict) else {}
    return Place(
        id=raw["id"], name=raw["name"], kind=raw["kind"], file=path, municipality=muni,
        status=raw.get("status") if raw.get("status") in vocab.STATUSES else "active",
        organization=_str(raw.get("organization")),
        description=raw.get("description"),
        address=_address(raw.get("address")),
        accessibility=raw.get("accessibility"),
        phones=tuple(p for p in map(_phone, _list(raw.get("phones"))) if p),
        email=_str(raw.get("email")), url=_str(raw.get("url")),
        languages=_strings(raw.get("languages")),
        services=tuple(s for s in _strings(raw.get("services")) if s in vocab.SERVICES),
        agencies=tuple(a for a in _strings(raw.get("agencies")) if a in vocab.AGENCIES),
        opening_hours=_str(raw.get("opening_hours")),
        service_hours=tuple(s for s in map(_service_hours, _list(raw.get("service_hours"))) if s),
        alert=raw.get("alert"),
        verified_on=freshness.parse_date(verified.get("date")),
        verified={k: v for k, v in verified.items() if isinstance(v, str)},
        translated=translated,
    )


def _address(raw) -> dict | None:
    if not isinstance(raw, dict):
        return None
    known = {f.name for f in schema.ADDRESS}
    return {k: v for k, v in raw.items() if k in known} or None


def _phone(raw) -> Phone | None:
    if not isinstance(raw, dict) or not _str(raw.get("display")):
        return None
    number, short = _str(raw.get("number")), _str(raw.get("short"))
    if not (number or short):
        return None
    return Phone(number, None if number else short, raw["display"],
                 raw.get("type") if raw.get("type") in vocab.PHONE_TYPES else "voice",
                 raw.get("description"), _str(raw.get("opening_hours")))


def _service_hours(raw) -> ServiceHours | None:
    if not isinstance(raw, dict) or not _str(raw.get("opening_hours")):
        return None
    if localized(raw.get("name"), "sv") is None:
        return None
    return ServiceHours(raw["name"], raw["opening_hours"])
