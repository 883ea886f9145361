"""schema.org data (JSON-LD) for one help place, and the open data set of all places.

Search engines and other tools read the JSON-LD beside each place; the open data file
(``hjalp/help-places.json``) holds every place in the data's own format.
"""

from __future__ import annotations

import datetime as dt
import re

from hjalpguide.contacts import schema, vocab
from hjalpguide.contacts.model import Place, localized

#: schema.org type for each kind of place (every kind in vocab.KINDS has one).
SCHEMA_TYPES = {
    "municipality": "GovernmentOrganization",
    "phone_line": "GovernmentService",
    "online_contact": "GovernmentService",
    "government_service_office": "GovernmentOffice",
    "municipal_service_center": "GovernmentOffice",
    "library": "Library",
    "reception": "GovernmentOffice",
    "job_center": "GovernmentOffice",
    "adult_education": "EducationalOrganization",
    "mobile": "GovernmentService",
}

_SIMPLE_RULE = re.compile(r"^(?:Mo|Tu|We|Th|Fr|Sa|Su)[A-Za-z,\-]* "
                          r"[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}"
                          r"(?:,[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2})*$")


def schema_org_hours(value: str | None) -> list[str]:
    """The rules of an OSM value that schema.org's openingHours can say (others dropped)."""
    if not value:
        return []
    if value.strip() == "24/7":
        return ["Mo-Su"]
    return [rule.strip() for rule in value.split(";") if _SIMPLE_RULE.match(rule.strip())]


def for_place(place: Place, lang: str) -> dict:
    name = localized(place.name, lang)
    data: dict = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES[place.kind],
        "identifier": place.id,
        "name": name.text if name else place.id,
    }
    description = localized(place.description, lang)
    if description:
        data["description"] = description.text
    if place.organization:
        key = "provider" if data["@type"] == "GovernmentService" else "parentOrganization"
        data[key] = {"@type": "Organization", "name": place.organization}
    if place.url:
        data["url"] = place.url
    if place.email:
        data["email"] = place.email
    numbers = [p.number or p.short for p in place.phones if p.type == "voice"]
    if numbers and data["@type"] != "GovernmentService":
        data["telephone"] = numbers[0]
    if place.phones and data["@type"] == "GovernmentService":
        data["availableChannel"] = [{"@type": "ServiceChannel",
                                     "servicePhone": {"@type": "ContactPoint",
                                                      "telephone": p.number or p.short}}
                                    for p in place.phones]
    _address(place, data)
    hours = schema_org_hours(place.opening_hours)
    if hours and data["@type"] != "GovernmentService":
        data["openingHours"] = hours
    if place.languages:
        data["availableLanguage"] = list(place.languages)
    data["areaServed"] = place.municipality.name if place.municipality else "Sverige"
    return data


def _address(place: Place, data: dict) -> None:
    a = place.address
    if not a or data["@type"] == "GovernmentService":
        return
    data["address"] = {"@type": "PostalAddress", "streetAddress": a.get("street"),
                       "postalCode": a.get("postal_code"), "addressLocality": a.get("city"),
                       "addressCountry": "SE"}


def open_data(places: list[Place], today: dt.date) -> dict:
    """Every shown place in our own format, plus whether each was checked recently
    (described by :func:`schema.open_data_schema`)."""
    items = []
    for place in places:
        item = {
            "id": place.id, "name": place.name, "kind": place.kind, "status": place.status,
            "municipality": ({"code": place.municipality.code, "name": place.municipality.name,
                              "county": place.municipality.county_name}
                             if place.municipality else None),
        }
        for key in ("organization", "description", "address", "accessibility", "email", "url",
                    "opening_hours", "alert"):
            value = getattr(place, key)
            if value:
                item[key] = value
        if place.service_hours:
            item["service_hours"] = [{"name": s.name, "opening_hours": s.opening_hours}
                                     for s in place.service_hours]
        if place.phones:
            item["phones"] = [{k: v for k, v in vars(p).items() if v is not None}
                              for p in place.phones]
        for key in ("languages", "services", "agencies"):
            if getattr(place, key):
                item[key] = list(getattr(place, key))
        if place.translated:  # texts in these languages are translations of the Swedish
            item["translated"] = {lang: {"method": method, "source": "sv"}
                                  for lang, method in place.translated}
        item["verified"] = dict(place.verified, date=place.verified_on.isoformat()
                                if place.verified_on else None)
        item["recently_verified"] = place.is_recent(today)
        items.append(item)
    return {"generated": today.isoformat(), "license": schema.LICENSE_URL,
            "kinds": list(vocab.KINDS),
            "services": list(vocab.SERVICES), "places": items}
