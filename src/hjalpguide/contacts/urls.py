"""Web addresses, e-mail addresses and sources that are safe to show as links: the one
rule for what each may hold.

A web address must be ``https://`` or ``http://`` with a host name (not ``javascript:``,
``data:`` or other schemes, not an IP address, not a placeholder domain copied from an
example), without user name or password, and valid by RFC 3986 as it stands: no spaces,
quotes, angle brackets or other characters a URI cannot hold, no letters outside ASCII
(the open data publishes it as JSON Schema ``format: uri``). An e-mail address is a plain
address (``namn@kommun.se``): no ``mailto:``, and none of the characters that would let a
``mailto:`` link add a copy or a prepared text (``?cc=``, ``&body=``). A source is a web
address (checked as one), or the name of a document, which is text (:mod:`content`) and
never a ``data:`` or ``javascript:`` URL.

``http://`` is accepted: it is how many municipalities' addresses are published (216 of
290 in data/kommun-kontakter.csv), and the rule is to write what the source says. Changing
it to ``https://`` would be a guess (a site without https gives the reader an error page);
browsers and the municipalities' own servers move the reader to https where there is one.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from urllib.parse import quote, urlsplit, urlunsplit

from hjalpguide.contacts import content
from hjalpguide.contacts.problems import INVISIBLE, Problem

PLACEHOLDER_DOMAINS = ("example.com", "example.org", "example.net", "example.se",
                       "exempel.se", "test.se", "domain.com", "domän.se")
PLACEHOLDER_TLDS = ("example", "test", "invalid", "localhost", "local")
_SPACE = re.compile(r"\s")
_MAYBE_IP = re.compile(r"^[0-9.]+$|:|^\[")  # IPv4, or IPv6 (has colons)
#: A plain address: letters a–z, digits and . _ + - before the @ (not first or last, no
#: "..": the characters RFC 5322 also allows, such as ? & = % ', would work in a mailto:
#: link as a copy to someone else or a prepared text), a host name after it.
EMAIL = re.compile(r"^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*"
                   r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$")

# RFC 3986, for http(s) with a host: authority (no user info; checked apart), path, query,
# fragment. Each repetition is unambiguous (a "/" starts each segment), so matching takes
# time in proportion to the address.
_PCT = "%[0-9A-Fa-f]{2}"
_PCHAR = f"(?:[A-Za-z0-9\\-._~!$&'()*+,;=:@]|{_PCT})"
URI = re.compile(f"^https?://(?:[A-Za-z0-9\\-._~!$&'()*+,;=]|{_PCT})+(?::[0-9]*)?"
                 f"(?:/{_PCHAR}*)*(?:\\?(?:{_PCHAR}|[/?])*)?(?:#(?:{_PCHAR}|[/?])*)?$",
                 re.IGNORECASE)
#: Characters a URI cannot hold (or that we refuse although RFC 3986 allows them: ').
_NOT_IN_URL = re.compile("[\x00-\x20\x7f-\U0010ffff\"'<>\\\\^`{|}]")
#: Percent-encoded < > " ' `: markup smuggled into an address (no real address needs them).
_ENCODED_MARKUP = re.compile("%(?:3C|3E|22|27|60)", re.IGNORECASE)
#: A source that starts like a URI with a scheme other than the web's (``data:text/html…``).
_OTHER_SCHEME = re.compile(r"^\s*(?:data|javascript|vbscript|file|blob|about|mailto|tel|ftp)"
                           r"\s*:", re.IGNORECASE)


@functools.lru_cache(maxsize=8192)
def check_url(value: str) -> tuple[Problem, ...]:
    return tuple(_check_url(value))


def _check_url(value: str) -> list[Problem]:
    if INVISIBLE.search(value) or _SPACE.search(value):
        return [Problem("HP-URL", "Adressen innehåller mellanslag eller osynliga tecken.",
                        "Skriv adressen för hand, utan mellanslag.")]
    bad = _NOT_IN_URL.search(value)
    if bad and value.lower().startswith(("https://", "http://")):
        return [_bad_character(value, bad.group())]
    try:
        parts = urlsplit(value)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return [Problem("HP-URL", f"'{value}' är inte en webbadress.",
                        "Skriv hela adressen, t.ex. https://www.kommun.se/bibliotek")]
    if not parts.scheme:
        return [Problem("HP-URL", "Adressen saknar https:// i början.",
                        f"Skriv https://{value}")]
    if parts.scheme.lower() not in ("https", "http"):
        return [Problem("HP-URL", f"Adressen måste börja med https:// (inte '{parts.scheme}:').",
                        "Skriv en webbadress som börjar med https:// (eller http:// om "
                        "källan skriver så)")]
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return [Problem("HP-URL", "Adressen innehåller ett användarnamn eller lösenord.",
                        "Ta bort delen före @ i adressen.")]
    found = _check_host(host)
    encoded = _ENCODED_MARKUP.search(value)
    if not found and encoded:
        found.append(Problem("HP-URL", f"Adressen innehåller {encoded.group()}, som är ett "
                             "kodat tecken för kod (< > \" ' `), inte en vanlig webbadress.",
                             "Kopiera adressen från webbläsarens adressfält, från sidan "
                             "den ska gå till."))
    if not found and not URI.match(value):
        found.append(Problem("HP-URL", f"'{value}' är inte en giltig webbadress (RFC 3986): "
                             "t.ex. ett % som inte följs av två tecken 0–9/A–F, eller [ ] "
                             "utanför namnet.",
                             "Kopiera adressen från webbläsarens adressfält."))
    return found


def _bad_character(value: str, char: str) -> Problem:
    if char.isspace() or ord(char) < 0x20 or 0x7f <= ord(char) <= 0x9f:
        return Problem("HP-URL", "Adressen innehåller mellanslag eller styrtecken.",
                       "Skriv adressen för hand, utan mellanslag.")
    if ord(char) > 0x7f:
        fix = "Kopiera adressen från webbläsarens adressfält"
        ascii_form = to_ascii(value)
        fix += f", eller skriv {ascii_form}" if ascii_form else ""
        return Problem("HP-URL", f"Adressen innehåller tecknet '{char}'; en webbadress får "
                       "bara ha a–z, siffror och vissa tecken (å, ä, ö skrivs kodade).",
                       fix + ".")
    return Problem("HP-URL", f"Adressen innehåller tecknet {char}, som inte får stå i en "
                   "webbadress (citattecken, < >, \\, ^, ` och { | } är inte tillåtna).",
                   "Skriv bara adressen, utan tecken runt den, t.ex. https://www.kommun.se/")


def to_ascii(value: str) -> str:
    """``value`` with its host in IDNA form and other letters percent-encoded (what a
    browser sends), or "" when that cannot be done."""
    try:
        parts = urlsplit(value)
        host = (parts.hostname or "").encode("idna").decode("ascii")
        netloc = host + (f":{parts.port}" if parts.port else "")
        safe = "/:@!$&'()*+,;=-._~%?"
        out = urlunsplit((parts.scheme, netloc, quote(parts.path, safe=safe),
                          quote(parts.query, safe=safe), quote(parts.fragment, safe=safe)))
    except (ValueError, UnicodeError):
        return ""
    return out if URI.match(out) and "'" not in out else ""


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
                        f"Skriv email: {value[7:].split('?')[0]}")]
    extra = re.search(r"[?&=%]", value)
    if extra:
        return [Problem("HP-EMAIL", f"Adressen innehåller tecknet {extra.group()}. Med ? & = "
                        "och % kan en e-postlänk skicka kopior till andra eller fylla i ett "
                        "meddelande.",
                        "Skriv bara adressen, t.ex. bibliotek@kommun.se (utan ?cc=, &body= "
                        "och liknande).")]
    if not EMAIL.match(value):
        return [Problem("HP-EMAIL", f"'{value}' är inte en e-postadress.",
                        "Skriv adressen som namn@kommun.se, utan mellanslag.")]
    if is_placeholder(value.rsplit("@", 1)[1]):
        return [Problem("HP-EMAIL", f"'{value}' är en exempeladress.",
                        "Skriv platsens riktiga e-postadress, eller ta bort fältet.")]
    return []


def check_source(value: str) -> list[Problem]:
    """A source is a named document (text), or a web address (then checked like any URL);
    never a URL of another kind (``data:``, ``javascript:``)."""
    other = _OTHER_SCHEME.match(value)
    if other:
        scheme = other.group().strip().rstrip(":").strip().lower()
        return [Problem("HP-SOURCE", f"Källan är en {scheme}:-adress, inte en webbadress "
                        "eller namnet på en handling.",
                        "Skriv webbadressen (https://…) där uppgifterna står, eller "
                        "handlingens namn, utgivare och datum.")]
    if "://" in value or value.lower().startswith("www."):
        return list(check_url(value.strip()))
    if len(value.strip()) < 8:
        return [Problem("HP-SOURCE", "Källan är för kort för att någon ska kunna hitta den.",
                        "Skriv webbadressen, eller handlingens namn, utgivare och datum.")]
    return content.check_text(value, len(value))


def map_link(street: str, postal_code: str, city: str) -> str:
    """A plain link to search the address on openstreetmap.org (nothing is embedded)."""
    from urllib.parse import quote

    query = ", ".join(p for p in (street, f"{postal_code} {city}".strip()) if p)
    return "https://www.openstreetmap.org/search?query=" + quote(query)
