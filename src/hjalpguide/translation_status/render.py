"""The status report as terminal text, Markdown (for an issue or a wiki) or JSON (for CI)."""

from __future__ import annotations

from hjalpguide import findings as findings_mod
from hjalpguide.findings import Finding
from hjalpguide.translation_status.scan import PageStatus, Report

#: Columns of the summary table: (heading in Swedish, what is counted).
COLUMNS = [
    ("Språk", None),
    ("Sidor", "pages"),
    ("Klara", "ok"),
    ("Inaktuella", "outdated"),
    ("Saknas", "missing"),
    ("Struktur", "drift"),
    ("Fakta", "facts"),
    ("Brevord", "letters"),
    ("Andra kontroll", "second_check"),
    ("Ej granskade", "unreviewed"),
    ("Utan svensk sida", "orphan"),
]


def counts(pages: list[PageStatus]) -> dict[str, int]:
    """How many pages of one language are in each state (``ok``: current and without errors)."""
    translated = [p for p in pages if p.state not in ("missing", "orphan")]
    return {
        "pages": sum(p.state != "orphan" for p in pages),
        "ok": sum(p.state == "ok" and not p.drift and not p.facts for p in pages),
        "outdated": sum(p.state == "outdated" for p in pages),
        "missing": sum(p.state == "missing" for p in pages),
        "drift": sum(p.drift for p in pages),
        "facts": sum(p.facts for p in pages),
        "letters": sum(p.letters for p in pages),
        "second_check": sum(p.second_check is not None for p in translated),
        "unreviewed": sum(p.reviewed is not True for p in translated),
        "orphan": sum(p.state == "orphan" for p in pages),
    }


def _rows(report: Report) -> list[list[str]]:
    rows = []
    total = dict.fromkeys(counts([]), 0)
    for lang in report.languages:
        numbers = counts(report.pages_of(lang))
        total = {k: total[k] + v for k, v in numbers.items()}
        rows.append([lang] + [str(numbers[key]) for _, key in COLUMNS[1:]])
    rows.append(["alla"] + [str(total[key]) for _, key in COLUMNS[1:]])
    return rows


def _lang_of(finding: Finding, report: Report) -> str:
    for lang in report.languages:
        if finding.path.endswith((f".{lang}.md", f"/{lang}.yml")):
            return lang
    return ""


def _grouped(report: Report) -> dict[str, list[Finding]]:
    groups: dict[str, list[Finding]] = {lang: [] for lang in report.languages}
    for finding in sorted(report.findings, key=findings_mod.sort_key):
        groups.setdefault(_lang_of(finding, report), []).append(finding)
    return groups


def _unreviewed(report: Report, lang: str) -> list[str]:
    """One line per page no person has reviewed, with the date of a second check by machine."""
    return [f"{p.path}: ej granskad av en person" + (
                f" (andra kontroll av en dator {p.second_check})" if p.second_check else "")
            for p in report.pages_of(lang)
            if p.state not in ("missing", "orphan") and not p.reviewed]


def _diffs(report: Report) -> list[PageStatus]:
    return [p for p in report.pages if p.diff is not None]


def as_text(report: Report, list_unreviewed: bool = False) -> str:
    out = []
    for lang, found in _grouped(report).items():
        unreviewed = _unreviewed(report, lang) if list_unreviewed else []
        if not found and not unreviewed:
            continue
        out.append(f"== {lang or 'övrigt'} ==")
        out += [f.format() for f in found]
        out += unreviewed
        out.append("")
    for page in _diffs(report):
        out += [f"== Ändringar i {page.source} sedan {page.path} översattes ==", page.diff, ""]
    widths = [max(len(h), *(len(r[i]) for r in _rows(report))) for i, (h, _) in
              enumerate(COLUMNS)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w)
                     for i, ((h, _), w) in enumerate(zip(COLUMNS, widths, strict=True)))
    out += [line, "-" * len(line)]
    for row in _rows(report):
        out.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w)
                             for i, (c, w) in enumerate(zip(row, widths, strict=True))))
    out += ["", _data_text(report), "", summary(report)]
    return "\n".join(out)


def _data_text(report: Report) -> str:
    """One row per data folder, one column per language: klar, saknas, or -missing/+extra."""
    folders = list(dict.fromkeys(d.folder for d in report.data_files))
    if not folders:
        return ""
    cells = {(d.folder, d.lang): _data_cell(d) for d in report.data_files}
    header = ["Data (nycklar)"] + report.languages
    rows = [[folder] + [cells.get((folder, lang), "") for lang in report.languages]
            for folder in folders]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
             for row in [header, *rows]]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines + ["(klar = samma nycklar som sv.yml; -2/+1 = 2 saknas, 1 extra)"])


def _data_markdown(report: Report) -> list[str]:
    folders = list(dict.fromkeys(d.folder for d in report.data_files))
    if not folders:
        return []
    cells = {(d.folder, d.lang): _data_cell(d) for d in report.data_files}
    out = ["", "| Data (nycklar) | " + " | ".join(report.languages) + " |",
           "|---|" + "---|" * len(report.languages)]
    for folder in folders:
        row = [cells.get((folder, lang), "") for lang in report.languages]
        out.append(f"| `{folder}` | " + " | ".join(row) + " |")
    return out


def _data_cell(status) -> str:
    if not status.exists:
        return "saknas"
    if status.missing or status.extra:
        return f"-{len(status.missing)}/+{len(status.extra)}"
    return "klar"


def summary(report: Report) -> str:
    n_pages = len({p.source for p in report.pages if p.source})
    checked = f"{n_pages} svenska sidor på {len(report.languages)} språk"
    return findings_mod.summary_sv(report.findings, checked)


def as_markdown(report: Report) -> str:
    out = ["# Översättningar: status", "",
           "| " + " | ".join(h for h, _ in COLUMNS) + " |",
           "|" + "|".join("---" if i == 0 else "---:" for i in range(len(COLUMNS))) + "|"]
    out += ["| " + " | ".join(row) + " |" for row in _rows(report)]
    out += _data_markdown(report)
    for lang, found in _grouped(report).items():
        if found:
            out += ["", f"## {lang or 'övrigt'}", ""]
            out += [f"- `{f.path}{':' + str(f.line) if f.line else ''}` **{f.rule}** "
                    f"{f.message}{' → ' + f.fix if f.fix else ''}" for f in found]
    for page in _diffs(report):
        out += ["", f"### Ändringar i `{page.source}` sedan `{page.path}` översattes", "",
                "```diff", page.diff.rstrip("\n"), "```"]
    out += ["", summary(report)]
    return "\n".join(out) + "\n"


def as_json(report: Report) -> str:
    languages = {lang: counts(report.pages_of(lang)) for lang in report.languages}
    return findings_mod.as_json(
        report.findings, source_language=report.source_lang, languages=languages,
        pages=[p.to_dict() for p in report.pages],
        data_files=[d.to_dict() for d in report.data_files],
        errors=len(findings_mod.errors(report.findings)))

