"""The "Var bor du?" finder on ``hjalp/platser/``: search keys and the postal-code file.

- :func:`search_key`: a municipality's name as the page's script compares it ("Örnsköldsvik"
  -> "ornskoldsvik"). The build writes it into the list, and the script normalises what the
  reader types the same way (lower case, accents off, anything else than a-z/0-9 a space).
- The postal codes (``data/postnummer.csv``: postal_code,locality,municipality_code) become
  one small JSON file, ``hjalp/postnummer.json``, which the script loads only when the reader
  types digits. Format (``version`` 1): ``{"version": 1, "codes": {"1280": "20001,1,4,…"}}``:
  per municipality code, its postal codes sorted, the first written in full and every next
  one as the difference to the one before. 15 463 codes: about 35 KiB, 8 KiB with gzip.
- The page's script (``templates/help/finder.js``) is a file of its own, never inline, so a
  strict Content-Security-Policy (``script-src 'self'``, deploy/) lets it run; its name holds
  a hash of its content (:func:`script`), so a host may cache it for a year.
"""

from __future__ import annotations

import csv
import hashlib
import itertools
import json
import unicodedata
from pathlib import Path

VERSION = 1
OUTPUT = "hjalp/postnummer.json"
COLUMNS = ("postal_code", "locality", "municipality_code")
SCRIPT = Path(__file__).resolve().parents[1] / "templates" / "help" / "finder.js"


class PostalError(Exception):
    """A problem in the postal-code file, in Swedish, with file and line."""


def search_key(name: str) -> str:
    """Lower case, no accents, words separated by one space: 'Upplands-Bro' -> 'upplands bro'."""
    plain = unicodedata.normalize("NFD", name.casefold())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    out = "".join(ch if ("a" <= ch <= "z" or "0" <= ch <= "9") else " " for ch in plain)
    return " ".join(out.split())


def read_postal_codes(path: Path, municipalities: set[str]) -> dict[str, str]:
    """Postal code (five digits) -> municipality code, from the CSV file at ``path``."""
    try:
        handle = open(path, encoding="utf-8", newline="")
    except OSError as error:
        raise PostalError(f"{path}: kan inte läsa filen ({error.strerror}).") from None
    mapping: dict[str, str] = {}
    with handle:
        rows = csv.reader(handle)
        header = next(rows, None)
        if header is None or tuple(h.strip() for h in header) != COLUMNS:
            raise PostalError(f"{path}, rad 1: första raden ska vara "
                              f"{','.join(COLUMNS)}. Den är: {','.join(header or [])}")
        for number, row in enumerate(rows, start=2):
            if not row:
                continue
            if len(row) != len(COLUMNS):
                raise PostalError(f"{path}, rad {number}: ska ha {len(COLUMNS)} fält "
                                  f"({','.join(COLUMNS)}), har {len(row)}.")
            code, _, municipality = (value.strip() for value in row)
            code = code.replace(" ", "")
            if len(code) != 5 or not code.isdigit() or code[0] == "0":
                raise PostalError(f"{path}, rad {number}, fältet postal_code: '{row[0]}' är "
                                  "inget postnummer. Skriv fem siffror, t.ex. 21120.")
            if municipality not in municipalities:
                raise PostalError(f"{path}, rad {number}, fältet municipality_code: "
                                  f"'{municipality}' finns inte i data/kommuner.csv. "
                                  "Skriv kommunkoden med fyra siffror, t.ex. 1280.")
            if mapping.get(code, municipality) != municipality:
                raise PostalError(f"{path}, rad {number}, fältet postal_code: {code} står "
                                  f"redan med kommun {mapping[code]}. Ett postnummer får "
                                  "bara höra till en kommun i filen.")
            mapping[code] = municipality
    return mapping


def encode(mapping: dict[str, str]) -> dict:
    """The JSON data for the page's script (see the module docstring)."""
    by_municipality: dict[str, list[int]] = {}
    for code, municipality in mapping.items():
        by_municipality.setdefault(municipality, []).append(int(code))
    out = {}
    for municipality in sorted(by_municipality):
        numbers = sorted(by_municipality[municipality])
        deltas = [numbers[0]] + [b - a for a, b in itertools.pairwise(numbers)]
        out[municipality] = ",".join(map(str, deltas))
    return {"version": VERSION, "codes": out}


def decode(data: dict) -> dict[str, str]:
    """The inverse of :func:`encode` (what the page's script does, for the tests)."""
    mapping = {}
    for municipality, text in data["codes"].items():
        number = 0
        for delta in text.split(","):
            number += int(delta)
            mapping[str(number)] = municipality
    return mapping


def script() -> tuple[str, str]:
    """(path in the site, text) of the finder's script: ``hjalp/finder.<hash>.js``."""
    text = SCRIPT.read_text(encoding="utf-8")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return f"hjalp/finder.{digest}.js", text


def to_json(mapping: dict[str, str]) -> str:
    return json.dumps(encode(mapping), separators=(",", ":"))
