"""Web addresses and e-mail addresses that are safe to show as links.

Rejects anything that is not ``https://`` or ``http://`` (``javascript:`` and other
schemes), user names or passwords in the address, IP addresses instead of names,
placeholder domains copied from examples, spaces and invisible characters.

``http://`` is accepted: it is how many municipalities' addresses are published (216 of
290 in data/kommun-kontakter.csv), and the rule is to write what the source says. Changing
it to ``https://`` would be a guess (a site without https gives the reader an error page);
browsers and the municipalities' own servers move the reader to https where there is one.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from urllib.parse import urlsplit

from hjalpguide.contacts.problems import INVISIBLE, Problem

PLACEHOLDER_DOMAINS = ("example.com", "example.org", "example.net", "example.se",
                       "exempel.se", "test.se", "domain.com", "domän.se")
PLACEHOLDER_TLDS = ("example", "test", "invalid", "localhost", "local")
_SPACE = re.compile(r"\s")
_MAYBE_IP = re.compile(r"^[0-9.]+$|:|^\[")  # IPv4, or IPv6 (has colons)
EMAIL = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@([A-Za-z0-9-]+\.)+[A-Za-z]{2,}$")


@functools.lru_cache(maxsize=8192)
def check_url(value: str) -> tuple[Problem, ...]:
    return tuple(_check_url(value))


def _check_url(value: str) -> list[Problem]:
    if INVISIBLE.search(value) or _SPACE.search(value):
        return [Problem("HP-URL", "Adressen innehåller mellanslag eller osynliga tecken.",
                        "Skriv adressen för hand, utan mellanslag.")]
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return [Problem("HP-URL", f"'{value}' är inte en webbadress.",
                        "Skriv hela adressen, t.ex. https://www.kommun.se/bibliotek")]
    if parts.scheme.lower() not in ("https", "http"):
        return [Problem("HP-URL", f"Adressen måste börja med https:// (inte '{parts.scheme}:').",
                        "Skriv en webbadress som börjar med https:// (eller http:// om "
                        "källan skriver så)")]
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return [Problem("HP-URL", "Adressen innehåller ett användarnamn eller lösenord.",
                        "Ta bort delen före @ i adressen.")]
    return _check_host(host)


def _check_host(host: str) -> list[Problem]:
    if not host:
        return [Problem("HP-URL", "Adressen saknar namn på webbplatsen.",
                        "Skriv hela adressen, t.ex. https://www.kommun.se/bibliotek")]
    if _MAYBE_IP.match(host):
        try:
            ipaddress.ip_address(host.strip("[]"))
            return [Problem("HP-URL", "Adressen är en IP-adress, inte ett namn.",
                            "Använd webbplatsens namn, t.ex. https://www.kommun.se/")]
        except ValueError:
            pass
    if is_placeholder(host):
        return [Problem("HP-URL", f"'{host}' är en exempeladress.",
                        "Skriv platsens riktiga webbadress, eller ta bort fältet.")]
    if "." not in host:
        return [Problem("HP-URL", f"'{host}' är inte ett fullständigt namn på en webbplats.",
                        "Skriv hela namnet, t.ex. www.kommun.se")]
    return []


def is_placeholder(host: str) -> bool:
    labels = host.lower().rstrip(".").split(".")
    if labels[-1] in PLACEHOLDER_TLDS:
        return True
    return any(".".join(labels[i:]) in _PLACEHOLDERS for i in range(len(labels) - 1))


_PLACEHOLDERS = frozenset(PLACEHOLDER_DOMAINS)


def check_email(value: str) -> list[Problem]:
    if value.lower().startswith("mailto:"):
        return [Problem("HP-EMAIL", "Skriv bara adressen, utan mailto:.",
                        f"Skriv email: {value[7:]}")]
    if not EMAIL.match(value):
        return [Problem("HP-EMAIL", f"'{value}' är inte en e-postadress.",
                        "Skriv adressen som namn@kommun.se, utan mellanslag.")]
    if is_placeholder(value.rsplit("@", 1)[1]):
        return [Problem("HP-EMAIL", f"'{value}' är en exempeladress.",
                        "Skriv platsens riktiga e-postadress, eller ta bort fältet.")]
    return []


def check_source(value: str) -> list[Problem]:
    """A source is a named document, or a web address (then checked like any URL)."""
    if "://" in value or value.lower().startswith(("javascript:", "www.")):
        return check_url(value)
    if len(value.strip()) < 8:
        return [Problem("HP-SOURCE", "Källan är för kort för att någon ska kunna hitta den.",
                        "Skriv webbadressen, eller handlingens namn, utgivare och datum.")]
    return []


def map_link(street: str, postal_code: str, city: str) -> str:
    """A plain link to search the address on openstreetmap.org (nothing is embedded)."""
    from urllib.parse import quote

    query = ", ".join(p for p in (street, f"{postal_code} {city}".strip()) if p)
    return "https://www.openstreetmap.org/search?query=" + quote(query)
