"""The finder on hjalp/platser/: search keys, the postal-code file and its size."""

import gzip
import json

import pytest

from hjalpguide.contacts import finder, kommuner

from .conftest import ROOT

POSTAL = ROOT / "data" / "postnummer.csv"
MUNICIPALITIES = kommuner.load(ROOT / "data" / "kommuner.csv")


@pytest.mark.parametrize(("name", "key"), [
    ("Malmö", "malmo"), ("Göteborg", "goteborg"), ("Örnsköldsvik", "ornskoldsvik"),
    ("Upplands Väsby", "upplands vasby"), ("Upplands-Bro", "upplands bro"), ("Håbo", "habo"),
    ("  ÅRE ", "are"), ("Malmo\u0308", "malmo"),  # decomposed ö, as some keyboards type it
])
def test_search_key_ignores_case_accents_and_dashes(name, key):
    assert finder.search_key(name) == key


def test_what_a_reader_types_finds_the_municipality():
    keys = {finder.search_key(m.name): m.name for m in MUNICIPALITIES.values()}
    for typed, name in (("malmo", "Malmö"), ("goteborg", "Göteborg"),
                        ("ornskoldsvik", "Örnsköldsvik"), ("VAXHOLM", "Vaxholm")):
        assert keys[finder.search_key(typed)] == name


def test_every_postal_code_comes_back_after_encoding():
    mapping = finder.read_postal_codes(POSTAL, set(MUNICIPALITIES))
    assert len(mapping) == 15463
    data = json.loads(finder.to_json(mapping))
    assert data["version"] == finder.VERSION
    assert finder.decode(data) == mapping
    assert mapping["21120"] == "1280"  # Malmö
    assert set(mapping.values()) <= set(MUNICIPALITIES)


def test_the_postal_file_is_small():
    mapping = finder.read_postal_codes(POSTAL, set(MUNICIPALITIES))
    size = len(gzip.compress(finder.to_json(mapping).encode(), 9))
    assert size <= 30 * 1024, f"{size} bytes with gzip"


@pytest.mark.parametrize(("text", "message"), [
    ("code,name\n", "rad 1: första raden ska vara postal_code,locality,municipality_code"),
    ("postal_code,locality,municipality_code\n2112,Malmö,1280\n",
     "rad 2, fältet postal_code: '2112' är inget postnummer"),
    ("postal_code,locality,municipality_code\n21120,Malmö,9999\n",
     "rad 2, fältet municipality_code: '9999' finns inte i data/kommuner.csv"),
    ("postal_code,locality,municipality_code\n21120,Malmö\n", "rad 2: ska ha 3 fält"),
    ("postal_code,locality,municipality_code\n21120,Malmö,1280\n211 20,Malmö,0180\n",
     "rad 3, fältet postal_code: 21120 står redan med kommun 1280"),
])
def test_a_bad_postal_file_says_where_and_what(tmp_path, text, message):
    path = tmp_path / "postnummer.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(finder.PostalError, match=message.replace("(", r"\(").replace(")", r"\)")):
        finder.read_postal_codes(path, set(MUNICIPALITIES))


def test_a_missing_postal_file_is_a_clear_error(tmp_path):
    with pytest.raises(finder.PostalError, match="kan inte läsa filen"):
        finder.read_postal_codes(tmp_path / "saknas.csv", set(MUNICIPALITIES))
