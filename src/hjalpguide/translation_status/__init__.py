"""Translation status: which translations are missing, out of date or differ from the Swedish.

For translators, reviewers and CI (``scripts/translation_status.py``, ``make translations``).
For every Swedish page (``guides/**/<name>.sv.md``) and every other language in mkdocs.yml:

- **missing** — no ``<name>.<lang>.md`` yet (warning; an error with ``strict_missing``);
- **outdated** — ``translation.source_hash`` is not the hash of the current Swedish text
  (warning); ``--diff`` shows what changed in the Swedish since, from git history;
- **orphan** — a translation whose Swedish page does not exist (warning);
- **unreviewed** — ``translation.reviewed`` is not ``true`` (counted, not a failure);
- **second check** — ``translation.second_check`` holds the date of a second check by
  machine (counted and listed with --lang; it does not make a page reviewed);
- **structure drift** — another number of headings (or other levels), numbered steps,
  list items, table rows, admonitions (or other types), other link or image targets, or
  other ``<!-- hjalp: … -->`` markers than the Swedish page (error);
- **differing facts** — another set of numbers (phone numbers, dates, amounts, deadlines)
  or e-mail addresses than the Swedish page, in the text, title and summary (error);
- **missing letter words** — a word marked ``letter: true`` in data/glossary/sv.yml that
  the Swedish page uses and the translation does not keep in Swedish (``letters.py``;
  a warning, an error with ``strict_terms``);
- **avoided words** — a variant listed under ``avoid`` in the language's term list
  (data/terms/<lang>.yml) in its pages or data texts (``terms.py``; a warning, an error
  with ``strict_terms``; a term list that cannot be read is an error).

It also compares the glossary (data/glossary/<lang>.yml) and the interface texts
(data/ui*/<lang>.yml) with Swedish: missing files, missing and extra keys; and it checks
data/translation-quality.yml (languages checked only in part, hjalpguide.translation_quality).

What it does NOT check: whether the translation means the same as the Swedish, whether it is
correct, complete within a sentence, well written, plain, or in the right tone; numbers
written as words ("fem"); whether proper names and glossary terms are used. Only a person
can check those — that is what ``reviewed: true`` records.

Exit codes of the command: 0 no errors, 1 structure drift or differing facts (or, with
``--strict-missing``, missing translations; with ``--strict-terms``, missing letter
words and avoided words), 2 usage or I/O error.
"""

from __future__ import annotations

from pathlib import Path

from hjalpguide import translation_quality
from hjalpguide.languages import load_languages
from hjalpguide.translation_status import datafiles, history, terms
from hjalpguide.translation_status.scan import PageStatus, Report, docs_dir, scan

__all__ = ["PageStatus", "Report", "build_report"]


def build_report(root: Path, only: list[str] | None = None, strict_missing: bool = False,
                 with_diff: bool = False, strict_terms: bool = False) -> Report:
    """Everything the command reports, for the project at ``root``."""
    report = scan(root, only, strict_missing, strict_terms)
    statuses, found = datafiles.check(root, report.source_lang, report.languages,
                                      strict_missing)
    report.data_files = statuses
    if only:  # the glossary check looks at every file; keep the asked-for languages only
        found = [f for f in found if any(f.path.endswith(f"/{lang}.yml") for lang in only)]
    report.findings += found
    data_folders, docs = datafiles.folders(root), docs_dir(root)
    for lang in report.languages:
        report.findings += terms.check(root, lang, docs, [f / f"{lang}.yml" for f in data_folders],
                                       terms.severity(strict_terms))
    translated = [lang.code for lang in load_languages(Path(root) / "mkdocs.yml")[1:]]
    report.findings += translation_quality.check(root, translated)
    if with_diff:
        for page in report.pages:
            if page.state == "outdated":
                page.diff = history.source_diff(root, page.source, page.recorded_hash)
    return report
