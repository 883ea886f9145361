"""Phone numbers: stored canonically, shown the way the organisation writes them.

A phone entry has either ``number`` (E.164, e.g. ``+46771524524``) or ``short`` (a
Swedish short number such as 1177, 11414, 112 or 7726 — these have no E.164 form), and
always ``display``: the number as the organisation writes it (``0771-524 524``).

``display`` is compared with the canonical number digit by digit, never by re-formatting:
libphonenumber writes 0771-524 524 as ``077-152 45 24``, which no agency uses.
"""

from __future__ import annotations

import re

import phonenumbers

from hjalpguide.contacts.problems import Problem

E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
SHORT = re.compile(r"^[1-9][0-9]{2,5}$")
_NOT_DIGITS = re.compile(r"[^0-9+]")


def check_number(value: str) -> list[Problem]:
    """``number``: E.164, and a number that exists (for Swedish numbers)."""
    if not E164.match(value):
        canonical = to_e164(value)
        fix = (f'Skriv number: "{canonical}" (och numret som organisationen skriver det i display).'
               if canonical else "Skriv numret som +46 följt av numret utan första nollan.")
        if value.isdigit() and len(value) <= 6 and not value.startswith("0"):
            fix = f'Ett kortnummer skrivs som short: "{value}" i stället för number.'
        return [Problem("HP-PHONE", f"'{value}' är inte skrivet i internationell form (E.164).",
                        fix)]
    if value.startswith("+460"):
        return [Problem("HP-PHONE", f"{value} har en nolla efter +46.",
                        f'Ta bort nollan: number: "+46{value[4:]}"')]
    if not _is_valid(value):
        return [Problem("HP-PHONE", f"Numret {value} finns inte i nummerplanen.",
                        "Kontrollera siffrorna mot organisationens egen webbplats.")]
    return []


def _is_valid(e164: str) -> bool:
    """libphonenumber's validity check; Swedish numbers skip its (slow) parser."""
    if e164.startswith("+46"):
        number = phonenumbers.PhoneNumber(country_code=46, national_number=int(e164[3:]))
        return phonenumbers.is_valid_number(number)
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(e164, None))
    except phonenumbers.NumberParseException:
        return False


def check_short(value: str) -> list[Problem]:
    """``short``: 3–6 digits, no leading zero, no spaces (display keeps the spaces)."""
    if SHORT.match(value):
        return []
    digits = re.sub(r"\D", "", value)
    fix = (f'Skriv short: "{digits}" och behåll mellanslagen i display.'
           if SHORT.match(digits) else "Ett kortnummer har 3–6 siffror, t.ex. 1177 eller 11414.")
    return [Problem("HP-SHORT", f"'{value}' är inte ett kortnummer.", fix)]


def check_entry(entry: dict) -> list[Problem]:
    """Checks across the fields of one phone entry: number or short, and display."""
    number, short, display = entry.get("number"), entry.get("short"), entry.get("display")
    if number is not None and short is not None:
        return [Problem("HP-PHONE", "Både number och short är ifyllda.",
                        "Ett kortnummer skrivs bara i short; andra nummer bara i number.")]
    if number is None and short is None:
        return [Problem("HP-REQUIRED", "Numret saknas.",
                        'Lägg till number: "+46…" (eller short: "1177" för ett kortnummer).')]
    if not isinstance(display, str):
        return []
    if isinstance(number, str) and E164.match(number):
        return _display_matches(display, number, display_digits(display))
    if isinstance(short, str) and SHORT.match(short):
        if re.sub(r"\D", "", display) != short:
            return [Problem("HP-PHONE-DISPLAY", f"display '{display}' är inte samma nummer "
                            f"som short '{short}'.", "Rätta siffrorna så att de stämmer.",
                            subfield="display")]
    return []


def _display_matches(display: str, number: str, digits: str | None) -> list[Problem]:
    if digits is None or digits != number[1:]:
        return [Problem("HP-PHONE-DISPLAY", f"display '{display}' är inte samma nummer "
                        f"som number '{number}'.",
                        "Kontrollera siffrorna; display får ha mellanslag och bindestreck, men "
                        "samma siffror.", subfield="display")]
    return []


def display_digits(display: str) -> str | None:
    """The international digits (without '+') of a number as written, or None.

    ``0771-524 524`` → ``46771524524``; ``+46 771 235 235`` → ``46771235235``.
    Only digits, spaces, hyphens, parentheses, slashes and one leading '+' are allowed.
    """
    if re.search(r"[^0-9+\s\-()/.]", display) or "+" in display[1:]:
        return None
    plain = _NOT_DIGITS.sub("", display.replace("(0)", ""))
    if plain.startswith("+"):
        return plain[1:]
    if plain.startswith("00"):
        return plain[2:]
    if plain.startswith("0"):
        return "46" + plain[1:]
    return None


def to_e164(value: str) -> str | None:
    """A Swedish number as written, in E.164, or None when it is not a valid number."""
    try:
        parsed = phonenumbers.parse(value, "SE")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


# --- Writing a number the Swedish way ---------------------------------------------------

#: Area codes with two digits after the 0 (PTS's numbering plan); 08 (Stockholm) has one,
#: every other geographic area code three (0980 Kiruna).
_AREA_TWO = frozenset("11 13 16 18 19 21 23 26 31 33 35 36 40 42 44 46 54 60 63 90".split())
#: Non-geographic prefixes (after the 0): 010, 020, mobile 07x, 074 paging, 075 personal
#: numbers; shared-cost 077x, premium 0900, 0939, 0944 and 0969 are written with four digits.
_NON_GEO_TWO = frozenset("10 20 70 72 73 74 75 76 79".split())
_NON_GEO_THREE_PREFIX = ("77", "900", "939", "944", "969")
#: Groups of the subscriber number by its length, as numbers are traditionally written in
#: Sweden (Svenska skrivregler; 08-123 456 78, 031-12 34 56, 0980-123 45).
_GROUPS = {2: (2,), 3: (3,), 4: (2, 2), 5: (3, 2), 6: (2, 2, 2), 7: (3, 2, 2), 8: (3, 3, 2)}


def swedish_display(e164: str) -> str | None:
    """A Swedish E.164 number written the Swedish way: area code, hyphen, groups.

    ``+4640341000`` → ``040-34 10 00``; ``+46859097000`` → ``08-590 970 00``;
    ``+4698070000`` → ``0980-700 00``. None for numbers outside Sweden, and for lengths
    the Swedish plan does not have.
    """
    if not E164.match(e164) or not e164.startswith("+46") or e164.startswith("+460"):
        return None
    national = e164[3:]
    area_length = _area_length(national)
    area, subscriber = national[:area_length], national[area_length:]
    groups = _GROUPS.get(len(subscriber))
    if groups is None:
        return None
    parts, start = [], 0
    for size in groups:
        parts.append(subscriber[start:start + size])
        start += size
    return f"0{area}-{' '.join(parts)}"


def _area_length(national: str) -> int:
    """How many digits (after the 0) the area code or non-geographic prefix has."""
    if national.startswith("8"):
        return 1
    if national.startswith(_NON_GEO_THREE_PREFIX):
        return 3
    if national[:2] in _AREA_TWO or national[:2] in _NON_GEO_TWO:
        return 2
    return 3


def tel_uri(entry: dict) -> str:
    """The ``tel:`` link target: E.164, or the short number's digits."""
    return "tel:" + (entry.get("number") or entry.get("short") or "")
