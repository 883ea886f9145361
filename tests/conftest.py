"""Shared fixtures: tiny real MkDocs sites built from fixture pages, and the real site."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import shared_build

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("HJALP_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

LANGUAGE_NAMES = {"sv": "Svenska", "en": "English", "ar": "العربية", "fa": "فارسی",
                  "so": "Soomaali", "ti": "ትግርኛ", "uk": "Українська", "fi": "Suomi",
                  "se": "Davvisámegiella"}


def fixture_config(docs: Path, site: Path, languages: list[str]) -> str:
    """mkdocs.yml for a fixture site that uses the real theme overrides and UI texts."""
    entries = "\n".join(
        f"        - locale: {code}\n          name: {LANGUAGE_NAMES[code]}\n"
        f"          build: true" + ("\n          default: true" if i == 0 else "")
        for i, code in enumerate(languages)
    )
    return textwrap.dedent(f"""\
        site_name: Hjälpguiden
        site_url: http://127.0.0.1:8000/
        docs_dir: {docs}
        site_dir: {site}
        theme:
          name: material
          custom_dir: {ROOT / 'overrides'}
          language: {languages[0]}
          font: false
          palette: false
          favicon: assets/favicon.svg
          logo: assets/favicon.svg
          features: [navigation.indexes, navigation.sections]
        extra_css: [assets/hjalp.css]
        markdown_extensions:
          - abbr
          - admonition
          - attr_list
          - md_in_html
          - pymdownx.details
          - pymdownx.superfences
          - toc:
              slugify: !!python/object/apply:pymdownx.slugs.slugify
                kwds:
                  case: lower
        plugins:
          - hjalpguide:
              ui_dir: {ROOT / 'data' / 'ui'}
          - i18n:
              docs_structure: suffix
              fallback_to_default: true
              reconfigure_material: true
              reconfigure_search: false
              languages:
        """) + entries + "\n"


class FixtureSite:
    def __init__(self, tmp: Path, pages: dict[str, str], languages: list[str]):
        self.docs = tmp / "guides"
        self.site = tmp / "site"
        self.config = tmp / "mkdocs.yml"
        for name, text in pages.items():
            path = self.docs / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
        self.config.write_text(fixture_config(self.docs, self.site, languages), encoding="utf-8")

    def build(self, strict: bool = True) -> subprocess.CompletedProcess:
        """Build in a new process, as an editor would (static-i18n keeps global state)."""
        command = [sys.executable, "-m", "mkdocs", "build", "-f", str(self.config)]
        if strict:
            command.append("--strict")
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        return subprocess.run(command, capture_output=True, text=True, env=env,
                              cwd=self.config.parent)

    def read(self, path: str) -> str:
        return (self.site / path).read_text(encoding="utf-8")

    def files(self) -> list[str]:
        return sorted(str(p.relative_to(self.site)) for p in self.site.rglob("*")
                      if p.is_file() and "assets" not in p.parts)


@pytest.fixture
def fixture_site(tmp_path):
    def make(pages: dict[str, str], languages=("sv", "en", "ar")) -> FixtureSite:
        return FixtureSite(tmp_path, pages, list(languages))
    return make


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium through Playwright, one for the whole session (Playwright's sync
    API allows one running instance per thread). A missing browser fails; it never skips."""
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).is_file(), (
        f"{CHROMIUM} saknas. Installera med: apt-get install chromium (make bootstrap gör det)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The whole real site, built once per test run with --strict (shared by the browser
    tests and the structural checks of every generated page, and by every pytest-xdist
    worker: the build starts in the background as soon as a worker has collected a test
    that needs it, see :func:`pytest_collection_modifyitems`).

    HJALP_TEST_SITE=DIR reuses a site you built yourself (e.g. while you work on one check:
    ``mkdocs build -d DIR`` once, then run the check many times); CI never sets it."""
    prebuilt = os.environ.get("HJALP_TEST_SITE")
    if prebuilt:
        return Path(prebuilt)
    return shared_build.ensure(shared_root(tmp_path_factory), "real-site", _real_site_command,
                               cwd=ROOT)


@pytest.fixture(scope="session")
def real_handouts(tmp_path_factory) -> None:
    """The real handouts in build/handouts/, made by the shared real site's build as its
    first step: a test that needs only them starts while MkDocs still builds the site
    (one core is free then). With HJALP_TEST_SITE, the test makes what is missing itself."""
    if os.environ.get("HJALP_TEST_SITE"):
        return
    root = shared_root(tmp_path_factory)
    shared_build.start(root, "real-site", _real_site_command, cwd=ROOT)
    shared_build.wait_for_step(root, "real-site", HANDOUTS_STEP)


def shared_root(tmp_path_factory) -> Path:
    """The temporary folder of the whole run: with pytest-xdist every worker has its own
    folder (``popen-gw0`` …) inside it, so what is made here is made once for all."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


