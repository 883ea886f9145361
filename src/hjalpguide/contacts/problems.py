"""A problem found in one value, before we know which file and line it came from.

The value checkers (``phones``, ``hours``, ``urls``) are pure functions of a string that
return :class:`Problem`\\ s; ``structure`` turns them into findings with file, line and field.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from hjalpguide.findings import Severity


class Problem(NamedTuple):
    rule: str
    message: str
    fix: str
    severity: Severity = Severity.ERROR
    subfield: str = ""


#: Characters that cannot be seen but change how text is read or where a link goes:
#: bidirectional controls, zero-width characters, the byte-order mark, soft hyphen.
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")


def invisible(value: str) -> list[Problem]:
    match = INVISIBLE.search(value)
    if not match:
        return []
    code = f"U+{ord(match.group()):04X}"
    return [Problem("HP-INVISIBLE", f"Texten innehåller ett osynligt tecken ({code}).",
                    "Skriv om värdet för hand i stället för att klistra in det.")]


def without_invisible(value: str) -> str:
    return INVISIBLE.sub("", value)
