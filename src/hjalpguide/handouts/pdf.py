"""HTML to PDF with WeasyPrint, in worker processes; and the check that it can run at all.

Each worker imports WeasyPrint once (:func:`start_worker`) and then renders many handouts
(:func:`render_group`), keeping the last few laid-out parts (:data:`KEEP_LAYOUTS`). PDFs
are tagged (PDF/UA-1: structure tags, document title, language), so screen readers read
them in logical order, and fonts are embedded as subsets.
"""

from __future__ import annotations

import functools
import gc
import os
import resource
import subprocess
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

#: Font families the handouts need, and the Debian package that has them.
FONTS = {
    "Noto Sans": "fonts-noto-core",
    "Noto Sans Arabic": "fonts-noto-core",
    "Noto Sans Ethiopic": "fonts-noto-core",
}
PDF_VARIANT = "pdf/ua-1"


class DependencyError(Exception):
    """WeasyPrint or a font is missing; the message says, in Swedish, how to install it."""


@dataclass(frozen=True)
class Part:
    """One language's handout of a page as HTML: a whole single handout, or one half of
    a bilingual one (the reader's language, then Swedish)."""

    key: str  # names this HTML (a hash): a worker lays each part out only once
    lang: str
    html: str
    base_url: str  # where the page's images are found


@dataclass(frozen=True)
class Task:
    output: str  # relative to out_dir
    parts: tuple[Part, ...]
    out_dir: str
    css: str = ""  # the shared stylesheet: parsed once per worker, not once per handout
    max_pages: int = 0  # per part: when a part is longer, try once more with compact_css
    compact_css: str = ""


@dataclass(frozen=True)
class Result:
    output: str
    pages: int
    bytes: int
    seconds: float
    max_rss_kib: int  # peak memory of the worker process so far
    cpu_seconds: float = 0.0  # processor time, not disturbed by other work on the machine
    compact: bool = False  # made with the compact stylesheet to fit


def check_dependencies() -> None:
    """Raise DependencyError with the install command if WeasyPrint or a font is missing."""
    try:
        import weasyprint  # noqa: F401  (loads Pango through cffi)
    except ImportError as error:
        raise DependencyError(
            "WeasyPrint saknas, så utskrifterna (PDF) kan inte göras.\n"
            "--> Installera med: make bootstrap  (eller: .venv/bin/pip install -e .)\n"
            f"({error})") from None
    except OSError as error:
        raise DependencyError(
            "WeasyPrint hittar inte systemets bibliotek Pango, så utskrifterna (PDF) kan inte "
            "göras.\n--> Installera med: sudo apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
            f"libharfbuzz-subset0\n({error})") from None
    missing = [family for family in FONTS if not _has_font(family)]
    if missing:
        packages = " ".join(sorted({FONTS[family] for family in missing}))
        raise DependencyError(
            f"Typsnitt saknas: {', '.join(missing)}. Utan dem blir arabiska och tigrinska "
            f"tomma rutor på utskrifterna.\n--> Installera med: sudo apt-get install {packages}")


def font_files() -> list[str]:
    """The font files used, with size: a new font version means new handouts."""
    files = []
    for family in FONTS:
        for path in _font_paths(family):
            try:
                files.append(f"{path}:{os.path.getsize(path)}")
            except OSError:
                continue
    return sorted(files)


_worker_state: dict = {}
#: Laid-out parts a worker keeps: the Swedish part of a page serves the bilingual handouts
#: of every language of that page (the build hands a worker all handouts of a page).
KEEP_LAYOUTS = 4
#: A worker runs the cycle collector after this many handouts. Each run walks every object
#: the worker keeps (the layouts above, fonts, style sheets): about 30 ms on a 2-core
#: machine, so after each handout it cost about a seventh of the processor time. After
#: every 8 handouts a full build needs 14 % less processor time, and a worker holds the
#: garbage of at most 8 handouts: it peaks at about 125 MiB, not 103 (handouts.md).
COLLECT_EVERY = 8


