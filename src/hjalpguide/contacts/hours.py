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
#: a time range whose hours may lack minutes: "10-19", "9-16:30", "10:00-19"
_BARE_HOUR_RANGE = re.compile(r"(?<![\w:.\[])([0-9]{1,2})(:[0-9]{2})?-([0-9]{1,2})(:[0-9]{2})?"
                              r"(?![\w:.\]])")
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
        return [_unreadable(value, error)]
    return _suspicious(value)


def _unreadable(value: str, error: str) -> Problem:
    bare, fixed = with_minutes(value)
    if bare and parse_error(fixed) is None:
        times = " och ".join(f"'{written}'" for written in bare)
        word = "Tiden" if len(bare) == 1 else "Tiderna"
        return Problem("HP-HOURS", f"{word} {times} saknar minuter, och då går "
                       "öppettiderna inte att läsa.", f"Skriv timmar och minuter: {fixed}")
    return Problem("HP-HOURS", f"Öppettiderna går inte att läsa ({error}).", _hint(value))


def with_minutes(value: str) -> tuple[list[str], str]:
    """The time ranges written without minutes ("10-19", "9-16:30") and the value with
    every such hour written as hours and minutes ("10:00-19:00"). Days of a month
    ("Jun 15-20"), weeks, the n-th weekday ("Su[1-2]"), comments and hours after 24 are left
    as they are."""
    bare: list[str] = []

    def add_minutes(match: re.Match) -> str:
        before = value[:match.start()]
        if ((match[2] and match[4]) or max(int(match[1]), int(match[3])) > 24
                or before.count('"') % 2 or re.search(rf"(?:{_MONTH}|week) $", before)):
            return match[0]
        bare.append(match[0])
        start = match[1] + match[2] if match[2] else f"{int(match[1]):02d}:00"
        end = match[3] + match[4] if match[4] else f"{int(match[3]):02d}:00"
        return f"{start}-{end}"

    return bare, _BARE_HOUR_RANGE.sub(add_minutes, value)


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
    return found + overrides(value)


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


# --- rules that silently replace other rules ------------------------------------------------

_DAYS = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_SWEDISH_DAY_NAMES = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
_WEEKDAYS = r"(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?"
_TIMES = r"[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2}(?:,[0-9]{2}:[0-9]{2}-[0-9]{2}:[0-9]{2})*"
#: a rule with only weekdays and times (and maybe a comment): "Mo-Fr 13:00-15:00 "IT-hjälp""
_PLAIN_RULE = re.compile(rf'^{_WEEKDAYS}(?:,{_WEEKDAYS})*\s+{_TIMES}(?:\s+"(?P<comment>[^"]*)")?$')
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_MONTH_RANGE = rf"{_MONTH}(?: [0-9]{{1,2}})?(?:-(?:{_MONTH}(?: [0-9]{{1,2}})?|[0-9]{{1,2}}))?"
#: a rule for part of the year: "Jun-Aug Mo-Fr 10:00-15:00", "Jun 15-Aug 15: Mo-Fr 10:00-15:00"
_SEASON_RULE = re.compile(rf"^(?P<dates>{_MONTH_RANGE}(?:,{_MONTH_RANGE})*):?\s+(?P<rest>.+)$")


def rules(value: str) -> list[str]:
    """The rules of a value, split at ';' outside comments ("…")."""
    out, current, quoted = [], [], False
    for char in value:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            out.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    out.append("".join(current).strip())
    return [rule for rule in out if rule]


def _rule_days(rule: str) -> frozenset[int]:
    week = weekly(rule)
    return frozenset(day for day, times in enumerate(week.days) if times) if week else frozenset()


def day_names(days, names=_SWEDISH_DAY_NAMES, between: str = "–", sep: str = ", ") -> str:
    """{0, 1, 2, 3, 4} -> 'måndag–fredag'; {1, 3} -> 'tisdag, torsdag'."""
    spans: list[list[int]] = []
    for day in sorted(days):
        if spans and spans[-1][1] == day - 1:
            spans[-1][1] = day
        else:
            spans.append([day, day])
    return sep.join(names[a] if a == b else f"{names[a]}{between}{names[b]}" for a, b in spans)


