"""The help-place pages in the MkDocs build, for every site language.

The plugin calls three things (see docs/developers/help-places.md):

- :func:`load` once per build: reads and checks the data (errors stop the build with
  the file and line; stale data is logged at info level, since the site shows it);
- :meth:`HelpPlaces.add_files` in ``on_files`` *after* static-i18n (which would drop
  generated files): adds this language's pages ``hjalp/platser/`` and
  ``hjalp/platser/<kommun>/``, and in the default language the open data
  (``published.files``: ``hjalp/help-places.json`` with its schema, and Open Referral
  HSDS in ``hjalp/hsds/``);
- :meth:`HelpPlaces.local_section` in ``on_page_markdown``: with the deployer's
  ``municipality`` option, puts that municipality's places first on the start page.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import logging
import os
import tempfile
from collections import defaultdict
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel

from hjalpguide import generated_pages
from hjalpguide.clock import today  # the build's date, shared with facts and handouts
from hjalpguide.config import municipality_origin
from hjalpguide.contacts import (
    finder,
    help_links,
    hsds,
    kommuner,
    published,
    texts,
    translations,
)
from hjalpguide.contacts.model import Place
from hjalpguide.contacts.render import (
    STATE_OFFICE_FINDER,
    PlaceView,
    environment,
    relative,
    swedish_sort_key,
)
from hjalpguide.contacts.validate import load_places
from hjalpguide.findings import Severity, errors
from hjalpguide.translation import source_hash

SECTION = "hjalp/platser/"
MARKER = "<!-- hjalp: lokala-platser -->"
RAW_MARKER = "<!-- hjalp: kommunsidans innehåll -->"  # see HelpPlaces.set_aside
INTERPRETER_PAGE = help_links.INTERPRETER_PAGE  # "Hjälp på ditt språk": interpreters


def is_municipality_page(file) -> bool:
    """True for a generated municipality page (``hjalp/platser/<slug>/``) in any language."""
    src = getattr(file, "norm_src_uri", None) or file.src_uri
    return (getattr(file, "generated_by", None) == "hjalpguide" and src.startswith(SECTION)
            and src != f"{SECTION}index.md")


def load(root: Path, languages: list, municipality: str = "") -> HelpPlaces:
    """The checked data of the project at ``root`` (cached while the files are unchanged).

    ``languages``: the site's languages (codes or ``Language`` objects; the default first,
    or marked ``default``).
    """
    languages = _codes(languages)
    folder = root / "data" / "help-places"
    if not folder.is_dir():  # a site without help places (e.g. a test fixture)
        return HelpPlaces([], {}, languages, "", today())
    stamp = _stamp(folder)
    return _load(root, tuple(languages), municipality.strip(), stamp, today())


@functools.lru_cache(maxsize=4)
def _load(root: Path, languages: tuple[str, ...], municipality: str, _stamp, day: dt.date):
    places, findings = load_places(root, list(languages), day)
    _report(findings)
    try:
        words = texts.load(root / "data" / "ui-help", list(languages))
    except texts.TextsError as error:
        raise PluginError(f"Texterna för hjälpställen har fel: {error}") from None
    municipalities = kommuner.load(root / "data" / "kommuner.csv")
    unknown = kommuner.unknown_code(municipality, municipalities, municipality_origin())
    if unknown:
        raise PluginError(unknown)
    return HelpPlaces(places, words, list(languages), municipality, day,
                      postal=_postal_codes(root / "data" / "postnummer.csv", set(municipalities)))


def _postal_codes(path: Path, municipalities: set[str]) -> dict[str, str]:
    """Postal code -> municipality code for the finder; none when the file is missing."""
    if not path.is_file():
        return {}
    try:
        return finder.read_postal_codes(path, municipalities)
    except finder.PostalError as error:
        raise PluginError(f"Postnumren har fel: {error}") from None


def _stamp(folder: Path) -> tuple:
    """What changes when an editor saves, adds or removes a data file or a translation
    (called per page)."""
    translated = folder / translations.FOLDER_NAME
    return _files_stamp(folder) + (_files_stamp(translated) if translated.is_dir() else ())


def _files_stamp(folder: Path) -> tuple:
    with os.scandir(folder) as entries:
        return tuple(sorted((e.path, e.stat().st_mtime_ns, e.stat().st_size) for e in entries
                            if e.name.endswith((".yml", ".yaml"))))


def _codes(languages: list) -> list[str]:
    if languages and not isinstance(languages[0], str):
        ordered = sorted(languages, key=lambda lang: not getattr(lang, "default", False))
        return [lang.code for lang in ordered]
    return list(languages)


def _report(findings) -> None:
    if errors(findings):
        raise PluginError("Fel i hjälpställena (data/help-places/):\n"
                          + "\n".join(f.format() for f in errors(findings)))
    # Warnings do not stop the build (it runs with strict: true): an editor must be able to
    # preview a place before every warning is dealt with. The page shows what they are about
    # (old data is marked, an untranslated text is shown in Swedish, marked lang="sv"), and
    # the check (`make check`, the tests) lists them one by one.
    warnings = [f for f in findings if f.severity is Severity.WARNING]
    for finding in findings:
        log.debug(finding.format())
    old = sum(f.rule in ("HP-VERIFIED-OLD", "HP-VERIFIED-STALE") for f in warnings)
    if old:
        log.info("Hjälpställen: %d platser har inte kontrollerats på länge; webbplatsen visar "
                 "det.", old)
    if len(warnings) > old:
        log.info("Hjälpställen: %d andra varningar (till exempel texter som inte är översatta "
                 "än).", len(warnings) - old)
    if warnings:
        log.info("Lista varningarna med: .venv/bin/python scripts/validate_contacts.py")


class HelpPlaces:
    def __init__(self, places: list[Place], words: dict, languages: list[str],
                 municipality: str, day: dt.date, postal: dict[str, str] | None = None):
        self.places = places
        self.postal = postal or {}
        self.words = words
        self.languages = languages
        self.default = languages[0]
        self.municipality = municipality
        self.today = day
        self.env = environment()
        self._set_aside: dict[str, str] = {}  # municipality page source -> its HTML
        self._pages: dict[str, list[tuple[str, str, bool]]] = {}  # language -> pages()

    @functools.cached_property
    def folder(self) -> Path:
        """Where the generated pages are written (MkDocs reads them from there)."""
        self._tmp = tempfile.TemporaryDirectory(prefix="hjalp-places-")  # removed with self
        return Path(self._tmp.name)

    # --- what the plugin calls

    @functools.cached_property
    def phone_links(self) -> dict[str, str]:
        """Every national line's number as written (``0771-524 524``) → its ``tel:`` link,
        so the guides' text can make the same numbers callable."""
        return {phone.display: phone.tel for place in self.places
                if place.municipality is None for phone in place.phones
                if phone.type != "sms" and (phone.number or phone.short)}

    def add_files(self, files: Files, config, lang: str) -> Files:
        """Add this language's help-place pages (and, once, the open data) to ``files``."""
        if not self.places:
            return files
        for src, markdown, in_nav in self.pages(lang):
            files.append(self._page_file(config, src, markdown, lang, in_nav))
        if lang == self.default:
            for path, content in self._data_files:
                files.append(File.generated(config, path, content=content))
        return files

    @functools.cached_property
    def _data_files(self) -> list[tuple[str, str]]:
        """(path, text) of the open data, the postal codes and the finder's script: made
        once while the data is unchanged."""
        out = published.files(self.places, self.languages, self.words, self.today)
        if self.postal:
            out.append((finder.OUTPUT, finder.to_json(self.postal)))
        return [*out, finder.script()]

    def set_aside(self, file, markdown: str) -> str | None:
        """For a municipality page: keep its HTML (made by our templates) and give MkDocs a
        marker to convert instead, so Python-Markdown does not parse 2 610 pages of HTML
        (about 2 s of a full build); None for every other page."""
        if not is_municipality_page(file):
            return None
        self._set_aside[file.src_uri] = markdown
        return RAW_MARKER

    def put_back(self, file, html: str) -> str:
        """The page's HTML with the kept HTML in place of the marker (see :meth:`set_aside`)."""
        raw = self._set_aside.pop(file.src_uri, None)
        return html if raw is None else html.replace(RAW_MARKER, raw, 1)

    def link_help_boxes(self, html: str, page_src: str, lang: str) -> str:
        """A page's "Få hjälp" boxes: their links straight to the deployer's municipality's
        page, if any, and a last line to "Hjälp på ditt språk" (interpreters)."""
        html = help_links.to_municipality(html, self._deployer_slug)
        if lang not in self.words:
            return html
        line = help_links.interpreter_line(self.words[lang], self.env)
        return help_links.add_interpreter_line(html, page_src, line)

    @functools.cached_property
    def _deployer_slug(self) -> str:
        return next((p.municipality.slug for p in self.places if p.municipality
                     and p.municipality.code == self.municipality), "")

    def local_section(self, markdown: str, page, lang: str) -> str:
        """The start page (in any language) with the deployer's municipality's places first."""
        src = getattr(page.file, "norm_src_uri", None) or page.file.src_uri
        if not (self.municipality and self.places and src in ("index.md", "README.md")):
            return markdown
        places = [p for p in self.places if p.municipality and p.municipality.code ==
                  self.municipality]
        if not places:
            return markdown
        muni = places[0].municipality
        root = "" if lang == self.default else f"{lang}/"
        contact, others = self._contact_and_places(places, lang)
        html = self.env.get_template("local.html").render(
            t=self.words[lang], lang=lang, municipality=muni, contact=contact, places=others,
            link=relative(root, f"{root}{SECTION}{muni.slug}/"))
        if MARKER in markdown:
            return markdown.replace(MARKER, html, 1)
        return _after_first_heading(markdown, html)

    # --- the pages

    def pages(self, lang: str) -> list[tuple[str, str, bool]]:
        """(source path, Markdown, shown in the menu) for each page in ``lang``; made once
        per language while the data is unchanged (``mkdocs serve`` keeps this object
        between saves, see :func:`load`)."""
        if lang not in self._pages:
            self._pages[lang] = self._make_pages(lang)
        return self._pages[lang]

    def _make_pages(self, lang: str) -> list[tuple[str, str, bool]]:
        t = self.words[lang]
        root = "" if lang == self.default else f"{lang}/"
        by_muni = self._by_municipality()
        out = [(f"{SECTION}index.md", self._index(lang, t, root, by_muni), True)]
        for muni, places in by_muni.items():
            here = f"{root}{SECTION}{muni.slug}/"
            contact, others = self._contact_and_places(places, lang)
            body = self.env.get_template("municipality.html").render(
                t=t, lang=lang, municipality=muni, contact=contact, places=others,
                links={"index": relative(here, f"{root}{SECTION}"),
                       "national": relative(here, f"{root}{SECTION}") + "#national",
                       "state_offices": STATE_OFFICE_FINDER,
                       "interpreter": relative(here, f"{root}{INTERPRETER_PAGE}/")})
            meta = {"title": t["municipality"]["title"].replace("{name}", muni.name),
                    "summary": t["municipality"]["summary"].replace("{name}", muni.name)}
            out.append((f"{SECTION}{muni.slug}/index.md", _page(meta, body), False))
        return out

    def _index(self, lang: str, t: dict, root: str, by_muni: dict) -> str:
        """"Hjälp nära dig": the finder, the counties as jump links, every municipality that
        has a page (by county, alphabetically), then the national lines."""
        here = f"{root}{SECTION}"
        national = [PlaceView(p, lang, t, self.today) for p in self.places
                    if p.municipality is None]
        counties: dict[str, dict] = {}
        for muni in sorted(by_muni, key=lambda m: swedish_sort_key(m.name)):
            county = counties.setdefault(muni.county_code, {
                "code": muni.county_code, "name": muni.county_name, "municipalities": []})
            county["municipalities"].append({"name": muni.name, "link": f"{muni.slug}/",
                                             "code": muni.code,
                                             "key": finder.search_key(muni.name)})
        links = {"open_data": relative(here, published.OPEN_DATA),
                 "schema": relative(here, published.OPEN_DATA_SCHEMA),
                 "hsds": relative(here, hsds.path(lang, self.default)),
                 "postal": relative(here, finder.OUTPUT) if self.postal else "",
                 "finder": relative(here, finder.script()[0])}
        body = self.env.get_template("index.html").render(
            t=t, lang=lang, national=national,
            counties=[counties[code] for code in sorted(counties)], links=links)
        meta = {"title": t["index"]["title"], "summary": t["index"]["summary"],
                "hide": ["toc"]}
        return _page(meta, body)

    def _contact_and_places(self, places: list[Place], lang: str):
        """The municipality's own entry (kind ``municipality``: call or write to it first),
        or None; and the other places, each as a view for ``lang``."""
        views = [PlaceView(p, lang, self.words[lang], self.today) for p in places]
        own = [v for v in views if v.kind_tag == "municipality"]
        return (own[0] if own else None), [v for v in views if v.kind_tag != "municipality"]

    def _by_municipality(self) -> dict:
        groups = defaultdict(list)
        for place in self.places:
            if place.municipality is not None:
                groups[place.municipality].append(place)
        return dict(sorted(groups.items(), key=lambda item: (
            item[0].code != self.municipality, swedish_sort_key(item[0].name))))

    def _page_file(self, config, src: str, markdown: str, lang: str, in_nav: bool) -> File:
        """A page file that static-i18n and the plugin see as this language's page."""
        stem = src[: -len(".md")]
        localized = self._write(f"{stem}.{lang}.md", markdown, lang)
        root = "" if lang == self.default else f"{lang}/"
        dest = f"{root}{stem}.html"
        inclusion = InclusionLevel.INCLUDED if in_nav else InclusionLevel.NOT_IN_NAV
        return generated_pages.localized_file(
            src, lang, localized, dest, config, made_by="hjalpguide", inclusion=inclusion,
            alternates={code: ("" if code == self.default else f"{code}/") + stem[: -len("index")]
                        for code in self.languages})

    def _write(self, name: str, markdown: str, lang: str) -> Path:
        if lang != self.default:
            # Record which Swedish page these words were made from, as translations do.
            source = self._default_sources()[name.replace(f".{lang}.md", ".md")]
            markdown = _with_translation(markdown, source.read_text(encoding="utf-8"),
                                         self.words[lang].get("translation", {}))
        return generated_pages.write_markdown(self.folder / name, markdown)

    @functools.cached_property
    def _default_source_paths(self) -> dict[str, Path]:
        return {src: self._write(src.replace(".md", f".{self.default}.md"), md, self.default)
                for src, md, _ in self.pages(self.default)}

    def _default_sources(self) -> dict[str, Path]:
        return self._default_source_paths


