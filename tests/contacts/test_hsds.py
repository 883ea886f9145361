"""The Open Referral HSDS 3.0 export (contacts/hsds.py), checked against the official
compiled schema (tests/contacts/data/hsds-3.0/, CC BY-SA 4.0, see the README there)."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from hjalpguide.contacts import hsds, texts
from hjalpguide.contacts.kommuner import Municipality
from hjalpguide.contacts.model import Phone, Place, ServiceHours

from .conftest import LANGS, ROOT

HSDS_SCHEMA = Path(__file__).parent / "data" / "hsds-3.0" / "service_with_definitions.json"
SUNDSVALL = Municipality("2281", "Sundsvall", "22", "Västernorrlands län")
WORDS = texts.load(ROOT / "data" / "ui-help", LANGS)


def official_validator() -> Draft202012Validator:
    """The HSDS 3.0 compiled service schema, with formats (uuid, uri, email) checked."""
    schema = json.loads(HSDS_SCHEMA.read_text(encoding="utf-8"))
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def errors_in(services: list[dict]) -> list[str]:
    validator = official_validator()
    return [f"{s.get('name')}: {'/'.join(map(str, e.absolute_path))}: {e.message}"
            for s in services for e in validator.iter_errors(s)]


def library(**changes) -> Place:
    values = dict(
        id="sundsvall-bibliotek", kind="library", file="2281-sundsvall.yml",
        municipality=SUNDSVALL, organization="Sundsvalls kommun",
        name={"sv": "Stadsbiblioteket", "en": "The city library"},
        description="Hjälp med datorn.",
        address={"street": "Sjögatan 1", "postal_code": "852 30", "city": "Sundsvall",
                 "directions": {"sv": "Ingång från torget", "en": "Entrance from the square"}},
        accessibility="Ramp och hiss.",
        phones=(Phone("+46771524524", None, "0771-524 524"),
                Phone("+46701234567", None, "070-123 45 67", "sms", "Skriv ett sms",
                      "Mo-Fr 09:00-12:00")),
        email="bibliotek@sundsvall.se", url="https://sundsvall.se/bibliotek",
        languages=("sv", "ar", "swl"), services=("wifi", "scanning"),
        opening_hours="Mo-Fr 10:00-19:00; Sa 11:00-15:00; PH off",
        service_hours=(ServiceHours("IT-hjälp (drop-in)", "Tu,Th 13:00-15:00"),),
        verified_on=dt.date(2026, 11, 1),
        verified={"date": "2026-11-01", "method": "web", "source": "https://sundsvall.se"})
    values.update(changes)
    return Place(**values)


def test_a_full_place_is_valid_hsds_in_every_language():
    services = [hsds.service(library(), lang, WORDS[lang]) for lang in LANGS]
    assert errors_in(services) == []
    sv = services[0]
    assert sv["assured_date"] == "2026-11-01" and sv["status"] == "active"
    assert sv["organization"]["name"] == "Sundsvalls kommun"
    location = sv["service_at_locations"][0]["location"]
    assert location["addresses"][0] == {
        "id": hsds.make_id("address", "sundsvall-bibliotek"),
        "location_id": location["id"], "address_1": "Sjögatan 1", "city": "Sundsvall",
        "state_province": "Västernorrlands län", "postal_code": "852 30", "country": "SE",
        "address_type": "physical"}
    assert location["accessibility"][0]["description"] == "Ramp och hiss."
    assert [lang["code"] for lang in location["languages"]] == ["sv", "ar", "swl"]
    assert sv["phones"][0]["number"] == "+46771524524"
    assert sv["phones"][0]["description"] == "0771-524 524"
    assert sv["phones"][1]["type"] == "text"
    assert {a["taxonomy_term"]["code"] for a in sv["attributes"]} == {"library", "wifi",
                                                                      "scanning"}


def test_texts_in_the_files_language_and_swedish_where_there_is_no_translation():
    sv, en = (hsds.service(library(), lang, WORDS[lang]) for lang in ("sv", "en"))
    assert (sv["name"], en["name"]) == ("Stadsbiblioteket", "The city library")
    assert en["service_at_locations"][0]["location"]["transportation"] == \
        "Entrance from the square"
    assert en["description"] == "Hjälp med datorn."  # not translated: Swedish
    assert en["attributes"][0]["taxonomy_term"] == dict(
        sv["attributes"][0]["taxonomy_term"], name=WORDS["en"]["kinds"]["library"],
        description=WORDS["en"]["kinds"]["library"], language="en")


def test_ids_are_stable_uuids_from_the_place_id():
    first = hsds.service(library(), "sv", WORDS["sv"])
    again = hsds.service(library(), "ar", WORDS["ar"])
    assert first["id"] == again["id"] == str(uuid.uuid5(hsds.NAMESPACE,
                                                         "service:sundsvall-bibliotek"))
    assert uuid.UUID(first["id"]).version == 5

    def ids(value) -> list[str]:
        if isinstance(value, dict):
            own = [value["id"]] if "id" in value else []
            return own + [i for v in value.values() for i in ids(v)]
        return [i for v in value for i in ids(v)] if isinstance(value, list) else []
    assert ids(first) == ids(again)
    other = hsds.service(library(id="sundsvall-annat"), "sv", WORDS["sv"])
    # the organization (same name) is shared; everything of the place itself differs
    assert set(ids(first)) & set(ids(other)) == {first["organization_id"]} | {
        a["taxonomy_term_id"] for a in first["attributes"]}


def test_a_weekly_rule_becomes_schedules_and_keeps_the_text():
    location = hsds.service(library(), "sv", WORDS["sv"])["service_at_locations"][0]
    schedules = location["location"]["schedules"]
    note = "opening_hours (OpenStreetMap): Mo-Fr 10:00-19:00; Sa 11:00-15:00; PH off"
    assert [(s["byday"], s["opens_at"], s["closes_at"], s["freq"]) for s in schedules] == [
        ("MO,TU,WE,TH,FR", "10:00", "19:00", "WEEKLY"), ("SA", "11:00", "15:00", "WEEKLY")]
    assert all(s["notes"] == note and s["location_id"] == location["location_id"]
               for s in schedules)
    drop_in = location["schedules"]
    assert [(s["byday"], s["description"]) for s in drop_in] == [("TU,TH",
                                                                  "IT-hjälp (drop-in)")]


@pytest.mark.parametrize("value", [
    "Jun-Aug Mo-Fr 10:00-15:00; Sep-May Mo-Fr 08:00-16:30",  # parts of the year
    'Mo-Fr 13:00-15:00 "efter överenskommelse"',  # a comment
    "Mo-Fr off",  # never open
    "ingen tid",  # does not parse (the check stops such data before the build)
])
def test_what_a_week_cannot_say_is_kept_as_text(value):
    service = hsds.service(library(address=None, opening_hours=value, phones=()), "sv",
                           WORDS["sv"])
    assert service["service_at_locations"] == []
    assert [set(s) for s in service["schedules"]] == [{"id", "service_id", "notes"}]
    assert service["schedules"][0]["notes"].endswith(value)
    assert errors_in([service]) == []


def test_phone_hours_and_status():
    line = library(address=None, opening_hours=None, status="planned")
    service = hsds.service(line, "sv", WORDS["sv"])
    assert service["status"] == "inactive"
    assert [(s["byday"], s["notes"]) for s in service["schedules"]] == [
        ("MO,TU,WE,TH,FR", "070-123 45 67: opening_hours (OpenStreetMap): Mo-Fr 09:00-12:00")]
    closed = hsds.service(library(status="temporarily_closed"), "sv", WORDS["sv"])
    assert closed["status"] == "temporarily closed"


def test_the_validator_finds_a_broken_service():
    service = hsds.service(library(), "sv", WORDS["sv"])
    service["status"] = "planned"
    service["phones"][0]["id"] = "not-a-uuid"
    del service["organization"]["description"]
    assert len(errors_in([service])) == 3


def test_the_paged_file():
    page = hsds.services([library(), library(id="sundsvall-annat")], "sv", WORDS["sv"])
    assert page["total_items"] == page["size"] == len(page["contents"]) == 2
    assert page["first_page"] and page["last_page"] and not page["empty"]
    assert hsds.path("sv", "sv") == "hjalp/hsds/services.json"
    assert hsds.path("ar", "sv") == "hjalp/hsds/ar/services.json"