def overrides(value: str) -> list[Problem]:
    """Warnings for rules that a later rule replaces (OSM: a later rule for the same day
    wins), e.g. 'Mo-Fr 10:00-19:00; Mo-Fr 13:00-15:00 "IT-hjälp"' shows only 13–15.

    Warned: an earlier rule that no day keeps (every day replaced), and a later rule with
    a comment (a service's own hours) that replaces an earlier rule's days. Rules for part
    of the year, holidays and 'off' are meant to replace and are not warned about.
    """
    if "||" in value:
        return []
    parsed = []
    for rule in rules(value):
        season = _SEASON_RULE.match(rule)
        body = season.group("rest") if season else rule
        plain = _PLAIN_RULE.match(body)
        parsed.append((rule, season.group("dates") if season else None,
                       _rule_days(body) if plain else None,
                       plain.group("comment") if plain else None))
    found = []
    for i, (earlier, dates, days, _comment) in enumerate(parsed):
        if not days:
            continue
        covered: set[int] = set()  # days of this rule that later rules replace
        by_service: set[int] = set()  # … replaced by a rule with a comment
        culprit = None
        for later, later_dates, later_days, comment in parsed[i + 1:]:
            if not later_days or later_dates != dates or not days & later_days:
                continue
            covered |= days & later_days
            if comment is not None:
                by_service |= days & later_days
            culprit = culprit or (later, comment)
        if culprit and (covered >= days or by_service):
            found.append(_override_problem(earlier, culprit[0], culprit[1], covered))
    return found


def _override_problem(earlier: str, later: str, comment: str | None, lost: set[int]) -> Problem:
    days = day_names(lost)
    own = re.sub(r'\s*"[^"]*"$', "", earlier)
    service = re.sub(r'\s*"[^"]*"$', "", later)
    message = (f"Regeln '{later}' ersätter '{earlier}' för {days}. Sidan visar då bara "
               f"tiderna i den senare regeln, och de andra tiderna försvinner.")
    if comment:
        fix = (f"Är det platsens tider och en tjänsts tider? Skriv opening_hours: \"{own}\" "
               f"och tjänsten under service_hours: - name: {comment} och "
               f"opening_hours: \"{service}\". Se handboken, avsnittet Öppettider.")
    else:
        fix = ("Gäller de senare tiderna en tjänst, till exempel IT-hjälp? Skriv dem under "
               "service_hours (se handboken, avsnittet Öppettider). Har platsen öppet två "
               "gånger samma dag? Skriv båda tiderna i samma regel med komma, t.ex. "
               "\"Mo-Fr 09:00-12:00,13:00-16:00\". Annars: ta bort regeln som inte gäller.")
    return Problem("HP-HOURS-OVERRIDE", message, fix, Severity.WARNING)


# --- parts of the year ------------------------------------------------------------------------

@dataclass(frozen=True)
class Season:
    """Opening times for part of the year: ((month, day), (month, day)) ranges and the rule
    for them (``None`` = closed)."""

    ranges: tuple[tuple[tuple[int, int], tuple[int, int]], ...]
    week: Week | None


@functools.lru_cache(maxsize=4096)
def seasons(value: str) -> tuple[str | None, tuple[Season, ...]] | None:
    """The rules for the whole year and the rules for parts of it, for a value whose
    parts of the year are month ranges ("Jun-Aug", "Jun 15-Aug 15"); None otherwise."""
    if "||" in value or weekly(value) is None:
        return None
    base, parts = [], []
    for rule in rules(value):
        match = _SEASON_RULE.match(rule)
        if not match:
            if re.match(rf"^{_MONTH}\b|^[0-9]{{4}}\b|^week\b|^easter\b|^SH\b", rule):
                return None  # another form of date selector: not put into words
            base.append(rule)
            continue
        rest = match.group("rest").strip()
        if rest in ("off", "closed"):
            week = None
        else:
            week = weekly(rest)
            if week is None or week.seasons_differ:
                return None
        ranges = tuple(_date_range(part) for part in match.group("dates").split(","))
        parts.append(Season(ranges, week))
    if not parts:
        return None
    return ("; ".join(base) if base else None), tuple(parts)


def _date_range(text: str) -> tuple[tuple[int, int], tuple[int, int]]:
    start, _, end = text.partition("-")
    first = _month_day(start, last=False)
    if not end:
        return first, _month_day(start, last=True)
    if end.strip().isdigit():  # "Jun 01-15"
        return first, (first[0], int(end))
    return first, _month_day(end, last=True)


def _month_day(text: str, last: bool) -> tuple[int, int]:
    month, _, day = text.strip().partition(" ")
    number = _MONTHS.index(month) + 1
    if day:
        return number, int(day)
    if not last:
        return number, 1
    following = dt.date(2030 + number // 12, number % 12 + 1, 1)  # 2030: not a leap year
    return number, (following - dt.timedelta(days=1)).day
