"""A small real build (Swedish and Arabic), served by Debian's nginx with the deployer's
configuration (tests/deploy/nginx.py), once for the whole deploy test session."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from deploy.nginx import ROOT, Nginx

#: Added to the served copy only: a manifest (the site has none yet) to check its type, and a
#: page that breaks the policy on purpose, to show the test sees violations at all.
MANIFEST = '{"name": "Hjälpguiden", "start_url": "/"}\n'
BREAKS_POLICY = """<!doctype html><html lang="sv"><head><meta charset="utf-8">
<title>Bryter mot policyn</title></head><body>
<p style="color: red">Inline style</p><script>document.title = "inline";</script>
</body></html>
"""


@pytest.fixture(scope="session")
def hosted_site(tmp_path_factory) -> Path:
    """Swedish + Arabic, built with --strict (HJALP_TEST_SITE=DIR copies your own build
    instead), plus a PDF when no handouts were made before the build."""
    site = tmp_path_factory.mktemp("deploy") / "site"
    prebuilt = os.environ.get("HJALP_TEST_SITE")
    if prebuilt:
        shutil.copytree(prebuilt, site)
    else:
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HJALP_LANGS": "ar"}
        result = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
            cwd=ROOT, capture_output=True, text=True, env=env)
        assert result.returncode == 0, result.stdout + result.stderr
    if not any(site.glob("utskrift/**/*.pdf")):
        _make_pdf(site / "utskrift" / "prov.pdf")
    (site / "site.webmanifest").write_text(MANIFEST, encoding="utf-8")
    probe = site / "deploy-prov" / "index.html"
    probe.parent.mkdir()
    probe.write_text(BREAKS_POLICY, encoding="utf-8")
    return site


@pytest.fixture(scope="session")
def nginx_url(hosted_site, tmp_path_factory):
    with Nginx(hosted_site, tmp_path_factory.mktemp("nginx")) as server:
        yield server.url


def _make_pdf(path: Path) -> None:
    """A one-page PDF made the way the handouts are (WeasyPrint)."""
    from weasyprint import HTML

    path.parent.mkdir(parents=True, exist_ok=True)
    HTML(string="<p>Hjälpguiden</p>").write_pdf(path)
