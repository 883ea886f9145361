"""Every phone number written in the guides is a national line in the help-place data.

One source for each number: data/help-places/national.yml (read with the help-place
loader, hjalpguide.contacts). A number in a guide that is not there, or is written
differently from the organisation's own way (``display``), fails here.
"""

from __future__ import annotations

import datetime as dt
import re

from guide_pages import ROOT, page_id, topic_pages

from hjalpguide.contacts import load_places

#: 0771-524 524, 08-123 45 67, +46 771 235 235, and the short numbers 112, 114 14, 1177.
PHONE = re.compile(r"(?<![\w-])(?:0\d{1,3}-\d{2,3}(?: \d{2,3}){0,2}|\+46(?: ?\d+)+"
                   r"|11[2-9](?: \d{2})?|1177)(?![\w-])")


def national_numbers() -> set[str]:
    places, _ = load_places(ROOT, ["sv"], dt.date.today())
    return {phone.display for place in places if "national" in place.file
            for phone in place.phones}


def numbers_in_guides() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in topic_pages():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.startswith(("  - title:", "    url:")):
                continue
            for match in PHONE.finditer(line):
                found.setdefault(match.group(0), []).append(f"{page_id(path)}:{number}")
    return found


def test_pattern_finds_the_ways_numbers_are_written():
    text = "Ring 0771-524 524, 114 14, 112 eller 1177. Inte 2026 eller 400 kr eller SKV 4809."
    assert PHONE.findall(text) == ["0771-524 524", "114 14", "112", "1177"]


def test_the_guides_contain_phone_numbers():
    assert {"114 14", "112", "0771-524 524"} <= set(numbers_in_guides())


def test_every_number_in_the_guides_is_a_national_line():
    known = national_numbers()
    assert known, "no national lines in data/help-places/national.yml"
    unknown = {n: where for n, where in numbers_in_guides().items() if n not in known}
    assert unknown == {}, "numbers not in the help-place data (or written differently)"
