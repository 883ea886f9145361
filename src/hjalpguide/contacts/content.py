"""What a text in a help-place file may hold: the one rule for every text value.

Every text an editor writes (a name, a description, a note, a display number …) is shown
as plain text: on the pages (escaped by the templates), in the handouts and in the open
data. So a text must not hold:

- markup: HTML tags (``<script>``, ``"><img src=x onerror=…>``), character references
  (``&lt;``), Markdown links (``[text](url)``) — the pages would show them as written,
  and an editor's paste or an attack should be stopped at the check, not at the page;
- control characters (everything below U+0020 except a line break, and U+007F–U+009F)
  and invisible characters (:data:`problems.INVISIBLE`);
- more characters than the field's limit (``schema.Field.max_length``): a 10 000-character
  name pushes every handout of the municipality past its two pages.

Web addresses, e-mail addresses and sources have their own rule in :mod:`urls`.
"""

from __future__ import annotations

import re

from hjalpguide.contacts import problems
from hjalpguide.contacts.problems import Problem

#: Something a browser or Markdown would read as markup: a tag (``<b``, ``</b``, ``<!--``,
#: ``<?``), a character reference (``&amp;``, ``&#60;``), or a Markdown link or image.
MARKUP = re.compile(r"<\s*[/!?]?\s*[A-Za-z!]|&#?[A-Za-z0-9]{1,32};|\]\(|<https?:", re.I)
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
#: Any character that one of the checks below looks for: most texts have none, and one
#: search is cheaper than three (10 000 places hold about 100 000 texts).
_SUSPECT = re.compile("[<&\\]" + CONTROL.pattern[1:-1] + problems.INVISIBLE.pattern[1:-1] + "]")


def check_text(value: str, max_length: int) -> list[Problem]:
    """Problems of one text value (an empty list when it may be shown as it is)."""
    found = too_long(value, max_length)
    if not _SUSPECT.search(value):
        return found
    markup = MARKUP.search(value[:max_length * 2])
    if markup:
        shown = value[markup.start():markup.start() + 20]
        found.append(Problem(
            "HP-MARKUP", f"Texten innehåller kod eller formatering ('{shown}…'), som inte "
            "får stå i en text.",
            "Skriv bara vanlig text, utan <…>, &…; och [länk](…). En webbadress skrivs i "
            "fältet url."))
    control = CONTROL.search(value)
    if control:
        found.append(Problem(
            "HP-CONTROL", f"Texten innehåller ett styrtecken (U+{ord(control.group()):04X}).",
            "Skriv om texten för hand i stället för att klistra in den."))
    return found + problems.invisible(value)


def too_long(value: str, max_length: int) -> list[Problem]:
    """The length rule alone (web and e-mail addresses have their own rule for the rest)."""
    if len(value) <= max_length:
        return []
    return [Problem("HP-TOO-LONG", f"Värdet är {len(value)} tecken långt; här får det vara "
                    f"högst {max_length} tecken.",
                    f"Korta det till högst {max_length} tecken (skriv det viktigaste; "
                    "detaljer finns på platsens webbsida).")]
