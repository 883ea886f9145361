import datetime as dt
import json

from hjalpguide.contacts import jsonld, schema, vocab
from hjalpguide.contacts.validate import load_places

from .conftest import LANGS, ROOT

TODAY = dt.date(2026, 11, 22)


def test_every_kind_has_a_schema_org_type():
    assert set(jsonld.SCHEMA_TYPES) == set(vocab.KINDS)


def test_opening_hours_for_schema_org():
    assert jsonld.schema_org_hours("Mo-Fr 08:00-16:30; PH off") == ["Mo-Fr 08:00-16:30"]
    assert jsonld.schema_org_hours("24/7") == ["Mo-Su"]
    assert jsonld.schema_org_hours('Mo-Fr 13:00-15:00 "drop-in"') == []


def test_real_places_give_json_ld_and_open_data():
    places, _ = load_places(ROOT, LANGS, TODAY)
    for place in places:
        data = jsonld.for_place(place, "en")
        assert data["@context"] == "https://schema.org" and data["name"]
    dump = json.dumps(jsonld.open_data(places, TODAY), ensure_ascii=False)
    back = json.loads(dump)
    assert len(back["places"]) == len(places)
    assert all("recently_verified" in p for p in back["places"])


def test_json_schema_is_generated_from_the_one_definition():
    generated = schema.json_schema(LANGS)
    place = generated["properties"]["places"]["items"]
    assert set(place["properties"]) == {f.name for f in schema.PLACE}
    assert place["properties"]["kind"]["enum"] == sorted(vocab.KINDS)
    assert place["properties"]["services"]["items"]["enum"] == sorted(vocab.SERVICES)
    assert "verified" in place["required"]
    json.dumps(generated)
