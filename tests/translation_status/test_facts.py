"""Facts: numbers, phone numbers, dates and e-mail addresses must match the Swedish."""

from __future__ import annotations

from hjalpguide.translation_status.facts import compare, facts_of


def keys(text):
    return {f.key for f in facts_of(text)}


def differences(source, translated):
    return [(d.fact.shown, d.in_source) for d in compare(facts_of(source), facts_of(translated))]


def test_phone_numbers_are_normalised():
    assert keys("Ring 0771-524 524.") == {"0771524524"}
    assert keys("Ring 0771 524 524.") == {"0771524524"}
    assert keys("Ring 0771\u2011524\u00a0524.") == {"0771524524"}
    assert keys("Ring 114 14 eller 1177.") == {"11414", "1177"}


def test_amounts_deadlines_and_dates():
    assert keys("Inom 3 veckor. Det kostar 400 kr. Senast 2026-12-31.") == {
        "3", "400", "20261231"}
    assert keys("Du får 10 000 kr") == keys("You get 10,000 kr")


def test_digits_of_other_scripts_count_as_the_same_number():
    assert keys("خلال ٣ أسابيع") == {"3"}
    assert keys("۰۷۷۱-۵۲۴ ۵۲۴") == {"0771524524"}


def test_links_attributes_comments_and_step_numbers_are_not_facts():
    text = ("1. Läs [sidan](https://example.se/2024/sida-5) { width=\"96\" }\n"
            "<!-- hjalp: kommun=2281 -->\n<https://example.se/123>\n")
    assert keys(text) == set()


def test_email_addresses_are_facts():
    assert keys("Skriv till Abuse@BankID.com.") == {"abuse@bankid.com"}
    assert differences("Skriv till a@b.se.", "Write to c@b.se.") == [("a@b.se", True),
                                                                     ("c@b.se", False)]


def test_word_order_across_spaces_is_no_difference():
    assert differences("År 2020 behövde 17 av 100 hjälp.",
                       "Vuonna 2020 17 ihmistä 100:sta tarvitsi apua.") == []


def test_changed_digit_is_a_difference_both_ways():
    assert differences("Ring 010-123 45 67.", "Call 010-123 45 68.") == [
        ("010-123 45 67", True), ("010-123 45 68", False)]


def test_front_matter_is_not_read_unless_asked():
    text = "---\nsummary: Ring 1177\nchecked: 2026-11-22\n---\nText.\n"
    assert keys(text) == set()
    assert {f.key for f in facts_of(text, {2: "Ring 1177"})} == {"1177"}
