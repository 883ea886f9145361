"""A handout as HTML: the page's Markdown, with the site's own Markdown extensions, put
into the Jinja templates in ``hjalpguide/templates/handouts/``.

Runs in the orchestrating process (Markdown and Jinja are fast); the PDF workers only
turn the finished HTML into PDF.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

import jinja2
import markdown
import yaml

from hjalpguide import admonitions, translation
from hjalpguide.handouts import helpbox, qr
from hjalpguide.handouts.sources import (
    BILINGUAL,
    Job,
    Page,
    Project,
    format_date,
    read_page,
    short_address,
)

TEMPLATES = Path(__file__).resolve().parents[1] / "templates" / "handouts"

_FIRST_H1 = re.compile(r"\s*<h1\b[^>]*>(.*?)</h1>\s*", re.S)
_H2 = re.compile(r"(?=<h2[\s>])")
_HREF = re.compile(r'href="([^"]+)"')
_EXTERNAL = ("http://", "https://", "mailto:", "tel:", "sms:", "#", "/")


@dataclass(frozen=True)
class Side:
    """One language's text of a page, ready for the template."""

    lang: str
    dir: str
    title: str
    summary: str
    checked: str
    body: str
    sections: list[str]
    notices: list[str]
    texts: dict


class Renderer:
    """Makes the HTML of every handout of one project; keep one per process."""

    def __init__(self, project: Project, texts: dict[str, dict], places, today: dt.date):
        self.project = project
        self.texts = texts
        self.places = places
        self.today = today
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                                      autoescape=jinja2.select_autoescape(["html"]),
                                      trim_blocks=True, lstrip_blocks=True)
        self._admonition_titles: dict[str, dict] = {}
        self.css = (TEMPLATES / "handout.css").read_text(encoding="utf-8")
        self.compact_css = (TEMPLATES / "handout-compact.css").read_text(encoding="utf-8")

    def help_places(self, job: Job) -> list[helpbox.HelpPlace]:
        topic = job.page.name.split("/", 1)[0]
        return helpbox.choose(self.places, topic, self.project.municipality, job.lang,
                              self.today)

    def render(self, job: Job) -> tuple[str, str]:
        """(HTML, title in the reader's language) of one handout."""
        source_lang = self.project.source_lang
        reader = self.side(job.page, job.lang)
        context = {
            "job": job,
            "reader": reader,
            "ui": self.texts[job.lang]["handout"],
            "lang": job.lang,
            "dir": reader.dir,
            "url": job.url,
            "short_url": short_address(job.url),
            "qr": qr.svg_data_uri(job.url),
            "places": self.help_places(job),
            "page_counter": css_counter(self.texts[job.lang]["handout"]["page"]),
        }
        if job.kind == BILINGUAL:
            source = self.side(job.page, source_lang)
            context["source"] = source
            context["rows"] = _rows(reader.sections, source.sections)
            return self.env.get_template("bilingual.html").render(context), reader.title
        return self.env.get_template("single.html").render(context), reader.title

    def side(self, page: Page, lang: str) -> Side:
        body, meta = read_page(page.files[lang])
        body = admonitions.translate_titles(body, self._titles(lang))
        html = _to_html(body, self.project)
        html = _absolute_links(html, page, self.project, lang)
        match = _FIRST_H1.match(html)
        heading = re.sub(r"<[^>]+>", "", match.group(1)) if match else ""
        html = html[match.end():] if match else html
        texts = self.texts[lang]
        return Side(
            lang=lang,
            dir=texts.get("direction", "ltr"),
            title=str(meta.get("title") or heading or page.name),
            summary=str(meta.get("summary") or ""),
            checked=format_date(meta.get("checked")),
            body=html,
            sections=[part for part in _H2.split(html) if part.strip()],
            notices=self._notices(page, lang, meta),
            texts=texts,
        )

    def _notices(self, page: Page, lang: str, meta: dict) -> list[str]:
        source_lang = self.project.source_lang
        if lang == source_lang:
            return []
        source_text = page.files[source_lang].read_text(encoding="utf-8-sig")
        status = translation.page_status(meta, lang, lang, source_lang,
                                         translation.source_hash(source_text))
        return [self.texts[lang]["handout"][name] for name in ("machine", "outdated")
                if getattr(status, name)]

    def _titles(self, lang: str) -> dict:
        if lang not in self._admonition_titles:
            path = self.project.root / "data" / "ui" / f"{lang}.yml"
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            except (OSError, yaml.YAMLError):
                data = {}
            self._admonition_titles[lang] = data.get("admonition") or {}
        return self._admonition_titles[lang]


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


def _rows(reader: list[str], source: list[str]) -> list[tuple[str, str]]:
    """Sections side by side when both texts have the same headings; else one big row."""
    if len(reader) == len(source):
        return list(zip(reader, source, strict=True))
    return [("".join(reader), "".join(source))]


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