def _page(meta: dict, body: str) -> str:
    return f"---\n{_front_matter(meta)}---\n\n{body}"


def _front_matter(meta: dict, indent: str = "") -> str:
    """Front matter for a generated page: every value as a JSON scalar, which YAML reads as
    the same value (strings with escapes, true/false, numbers). About 30 times faster than
    yaml.safe_dump, which mattered for 2 600 pages a build."""
    out = []
    for key, value in meta.items():
        if isinstance(value, dict):
            out.append(f"{indent}{key}:\n{_front_matter(value, indent + '  ')}")
        else:
            out.append(f"{indent}{key}: {json.dumps(value)}\n")
    return "".join(out)


def _with_translation(markdown: str, source: str, info: dict) -> str:
    meta = {"translation": {"source_hash": source_hash(source),
                            "method": info.get("method") if info.get("method") in
                            ("machine", "human") else "machine",
                            "reviewed": info.get("reviewed") is True}}
    return markdown.replace("---\n", "---\n" + _front_matter(meta), 1)


def _after_first_heading(markdown: str, html: str) -> str:
    lines = markdown.split("\n")
    for i, line in enumerate(lines):
        if line.startswith("# "):
            return "\n".join(lines[: i + 1] + ["", html, ""] + lines[i + 1:])
    return markdown


log = logging.getLogger("mkdocs.plugins.hjalpguide.contacts")
