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

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from hjalpguide.contacts import hours, isolang, jsonld, urls
from hjalpguide.contacts.model import Place, Text, localized


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
    return Markup('<span dir="ltr">{}</span>').format(value)


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
    def phones(self) -> list[dict]:
        return [{"href": p.sms if p.type == "sms" else p.tel, "display": p.display,
                 "type": p.type, "description": localized(p.description, self.lang),
                 "hours": hours_in_words(p.opening_hours, self.t["hours"])}
                for p in self.place.phones]

    @property
    def languages(self) -> list[dict]:
        return [{"code": code, "name": isolang.name_of(code)} for code in self.place.languages]

    @property
    def services(self) -> list[str]:
        return [self.t["services"][s] for s in self.place.services]

    @property
    def agencies(self) -> list[str]:
        from hjalpguide.contacts.vocab import AGENCIES
        return [AGENCIES[a] for a in self.place.agencies]

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
    """{'lines': [...], 'notes': [...], 'code': str|None} for a template, or None."""
    if not value:
        return None
    week = hours.weekly(value)
    if week is None:
        return {"lines": [], "notes": [], "code": value}
    if all(day == (("00:00", "24:00"),) for day in week.days):
        lines = [t["always"]]
    else:
        lines = [_line(first, last, times, t) for first, last, times in week.groups()]
    notes = []
    if week.holidays_closed:
        notes.append(t["closed_holidays"])
    elif week.holidays_differ:
        notes.append(t["holidays_differ"])
    if week.seasons_differ:
        notes.append(t["seasons_differ"])
    comments = [Text(c, "sv") for c in week.comments]
    return {"lines": lines, "notes": notes, "comments": comments,
            "code": value if week.seasons_differ else None}


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
