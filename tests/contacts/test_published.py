"""The open data files (contacts/published.py): our own JSON valid against the schema we
publish with it, and the HSDS files valid against the official schema, on the project's
real data (all 292 files, the 290 municipalities among them) and on the real built site."""

from __future__ import annotations

import json
import time

from jsonschema import Draft202012Validator

from hjalpguide.contacts import hsds, published, texts
from hjalpguide.contacts.validate import load_places

from .conftest import LANGS, ROOT, TODAY
from .test_hsds import errors_in

WORDS = texts.load(ROOT / "data" / "ui-help", LANGS)


def schema_errors(data: dict, schema: dict) -> list[str]:
    """What a standard validator (draft 2020-12, formats checked) says about ``data``."""
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(data)]


def project_files() -> dict[str, dict]:
    places, _ = load_places(ROOT, LANGS, TODAY)
    return {path: json.loads(text) for path, text in published.files(places, LANGS, WORDS,
                                                                     TODAY)}


def test_the_files_published():
    files = project_files()
    assert list(files) == [published.OPEN_DATA, published.OPEN_DATA_SCHEMA,
                           published.FILE_SCHEMA, "hjalp/hsds/services.json",
                           *(f"hjalp/hsds/{lang}/services.json" for lang in LANGS[1:])]


def test_the_open_data_is_valid_against_its_own_schema():
    files = project_files()
    data, schema = files[published.OPEN_DATA], files[published.OPEN_DATA_SCHEMA]
    assert schema_errors(data, schema) == []
    assert sum(p["kind"] == "municipality" for p in data["places"]) == 290
    assert data["license"] == "https://creativecommons.org/publicdomain/zero/1.0/"


def test_the_schema_finds_what_is_wrong():
    files = project_files()
    data, schema = files[published.OPEN_DATA], files[published.OPEN_DATA_SCHEMA]
    first, second, third = data["places"][:3]
    first["recently_verified"] = "yes"
    second["translated"] = {"xx": {"method": "machine", "source": "sv"}}
    third["municipality"]["code"] = "22811"
    data["extra"] = 1
    assert len(schema_errors(data, schema)) == 4


def test_the_data_file_schema_describes_an_editors_file():
    schema = project_files()[published.FILE_SCHEMA]
    assert "municipality" in schema["properties"]
    assert "recently_verified" not in schema["properties"]["places"]["items"]["properties"]


def test_the_hsds_files_are_valid_against_the_official_schema():
    files = project_files()
    for lang in LANGS:
        page = files[hsds.path(lang, "sv")]
        assert errors_in(page["contents"]) == [], lang
        assert page["total_items"] == len(files[published.OPEN_DATA]["places"])
        ids = [s["id"] for s in page["contents"]]
        assert len(set(ids)) == len(ids)


def test_the_export_is_fast():
    """The build makes the files once (default language): well under a second."""
    places, _ = load_places(ROOT, LANGS, TODAY)
    published.files(places, LANGS, WORDS, TODAY)  # warm: opening hours are cached
    best = min(_timed(lambda: published.files(places, LANGS, WORDS, TODAY)) for _ in range(3))
    assert best < 1.0, best  # 0.09 s here, idle (2026-12-05)


def _timed(call) -> float:
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def test_the_built_site_publishes_valid_open_data(real_site):
    """The real site as built (``real_site``: the whole site, --strict): the files a reuser
    downloads, checked with a standard validator."""
    data = json.loads((real_site / published.OPEN_DATA).read_text(encoding="utf-8"))
    schema = json.loads((real_site / published.OPEN_DATA_SCHEMA).read_text(encoding="utf-8"))
    assert schema_errors(data, schema) == []
    assert sum(p["kind"] == "municipality" for p in data["places"]) == 290
    for lang in LANGS:
        page = json.loads((real_site / hsds.path(lang, "sv")).read_text(encoding="utf-8"))
        assert errors_in(page["contents"]) == [], lang
        assert page["total_items"] == len(data["places"])
    index = (real_site / "hjalp" / "platser" / "index.html").read_text(encoding="utf-8")
    assert 'href="../help-places.schema.json"' in index
    assert 'href="../hsds/services.json" lang="en">Open Referral HSDS</a>' in index
    english = (real_site / "en" / "hjalp" / "platser" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../../hjalp/hsds/en/services.json"' in english
