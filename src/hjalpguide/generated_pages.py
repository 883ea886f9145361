"""Pages the plugin makes itself (the help-place pages, the staff page of handouts), as
MkDocs files that look to mkdocs-static-i18n like its own: same attributes for the
language switcher, and listed in its sitemap.xml.

static-i18n builds each language's file list in its ``on_files`` (priority -100) and
remembers it for the sitemap there; our pages are added after that (priority -110), so
:func:`list_in_sitemap` hands it the final list.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import File, Files, InclusionLevel


class Alternate:
    """What static-i18n's language switcher and sitemap read from an alternate page: its
    URL from the site root (and no Page object)."""

    page = None

    def __init__(self, url: str):
        self.url = url or "./"


def write_markdown(path: Path, markdown: str) -> Path:
    """Write a generated page's Markdown only when it changed: an unchanged file keeps its
    time, so ``mkdocs serve --dirty`` (``make preview``) skips the page on the next save
    instead of rebuilding all 290 municipality pages in every language."""
    try:
        if path.read_text(encoding="utf-8") == markdown:
            return path
    except (OSError, UnicodeDecodeError):
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown, encoding="utf-8")
    return path


def localized_file(src_uri: str, lang: str, markdown_path: Path, dest_uri: str, config,
                   *, made_by: str, alternates: dict[str, str],
                   inclusion: InclusionLevel = InclusionLevel.INCLUDED) -> File:
    """A generated page of language ``lang``: ``src_uri`` is its name without the
    language (``hjalp/platser/index.md``), ``alternates`` each language's URL of it."""
    stem = src_uri[: -len(".md")]
    file = File(f"{stem}.{lang}.md", src_dir=None, dest_dir=config.site_dir,
                use_directory_urls=config.use_directory_urls, dest_uri=dest_uri,
                inclusion=inclusion)
    file.generated_by = made_by
    file.abs_src_path = str(markdown_path)
    file.name = "index"
    # the attributes static-i18n gives its own files (language switcher, templates)
    file.locale = file.locale_alternate_of = file.localization = lang
    file.norm_src_uri = src_uri
    file.alternates = {code: Alternate(url) for code, url in alternates.items()}
    return file


def list_in_sitemap(i18n_plugin, lang: str, files: Files) -> None:
    """Give static-i18n's sitemap every page of ``lang``, ours included."""
    per_language = getattr(i18n_plugin, "i18n_files_per_language", None)
    if isinstance(per_language, dict):
        per_language[lang] = files.documentation_pages()