#: The real site's build writes this step's marker when the handouts are made.
HANDOUTS_STEP = "handouts-made"


def _real_site_command(site: Path) -> list[str]:
    """As ``make site``: the handouts first (build/handouts/, which the site publishes and
    the staff page lists; exit 1 = a handout too long, still made, and the handout tests
    fail on it), then the strict build."""
    marker = shared_build.step_marker(site.parent, site.name, HANDOUTS_STEP)
    script = ("import pathlib, subprocess, sys\n"
              "code = subprocess.run([sys.executable, '-m', 'hjalpguide.handouts', 'build'])"
              ".returncode\n"
              "if code > 1:\n    sys.exit(code)\n"
              "pathlib.Path(sys.argv[2]).write_text(str(code))\n"
              "sys.exit(subprocess.run([sys.executable, '-m', 'mkdocs', 'build', '--strict', "
              "'-d', sys.argv[1]]).returncode)\n")
    return [sys.executable, "-c", script, str(site), str(marker)]


#: Session fixtures each pytest-xdist worker makes for itself: cheap ones, and the real
#: site (made once for all workers by :mod:`shared_build`).
PER_WORKER = {"browser", "real_site", "real_handouts", "base_url"}


def pytest_collection_modifyitems(session, config, items):
    """Start the real site's build as soon as a collected test needs it, and run the tests
    that need it last (module by module, so module fixtures are made once): the workers
    run everything else while it builds, and the real handouts' checks while MkDocs
    builds the site. With pytest-xdist, write which tests share an
    expensive fixture (:func:`_xdist_group`) for the scheduler (:class:`_FixtureGroups`)."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        groups = {item.nodeid: group for item in items if (group := _xdist_group(item))}
        path = shared_root(config._tmp_path_factory) / f"xdist-groups-{worker}.json"
        path.write_text(json.dumps(groups), encoding="utf-8")
    _start_real_site(config, items)


def pytest_xdist_make_scheduler(config, log):
    """``--dist loadgroup`` with our groups. pytest-xdist 3.8 passes a test's group in its
    node id, which pytest 9.2 no longer lets it change (pytest-xdist issue 1386): the
    groups would be lost without a word and each worker would make every module fixture."""
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class _FixtureGroups(LoadScopeScheduling):
        """Like loadgroup: a group goes to one worker as a whole; other tests one by one."""

        groups: dict[str, str] | None = None

        def _split_scope(self, nodeid: str) -> str:
            if self.groups is None:  # every worker has collected (and written) by now
                self.groups = {}
                for path in shared_root(config._tmp_path_factory).glob("xdist-groups-*.json"):
                    self.groups.update(json.loads(path.read_text(encoding="utf-8")))
            return self.groups.get(nodeid, nodeid)

    return _FixtureGroups(config, log)


def _start_real_site(config, items) -> None:
    """Modules whose tests wait for nothing run first, then those that need only the real
    handouts (ready before the site), then those that need the whole real site."""
    waits: dict[str, int] = {}
    for item in items:
        wait = (2 if "real_site" in item.fixturenames
                else 1 if "real_handouts" in item.fixturenames else 0)
        waits[item.module.__name__] = max(waits.get(item.module.__name__, 0), wait)
    if not any(waits.values()) or os.environ.get("HJALP_TEST_SITE") \
            or config.option.collectonly:
        return
    shared_build.start(shared_root(config._tmp_path_factory), "real-site",
                       _real_site_command, cwd=ROOT)
    items.sort(key=lambda item: waits[item.module.__name__])


def _xdist_group(item) -> str | None:
    """The tests that share a fixture made once per module, or one of our session fixtures
    (nginx with its site, the handouts' fixture project), run on one worker, so that it is
    made once: the fixture's name for a session one, else the module's name."""
    info = getattr(item, "_fixtureinfo", None)
    if info is None:
        return None
    ours = [defs[-1] for defs in info.name2fixturedefs.values() if defs and defs[-1].baseid]
    shared = sorted(d.argname for d in ours if d.scope == "session"
                    and d.argname not in PER_WORKER)
    if shared:
        return "+".join(shared)
    return item.module.__name__ if any(d.scope == "module" for d in ours) else None
