"""HTML for the help-place pages, made with the Jinja templates in ``templates/help/``.

Every text from the data is escaped by Jinja's autoescape; the only HTML made here is
what the templates hold. The words come from ``texts`` (per language), the opening hours
are put into words from ``hours.weekly``.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
import re
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from hjalpguide.contacts import hours, isolang, jsonld, urls, vocab
from hjalpguide.contacts.model import Place, Text, localized

#: Statens servicecenter's own page for finding an office and its hours (named on
#: statenssc.se: "De aktuella öppettiderna hittar du på www.statenssc.se/besokservicekontor",
#: news of 2023-10-02; checked 2026-12-05). We link to it instead of listing offices.
STATE_OFFICE_FINDER = "https://www.statenssc.se/besokservicekontor"


def environment() -> Environment:
    env = Environment(loader=PackageLoader("hjalpguide", "templates/help"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    env.filters["fill"] = fill_html
    env.filters["ltr"] = ltr
    env.filters["json_script"] = json_script
    return env


def fill(text: str, **values) -> str:
    """'Hjälp i {name}' -> 'Hjälp i Sundsvall' (braces in other text are left alone)."""
    for key, value in values.items():
        text = text.replace("{" + key + "}", str(value))
    return text


def fill_html(text: str, **values) -> Markup:
    """:func:`fill` for templates: the text and the values are escaped (Markup kept)."""
    result = escape(text)
    for key, value in values.items():
        result = result.replace("{" + key + "}", escape(value))
    return Markup(result)


def ltr(value) -> Markup:
    """A value that must read left to right in every language (dates, numbers)."""
    return Markup('<span dir="ltr" class="hjalp-nowrap">{}</span>').format(value)


def json_script(data) -> Markup:
    """JSON safe inside <script>: '<', '>' and '&' are written as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, indent=None, sort_keys=False)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def relative(from_dir: str, target: str) -> str:
    """A relative link from a page's folder URL ('en/hjalp/platser/') to a site path."""
    rel = posixpath.relpath("/" + target, "/" + from_dir)
    return rel + ("/" if target.endswith("/") and not rel.endswith("/") else "")


# --- a place, as the templates see it -------------------------------------------------------

class PlaceView:
    """One place prepared for one language and one day."""

    def __init__(self, place: Place, lang: str, t: dict, today: dt.date):
        self.place, self.lang, self.t = place, lang, t
        self.id = place.id
        self.name = place.text("name", lang)
        self.description = place.text("description", lang)
        self.accessibility = place.text("accessibility", lang)
        self.alert = place.text("alert", lang)
        self.kind = t["kinds"][place.kind]
        self.kind_tag = place.kind
        self.recent = place.is_recent(today)
        self.checked = place.verified_on.isoformat() if place.verified_on else "?"

    @property
    def address(self) -> dict | None:
        a = self.place.address
        if not a:
            return None
        directions = localized(a.get("directions"), self.lang)
        return {"street": a.get("street", ""), "postal_code": a.get("postal_code", ""),
                "city": a.get("city", ""), "directions": directions,
                "map": urls.map_link(a.get("street", ""), a.get("postal_code", ""),
                                     a.get("city", ""))}

    @property
    def hours(self) -> dict | None:
        return hours_in_words(self.place.opening_hours, self.t["hours"])

    @property
    def service_hours(self) -> list[dict]:
        """Hours of a service at the place (e.g. IT help), shown beside the place's own."""
        return [{"name": localized(s.name, self.lang),
                 "hours": hours_in_words(s.opening_hours, self.t["hours"])}
                for s in self.place.service_hours]

    @property
    def phones(self) -> list[dict]:
        return [{"href": p.sms if p.type == "sms" else p.tel, "display": p.display,
                 "type": p.type, "description": localized(p.description, self.lang),
                 "hours": hours_in_words(p.opening_hours, self.t["hours"])}
                for p in self.place.phones]

    @property
    def callable(self) -> bool:
        """Whether there is a number to call (never say "call" otherwise)."""
        return any(p.type != "sms" for p in self.place.phones)

    @property
    def check_first(self) -> str:
        """How to check before going there: call, or look at the website, or nothing."""
        if self.callable:
            return self.t["place"]["check_call"]
        return self.t["place"]["check_web"] if self.place.url else ""

    @property
    def website(self) -> dict | None:
        return link_label(self.place.url) if self.place.url else None

    @property
    def organization(self) -> str | None:
        """Who runs it, unless the name or the agencies already say so."""
        org = self.place.organization
        name = localized(self.place.name, "sv")
        if not org or (name and org.casefold() in name.text.casefold()):
            return None
        if org in (vocab.AGENCIES[a] for a in self.place.agencies):
            return None
        return org

    @property
    def agencies(self) -> list[str]:
        """The agencies it helps with, without the one whose name is the card's heading."""
        name = (localized(self.place.name, "sv") or Text("", "sv")).text.casefold()
        return [vocab.AGENCIES[a] for a in self.place.agencies
                if vocab.AGENCIES[a].casefold() not in name]

    @property
    def source(self) -> dict:
        """The source as one short reader's label, linked where it is a web address."""
        return source_label(dict(self.place.verified, date=self.checked))

    @property
    def languages(self) -> list[dict]:
        return [{"code": code, "name": isolang.name_of(code)} for code in self.place.languages]

    @property
    def services(self) -> list[str]:
        return [self.t["services"][s] for s in self.place.services]

    @property
    def jsonld(self) -> dict:
        return jsonld.for_place(self.place, self.lang)

    def __getattr__(self, name):
        return getattr(self.place, name)


