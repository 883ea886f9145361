"""HTML to PDF with WeasyPrint, in worker processes; and the check that it can run at all.

Each worker imports WeasyPrint once (:func:`start_worker`) and then renders many handouts
(:func:`render`). PDFs are tagged (PDF/UA-1: structure tags, document title, language), so
screen readers read them in logical order, and fonts are embedded as subsets.
"""

from __future__ import annotations

import os
import resource
import subprocess
import time
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
class Task:
    output: str  # relative to out_dir
    html: str
    base_url: str  # where the page's images are found
    out_dir: str
    css: str = ""  # the shared stylesheet: parsed once per worker, not once per handout
    max_pages: int = 0  # when the handout is longer, try once more with compact_css
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


def start_worker() -> None:
    """Runs once in every worker process: import WeasyPrint and keep caches for its life."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    _worker_state.update(weasyprint=weasyprint, fonts=FontConfiguration(), cache={}, css={})


def render(task: Task) -> Result:
    """One handout: HTML to a tagged PDF with embedded fonts; returns its page count."""
    if not _worker_state:
        start_worker()
    started, cpu = time.perf_counter(), time.process_time()
    document = _layout(task, [task.css])
    compact = bool(task.max_pages and len(document.pages) > task.max_pages and task.compact_css)
    if compact:
        document = _layout(task, [task.css, task.compact_css])
    target = Path(task.out_dir) / task.output
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    document.write_pdf(partial, pdf_variant=PDF_VARIANT, pdf_tags=True)
    partial.replace(target)  # never leave a half-written PDF behind
    _forget_qr_codes(_worker_state["cache"])
    return Result(task.output, len(document.pages), target.stat().st_size,
                  round(time.perf_counter() - started, 3),
                  resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  round(time.process_time() - cpu, 3), compact)


# ---


def _layout(task: Task, css: list[str]):
    weasyprint = _worker_state["weasyprint"]
    return weasyprint.HTML(string=task.html, base_url=task.base_url).render(
        stylesheets=[sheet for text in css for sheet in _stylesheets(text)],
        font_config=_worker_state["fonts"], cache=_worker_state["cache"], pdf_tags=True)


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


def _has_font(family: str) -> bool:
    return bool(_font_paths(family))


def _font_paths(family: str) -> list[str]:
    try:
        found = subprocess.run(["fc-list", f":family={family}", "file"], capture_output=True,
                               text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    return sorted(line.split(":", 1)[0] for line in found.splitlines() if line.strip())
