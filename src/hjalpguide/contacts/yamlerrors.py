"""libyaml's error messages in plain Swedish, for editors who do not read YAML's English.

libyaml says what its parser expected ("did not find expected key"); an editor needs to
know what to look for on the line. Each entry below matches a part of libyaml's
``problem`` (and, where the same problem has different causes, its ``context``) and
gives a Swedish message and fix. An error not in the table gets a general message and
fix; libyaml's English is never shown.
"""

from __future__ import annotations

from typing import NamedTuple

import yaml


class Explained(NamedTuple):
    line: int
    message: str
    fix: str


_INDENT_FIX = ("Kontrollera indraget: fält i samma grupp ska börja lika långt in, med "
               "mellanslag (inte tabb).")
_QUOTE_FIX = "Sätt ett citattecken i slutet av texten (\" eller ' , samma som i början)."

#: (part of problem, part of context or "", message, fix); the first that matches wins.
_TABLE = (
    ("unexpected end of stream", "quoted",
     "En text inom citattecken slutar aldrig: citattecknet i slutet saknas.", _QUOTE_FIX),
    ("unexpected end of stream", "",
     "Filen tar slut mitt i ett värde.", _QUOTE_FIX),
    ("mapping values are not allowed", "",
     "Ett kolon står där det inte får stå. Ofta är det en text med ': ' i som saknar "
     "citattecken, eller ett fält som står för långt in.",
     "Sätt texten inom citattecken, t.ex. name: \"Öppet: måndag\", eller rätta indraget."),
    ("cannot start any token", "",
     "Raden börjar med ett tecken som YAML inte tillåter här (t.ex. tabb, @ eller `).",
     "Använd mellanslag i stället för tabb, och sätt texter som börjar med @ eller ` "
     "inom citattecken."),
    ("tab character", "",
     "Raden är indragen med tabb.", "Använd mellanslag i stället för tabb."),
    ("did not find expected key", "",
     "Ett fält står inte där det ska: indraget stämmer inte, eller det finns text efter "
     "ett citattecken.", _INDENT_FIX),
    ("expected '-' indicator", "",
     "I en lista ska varje rad börja med '- ' och stå lika långt in.", _INDENT_FIX),
    ("expected ',' or ']'", "",
     "En lista inom [ ] är inte stängd.", "Sätt ] i slutet av listan, på samma rad."),
    ("expected ',' or '}'", "",
     "En grupp inom { } är inte stängd.", "Sätt } i slutet, eller skriv fälten på egna rader."),
    ("could not find expected ':'", "",
     "Ett kolon saknas efter ett fältnamn, eller ett citattecken är inte stängt.",
     "Skriv fältnamn: värde, och kontrollera att citattecknen är parvisa."),
    ("unknown escape character", "",
     "En text inom \"…\" innehåller ett bakstreck (\\) som YAML inte förstår.",
     "Skriv texten inom enkla citattecken '…', eller skriv \\\\ för ett bakstreck."),
    ("another document", "",
     "Filen innehåller flera dokument (en rad med --- eller ...).",
     "Ta bort raden med --- eller ...; en fil har ett enda dokument."),
    ("undefined alias", "",
     "En hänvisning (*namn) pekar på ett ankare som inte finns.",
     "Skriv ut värdet i stället för hänvisningen; ankare och hänvisningar är inte tillåtna."),
    ("duplicate anchor", "",
     "Samma ankare (&namn) står två gånger.",
     "Ta bort ankarna (&namn); de är inte tillåtna i filerna."),
    ("expected alphabetic or numeric character", "",
     "Efter & eller * ska ett namn stå.", "Sätt texten inom citattecken."),
    ("expected a comment or a line break", "",
     "Det står något efter värdet på raden som YAML inte förstår.",
     "Sätt hela värdet inom citattecken, eller ta bort det som står efter det."),
    ("did not find expected node content", "",
     "Ett värde saknas eller börjar med ett tecken som inte är tillåtet.",
     "Sätt värdet inom citattecken."),
    ("not allowed in this context", "",
     "En listrad ('- ') står där den inte får stå.", _INDENT_FIX),
    ("maximum nesting depth", "",
     "Filen har för många nivåer inuti varandra.", "Följ exemplet i handboken för redaktörer."),
)

_GENERAL = ("YAML-filen går inte att läsa här.",
            "Kontrollera indraget (mellanslag, inte tabb), kolon efter varje fältnamn och "
            "att citattecken är parvisa.")


def explain(error: yaml.YAMLError, text: str = "") -> Explained:
    """The line (1-based) and a Swedish message and fix for a libyaml error."""
    if isinstance(error, yaml.reader.ReaderError):
        line = text[: error.position].count("\n") + 1 if text else 1
        code = f"U+{error.character:04X}" if isinstance(error.character, int) else "?"
        return Explained(line, f"Filen innehåller ett styrtecken som inte får finnas i text "
                               f"({code}).",
                         "Skriv om raden för hand i stället för att klistra in den.")
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = mark.line + 1 if mark is not None else 1
    problem = str(getattr(error, "problem", None) or error)
    context = str(getattr(error, "context", None) or "")
    for part, in_context, message, fix in _TABLE:
        if part in problem and in_context in context:
            return Explained(line, message, fix)
    return Explained(line, *_GENERAL)
