"""The open data files published with the site (default language build only), defined once:
their paths and their contents. Described for reusers in docs/developers/open-data.md.
"""

from __future__ import annotations

import datetime as dt
import json

from hjalpguide.contacts import hsds, jsonld, schema
from hjalpguide.contacts.model import Place

OPEN_DATA = "hjalp/help-places.json"
OPEN_DATA_SCHEMA = "hjalp/help-places.schema.json"
#: The editors' data file format (data/help-places/*.yml), for editors' tools.
FILE_SCHEMA = "hjalp/help-place-file.schema.json"


def files(places: list[Place], languages: list[str], words: dict[str, dict],
          today: dt.date) -> list[tuple[str, str]]:
    """(path, JSON text) of every open data file: our own format and its schema, the data
    file schema, and one Open Referral HSDS file per language (``words``: the places' UI
    texts per language, for the names of kinds and topics)."""
    out = [(OPEN_DATA, jsonld.open_data(places, today)),
           (OPEN_DATA_SCHEMA, schema.open_data_schema(languages)),
           (FILE_SCHEMA, schema.json_schema(languages))]
    out += [(hsds.path(lang, languages[0]), hsds.services(places, lang, words[lang]))
            for lang in languages]
    return [(path, _dump(data, compact=path.startswith(hsds.FOLDER))) for path, data in out]


def _dump(data: dict, compact: bool) -> str:
    """Our own files with indent=1, readable in a browser; the HSDS files (nine of about
    0.5 MB) compact, for programs."""
    if compact:
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(data, ensure_ascii=False, indent=1)
