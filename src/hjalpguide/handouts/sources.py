"""Which handouts there are: the printable pages, in which languages, from which files.

A page is printable when its Swedish source says ``printable: true`` (Swedish is the
source of truth; a translation cannot switch a handout on or off). Each printable page
gives:

- one single-language handout per language that has a translation of it
  (``<lang>/<page>.pdf``), Swedish included;
- one bilingual handout (the reader's sheet, then the Swedish sheet) per translated language
  (``<lang>/<page>.sv-<lang>.pdf``).

A language without a translation gets no copy of the Swedish handout: the staff page of
that language links to the Swedish handout instead and says so (docs/developers/handouts.md
explains why). New guides and languages are picked up from guides/ and mkdocs.yml without
code changes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.utils.meta import get_data

SINGLE = "single"
BILINGUAL = "bilingual"


@dataclass(frozen=True)
class Project:
    """What the handouts need from mkdocs.yml, read once by the orchestrating process."""

    root: Path
    docs_dir: Path
    site_url: str
    languages: tuple[str, ...]  # source language first
    municipality: str
    extensions: tuple
    extension_configs: dict
    out_dir: Path
    use_directory_urls: bool = True

    @property
    def source_lang(self) -> str:
        return self.languages[0]

    def lang_root(self, lang: str) -> str:
        """'' for the source language, 'en/' for English: the language's folder on the site."""
        return "" if lang == self.source_lang else f"{lang}/"


@dataclass(frozen=True)
class Page:
    """One guide page, e.g. ``bankid/skaffa-bankid``, and its file per language."""

    name: str  # path inside docs_dir without language suffix and .md
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def url_path(self) -> str:
        """The page's path on the site (directory URLs): bankid/skaffa-bankid/ or bankid/."""
        if self.name == "index":
            return ""
        if self.name.endswith("/index"):
            return self.name[: -len("index")]
        return self.name + "/"


@dataclass(frozen=True)
class Job:
    """One PDF to make."""

    lang: str
    page: Page
    kind: str  # SINGLE or BILINGUAL
    output: str  # relative to the output folder: ar/bankid/skaffa-bankid.sv-ar.pdf
    url: str  # the same page online, in the reader's language

    @property
    def label(self) -> str:
        suffix = " (sv+" + self.lang + ")" if self.kind == BILINGUAL else ""
        return f"{self.lang} {self.page.name}{suffix}"


def load_project(config_file: Path = Path("mkdocs.yml"), out_dir: Path | None = None) -> Project:
    """Read mkdocs.yml the way MkDocs does (same Markdown extensions, !ENV resolved)."""
    from mkdocs.config import load_config

    from hjalpguide.config import municipality as deployer_municipality
    from hjalpguide.languages import load_languages

    config_file = config_file.resolve()
    config = load_config(str(config_file))
    root = config_file.parent
    languages = tuple(lang.code for lang in load_languages(config_file))
    plugin = config.plugins.get("hjalpguide")
    municipality = deployer_municipality(plugin.config) if plugin is not None else ""
    return Project(
        root=root,
        docs_dir=Path(config.docs_dir),
        site_url=config.site_url or "",
        languages=languages,
        municipality=str(municipality or "").strip(),
        extensions=tuple(config.markdown_extensions),
        extension_configs=dict(config.mdx_configs),
        out_dir=(out_dir or root / "build" / "handouts").resolve(),
        use_directory_urls=config.use_directory_urls,
    )


def find_pages(project: Project) -> list[Page]:
    """Every page in docs_dir, with its file per known language (suffix structure)."""
    pages: dict[str, dict[str, Path]] = {}
    for path in sorted(project.docs_dir.rglob("*.md")):
        stem = path.relative_to(project.docs_dir).as_posix()[: -len(".md")]
        name, _, lang = stem.rpartition(".")
        if not name or lang not in project.languages:
            continue
        pages.setdefault(name, {})[lang] = path
    return [Page(name, files) for name, files in sorted(pages.items())]


def read_page(path: Path) -> tuple[str, dict]:
    """(Markdown body, front matter) of one page, parsed the way MkDocs parses it."""
    return get_data(path.read_text(encoding="utf-8-sig"))


def is_printable(page: Page, source_lang: str) -> bool:
    source = page.files.get(source_lang)
    if source is None:
        return False
    return read_page(source)[1].get("printable") is True


def page_url(project: Project, page: Page, lang: str) -> str:
    base = project.site_url if project.site_url.endswith("/") else project.site_url + "/"
    return base + project.lang_root(lang) + page.url_path


def plan(project: Project, only: set[str] | None = None) -> list[Job]:
    """All handouts to make, in a stable order: page by page, language by language."""
    jobs = []
    for page in find_pages(project):
        if not is_printable(page, project.source_lang):
            continue
        for lang in project.languages:
            if lang not in page.files or (only and lang not in only):
                continue
            url = page_url(project, page, lang)
            jobs.append(Job(lang, page, SINGLE, f"{lang}/{page.name}.pdf", url))
            if lang != project.source_lang:
                name = f"{lang}/{page.name}.{project.source_lang}-{lang}.pdf"
                jobs.append(Job(lang, page, BILINGUAL, name, url))
    return jobs


def untranslated(project: Project) -> list[tuple[str, str]]:
    """(language, page) pairs where a printable page has no translation yet."""
    missing = []
    for page in find_pages(project):
        if is_printable(page, project.source_lang):
            missing += [(lang, page.name) for lang in project.languages if lang not in page.files]
    return missing


def short_address(url: str) -> str:
    """The address as people type it: no https://, no trailing slash."""
    for scheme in ("https://", "http://"):
        if url.startswith(scheme):
            url = url[len(scheme):]
    return url.rstrip("/")


def format_date(value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value or "")
