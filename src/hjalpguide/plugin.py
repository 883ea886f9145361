"""The MkDocs glue of Hjälpguiden: events only, each calling one ``hjalpguide`` module.

mkdocs-static-i18n runs the whole build once per language in this same process, so every
event runs once per language: per-language state is keyed by the language being built
(``self.lang``), and whole-site work waits for the last language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from hjalpguide import (
    admonitions,
    clock,
    files_check,
    frontmatter,
    generated_pages,
    glossary,
    html_fixes,
    navigation,
    operator_info,
    preview,
    swedish_words,
    template_cache,
    translation,
    translation_quality,
    ui,
)
from hjalpguide.config import (
    HjalpguideConfig,
    municipality,
    only_languages,
    operator_email,
    operator_name,
)
from hjalpguide.contacts import site as help_places
from hjalpguide.facts import site as facts
from hjalpguide.handouts import site as handouts
from hjalpguide.languages import Language, from_i18n_options
from hjalpguide.search_index import SearchIndex


class HjalpguidePlugin(BasePlugin[HjalpguideConfig]):
    def __init__(self):
        super().__init__()
        self.languages: list[Language] = []
        self.lang = ""
        self.texts: dict[str, dict] = {}
        self.search: dict[str, SearchIndex] = {}
        self.not_found_pages: dict[str, str] = {}
        self.build_order: list[str] = []
        self.words: dict[str, list[glossary.Term]] = {}  # page source -> its glossary terms
        self.facts: dict[str, facts.PageFacts] = {}  # page source -> what it shows of the facts
        self.places: help_places.HelpPlaces | None = None  # this build's, set in on_files
        self.operator = operator_info.Operator()  # who runs the site (set in on_config)
        self.swedish = None  # Swedish words to mark in other languages (set in on_files)
        self.limited: frozenset[str] = frozenset()  # languages checked only in part

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # make preview: `mkdocs serve --dirty` rebuilds only what a save changed
        preview.start(dirty)

    # Runs before the i18n plugin's on_config (priority -100), so that a preview of some
    # languages can switch the others off before i18n plans its builds.
    @event_priority(100)
    def on_config(self, config: MkDocsConfig):
        i18n = _i18n_plugin(config)
        self.languages = from_i18n_options(i18n.config.languages)
        self.lang = i18n.current_language or i18n.default_language
        _limit_languages(i18n, only_languages(self.config), self.languages)
        self.build_order = list(i18n.build_languages)  # default language first
        root = Path(config.config_file_path).parent
        try:
            self.texts = ui.load(root, Path(self.config.ui_dir), self.build_order)
        except ui.UIError as error:
            raise PluginError("Gränssnittets texter har fel:\n" + str(error)) from None
        try:
            self.limited = translation_quality.limited_languages(
                root, [lang.code for lang in self.languages[1:]])
        except ValueError as error:
            raise PluginError(f"Fel i {translation_quality.QUALITY_FILE}:\n{error}") from None
        self.operator = operator_info.Operator(operator_name(self.config),
                                               operator_email(self.config))
        problems = operator_info.check(self.operator)
        if problems:
            raise PluginError("Inställningen för vem som driver webbplatsen har fel:\n"
                              + "\n".join(problems))
        self.search[self.lang] = preview.search_index(config.site_dir, self.lang)
        return config

    def _on_files_check(self, files: Files, config: MkDocsConfig):
        codes = {lang.code for lang in self.languages}
        problems = files_check.unknown_language_suffixes(files, codes, config.docs_dir)
        if problems:
            raise PluginError("\n".join(f.format() for f in problems))
        return files

    # After i18n's on_files (priority -100), which rebuilds the file list for this language
    # and would drop generated files: add the help-place pages (hjalpguide.contacts.site).
    @event_priority(-110)
    def _on_files_help_places(self, files: Files, config: MkDocsConfig):
        root = Path(config.config_file_path).parent
        # Read (and checked) once per build; `mkdocs serve` runs on_files again on a change.
        self.places = help_places.load(root, self.languages, municipality(self.config))
        try:
            names = swedish_words.load_names(root)
        except swedish_words.NamesError as error:
            raise PluginError(str(error)) from None
        self.swedish = swedish_words.from_project(
            glossary.load(self.source_lang, root).values(), self.places.places, names)
        return self.places.add_files(files, config, self.lang)

    # After i18n's on_files too: the staff page of printable handouts (hjalpguide.handouts).
    @event_priority(-110)
    def _on_files_handouts(self, files: Files, config: MkDocsConfig):
        root = Path(config.config_file_path).parent
        return handouts.add_staff_page(files, config, root, self.lang, tuple(self.build_order))

    # Last: static-i18n's sitemap.xml lists the file list it saw, which lacks our pages;
    # and in make preview (dirty builds) every page is rebuilt when data/ changed.
    @event_priority(-120)
    def _on_files_sitemap(self, files: Files, config: MkDocsConfig):
        generated_pages.list_in_sitemap(_i18n_plugin(config), self.lang, files)
        return preview.rebuild_all_on_data_change(files, config, self.lang)

    on_files = CombinedEvent(_on_files_check, _on_files_help_places, _on_files_handouts,
                             _on_files_sitemap)

    def on_env(self, env, config, files):
        env.bytecode_cache = template_cache.CACHE
        return env

    # After i18n (priority -100) has chosen this language's pages for the navigation.
    @event_priority(-110)
    def on_nav(self, nav, config, files):
        return navigation.localise(nav)

    def on_page_markdown(self, markdown: str, page: Page, config, files):
        path = f"{Path(config.docs_dir).name}/{page.file.src_uri}"
        source = page.file.content_string
        ctx = frontmatter.FrontMatterContext(path, frontmatter.key_lines(source))
        problems = frontmatter.check_limits(source, path) or frontmatter.check(page.meta, ctx)
        if problems:
            raise PluginError("Fel i sidans inledande fält (front matter):\n"
                              + "\n".join(f.format() for f in problems))
        self._add_facts(page, config)
        titles = self.texts[self._text_lang(page)]["admonition"]
        markdown = admonitions.translate_titles(markdown, titles)
        markdown = operator_info.insert(markdown, self.operator,
                                        self.texts[self._text_lang(page)]["operator"])
        root = Path(config.config_file_path).parent
        markdown = self.places.local_section(markdown, page, self.lang)
        try:
            with_terms, self.words[page.file.src_uri] = glossary.apply_with_words(
                markdown, self._text_lang(page), root)
        except glossary.GlossaryError as error:
            raise PluginError(f"Ordlistan har fel: {error}") from None
        # A municipality page is HTML from our templates: it skips the Markdown parser.
        return self.places.set_aside(page.file, markdown) or with_terms

    def on_page_content(self, html: str, page: Page, config, files):
        summary = page.meta.get("summary", "") if isinstance(page.meta, dict) else ""
        root = self._root(self.lang)
        url = page.url[len(root):] if page.url.startswith(root) else page.url
        # A municipality page is found by its title ("Hjälp i Malmö") and summary: its text
        # is the same template 290 times and would triple the index a searcher downloads.
        # The search page's A–Ö list links to their list page instead of all 290.
        html = self.places.put_back(page.file, html)
        in_municipality = help_places.is_municipality_page(page.file)
        self.search[self.lang].add(
            url, page.title or "", summary, "" if in_municipality else html,
            # the staff page is for staff at the desk: listed, but not in visitors' results
            searchable=not handouts.is_staff_page(page.file),
            listed=not in_municipality and page.meta.get("template") != "search.html")
        html = self.places.link_help_boxes(html, page.file.src_uri, self.lang)
        html = html_fixes.mark_link_lists(html_fixes.focusable_tables(html))
        html = html_fixes.isolate_addresses(html, self.source_lang)
        return html_fixes.mark_numbers(html, self.places.phone_links)

    def on_page_context(self, context, page: Page, config, nav):
        status = translation.page_status(
            page.meta, _file_lang(page), self.lang, self.source_lang,
            self._source_hash(page, config), self.limited,
        )
        context["hjalp"] = self._context(status=status)
        context["hjalp_print"] = handouts.print_info(
            Path(config.config_file_path).parent, getattr(page.file, "norm_src_uri", None)
            or page.file.src_uri, self.lang, tuple(self.build_order))
        context["hjalp_words"] = self.words.get(page.file.src_uri, [])
        context["hjalp_facts"] = self.facts.get(page.file.src_uri, facts.PageFacts())
        context["hjalp_search"] = self.search[self.lang]  # the search page's A–Ö list
        # "Lyssna" (read aloud) on the pages written in guides/, not on generated ones
        context["hjalp_listen"] = (bool(page.file.abs_src_path)
                                   and not getattr(page.file, "generated_by", None)
                                   and page.meta.get("template") != "search.html")
        return context

    def on_template_context(self, context, template_name, config):
        context.setdefault("hjalp", self._context())
        return context

    def on_post_page(self, output: str, page: Page, config):
        return self._mark_language(output)

    def on_post_template(self, output_content, template_name, config):
        if template_name == "404.html":
            return self._mark_language(output_content)
        return output_content

    def on_post_build(self, config: MkDocsConfig):
        site = Path(config.site_dir)
        self.search[self.lang].write(site, self._root(self.lang))
        preview.keep_search_index(config.site_dir, self.search[self.lang])
        handouts.publish(Path(config.config_file_path).parent, self.lang, self.source_lang, site)
        self._keep_not_found_page(site)
        if self.lang == self.build_order[-1]:
            self._write_not_found_pages(site)

    # ---

    @property
    def source_lang(self) -> str:
        return next(lang.code for lang in self.languages if lang.default)

    def _root(self, code: str) -> str:
        return "" if code == self.source_lang else f"{code}/"

    def _direction(self, code: str) -> str:
        return self.texts.get(code, {}).get("direction", "ltr")

    def _mark_language(self, html: str) -> str:
        """``dir`` on <html>; Swedish words inside another language marked lang="sv"."""
        html = html_fixes.set_html_dir(html, self._direction(self.lang))
        if self.lang == self.source_lang:
            return html
        return swedish_words.mark_page(html, self.swedish, self.source_lang)

    def _text_lang(self, page: Page) -> str:
        """Language of the words on the page: Swedish on a fallback page."""
        return _file_lang(page) or self.lang

    def _add_facts(self, page: Page, config) -> None:
        """The page's "Fakta kontrollerade" date and sources, from data/facts.yml and the
        facts of its Swedish page (hjalpguide.facts), into page.meta for the templates."""
        if not page.file.abs_src_path or getattr(page.file, "generated_by", None):
            return  # generated pages (help places, staff page) state no guide facts
        root = Path(config.config_file_path).parent
        today = clock.today()
        try:
            found = facts.for_page(facts.load(root, today), Path(page.file.abs_src_path),
                                   _file_lang(page) or self.source_lang, self.source_lang,
                                   root, today)
        except facts.FactsError as error:
            raise PluginError(f"Fel i faktaregistret eller sidans fakta:\n{error}") from None
        self.facts[page.file.src_uri] = found
        if found.facts:
            page.meta["checked"] = found.checked
            page.meta["sources"] = list(found.sources)

    def _source_hash(self, page: Page, config) -> str | None:
        if self.lang == self.source_lang or _file_lang(page) != self.lang:
            return None
        source = translation.source_path(Path(page.file.abs_src_path), self.lang,
                                         self.source_lang)
        try:
            return translation.source_hash(source.read_text(encoding="utf-8"))
        except OSError:
            return None

    def _context(self, status: translation.Status | None = None) -> dict:
        return {
            "lang": self.lang,
            "dir": self._direction(self.lang),
            "root": self._root(self.lang),
            "source_lang": self.source_lang,
            "source_root": self._root(self.source_lang),
            "ui": self.texts.get(self.lang, {}),
            "source_ui": self.texts.get(self.source_lang, {}),
            "status": status or translation.Status(),
            "languages": [
                {"code": lang.code, "name": lang.name, "root": self._root(lang.code),
                 "dir": self._direction(lang.code), "ui": self.texts.get(lang.code, {})}
                for lang in self.languages if lang.code in self.build_order
            ],
        }

    def _keep_not_found_page(self, site: Path) -> None:
        # MkDocs writes 404.html to the site root in every language's build, so the last
        # language would win (pitfall 5): keep each language's page as it is made.
        page = site / "404.html"
        if page.exists():
            self.not_found_pages[self.lang] = page.read_text(encoding="utf-8")

    def _write_not_found_pages(self, site: Path) -> None:
        for code, html in self.not_found_pages.items():
            target = site / self._root(code) / "404.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        log.debug("wrote 404 pages for %s", ", ".join(self.not_found_pages))


def _i18n_plugin(config: MkDocsConfig):
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError("hjalpguide needs the i18n plugin (mkdocs-static-i18n) in mkdocs.yml."
                          "\n--> Install with: pip install mkdocs-static-i18n==1.3.1")
    return plugin


def _limit_languages(i18n, only: str, languages: list[Language]) -> None:
    wanted = [code.strip() for code in only.split(",") if code.strip()]
    if not wanted:
        return
    known = {lang.code for lang in languages}
    unknown = sorted(set(wanted) - known)
    if unknown:
        raise PluginError(f"Okänt språk i HJALP_LANGS: {', '.join(unknown)}. "
                          f"Språken finns i mkdocs.yml: {', '.join(sorted(known))}.")
    for entry in i18n.config.languages:
        if not entry.default:
            entry.build = entry.locale in wanted


def _file_lang(page: Page) -> str:
    return getattr(page.file, "locale", "") or ""


log = logging.getLogger("mkdocs.plugins.hjalpguide")
