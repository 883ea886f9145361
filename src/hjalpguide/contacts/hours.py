"""Opening hours in OpenStreetMap ``opening_hours`` syntax, read with Swedish holidays.

:func:`check` finds syntax errors (via opening-hours-py) and values that parse but are
probably mistakes: times such as 25:00, ranges over midnight, a day with no time (which
means "open all day"). :func:`weekly` turns an expression into a plain week, so the pages
can say it in words in the reader's language.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

import opening_hours

from hjalpguide.contacts.problems import Problem
from hjalpguide.findings import Severity

COUNTRY = "SE"
EXAMPLE = "Mo-Fr 08:00-16:30; Sa 10:00-14:00; PH off"
_TIME = re.compile(r"(?<![0-9])([0-9]{1,2}):([0-9]{2})(?![0-9])")
_RANGE = re.compile(r"(?<![0-9])([0-9]{2}):([0-9]{2})-([0-9]{2}):([0-9]{2})(?![0-9+])")
_DAY_ONLY = re.compile(r"^(?:(?:Mo|Tu|We|Th|Fr|Sa|Su|PH|SH)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?"
                       r"(?:\[[^\]]*\])?[, ]*)+$")
_SWEDISH_DAYS = re.compile(r"\b(må|mån|tis|ons|tors|fre|lö|lör|sö|sön|vardagar|helgdagar)\b", re.I)

#: A week without Swedish public holidays, a public holiday on a weekday, a summer week.
REFERENCE_WEEK = dt.datetime(2030, 1, 14)
HOLIDAY = dt.datetime(2030, 5, 1)
SUMMER_WEEK = dt.datetime(2030, 7, 15)


@functools.lru_cache(maxsize=4096)
def check(value: str) -> tuple[Problem, ...]:
    """All problems with one opening-hours value (the same values recur: cached)."""
    return tuple(_check(value))


def _check(value: str) -> list[Problem]:
    for hour, minute in _TIME.findall(value):
        if int(hour) > 24 or int(minute) > 59:
            return [Problem("HP-HOURS", f"Tiden {hour}:{minute} finns inte.",
                            "Timmar går från 00 till 24 och minuter från 00 till 59.")]
    error = parse_error(value)
    if error:
        return [Problem("HP-HOURS", f"Öppettiderna går inte att läsa ({error}).", _hint(value))]
    return _suspicious(value)


@functools.lru_cache(maxsize=4096)
def parse_error(value: str) -> str | None:
    try:
        opening_hours.OpeningHours(value, country=COUNTRY)
    except Exception as error:  # the library raises its own ParserError / SyntaxError
        where = re.search(r"--> 1:([0-9]+)", str(error))
        if where:
            column = int(where.group(1))
            return f"fel vid tecken {column}: '{value[column - 1:column + 9]}'"
        return "okänt format"
    return None


def _hint(value: str) -> str:
    if "–" in value or "—" in value:
        return "Använd vanligt bindestreck (-), inte tankstreck (–)."
    if re.search(r"[0-9]\.[0-9]{2}", value):
        return "Skriv tider med kolon, t.ex. 08:00-16:30."
    if _SWEDISH_DAYS.search(value):
        return "Skriv dagarna på engelska med två bokstäver: Mo Tu We Th Fr Sa Su. " \
               f"Exempel: {EXAMPLE}"
    return f"Exempel: {EXAMPLE}"


def _suspicious(value: str) -> list[Problem]:
    found = []
    for h1, m1, h2, m2 in _RANGE.findall(value):
        if (int(h2), int(m2)) < (int(h1), int(m1)):
            found.append(Problem("HP-HOURS-SUSPECT",
                                 f"{h1}:{m1}-{h2}:{m2} slutar före den börjar (över midnatt).",
                                 "Kontrollera tiderna. Är det rätt, skriv det som två delar, "
                                 "t.ex. 22:00-24:00 och nästa dag 00:00-02:00.",
                                 Severity.WARNING))
    for rule in re.split(r"[;|]|\|\|", value):
        rule = rule.strip()
        if rule and _DAY_ONLY.match(rule):
            found.append(Problem("HP-HOURS-SUSPECT",
                                 f"'{rule}' har ingen tid, och betyder då öppet hela dygnet.",
                                 f"Skriv tiden efter dagarna, t.ex. {rule} 10:00-16:00, "
                                 f"eller '{rule} off' om det är stängt.", Severity.WARNING))
    return found


# --- a week in words ------------------------------------------------------------------------

@dataclass(frozen=True)
class Week:
    """Opening times per weekday (0 = Monday), as ("08:00", "16:30") pairs."""

    days: tuple[tuple[tuple[str, str], ...], ...]
    holidays_differ: bool  # Swedish public holidays have other times (often closed)
    holidays_closed: bool
    seasons_differ: bool  # e.g. other times in summer
    comments: tuple[str, ...]

    def groups(self) -> list[tuple[int, int, tuple[tuple[str, str], ...]]]:
        """Consecutive days with the same times: (first day, last day, times)."""
        out: list[tuple[int, int, tuple]] = []
        for day, times in enumerate(self.days):
            if out and out[-1][2] == times and out[-1][1] == day - 1:
                out[-1] = (out[-1][0], day, times)
            else:
                out.append((day, day, times))
        return [g for g in out if g[2]]


@functools.lru_cache(maxsize=4096)
def weekly(value: str) -> Week | None:
    """The normal week of an expression that parses, else None."""
    try:
        oh = opening_hours.OpeningHours(value, country=COUNTRY)
    except Exception:
        return None
    normal = _open_times(oh, REFERENCE_WEEK, 7)
    holiday = _open_times(oh, HOLIDAY, 1)[0]
    summer = _open_times(oh, SUMMER_WEEK, 7)
    comments = tuple(dict.fromkeys(
        c for _s, _e, _st, c in oh.intervals(REFERENCE_WEEK, REFERENCE_WEEK + dt.timedelta(7))
        if c))
    differ = holiday != normal[HOLIDAY.weekday()]
    return Week(tuple(normal), differ, differ and not holiday,
                summer != normal, comments)


def _open_times(oh, start: dt.datetime, n_days: int) -> list[tuple[tuple[str, str], ...]]:
    days: list[list[tuple[str, str]]] = [[] for _ in range(n_days)]
    end = start + dt.timedelta(days=n_days)
    for begin, finish, state, _comment in oh.intervals(start, end):
        if str(state).rsplit(".", 1)[-1].lower() != "open":
            continue
        finish = min(finish or end, end)
        while begin < finish:
            midnight = dt.datetime.combine(begin.date() + dt.timedelta(1), dt.time())
            part_end = min(finish, midnight)
            index = (begin - start).days
            days[index].append((begin.strftime("%H:%M"),
                                "24:00" if part_end == midnight else part_end.strftime("%H:%M")))
            begin = part_end
    return [tuple(d) for d in days]
