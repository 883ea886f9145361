"""Sweden's municipalities and counties, from ``data/kommuner.csv`` (SCB codes).

See data/SOURCES.md for where the list comes from and when to check it.
"""

from __future__ import annotations

import csv
import functools
import unicodedata
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Municipality:
    code: str
    name: str
    county_code: str
    county_name: str

    @property
    def slug(self) -> str:
        """The URL part for the municipality's page: 'Örnsköldsvik' -> 'ornskoldsvik';
        'habo-0305' and 'habo-0643' for the two names that share a slug (Håbo, Habo)."""
        base = slugify(self.name)
        return f"{base}-{self.code}" if base in SHARED_SLUGS else base

    @property
    def file_slug(self) -> str:
        """The name part of the municipality's data file: ``0305-habo.yml``."""
        return slugify(self.name)


#: Slugs that two municipalities share (Håbo 0305 and Habo 0643); their pages get the code
#: too. tests/contacts/test_kommuner.py checks this against data/kommuner.csv.
SHARED_SLUGS = frozenset({"habo"})


def slugify(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    out = "".join(ch if ch.isascii() and ch.isalnum() else "-" for ch in plain)
    return "-".join(part for part in out.split("-") if part)


@functools.lru_cache(maxsize=8)
def load(csv_path: Path) -> dict[str, Municipality]:
    """Code -> Municipality, in the file's order (by code)."""
    with open(csv_path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        return {row["code"]: Municipality(row["code"], row["name"], row["county_code"],
                                          row["county_name"]) for row in rows}


def unknown_code(code: str, municipalities: dict[str, Municipality], where: str) -> str:
    """The message for a deployer's municipality code ``code`` (set in ``where``) that is
    not in ``municipalities``; empty when it is there or not set. Guesses the code of a
    name (``Vaxholm``) or of a code without its leading zero (``187`` for ``0187``)."""
    if not code or code in municipalities:
        return ""
    guess = (municipalities.get(code.zfill(4)) if code.isdigit() else
             next((m for m in municipalities.values() if same_name(m.name, code)), None))
    hint = (f'Menar du "{guess.code}" ({guess.name})?' if guess else
            'Skriv kommunens kod med fyra siffror, t.ex. "2281".')
    return f"{where}: kommunkoden '{code}' finns inte i data/kommuner.csv. {hint}"


def same_name(a: str, b: str) -> bool:
    def norm(s: str) -> str:
        return unicodedata.normalize("NFC", s).strip().casefold()
    return norm(a) == norm(b)
