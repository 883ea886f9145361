import pytest

from hjalpguide.contacts import hours
from hjalpguide.findings import Severity


@pytest.mark.parametrize("value", ["Mo-Fr 08:00-16:30", "Mo-Fr 08:00-16:30; PH off", "24/7",
                                   'Mo-Fr 13:00-15:00 "drop-in"', "Tu,Th 10:00-15:30"])
def test_valid(value):
    assert hours.check(value) == ()


def test_impossible_time():
    [problem] = hours.check("Mo-Fr 08:00-25:00")
    assert problem.rule == "HP-HOURS" and "25:00" in problem.message


@pytest.mark.parametrize("value, hint", [
    ("må-fr 08:00-16:00", "Mo Tu We"),
    ("Mo-Fr 08.00-16.00", "kolon"),
    ("Mo–Fr 08:00–16:00", "bindestreck"),
])
def test_syntax_errors_get_a_hint(value, hint):
    [problem] = hours.check(value)
    assert problem.rule == "HP-HOURS" and hint in problem.fix


def test_overnight_and_day_without_time_are_warnings():
    found = hours.check("Mo-Fr 22:00-02:00; Sa")
    assert [p.rule for p in found] == ["HP-HOURS-SUSPECT", "HP-HOURS-SUSPECT"]
    assert all(p.severity is Severity.WARNING for p in found)


def test_weekly_groups_days_and_sees_holidays():
    week = hours.weekly("Mo-Fr 08:00-16:30; Sa 10:00-14:00; PH off")
    assert week.groups() == [(0, 4, (("08:00", "16:30"),)), (5, 5, (("10:00", "14:00"),))]
    assert week.holidays_closed and not week.seasons_differ


def test_weekly_sees_seasons_and_comments():
    week = hours.weekly('Mo-Fr 10:00-18:00 "drop-in"; Jun-Aug Mo-Fr 10:00-15:00')
    assert week.seasons_differ and week.comments == ("drop-in",)


def test_weekly_of_a_bad_value_is_none():
    assert hours.weekly("nonsense") is None
