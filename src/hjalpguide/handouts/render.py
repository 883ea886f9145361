"""A handout as HTML: the page's Markdown, with the site's own Markdown extensions, put
into the Jinja templates in ``hjalpguide/templates/handouts/``.

Runs in the orchestrating process (Markdown and Jinja are fast); the PDF workers only
turn the finished HTML into PDF.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html as html_lib
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

import jinja2
import markdown
import yaml

from hjalpguide import admonitions, html_fixes, translation, translation_quality
from hjalpguide.contacts import help_links
from hjalpguide.contacts import texts as contact_texts
from hjalpguide.facts import Register
from hjalpguide.facts import site as facts_site
from hjalpguide.findings import Finding
from hjalpguide.handouts import helpbox, qr
from hjalpguide.handouts.sources import (
    BILINGUAL,
    Job,
    Page,
    Project,
    format_date,
    page_url,
    read_page,
    short_address,
)
from hjalpguide.handouts.texts import TextsError

TEMPLATES = Path(__file__).resolve().parents[1] / "templates" / "handouts"

_FIRST_H1 = re.compile(r"\s*<h1\b[^>]*>(.*?)</h1>\s*", re.S)
_HREF = re.compile(r'href="([^"]+)"')
_WEB_LINK = re.compile(r'(<a\b[^>]*?href="(https?://[^"]+)")([^>]*>)(.*?)</a>', re.S)
_EXTERNAL = ("http://", "https://", "mailto:", "tel:", "sms:", "#", "/")


@dataclass(frozen=True)
class Notice:
    """A notice on a translated handout: in the reader's language, then in Swedish.

    ``kind``: machine, limited or outdated (as the web page's notices); ``date`` replaces
    ``{date}`` in both texts (the day of the second check by machine)."""

    text: str
    source_text: str
    source_lang: str
    kind: str = "machine"
    date: str = ""


@dataclass(frozen=True)
class Side:
    """One language's text of a page, ready for the template."""

    lang: str
    dir: str
    title: str
    summary: str
    checked: str
    body: str
    notices: list[Notice]


class Renderer:
    """Makes the HTML of every handout of one project; keep one per process."""

    def __init__(self, project: Project, texts: dict[str, dict], places, today: dt.date,
                 facts: Register | None = None, limited: frozenset[str] | None = None):
        """``facts``: the register (data/facts.yml), read here when not given; raises
        ``facts_site.FactsError`` when it has errors. ``limited``: the languages whose
        translations could only be checked in part (data/translation-quality.yml), read
        here when not given; raises ``translation_quality.QualityError``."""
        self.project = project
        self.limited = limited if limited is not None else translation_quality.limited_languages(
            project.root, list(project.languages[1:]))
        self.texts = texts
        self.places = places
        self.today = today
        self.facts = facts if facts is not None else facts_site.load(project.root, today)
        # keyed by page (its Swedish page decides), or by page and language when the page
        # has no Swedish file; the facts as plain data too (every handout's input hash)
        self._page_facts: dict = {}
        self._facts_data: dict = {}
        self._help_places: dict[tuple[str, str], list[helpbox.HelpPlace]] = {}
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                                      autoescape=jinja2.select_autoescape(["html"]),
                                      trim_blocks=True, lstrip_blocks=True)
        self._site_ui: dict[str, dict] = {}  # data/ui/<lang>.yml, the web page's texts
        # a page's text, QR code and HTML in one language serve its single handout and,
        # for Swedish, every bilingual handout (Markdown and the QR code's mask search are
        # most of this process's work)
        self._sides: dict[tuple[str, str], Side] = {}
        self._qr_codes: dict[str, str] = {}
        self._interpreter_lines: dict[str, str] = {}  # input hash of every handout
        self._html: dict[tuple[str, str], str] = {}
        #: the referral sheets planned (output path → referral.Sheet) and their data files
        self.sheets: dict = {}
        self.css = (TEMPLATES / "handout.css").read_text(encoding="utf-8")
        self.compact_css = (TEMPLATES / "handout-compact.css").read_text(encoding="utf-8")
        #: the referral sheets' stylesheet: handout.css and its own rules, one string (so
        #: a worker parses it once)
        self.referral_css = self.css + (TEMPLATES / "referral.css").read_text(encoding="utf-8")

    def referral_html(self, sheet) -> str:
        """The referral sheet of one municipality (:mod:`.referral`), in Swedish."""
        source = self.project.source_lang
        return self.env.get_template("referral.html").render({
            "s": sheet,
            "t": self.texts[source]["referral"],
            "ui": self.texts[source]["handout"],
            "qr": self._qr(sheet.url),
        })

    def help_places(self, page: Page, lang: str) -> list[helpbox.HelpPlace]:
        """The "Få hjälp" box of a page: the same for every page of a topic."""
        key = (page.name.split("/", 1)[0], lang)
        if key not in self._help_places:
            self._help_places[key] = helpbox.choose(
                self.places, key[0], self.project.municipality, lang, self.today)
        return self._help_places[key]

    def places_url(self, lang: str) -> str:
        """Help near the reader online: the deployer's municipality's page, or the list of
        every municipality (``hjalp/platser/``), in the reader's language."""
        slug = self._deployer_slug
        return self._lang_base(lang) + "hjalp/platser/" + (f"{slug}/" if slug else "")

    def _lang_base(self, lang: str) -> str:
        """The site's address with the language's folder (``https://…/ar/``)."""
        return self.project.site_url.rstrip("/") + "/" + self.project.lang_root(lang)

    def interpreter_line(self, lang: str) -> str:
        """The web page's last line of a "Få hjälp" box ("Behöver du tolk? Hjälp på ditt
        språk", :func:`help_links.interpreter_line`) in ``lang``; empty for a project
        without data/ui-help/ (a test site), as on the web."""
        if lang not in self._interpreter_lines:
            words = self._help_words.get(lang)
            self._interpreter_lines[lang] = help_links.interpreter_line(words) if words else ""
        return self._interpreter_lines[lang]

    @functools.cached_property
    def _help_words(self) -> dict[str, dict]:
        """data/ui-help/<lang>.yml, as the help-place pages read them; TextsError (a
        finding naming the folder) when a file cannot be read."""
        folder = self.project.root / "data" / "ui-help"
        if not (folder / "sv.yml").is_file():
            return {}
        try:
            return contact_texts.load(folder, list(self.project.languages))
        except contact_texts.TextsError as error:
            raise TextsError([Finding("data/ui-help/", None, "HO-TEXT-YAML",
                                      f"Texterna för hjälpställen går inte att läsa: {error}",
                                      "Rätta filen som nämns, utgå från sv.yml.")]) from None

    @functools.cached_property
    def _deployer_slug(self) -> str:
        municipality = self.municipalities.get(self.project.municipality)
        return municipality.slug if municipality else ""

    @functools.cached_property
    def municipalities(self) -> dict:
        from hjalpguide.contacts import kommuner

        path = self.project.root / "data" / "kommuner.csv"
        return kommuner.load(path) if path.is_file() else {}

    def parts(self, job: Job) -> list[tuple[str, str]]:
        """(language, HTML) of each part of a handout: the single handout in the reader's
        language, and for a bilingual handout the Swedish single handout after it."""
        langs = [job.lang]
        if job.kind == BILINGUAL:
            langs.append(self.project.source_lang)
        return [(lang, self.html(job.page, lang)) for lang in langs]

    def title(self, job: Job) -> str:
        """The handout's title in the reader's language."""
        if job.output in self.sheets:
            name = self.sheets[job.output].name
            return self.texts[job.lang]["referral"]["title"].replace("{name}", name)
        return self.side(job.page, job.lang).title

    @property
    def sheet_files(self) -> dict[str, str]:
        """Each referral sheet's municipality data file (for the findings)."""
        return {output: sheet.file for output, sheet in self.sheets.items()}

    def html(self, page: Page, lang: str) -> str:
        """The single handout of ``page`` in ``lang`` (made once: it is also a part of the
        bilingual handouts)."""
        key = (page.name, lang)
        if key not in self._html:
            url = page_url(self.project, page, lang)
            reader = self.side(page, lang)
            ui = self.texts[lang]["handout"]
            places = self.help_places(page, lang)
            self._html[key] = self.env.get_template("single.html").render({
                "reader": reader,
                "ui": ui,
                "lang": lang,
                "dir": reader.dir,
                "url": url,
                "short_url": short_address(url),
                "qr": self._qr(url),
                "places": places,
                "own_line": helpbox.needs_own_line(places),
                "source_ui": (None if lang == self.project.source_lang else
                              self.texts[self.project.source_lang]["handout"]),
                "places_url": short_address(self.places_url(lang)),
                "page_counter": css_counter(ui["page"]),
            })
        return self._html[key]

    def page_facts(self, page: Page, lang: str) -> facts_site.PageFacts:
        """The facts of ``page`` in ``lang`` (its Swedish page's), as the site shows them;
        ``facts_site.FactsError`` when it cites an id the register lacks."""
        key = self._facts_key(page, lang)
        if key not in self._page_facts:
            self._page_facts[key] = facts_site.for_page(
                self.facts, page.files[lang], lang, self.project.source_lang,
                self.project.root, self.today)
        return self._page_facts[key]

    def facts_data(self, page: Page, lang: str) -> list[dict]:
        """The facts of ``page`` as data/facts.yml has them now, for the input hash."""
        key = self._facts_key(page, lang)
        if key not in self._facts_data:
            self._facts_data[key] = [dataclasses.asdict(fact)
                                     for fact in self.page_facts(page, lang).facts]
        return self._facts_data[key]

    def _facts_key(self, page: Page, lang: str):
        # every language's page cites the facts of the Swedish page (facts_site.for_page)
        return page.name if self.project.source_lang in page.files else (page.name, lang)

    def side(self, page: Page, lang: str) -> Side:
        key = (page.name, lang)
        if key not in self._sides:
            self._sides[key] = self._side(page, lang)
        return self._sides[key]

    def _qr(self, url: str) -> str:
        if url not in self._qr_codes:
            self._qr_codes[url] = qr.svg_data_uri(url)
        return self._qr_codes[url]

    def _side(self, page: Page, lang: str) -> Side:
        body, meta = read_page(page.files[lang])
        body = admonitions.translate_titles(body, self._titles(lang))
        html = _to_html(body, self.project)
        html = _absolute_links(html, page, self.project, lang)
        # the "Få hjälp" boxes lead to the deployer's municipality, as on the web page
        html = help_links.to_municipality(html, self._deployer_slug, self._lang_base(lang))
        # … and end with the interpreter line, its address printed like the box's link
        html = help_links.add_interpreter_line(html, page.name, self.interpreter_line(lang),
                                               self._lang_base(lang))
        html = _paper_addresses(html)
        html = html_fixes.mark_numbers(html, {})  # no tel: links on paper
        match = _FIRST_H1.match(html)
        heading = re.sub(r"<[^>]+>", "", match.group(1)) if match else ""
        html = html[match.end():] if match else html
        return Side(
            lang=lang,
            dir=self.texts[lang].get("direction", "ltr"),
            title=str(meta.get("title") or heading or page.name),
            summary=str(meta.get("summary") or ""),
            checked=format_date(self.page_facts(page, lang).checked),
            body=html,
            notices=self._notices(page, lang, meta),
        )

    def _notices(self, page: Page, lang: str, meta: dict) -> list[Notice]:
        """The web page's notices (the same test, :func:`translation.page_status`), in the
        reader's language and in Swedish, so the staff member who hands the sheet over can
        read them too: machine-made (with the day of a second check by machine), checked
        only in part (a language in data/translation-quality.yml), out of date."""
        source_lang = self.project.source_lang
        if lang == source_lang:
            return []
        source_text = page.files[source_lang].read_text(encoding="utf-8-sig")
        status = translation.page_status(meta, lang, lang, source_lang,
                                         translation.source_hash(source_text), self.limited)
        words = {code: self.texts[code]["handout"] for code in (lang, source_lang)}
        notices = []
        if status.machine:
            text, swedish = words[lang]["machine"], words[source_lang]["machine"]
            if status.second_check:
                text += " " + self._web_notice(lang, "second_check")
                swedish += " " + self._web_notice(source_lang, "second_check")
            notices.append(Notice(text, swedish, source_lang, "machine", status.second_check))
        if status.limited:
            notices.append(Notice(self._web_notice(lang, "limited"),
                                  self._web_notice(source_lang, "limited"), source_lang,
                                  "limited"))
        if status.outdated:
            notices.append(Notice(words[lang]["outdated"], words[source_lang]["outdated"],
                                  source_lang, "outdated"))
        return notices

    def _web_notice(self, lang: str, name: str) -> str:
        """One of the web page's notice texts (data/ui/<lang>.yml ``notice:``; paper and
        web say the same); TextsError when the language's file lacks it."""
        notices = self._ui(lang).get("notice")
        text = notices.get(name) if isinstance(notices, dict) else None
        if not isinstance(text, str) or not text.strip():
            raise TextsError([Finding(f"data/ui/{lang}.yml", None, "HO-TEXT-MISSING",
                                      f"Texten 'notice.{name}' saknas.",
                                      f"Översätt 'notice.{name}' från sv.yml.",
                                      f"notice.{name}")])
        return text.strip()

    def _titles(self, lang: str) -> dict:
        return self._ui(lang).get("admonition") or {}

    def _ui(self, lang: str) -> dict:
        """data/ui/<lang>.yml (empty when missing or unreadable: the site's build reports
        that file's problems)."""
        if lang not in self._site_ui:
            path = self.project.root / "data" / "ui" / f"{lang}.yml"
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except (OSError, yaml.YAMLError):
                data = {}
            self._site_ui[lang] = data if isinstance(data, dict) else {}
        return self._site_ui[lang]


