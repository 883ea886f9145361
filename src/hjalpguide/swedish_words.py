"""Swedish words inside another language's text, marked ``lang="sv"`` (WCAG 3.1.2), so that
a screen reader or the browser's voice reads "(beslut)" or "Försäkringskassan" as Swedish
instead of mispronouncing it with an Arabic or Ukrainian voice.

Which words: every Swedish form of the glossary (data/glossary/sv.yml, the words a reader
must recognise in a letter) and the names of the national lines' organisations in the
help-place data (Försäkringskassan, Skatteverket, Polisen …), and the product names of
data/swedish-names.yml ("Mobilt BankID", "BankID på fil"). Each list is defined once in
its file; nothing here lists a word. Acronyms in capitals (PDF) read alike in every
language and are left alone.

Text inside an element that already states its language (a Swedish fallback, a place
name marked by the help-place templates), in scripts, code and the head is not touched;
attributes are never changed. A name inside an e-mail or web address
(info@skatteverket.se) is part of the address, not a word, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import yaml

from hjalpguide.findings import Finding
from hjalpguide.yamllimits import check_limits

NAMES_FILE = "data/swedish-names.yml"

_TAG = re.compile(r"(<[^>]+>)")
_NAME = re.compile(r"</?\s*([a-zA-Z0-9]+)")
_LANG = re.compile(r"\slang=")
_VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
_SKIP = {"head", "script", "style", "code", "pre", "svg", "textarea", "title", "template"}


def words(glossary_forms: Iterable[str], names: Iterable[str]) -> list[str]:
    """The Swedish words and names to mark, longest first (so "e-tjänsten" wins over
    "e-tjänst"); acronyms and names without a letter (1177) are left out."""
    found = {w.strip() for w in [*glossary_forms, *names] if w and w.strip()}
    kept = [w for w in found if any(c.isalpha() for c in w) and not w.isupper()]
    return sorted(kept, key=lambda w: (-len(w), w))


def pattern(swedish: list[str]) -> re.Pattern | None:
    """One expression for all of them: whole words only, any letter case."""
    if not swedish:
        return None
    # As a trie (one branch per first letter …): Python's re tries each alternative of a
    # flat list at every position of every text, 3× slower on the 2 600 help-place pages.
    # Not part of an address: after "@", "." or "/" (info@skatteverket.se, www.polisen.se)
    # or before "@" or ".x" (skatteverket.se); a sentence's full stop is fine.
    return re.compile(rf"(?<![\w\-@./])(?:{_trie_pattern(swedish)})(?![\w\-@]|\.\w)",
                      re.IGNORECASE)


def _trie_pattern(swedish: list[str]) -> str:
    trie: dict = {}
    for word in swedish:
        node = trie
        for char in word.lower():
            node = node.setdefault(char, {})
        node[""] = {}
    return _branch(trie)


def _branch(node: dict) -> str:
    ends = "" in node
    parts = [re.escape(char) + _branch(child) for char, child in sorted(node.items()) if char]
    if not parts:
        return ""
    body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
    return f"(?:{body})?" if ends else body


def mark_page(html: str, found: re.Pattern | None, source_lang: str = "sv") -> str:
    """:func:`mark` on a whole page's text (inside <article>): the header, menu and footer
    are the site's own words, and skipping them halves the time on 2 600 pages."""
    start = html.find("<article")
    end = html.rfind("</article>")
    if found is None or start < 0 or end < start:
        return html
    return html[:start] + mark(html[start:end], found, source_lang) + html[end:]


def mark(html: str, found: re.Pattern | None, source_lang: str = "sv") -> str:
    """Wrap every Swedish word in the text of ``html`` in ``<span lang="sv">``."""
    if found is None:
        return html
    out: list[str] = []
    skipping: list[list] = []  # [tag name, how many of it are open] of skipped elements
    for part in _TAG.split(html):
        if part.startswith("<"):
            _track(part, skipping)
            out.append(part)
        elif skipping or not part.strip():
            out.append(part)
        else:
            out.append(found.sub(
                lambda m: f'<span lang="{source_lang}">{m.group(0)}</span>', part))
    return "".join(out)


def _track(tag: str, skipping: list[list]) -> None:
    """Keep ``skipping`` up to date: an element that states its language or holds no
    prose is skipped with everything inside it, nested elements of its kind included."""
    name = _NAME.match(tag)
    if not name or tag.startswith(("<!", "<?")):
        return
    name = name.group(1).lower()
    if name in _VOID or tag.endswith("/>"):
        return
    if tag.startswith("</"):
        if skipping and skipping[-1][0] == name:
            skipping[-1][1] -= 1
            if skipping[-1][1] == 0:
                skipping.pop()
        return
    if skipping and skipping[-1][0] == name:
        skipping[-1][1] += 1
    elif name in _SKIP or (name != "html" and _LANG.search(tag)):
        skipping.append([name, 1])


class NamesError(ValueError):
    """data/swedish-names.yml cannot be used; the message says where and how to fix it."""


def load_names(root: Path) -> list[str]:
    """The product names of data/swedish-names.yml (none when the file is missing).
    Raises :class:`NamesError` (a finding in the shared format) on a broken file."""
    path = Path(root) / NAMES_FILE
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    except (OSError, UnicodeError) as error:
        raise _error(None, "NAMES-YAML", f"Filen går inte att läsa: {error}.",
                     "Spara filen som UTF-8 text.") from None
    try:
        problem = check_limits(text, NAMES_FILE, prefix="NAMES")
        data = None if problem else yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise _error(mark.line + 1 if mark else None, "NAMES-YAML",
                     f"Filen går inte att läsa: {getattr(error, 'problem', error)}.",
                     "Rätta raden som nämns.") from None
    if problem:
        raise NamesError(problem.format())
    names = data.get("names", []) if isinstance(data, dict) else data
    if names is None:
        return []
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise _error(None, "NAMES-FIELD", "Ska vara en lista av namn.",
                     "Skriv ett namn per rad under 'names:', som '  - Mobilt BankID'.",
                     "names")
    return names


def _error(line: int | None, rule: str, message: str, fix: str, field: str = ""
           ) -> NamesError:
    return NamesError(Finding(NAMES_FILE, line, rule, message, fix, field).format())


def from_project(glossary_terms: Iterable, places: Iterable,
                 product_names: Iterable[str] = ()) -> re.Pattern | None:
    """The expression for this project: the Swedish glossary's forms (``glossary.Term``),
    the Swedish names and organisations of the national lines (``contacts`` places
    without a municipality) and the product names (:func:`load_names`)."""
    terms = list(glossary_terms)
    forms = [form for term in terms for form in term.forms]
    # a glossary word without forms (BankID) is written alike in every language
    alike = {term.term.lower() for term in terms if not term.forms}
    names = []
    for place in places:
        if place.municipality is not None:
            continue
        name = place.text("name", "sv")
        names += [name.text if name else "", place.organization or ""]
    names = [n for n in names if n.lower() not in alike]
    return pattern(words(forms, [*names, *product_names]))
