"""The help places as Open Referral HSDS 3.0 (Human Services Data Specification), for
directories that exchange data in that standard (docs/developers/open-data.md).

One file per site language, ``hjalp/hsds/services.json`` (Swedish) and
``hjalp/hsds/<lang>/services.json``: every place is one HSDS *service* in the compiled,
service-centred form (as the HSDS API's ``/services/{id}`` gives it), with its
organization, phones, schedules, languages, service area, kind and help topics
(attributes), and, when it has a visiting address, a service_at_location with its location
(address, accessibility, opening hours). The list is wrapped like the API's paged
``/services`` answer (one page). HSDS 3.0 has no way to hold one text in several
languages, hence a file per language: a text without a translation stays Swedish (which
texts are translated: ``translated`` in ``hjalp/help-places.json``).

Ids are UUIDs made from the place id (uuid5), so they stay the same between builds and
languages. Opening hours become weekly schedules (``freq: WEEKLY``, ``byday``,
``opens_at``, ``closes_at``; local Swedish time) when the OpenStreetMap rule is a plain
week; the rule as written is always kept in the schedule's ``notes``, since holidays,
parts of the year and comments have no HSDS field.
"""

from __future__ import annotations

import functools
import uuid
from collections import defaultdict

from hjalpguide.contacts import hours, isolang
from hjalpguide.contacts.model import Place, localized

#: The namespace of every id in the export (uuid5 of this name, never to change).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://hjalpguiden.se/hjalp/hsds")
FOLDER = "hjalp/hsds/"
FILE_NAME = "services.json"
_BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_STATUS = {"active": "active", "temporarily_closed": "temporarily closed",
           # a place a source says will open: not open yet; the site marks it the same way
           "planned": "inactive", "inactive": "inactive"}
#: The HSDS phone type of each of our phone types.
_PHONE_TYPE = {"voice": "voice", "sms": "text"}


@functools.lru_cache(maxsize=65536)  # the same ids in every language: computed once
def make_id(*parts: str) -> str:
    """A stable UUID for one object of the export (e.g. ``("service", place.id)``)."""
    return str(uuid.uuid5(NAMESPACE, ":".join(parts)))


def path(lang: str, default: str) -> str:
    """Where the file of ``lang`` is published."""
    return f"{FOLDER}{FILE_NAME}" if lang == default else f"{FOLDER}{lang}/{FILE_NAME}"


def services(places: list[Place], lang: str, words: dict) -> dict:
    """Every place as an HSDS service in ``lang``, in the API's paged form (one page).
    ``words``: the language's texts (``data/ui-help/<lang>.yml``) for kinds and topics."""
    contents = [service(place, lang, words) for place in places]
    return {"total_items": len(contents), "total_pages": 1, "page_number": 1,
            "size": len(contents), "first_page": True, "last_page": True,
            "empty": not contents, "contents": contents}


def service(place: Place, lang: str, words: dict) -> dict:
    """One place as a compiled HSDS service."""
    sid = make_id("service", place.id)
    org = _organization(place, lang)
    out: dict = {"id": sid, "organization_id": org["id"], "name": _text(place.name, lang),
                 "status": _STATUS[place.status]}
    _put(out, description=_text(place.description, lang), url=place.url, email=place.email,
         alert=_text(place.alert, lang),
         assured_date=place.verified_on.isoformat() if place.verified_on else None)
    out["phones"] = [_phone(phone, i, place.id, lang, service_id=sid)
                     for i, phone in enumerate(place.phones)]
    schedules = []
    if place.opening_hours and not place.address:  # with an address: the location's hours
        schedules += _schedules(place.opening_hours, ("service", place.id),
                                {"service_id": sid})
    for i, phone in enumerate(place.phones):
        if phone.opening_hours:
            schedules += _schedules(phone.opening_hours, ("phone", place.id, str(i)),
                                    {"service_id": sid}, f"{phone.display}: ")
    out["schedules"] = schedules
    out["languages"] = [_language(code, place.id, service_id=sid) for code in place.languages]
    area = place.municipality.name if place.municipality else "Sverige"
    out["service_areas"] = [{"id": make_id("service_area", place.id), "service_id": sid,
                             "name": area}]
    out["service_at_locations"] = [_at_location(place, sid, org["id"], lang)] \
        if place.address else []
    out["organization"] = org
    out["attributes"] = _attributes(place, sid, lang, words)
    return out