def start_worker(own_process: bool = True) -> None:
    """Runs once in every worker process: import WeasyPrint and keep caches for its life
    (``own_process=False``: in a process that does other work too, e.g. a test)."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    _parse_array_types_once()
    _worker_state.update(weasyprint=weasyprint, fonts=FontConfiguration(), cache={}, css={},
                         layouts=OrderedDict(), made=0)
    # Python's cycle collector runs every few hundred new objects and then walks all
    # objects it tracks, WeasyPrint's modules too: a handout makes hundreds of thousands.
    # So the objects of the worker's start are set aside for good (freeze), and the
    # collector runs once after every few handouts instead (:data:`COLLECT_EVERY`,
    # :func:`render`).
    if not own_process:
        return
    gc.collect()
    gc.freeze()
    gc.disable()


def render_group(tasks: list[Task]) -> list[Result]:
    """The handouts of one page (single and bilingual, every language): a bilingual
    handout reuses the layouts of the reader's part and of the Swedish part, so they are
    made by the same worker."""
    return [render(task) for task in tasks]


def render(task: Task) -> Result:
    """One handout: its parts laid out (or taken from this worker's cache) and written as
    one tagged PDF with embedded fonts; returns its page count.

    A bilingual handout is the reader's single handout followed by the Swedish one, each
    part starting on a new sheet when printed on both sides (an empty back page after a
    reader's part of one page)."""
    if not _worker_state:
        start_worker(own_process=False)
    started, cpu = time.perf_counter(), time.process_time()
    laid_out = [_layout_part(part, task) for part in task.parts]
    document, compact = laid_out[0]
    languages = [task.parts[0].lang] * len(document.pages)  # the language of each page
    if len(laid_out) > 1:
        pages, languages = [], []
        for index, (part, (part_document, _)) in enumerate(zip(task.parts, laid_out, strict=True)):
            pages += part_document.pages
            languages += [part.lang] * len(part_document.pages)
            if index < len(laid_out) - 1 and len(pages) % 2:
                pages += _blank_page()
                languages.append(part.lang)
        document = document.copy(pages)
        compact = any(part_compact for _, part_compact in laid_out)
    target = Path(task.out_dir) / task.output
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    document.write_pdf(partial, pdf_variant=PDF_VARIANT, pdf_tags=True,
                       finisher=functools.partial(_mark_languages, languages))
    partial.replace(target)  # never leave a half-written PDF behind
    _forget_qr_codes(_worker_state["cache"])
    _worker_state["made"] += 1
    if not gc.isenabled() and _worker_state["made"] % COLLECT_EVERY == 0:
        gc.collect()  # off in a worker (start_worker): free the last handouts now
    return Result(task.output, len(document.pages), target.stat().st_size,
                  round(time.perf_counter() - started, 3),
                  resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  round(time.process_time() - cpu, 3), compact)


# ---


def _layout_part(part: Part, task: Task):
    """(document, compact) of one part; tighter with compact_css when it is too long."""
    layouts = _worker_state["layouts"]
    key = (part.key, task.css, task.compact_css, task.max_pages)
    if key in layouts:
        layouts.move_to_end(key)
        return layouts[key]
    document = _layout(part, [task.css])
    compact = bool(task.max_pages and len(document.pages) > task.max_pages and task.compact_css)
    if compact:
        document = _layout(part, [task.css, task.compact_css])
    layouts[key] = (document, compact)
    while len(layouts) > KEEP_LAYOUTS:
        layouts.popitem(last=False)
    return document, compact


def _layout(part: Part, css: list[str]):
    weasyprint = _worker_state["weasyprint"]
    return weasyprint.HTML(string=part.html, base_url=part.base_url).render(
        stylesheets=[sheet for text in css for sheet in _stylesheets(text)],
        font_config=_worker_state["fonts"], cache=_worker_state["cache"], pdf_tags=True)


def _mark_languages(languages: list[str], document, pdf) -> None:
    """Give the structure elements of each page the language of that page where it is not
    the document's (the Swedish sheet of a bilingual handout), so a screen reader switches
    language there. WeasyPrint only sets the language of the whole document."""
    import pydyf  # WeasyPrint's PDF writer

    objects = {obj.reference: obj for obj in pdf.objects if hasattr(obj, "reference")}
    page_language = dict(zip(pdf.page_references, languages, strict=False))
    tree_root = objects.get(pdf.catalog.get("StructTreeRoot"))
    if tree_root is None or not languages:
        return
    for top in tree_root["K"]:
        for element_reference in objects[top].get("K", []):
            element = objects.get(element_reference)
            lang = page_language.get(_first_page(element, objects)) if element else None
            if lang and lang != languages[0]:
                element["Lang"] = pydyf.String(lang)


def _first_page(element, objects) -> bytes | None:
    """The page of a structure element: its own /Pg, or that of its first descendant."""
    todo = [element]
    while todo:
        current = todo.pop(0)
        if not isinstance(current, dict):
            continue
        if "Pg" in current:
            return current["Pg"]
        kids = current.get("K", [])  # a list, one reference, or a marked-content number
        kids = kids if isinstance(kids, list) else [kids]
        todo += [objects.get(kid) for kid in kids if isinstance(kid, bytes)]
    return None


def _blank_page() -> list:
    if "blank" not in _worker_state:
        weasyprint = _worker_state["weasyprint"]
        _worker_state["blank"] = weasyprint.HTML(string="<html><body></body></html>").render(
            stylesheets=[weasyprint.CSS(string="@page { size: A4; margin: 0 }")],
            font_config=_worker_state["fonts"]).pages
    return list(_worker_state["blank"])


def _forget_qr_codes(cache: dict) -> None:
    """Keep the shared illustrations in the image cache, not each handout's own QR code
    (a data: URL used once): otherwise a worker grows by about 1 MiB per handout."""
    for key in [key for key in cache if "data:" in str(key)[:64]]:
        del cache[key]


def _stylesheets(css: str) -> list:
    if not css:
        return []
    parsed = _worker_state["css"]
    if css not in parsed:
        weasyprint = _worker_state["weasyprint"]
        parsed[css] = weasyprint.CSS(string=css, font_config=_worker_state["fonts"])
    return [parsed[css]]


class _ArrayTypes:
    """WeasyPrint's ``ffi`` with one change: an array type with a length, such as
    ``hb_codepoint_t[213]``, is made as ``hb_codepoint_t[]`` from the same values.

    WeasyPrint (70) asks for a new array length for every font it subsets, in every PDF;
    cffi parses every new type text with pycparser (tens of milliseconds each), so this
    parsing was about 40 % of writing a handout's PDF. The arrays, and so the PDFs, are
    the same byte for byte (benchmarks/compare_handouts.py)."""

    def __init__(self, ffi):
        self._ffi = ffi

    def new(self, cdecl, init=None):
        if isinstance(cdecl, str) and init is not None and cdecl.endswith("]"):
            kind, _, length = cdecl[:-1].partition("[")
            if length.isdigit() and int(length) == len(init):
                return self._ffi.new(kind + "[]", init)
        return self._ffi.new(cdecl, init)

    def __getattr__(self, name):
        return getattr(self._ffi, name)


def _parse_array_types_once() -> None:
    from weasyprint.pdf import fonts

    if not isinstance(fonts.ffi, _ArrayTypes):
        fonts.ffi = _ArrayTypes(fonts.ffi)


def _has_font(family: str) -> bool:
    return bool(_font_paths(family))


def _font_paths(family: str) -> list[str]:
    try:
        found = subprocess.run(["fc-list", f":family={family}", "file"], capture_output=True,
                               text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(line.split(":", 1)[0] for line in found.splitlines() if line.strip())
