"""Make every handout whose inputs changed: one orchestrating process, a pool of workers.

The orchestrating process plans the handouts, hashes their inputs, renders the HTML of
those that changed (Markdown + Jinja, milliseconds each) and hands the HTML to
``os.cpu_count()`` worker processes that each import WeasyPrint once and make many PDFs.
A bilingual handout is the reader's single handout followed by the Swedish one, so a
worker lays each page out once per language and reuses it.
Then it writes the manifest and reports handouts that do not fit (:data:`MAX_PAGES`).

The referral sheets (one A4 page per municipality, :mod:`.referral`) are made in the same
batch, after the guides' handouts, and cached the same way.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from hjalpguide.contacts import help_links
from hjalpguide.findings import Finding
from hjalpguide.handouts import cache, helpbox, pdf, referral, texts
from hjalpguide.handouts.render import TEMPLATES, Renderer
from hjalpguide.handouts.sources import (
    BILINGUAL,
    SINGLE,
    Job,
    Page,
    Project,
    plan,
    untranslated,
)

REFERRAL = referral.KIND
HELP_LINKS = Path(help_links.__file__)
#: A handout in one language: at most one A4 sheet printed on both sides. The bilingual
#: handout is two of them, each language on its own sheet. A referral sheet is one page.
MAX_PAGES = {SINGLE: 2, BILINGUAL: 2 * 2, REFERRAL: 1}
KINDS = (SINGLE, BILINGUAL, REFERRAL)


@dataclass
class Outcome:
    entries: list[cache.Entry] = field(default_factory=list)
    made: list[cache.Entry] = field(default_factory=list)
    reused: int = 0
    removed: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0
    peak_rss_kib: int = 0
    cpu_seconds: float = 0.0  # all workers together


Progress = Callable[[int, int, Job, float], None]


def build(project: Project, *, force: bool = False, workers: int | None = None,
          only: set[str] | None = None, kinds: set[str] | None = None,
          progress: Progress | None = None, today: dt.date | None = None) -> Outcome:
    """Make the handouts of ``project`` (only languages in ``only`` and kinds in ``kinds``,
    if given: a partial build keeps the other handouts it made before)."""
    started = time.perf_counter()
    if today is None:  # HJALP_TODAY=YYYY-MM-DD fixes the date, as for the site's pages
        from hjalpguide.clock import today as build_date
        today = build_date()
    languages = list(project.languages)
    words = texts.load(project.root, languages)
    places = helpbox.load(project.root, languages, today)
    renderer = Renderer(project, words, places, today)
    # help_links: the "Få hjälp" boxes' links and interpreter line, shared with the web
    common = cache.digest(cache.code_digest(TEMPLATES), cache.files_digest([HELP_LINKS]),
                          pdf.font_files(), project.site_url,
                          project.municipality,
                          _stable(project.extensions), _stable(project.extension_configs))
    old = cache.read_manifest(project.out_dir)
    outcome = Outcome()
    todo: list[tuple[Job, str]] = []
    planned = [job for job in plan(project, only) if not kinds or job.kind in kinds]
    if (not kinds or REFERRAL in kinds) and (not only or project.source_lang in only):
        planned += _referral_jobs(project, renderer, places, words, today)
    for job in planned:
        input_hash = _input_hash(job, project, renderer, common)
        entry = old.get(job.output)
        if not force and cache.is_current(entry, input_hash, project.out_dir):
            outcome.entries.append(entry)
            outcome.reused += 1
        else:
            todo.append((job, input_hash))
    if todo:
        pdf.check_dependencies()
        outcome.made = _make(todo, project, renderer, workers, progress, outcome)
        outcome.entries += outcome.made
    if only or kinds:
        done = {job.output for job in planned}
        outcome.entries += [entry for path, entry in old.items()
                            if path not in done and (project.out_dir / path).is_file()]
    else:
        outcome.removed = cache.remove_stale(project.out_dir, {e.path for e in outcome.entries})
    outcome.findings = fit_findings(outcome.entries, project, renderer.sheet_files)
    cache.write_manifest(project.out_dir, outcome.entries, untranslated(project),
                         project.site_url, project.source_lang)
    outcome.seconds = round(time.perf_counter() - started, 3)
    return outcome


def fit_findings(entries: list[cache.Entry], project: Project,
                 sheet_files: dict[str, str] | None = None) -> list[Finding]:
    """A finding for every handout longer than it may be (one A4 sheet per language, one
    page for a referral sheet: ``sheet_files`` names the data file of each sheet)."""
    findings = []
    docs = project.docs_dir.relative_to(project.root) if project.docs_dir.is_relative_to(
        project.root) else project.docs_dir
    for entry in entries:
        limit = MAX_PAGES.get(entry.kind, 1)
        if entry.kind == REFERRAL and entry.pages > limit:
            findings.append(Finding(
                (sheet_files or {}).get(entry.path, "data/help-places/"), None, "HO-TOO-LONG",
                f"Hänvisningsbladet {entry.path} blir {entry.pages} sidor, men ska vara en "
                "A4-sida.", "Korta beskrivningarna av platserna i filen.", "description"))
        elif entry.pages > limit:
            paper = "ett A4-papper" if entry.kind == SINGLE else "ett A4-papper per språk"
            findings.append(Finding(
                f"{docs.as_posix()}/{entry.page}.{entry.language}.md", None, "HO-TOO-LONG",
                f"Utskriften {entry.path} blir {entry.pages} sidor, men får vara högst "
                f"{limit} ({paper}).",
                "Korta texten eller sätt printable: false.", "printable"))
    return findings


# ---


def _referral_jobs(project: Project, renderer: Renderer, places, words: dict,
                   today: dt.date) -> list[Job]:
    """One referral sheet per municipality with data; the sheets' views are kept in the
    renderer (they are also the input hashes)."""
    source = project.source_lang
    web = referral.site_words(project.root, source)
    jobs = []
    for municipality in referral.municipalities_with_data(places):
        sheet = referral.sheet(municipality, places, words[source]["referral"], web,
                               project.site_url, today)
        renderer.sheets[sheet.output] = sheet
        jobs.append(Job(source, Page(f"{referral.FOLDER}/{sheet.slug}"), REFERRAL,
                        sheet.output, sheet.url))
    return jobs


def _input_hash(job: Job, project: Project, renderer: Renderer, common: str) -> str:
    if job.kind == REFERRAL:  # everything printed on it is in its view
        return cache.digest(common, job.kind, job.url, renderer.sheets[job.output].as_data(),
                            renderer.texts[project.source_lang])
    # the Swedish text decides the "translation is out of date" notice of a single
    # handout, and is the second part of a bilingual one
    source = project.source_lang
    langs = sorted({job.lang, source})
    parts = [job.lang] + ([source] if job.kind == BILINGUAL else [])
    return cache.digest(
        common, job.kind, job.lang, job.url,
        cache.files_digest([job.page.files[lang] for lang in langs if lang in job.page.files]),
        [renderer.texts[lang] for lang in langs],
        cache.files_digest([project.root / "data" / "ui" / f"{lang}.yml" for lang in langs]),
        # data/translation-quality.yml: checked only in part (the stronger notice)
        job.lang in renderer.limited,
        [helpbox.as_data(renderer.help_places(job.page, lang)) for lang in parts],
        [renderer.interpreter_line(lang) for lang in parts],  # data/ui-help, its template
        # the facts it cites, as data/facts.yml has them now (a new checked date or source)
        [renderer.facts_data(job.page, lang) for lang in parts],
    )


def _make(todo: list[tuple[Job, str]], project: Project, renderer: Renderer,
          workers: int | None, progress: Progress | None, outcome: Outcome) -> list[cache.Entry]:
    # All handouts of one page go to the same worker as one group: a bilingual handout
    # reuses the layout of the reader's single handout and of the Swedish one, so each
    # page's Swedish part is laid out once. The longest pages go first (by the size of
    # their Markdown), so that no worker is left with a long page at the end. Each group
    # is handed over as soon as its HTML is ready: the workers start while this process
    # still renders the rest.
    groups: dict[str, list[tuple[Job, str]]] = {}
    for job, input_hash in todo:
        groups.setdefault(_group(job, renderer), []).append((job, input_hash))
    groups = dict(sorted(groups.items(), key=lambda item: -_weight(item[1])))
    workers = max(1, min(workers or os.cpu_count() or 1, len(groups)))
    made, pending = [], {}
    with ProcessPoolExecutor(max_workers=workers, initializer=pdf.start_worker) as pool:
        for group in groups.values():
            tasks = [_task(job, project, renderer) for job, _ in group]
            pending[pool.submit(pdf.render_group, tasks)] = group
        total, done = len(todo), 0
        for future in as_completed(pending):
            for (job, input_hash), result in zip(pending[future], future.result(), strict=True):
                made.append(cache.Entry(job.lang, job.page.name, job.kind,
                                        renderer.title(job), result.output, result.pages,
                                        result.bytes, input_hash, job.url, result.seconds,
                                        result.cpu_seconds, result.compact,
                                        round(result.max_rss_kib / 1024, 1)))
                outcome.peak_rss_kib = max(outcome.peak_rss_kib, result.max_rss_kib)
                outcome.cpu_seconds += result.cpu_seconds
                done += 1
                if progress:
                    progress(done, total, job, result.seconds)
    return made


def _group(job: Job, renderer: Renderer) -> str:
    """All handouts of a page go to one worker; referral sheets by county (one task each:
    fewer hand-overs than one per municipality)."""
    if job.kind == REFERRAL:
        return f"{REFERRAL}:{renderer.sheets[job.output].county}"
    return job.page.name


def _weight(group: list[tuple[Job, str]]) -> int:
    """How much work a group is, roughly: the size of the Markdown of its handouts. The
    referral sheets (small, one page each) count as none, so they come last and fill the
    gaps at the end."""
    return sum(job.page.files[job.lang].stat().st_size * (2 if job.kind == BILINGUAL else 1)
               for job, _ in group if job.kind != REFERRAL)


def _task(job: Job, project: Project, renderer: Renderer) -> pdf.Task:
    if job.kind == REFERRAL:
        html = renderer.referral_html(renderer.sheets[job.output])
        part = pdf.Part(cache.digest(html), job.lang, html, project.root.as_uri() + "/")
        return pdf.Task(job.output, (part,), str(project.out_dir), renderer.referral_css,
                        MAX_PAGES.get(REFERRAL, 1), renderer.compact_css)
    return pdf.Task(job.output, _parts(job, renderer), str(project.out_dir), renderer.css,
                    MAX_PAGES[SINGLE], renderer.compact_css)


def _parts(job: Job, renderer: Renderer) -> tuple[pdf.Part, ...]:
    return tuple(
        pdf.Part(cache.digest(html), lang, html, job.page.files[lang].parent.as_uri() + "/")
        for lang, html in renderer.parts(job))


def _stable(value):
    """A hashable description of extension settings (functions by name, not address)."""
    if isinstance(value, functools.partial):
        return [_stable(value.func), _stable(value.args), _stable(value.keywords)]
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', repr(value))}"
    if isinstance(value, dict):
        return {str(key): _stable(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_stable(item) for item in value]
    return value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