# --- opening hours in words -----------------------------------------------------------------

def format_time(value: str, pattern: str) -> str:
    """'08:30' with '{H}.{MM}' -> '8.30'; with '{HH}:{MM}' -> '08:30'."""
    hh, mm = value.split(":")
    return fill(pattern, H=str(int(hh)), HH=hh, MM=mm)


def hours_in_words(value: str | None, t: dict) -> dict | None:
    """{'lines', 'seasons', 'notes', 'comments', 'code'} for a template, or None.

    Parts of the year ("Jun-Aug Mo-Fr 10:00-15:00") become their own list under a date
    range in words ("1 juni–31 augusti"); ``code`` (the value as written) is only set when
    the value cannot be put into words."""
    if not value:
        return None
    week = hours.weekly(value)
    if week is None:
        return {"lines": [], "seasons": [], "notes": [], "comments": [], "code": value}
    split = hours.seasons(value) if week.seasons_differ else None
    base = (hours.weekly(split[0]) if split[0] else None) if split else week
    lines = _week_lines(base, t) if base else []
    notes = []
    if week.holidays_closed:
        notes.append(t["closed_holidays"])
    elif week.holidays_differ:
        notes.append(t["holidays_differ"])
    parts = []
    if split:
        for season in split[1]:
            parts.append({"dates": ", ".join(_dates(r, t) for r in season.ranges),
                          "lines": _week_lines(season.week, t) if season.week else
                          [t["closed"]]})
    elif week.seasons_differ:
        notes.append(t["seasons_differ"])
    comments = [Text(c, "sv") for c in dict.fromkeys(
        list(week.comments) + [c for s in (split[1] if split else ()) if s.week
                               for c in s.week.comments])]
    return {"lines": lines, "seasons": parts, "notes": notes, "comments": comments,
            "code": value if week.seasons_differ and not split else None}


def _week_lines(week: hours.Week, t: dict) -> list[str]:
    if all(day == (("00:00", "24:00"),) for day in week.days):
        return [t["always"]]
    return [_line(first, last, times, t) for first, last, times in week.groups()]


def _dates(date_range, t: dict) -> str:
    """((6, 1), (8, 31)) -> '1 juni–31 augusti'."""
    (m1, d1), (m2, d2) = date_range
    first = fill(t["date"], day=d1, month=t["months"][m1 - 1])
    if (m1, d1) == (m2, d2):
        return first
    return fill(t["day_range"], first=first, last=fill(t["date"], day=d2,
                                                       month=t["months"][m2 - 1]))


def _line(first: int, last: int, times, t: dict) -> str:
    days = t["days"]
    label = days[first] if first == last else fill(t["day_range"], first=days[first],
                                                   last=days[last])
    label = label[:1].upper() + label[1:]
    spans = [t["all_day"] if (a, b) == ("00:00", "24:00") else
             fill(t["time_range"], **{"from": format_time(a, t["time"]),
                                      "to": format_time(b, t["time"])})
             for a, b in times]
    return f"{label}: {(' ' + t['and'] + ' ').join(spans)}"


def swedish_sort_key(name: str) -> str:
    """Å, Ä, Ö after Z, in that order (Python's default puts Ä before Å)."""
    table = str.maketrans({"å": "{", "ä": "|", "ö": "}", "Å": "{", "Ä": "|", "Ö": "}"})
    return re.sub(r"\s+", " ", name).translate(table).casefold()


# --- links and sources ------------------------------------------------------------------------

_DOMAIN = re.compile(r"\b((?:[a-z0-9-]+\.)+(?:se|nu|com|org|eu|net))(/[^\s()]*)?", re.I)
_PARENTHESES = re.compile(r"\s*\([^)]*\)")


def host(url: str) -> str:
    """'https://www.forsakringskassan.se/x' -> 'forsakringskassan.se'."""
    name = (urlsplit(url).hostname or url).lower()
    return name[4:] if name.startswith("www.") else name


def link_label(url: str) -> dict:
    """A web address as a short link text (the site's name) and the address."""
    return {"href": url, "label": host(url)}


def source_label(verified: dict) -> dict:
    """{'label', 'href'} for one short source line.

    ``source_label`` and ``source_url`` (written by an editor) win. A web address is shown
    as the site's name. A text that names a site ("Sparad kopia av forsakringskassan.se/…")
    is shown as that site's name; any other text without its notes in brackets, or the
    quoted title of a report. Editors' notes never reach the page."""
    source = verified.get("source", "").strip()
    href = verified.get("source_url") or None
    label = verified.get("source_label", "").strip()
    if source.startswith("https://"):
        href = href or source
    if href and not href.startswith("https://"):
        href = None
    if label:
        return {"label": label, "href": href}
    date = verified.get("date", "")
    if date and source.endswith(date):  # "…, uppgifterna från 2026-04-06": the line has it
        source = re.sub(r",?[^,]*$", "", source).strip() or source
    if source.startswith(("https://", "http://")):
        return {"label": host(source), "href": href}
    site = _DOMAIN.search(source)
    if site:
        return {"label": host("https://" + site.group(1)), "href": href}
    title = re.match(r'^["”“]([^"”“]+)["”“]', source)
    if title:  # a report's own name: kept whole unless very long
        return {"label": _short(re.split(r" [–—] ", title.group(1))[0].strip(), 120),
                "href": href}
    return {"label": _short(_PARENTHESES.sub("", source).strip(" ,.") or source), "href": href}


def _short(text: str, limit: int = 70) -> str:
    if len(text) <= limit:
        return text
    return text[: text.rfind(" ", 0, limit)].rstrip(" ,;:") + " …"