def _at_location(place: Place, sid: str, org_id: str, lang: str) -> dict:
    lid = make_id("location", place.id)
    sal_id = make_id("service_at_location", place.id)
    address = place.address or {}
    location: dict = {"id": lid, "location_type": "physical", "organization_id": org_id,
                      "name": _text(place.name, lang)}
    _put(location, url=place.url, transportation=_text(address.get("directions"), lang))
    location["addresses"] = [{
        "id": make_id("address", place.id), "location_id": lid,
        "address_1": address.get("street", ""), "city": address.get("city", ""),
        "state_province": place.municipality.county_name if place.municipality else "",
        "postal_code": address.get("postal_code", ""), "country": "SE",
        "address_type": "physical"}]
    accessibility = _text(place.accessibility, lang)
    location["accessibility"] = ([{"id": make_id("accessibility", place.id), "location_id": lid,
                                   "description": accessibility}] if accessibility else [])
    location["languages"] = [_language(code, place.id, location_id=lid)
                             for code in place.languages]
    location["schedules"] = (_schedules(place.opening_hours, ("location", place.id),
                                        {"location_id": lid}) if place.opening_hours else [])
    schedules = []
    for i, extra in enumerate(place.service_hours):  # e.g. IT help at certain hours
        name = _text(extra.name, lang)
        schedules += _schedules(extra.opening_hours, ("service_hours", place.id, str(i)),
                                {"service_at_location_id": sal_id}, f"{name}: ", name)
    return {"id": sal_id, "service_id": sid, "location_id": lid, "schedules": schedules,
            "location": location}


def _organization(place: Place, lang: str) -> dict:
    """Who runs the place: its ``organization``, else the place itself (a municipality's
    own entry, an agency's line). Places with the same organization share its id."""
    if place.organization:
        return {"id": make_id("organization", place.organization),
                "name": place.organization, "description": ""}
    org: dict = {"id": make_id("organization", "place", place.id),
                 "name": _text(place.name, lang),
                 "description": _text(place.description, lang) or ""}
    _put(org, website=place.url, email=place.email)
    return org


def _phone(phone, index: int, place_id: str, lang: str, **owner) -> dict:
    description = _text(phone.description, lang)
    return {"id": make_id("phone", place_id, str(index)), **owner,
            "number": phone.number or phone.short, "type": _PHONE_TYPE[phone.type],
            # the number as the organisation writes it, which HSDS has no field for
            "description": f"{phone.display}: {description}" if description else phone.display}


def _language(code: str, place_id: str, **owner) -> dict:
    key = next(iter(owner.values()))
    return {"id": make_id("language", place_id, key, code), **owner, "code": code,
            "name": isolang.LANGUAGES.get(code, code)}


def _attributes(place: Place, sid: str, lang: str, words: dict) -> list[dict]:
    """The place's kind and help topics as attributes with terms of our own two taxonomies
    (codes from ``vocab``, names as the site shows them in ``lang``)."""
    tags = [("kind", place.kind, words["kinds"][place.kind])]
    tags += [("service", tag, words["services"][tag]) for tag in place.services]
    out = []
    for taxonomy, code, name in tags:
        term_id = make_id("taxonomy_term", taxonomy, code)
        out.append({"id": make_id("attribute", sid, term_id), "link_id": sid,
                    "link_type": taxonomy, "link_entity": "service",
                    "taxonomy_term_id": term_id,
                    "taxonomy_term": {"id": term_id, "code": code, "name": name,
                                      "description": name, "language": lang,
                                      "taxonomy": f"hjalpguiden-{taxonomy}"}})
    return out


def _schedules(value: str, key: tuple[str, ...], owner: dict, prefix: str = "",
               description: str | None = None) -> list[dict]:
    """HSDS schedules for an OpenStreetMap value: one weekly schedule per opening time
    (days with the same times share it) when the value is a plain week, else one schedule
    that only carries the value as written."""
    notes = f"{prefix}opening_hours (OpenStreetMap): {value}"
    week = hours.weekly(value)
    slots: dict[tuple[str, str], list[str]] = defaultdict(list)
    if week is not None and not week.seasons_differ and not week.comments:
        for day, times in enumerate(week.days):
            for opens, closes in times:
                slots[(opens, closes)].append(_BYDAY[day])
    base = {"description": description} if description else {}
    if not slots:
        return [{"id": make_id("schedule", *key), **owner, **base, "notes": notes}]
    return [{"id": make_id("schedule", *key, opens, closes), **owner, **base,
             "freq": "WEEKLY", "wkst": "MO", "byday": ",".join(days),
             "opens_at": opens, "closes_at": closes, "notes": notes}
            for (opens, closes), days in slots.items()]


def _text(value, lang: str) -> str | None:
    text = localized(value, lang)
    return text.text if text else None


def _put(out: dict, **values) -> None:
    """Set the fields that have a value (HSDS leaves a missing field out)."""
    out.update({k: v for k, v in values.items() if v})
