import pytest

from hjalpguide.contacts import phones


@pytest.mark.parametrize("display, digits", [
    ("0771-524 524", "46771524524"),
    ("0771-73 73 00", "46771737300"),
    ("+46 771 235 235", "46771235235"),
    ("060-12 34 56", "4660123456"),
    ("08-508 000 00", "46850800000"),
    ("tel 0771", None),
])
def test_display_digits_compares_digits_not_formatting(display, digits):
    assert phones.display_digits(display) == digits


def test_agency_numbers_are_valid_e164():
    assert phones.check_number("+46771524524") == []
    assert phones.check_number("+46771737300") == []


def test_number_not_in_e164_suggests_the_canonical_form():
    [problem] = phones.check_number("0771-524 524")
    assert problem.rule == "HP-PHONE" and "+46771524524" in problem.fix


def test_short_number_in_number_field_is_sent_to_short():
    [problem] = phones.check_number("1177")
    assert "short" in problem.fix


def test_short_numbers():
    assert phones.check_short("11414") == []
    assert phones.check_short("112") == []
    [problem] = phones.check_short("114 14")
    assert '"11414"' in problem.fix
    assert phones.check_short("0771") != []


def test_display_must_match_number():
    [problem] = phones.check_entry({"number": "+46771524524", "display": "0771-524 525"})
    assert problem.rule == "HP-PHONE-DISPLAY" and problem.subfield == "display"
    assert phones.check_entry({"number": "+46771524524", "display": "0771-524 524"}) == []
    assert phones.check_entry({"short": "11414", "display": "114 14"}) == []
    assert phones.check_entry({"short": "11414", "display": "114 15"})[0].rule == \
        "HP-PHONE-DISPLAY"


def test_number_and_short_are_exclusive_and_one_is_required():
    assert phones.check_entry({"number": "+46771524524", "short": "112", "display": "x"})
    assert phones.check_entry({"display": "112"})[0].rule == "HP-REQUIRED"


def test_to_e164():
    assert phones.to_e164("0771-524 524") == "+46771524524"
    assert phones.to_e164("not a number") is None


def test_zero_after_country_code():
    [problem] = phones.check_number("+46060123456")
    assert '"+4660123456"' in problem.fix
