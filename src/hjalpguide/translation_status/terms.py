"""One word per concept per language: the term lists in data/terms/<lang>.yml, and their check.

For translators and reviewers. A language's list settles which word the site uses for a
concept, and which variants must not appear::

    computer:            # concept key (English, never changes)
      sv: dator          # the Swedish word (for the reader of the list)
      use: "حاسوب"       # the one word the site uses
      avoid: ["كمبيوتر"]  # variants that must not appear

The check looks for every ``avoid`` variant in the language's pages (``*.<lang>.md``) and
in its data texts (data/glossary/<lang>.yml, data/ui*/<lang>.yml). A language without a
list is not checked. What counts as a match depends on the script of the variant:

- Arabic script (ar, fa): the variant where a word starts, or after the one-letter
  prefixes that attach to words (و ف ب ك ل) and the article ال, in any combination
  (والكمبيوتر, بالكمبيوتر, للكمبيوتر); endings may follow (كمبيوترات);
- Ethiopic (ti): no case; where a word starts, or after the prefixes ን and ብ that attach
  to nouns (ንኮምፒተር); endings may follow;
- other scripts (Latin, Cyrillic): case ignored, where a word starts; endings may follow.

So a variant matches the beginning of longer words too: write variants that are not the
beginning of a word the site needs. A variant that is the concept's Swedish word (``sv``)
is allowed inside brackets, where a page gives the Swedish word: "tableahtta (surfplatta)".
Comments, link targets and addresses in pages, and code blocks, are not read.

Rules: TERMS-YAML / TERMS-… (the file cannot be read), TERMS-FIELD (``use`` missing or not
text, ``avoid`` not a list of texts), TERMS-AVOID-IN-USE (a variant inside the word to use,
which would always match), TERMS-AVOID (a variant found).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from hjalpguide.contacts import yamlread
from hjalpguide.findings import Finding, Severity
from hjalpguide.translation_status.facts import visible_text
from hjalpguide.translation_status.structure import FENCE

TERMS_DIR = Path("data/terms")
#: Letters that attach in front of a word, by script (see the module docstring).
_ARABIC_PREFIX = "(?:[وفبكل]{0,2}(?:ال)?)"
_ETHIOPIC_PREFIX = "(?:[ንብ]?)"


@dataclass(frozen=True)
class Concept:
    key: str
    sv: str
    use: str
    avoid: tuple[str, ...]
    line: int  # the line of the key in the file


def terms_path(root: Path, lang: str) -> Path:
    return Path(root) / TERMS_DIR / f"{lang}.yml"


def load(root: Path, lang: str) -> tuple[list[Concept], list[Finding]]:
    """The concepts of ``lang`` and the problems of the file (none without a file)."""
    path = terms_path(root, lang)
    if not path.is_file():
        return [], []
    shown = (TERMS_DIR / path.name).as_posix()
    doc, problems = yamlread.read_file(path, shown)
    findings = [dataclasses.replace(f, rule=f.rule.replace("HP-", "TERMS-", 1))
                for f in problems]
    if doc is None or doc.data is None:
        return [], findings
    if not isinstance(doc.data, dict):
        return [], findings + [Finding(shown, 1, "TERMS-FIELD", "Filen ska vara en lista av "
                                       "begrepp (nyckel: fält).",
                                       "Skriv varje begrepp som 'nyckel:' med sv, use och "
                                       "avoid under.")]
    concepts = []
    for key, entry in doc.data.items():
        concept = _concept(str(key), entry, doc, shown, findings)
        if concept is not None:
            concepts.append(concept)
    return concepts, findings


def _concept(key: str, entry, doc: yamlread.Document, shown: str,
             findings: list[Finding]) -> Concept | None:
    line = doc.line((key,))
    if not isinstance(entry, dict) or not isinstance(entry.get("use"), str) \
            or not entry["use"].strip():
        findings.append(Finding(shown, doc.line((key, "use")), "TERMS-FIELD",
                                f"Begreppet '{key}' saknar ordet som sajten använder.",
                                f"Skriv 'use: \"…\"' under '{key}'.", f"{key}.use"))
        return None
    use, avoid = entry["use"].strip(), entry.get("avoid", [])
    if not isinstance(avoid, list) or not all(isinstance(a, str) and a.strip() for a in avoid):
        findings.append(Finding(shown, doc.line((key, "avoid")), "TERMS-FIELD",
                                f"'avoid' under '{key}' ska vara en lista med ord.",
                                'Skriv till exempel avoid: ["ord 1", "ord 2"].', f"{key}.avoid"))
        return None
    kept = []
    for index, variant in enumerate(a.strip() for a in avoid):
        if variant.casefold() in use.casefold():
            findings.append(Finding(shown, doc.line((key, "avoid", index)),
                                    "TERMS-AVOID-IN-USE",
                                    f"'{variant}' står inne i ordet som sajten använder "
                                    f"('{use}'), så det skulle hittas överallt.",
                                    f"Ta bort '{variant}' från avoid under '{key}'.",
                                    f"{key}.avoid"))
        else:
            kept.append(variant)
    sv = entry.get("sv")
    return Concept(key, sv.strip() if isinstance(sv, str) else "", use, tuple(kept), line)


def variant_pattern(variant: str) -> re.Pattern:
    """Where ``variant`` counts as written (see the module docstring)."""
    escaped = re.escape(variant)
    if re.match(r"[\u0600-\u06ff]", variant):
        return re.compile(rf"(?<!\w){_ARABIC_PREFIX}({escaped})")
    if re.match(r"[\u1200-\u139f\u2d80-\u2ddf]", variant):
        return re.compile(rf"(?<!\w){_ETHIOPIC_PREFIX}({escaped})")
    return re.compile(rf"(?<!\w)({escaped})", re.IGNORECASE)


def find_variants(concepts: list[Concept], lines: list[tuple[int, str]], path: str,
                  level: Severity = Severity.WARNING) -> list[Finding]:
    """TERMS-AVOID findings for ``lines`` ((line number, text)) of the file ``path``."""
    patterns = [(c, v, variant_pattern(v)) for c in concepts for v in c.avoid]
    findings = []
    for number, text in lines:
        for concept, variant, pattern in patterns:
            for match in pattern.finditer(text):
                if _swedish_in_brackets(concept, variant, text, match):
                    continue
                findings.append(Finding(
                    path, number, "TERMS-AVOID",
                    f"'{match.group(1)}' är en variant som inte ska användas för "
                    f"'{concept.sv or concept.key}'.", f"Använd {concept.use}.", concept.key,
                    level))
                break  # one finding per variant and line
    return findings


def _swedish_in_brackets(concept: Concept, variant: str, text: str, match) -> bool:
    if not concept.sv or variant.casefold() != concept.sv.casefold():
        return False
    before, after = text[: match.start(1)].rstrip(), text[match.end(1):].lstrip()
    return before.endswith("(") and after.startswith(")")


def check(root: Path, lang: str, docs: Path, data_files: list[Path],
          level: Severity = Severity.WARNING) -> list[Finding]:
    """The term list of ``lang`` checked, and its variants looked for in the language's
    pages under ``docs`` and in ``data_files`` (found variants get ``level``)."""
    concepts, findings = load(root, lang)
    if not any(c.avoid for c in concepts):
        return findings
    root = Path(root)
    for page in sorted(docs.rglob(f"*.{lang}.md")):
        findings += find_variants(concepts, _page_lines(page),
                                  page.relative_to(root).as_posix(), level)
    for data in data_files:
        if data.is_file():
            findings += find_variants(concepts, _data_lines(data),
                                      data.relative_to(root).as_posix(), level)
    return findings


def _page_lines(path: Path) -> list[tuple[int, str]]:
    lines, in_fence = [], False
    for number, line in enumerate(_read(path).splitlines(), 1):
        if FENCE.match(line):
            in_fence = not in_fence
        elif not in_fence:
            lines.append((number, visible_text(line)))
    return lines


def _data_lines(path: Path) -> list[tuple[int, str]]:
    """The lines of a YAML data file without its comments (file headers name variants)."""
    return [(number, line) for number, line in enumerate(_read(path).splitlines(), 1)
            if not line.lstrip().startswith("#")]


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace")


def severity(strict: bool) -> Severity:
    return Severity.ERROR if strict else Severity.WARNING