# ---


def css_counter(text: str) -> str:
    """'Sida {page} av {pages}' as a CSS content value with page counters."""
    counters = {"{page}": "counter(page)", "{pages}": "counter(pages)"}
    parts = re.split(r"(\{page\}|\{pages\})", text)
    out = [counters.get(part) or '"' + part.replace("\\", "\\\\").replace('"', '\\"') + '"'
           for part in parts if part]
    return " ".join(out)


def _to_html(text: str, project: Project) -> str:
    converter = markdown.Markdown(extensions=list(project.extensions),
                                  extension_configs=project.extension_configs)
    return converter.convert(text)


def _paper_addresses(html: str) -> str:
    """Web links get ``data-address`` (the address as people type it), which handout.css
    prints after the link text; not when the text already is the address."""
    def replace(match: re.Match) -> str:
        url = html_lib.unescape(match.group(2))
        address = short_address(url)
        text = html_lib.unescape(re.sub(r"<[^>]+>", "", match.group(4)))
        if address in text or url in text:
            return match.group(0)
        return (f'{match.group(1)} data-address="{html_lib.escape(address)}"'
                f'{match.group(3)}{match.group(4)}</a>')
    return _WEB_LINK.sub(replace, html)


def _absolute_links(html: str, page: Page, project: Project, lang: str) -> str:
    """Links between guide pages point to the pages online (a PDF has no neighbours)."""
    def replace(match: re.Match) -> str:
        href = match.group(1)
        if href.startswith(_EXTERNAL):
            return match.group(0)
        path, _, fragment = href.partition("#")
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page.name), path))
        if target.endswith(".md"):
            target = target[:-3]
        elif target.endswith("/") or "." not in posixpath.basename(target):
            target = target.rstrip("/") + "/index"
        url = project.site_url.rstrip("/") + "/" + project.lang_root(lang)
        url += Page(target).url_path + (f"#{fragment}" if fragment else "")
        return f'href="{url}"'
    return _HREF.sub(replace, html)
