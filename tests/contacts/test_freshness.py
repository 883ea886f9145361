import datetime as dt

from hjalpguide.contacts import freshness

TODAY = dt.date(2026, 11, 22)


def place(date):
    return {"verified": {"date": date}}


def test_is_recently_verified():
    assert freshness.is_recently_verified(place(dt.date(2026, 11, 1)), TODAY)
    assert freshness.is_recently_verified(place("2026-01-01"), TODAY)
    assert not freshness.is_recently_verified(place(dt.date(2022, 12, 16)), TODAY)
    assert not freshness.is_recently_verified(place(dt.date(2027, 1, 1)), TODAY)
    assert not freshness.is_recently_verified({"verified": {}}, TODAY)


def check(date):
    return [f.rule for f in freshness.check(date, ("f.yml", 3, "verified.date"), TODAY)]


def test_check():
    assert check(dt.date(2026, 11, 1)) == []
    assert check(dt.date(2026, 4, 1)) == ["HP-VERIFIED-OLD"]
    assert check(dt.date(2022, 12, 16)) == ["HP-VERIFIED-STALE"]
    assert check(dt.date(2026, 12, 1)) == ["HP-VERIFIED-FUTURE"]
    assert check("2026-13-01") == ["HP-DATE"]
