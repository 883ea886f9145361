"""Link results as findings for editors, in Swedish, one per place the address is written.

Rules:

- ``LINK-DEAD`` (error): 404, 410, 5xx, no answer (timeout, broken connection, unknown
  name, certificate), too many redirects — also when a redirect ends there.
- ``LINK-MOVED`` (warning): a permanent redirect (301, 308); the fix names the new address.
- ``LINK-SLOW`` (warning): an answer took longer than ``slow`` seconds.
- ``LINK-BLOCKED`` (warning): 401, 403, 429 and other 4xx: the server would not answer the
  check; a person must look in a browser.
- ``LINK-REDIRECT`` (warning, only with ``--all``): a temporary redirect (302, 303, 307),
  which is how many sites send readers to a language or a login; for information.
"""

from __future__ import annotations

from hjalpguide.findings import Finding, Severity
from hjalpguide.links.check import Result
from hjalpguide.links.collect import Place

_NO_ANSWER = {
    "timeout": "servern svarade inte i tid",
    "reset": "servern bröt förbindelsen",
    "connection": "det gick inte att ansluta till servern",
    "dns": "webbplatsens namn finns inte",
    "tls": "webbplatsens certifikat godtas inte",
    "redirects": "adressen skickar vidare för många gånger",
    "address": "adressen går inte att använda",
    "other": "det kom inget svar",
}
_STATUS_WORDS = {404: "sidan finns inte", 410: "sidan är borttagen",
                 401: "sidan kräver inloggning", 403: "servern säger nej till kontrollen",
                 429: "servern vill få färre frågor"}
_DEAD_FIX = ("Öppna länken i en webbläsare. Finns sidan inte, leta upp den nya adressen hos "
             "organisationen och byt länken, eller ta bort den.")


def findings(results: dict[str, Result], places: dict[str, list[Place]], slow: float,
             show_all: bool = False) -> list[Finding]:
    out = []
    for url, result in results.items():
        for rule, severity, message, fix in judge(result, slow, show_all):
            out += [Finding(p.path, p.line, rule, message, fix, p.field, severity)
                    for p in places.get(url, [])]
    return out


def judge(result: Result, slow: float, show_all: bool = False) -> list[tuple]:
    """(rule, severity, message, fix) for one address; empty when all is well."""
    url = result.url
    out = []
    dead = result.error or result.status is None or result.status in (404, 410) \
        or result.status >= 500
    if dead:
        where = f" (efter omdirigering till {result.final_url})" if result.redirect else ""
        out.append(("LINK-DEAD", Severity.ERROR,
                    f"Länken {url} fungerar inte: {_why(result)}{where}.", _DEAD_FIX))
    elif result.permanent_to:
        out.append(("LINK-MOVED", Severity.WARNING,
                    f"Sidan {url} har flyttat för gott ({result.redirect}) till "
                    f"{result.final_url}.", f"Byt länken till {result.final_url}"))
    elif result.redirect and show_all:
        out.append(("LINK-REDIRECT", Severity.WARNING,
                    f"Sidan {url} skickar just nu vidare ({result.redirect}) till "
                    f"{result.redirect_to} (bara information).",
                    "Inget att göra, om sidan som visas är den rätta."))
    if not dead and not result.ok:
        out.append(("LINK-BLOCKED", Severity.WARNING,
                    f"Länken {url} kunde inte kontrolleras: {_why(result)}.",
                    "Öppna länken i en webbläsare och se att sidan finns."))
    if result.seconds >= slow and not result.error:
        out.append(("LINK-SLOW", Severity.WARNING,
                    f"Sidan {url} svarade långsamt ({result.seconds:.1f} s; gränsen är "
                    f"{slow:g} s).",
                    "Kontrollera om sidan har en snabbare adress; en långsam sida är svår på "
                    "en mobil med dålig täckning."))
    return out


def _why(result: Result) -> str:
    if result.error:
        return _NO_ANSWER.get(result.error, _NO_ANSWER["other"])
    words = _STATUS_WORDS.get(result.status)
    if words is None and result.status is not None and result.status >= 500:
        words = "fel hos servern"
    return f"servern svarar {result.status}" + (f" ({words})" if words else "")
