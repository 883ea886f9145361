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


def test_a_later_rule_that_replaces_the_places_hours_is_warned_about():
    [problem] = hours.check('Mo-Fr 10:00-19:00; Mo-Fr 13:00-15:00 "IT-hjälp"')
    assert problem.rule == "HP-HOURS-OVERRIDE" and problem.severity is Severity.WARNING
    assert "måndag–fredag" in problem.message and "Mo-Fr 10:00-19:00" in problem.message
    assert "service_hours" in problem.fix and '"Mo-Fr 13:00-15:00"' in problem.fix
    [dead] = hours.check("Mo-Fr 10:00-19:00; Mo-Fr 13:00-15:00")
    assert dead.rule == "HP-HOURS-OVERRIDE" and "komma" in dead.fix
    [one_day] = hours.check('Mo-Fr 10:00-19:00; We 13:00-15:00 "IT"')
    assert "onsdag" in one_day.message


@pytest.mark.parametrize("value", [
    "Mo-Fr 08:00-16:00; Fr 08:00-14:00",  # shorter Fridays: meant
    "Mo-Fr 10:00-18:00; Jun-Aug Mo-Fr 10:00-15:00; PH off",  # summer hours: meant
    'Mo-Fr 10:00-19:00, Mo-Fr 13:00-15:00 "IT-hjälp"',  # comma adds: nothing lost
    "Mo-Fr 08:00-16:30; Sa 10:00-14:00; PH off",
])
def test_rules_meant_to_replace_or_add_are_not_warned_about(value):
    assert hours.check(value) == ()


def test_seasons_as_date_ranges():
    base, parts = hours.seasons("Mo-Fr 10:00-18:00; Jun 15-Aug 15: Mo-Fr 10:00-15:00; "
                                "Dec 24 off; PH off")
    assert base == "Mo-Fr 10:00-18:00; PH off"
    assert [p.ranges for p in parts] == [(((6, 15), (8, 15)),), (((12, 24), (12, 24)),)]
    assert parts[1].week is None
    assert hours.seasons("Mo-Fr 10:00-18:00; week 27-32 Mo-Fr 10:00-15:00") is None


@pytest.mark.parametrize("value, times, fixed", [
    ("Mo-Fr 10-19", "Tiden '10-19'", "Mo-Fr 10:00-19:00"),
    ("Mo-Fr 10:00-19", "Tiden '10:00-19'", "Mo-Fr 10:00-19:00"),
    ("Mo-Fr 9-16:30; Sa 10-14", "Tiderna '9-16:30' och '10-14'",
     "Mo-Fr 09:00-16:30; Sa 10:00-14:00"),
    ("Mo 8-12,13-16", "Tiderna '8-12' och '13-16'", "Mo 08:00-12:00,13:00-16:00"),
    # days of a month and comments are not times
    ("Jun 15-20 Mo-Fr 10-12", "Tiden '10-12'", "Jun 15-20 Mo-Fr 10:00-12:00"),
    ('Mo-Fr 10-16 "stängt 24-26 dec"', "Tiden '10-16'",
     'Mo-Fr 10:00-16:00 "stängt 24-26 dec"'),
])
def test_hours_without_minutes_get_the_value_written_out(value, times, fixed):
    [problem] = hours.check(value)
    assert problem.rule == "HP-HOURS" and problem.severity is Severity.ERROR
    assert problem.message.startswith(f"{times} saknar minuter")
    assert problem.fix == f"Skriv timmar och minuter: {fixed}"
    assert hours.check(fixed) == ()


@pytest.mark.parametrize("value", ["Mo-Fr 10-25", "må-fr 10-19", "Mo-Fr 9.00-16.30"])
def test_no_written_out_value_when_adding_minutes_would_not_fix_it(value):
    [problem] = hours.check(value)
    assert "saknar minuter" not in problem.message and "timmar och minuter" not in problem.fix
