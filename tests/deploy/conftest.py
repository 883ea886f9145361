"""The real site, served by Debian's nginx with the deployer's configuration
(tests/deploy/nginx.py), once for the whole deploy test session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from deploy.nginx import Nginx

#: Added to the served copy only: a manifest (the site has none yet) to check its type, and a
#: page that breaks the policy on purpose, to show the test sees violations at all.
MANIFEST = '{"name": "Hjälpguiden", "start_url": "/"}\n'
BREAKS_POLICY = """<!doctype html><html lang="sv"><head><meta charset="utf-8">
<title>Bryter mot policyn</title></head><body>
<p style="color: red">Inline style</p><script>document.title = "inline";</script>
</body></html>
"""


@pytest.fixture(scope="session")
def hosted_site(real_site, tmp_path_factory) -> Path:
    """A copy of the real site as ``make site`` makes it (handouts first, then the strict
    build; shared with the other real-site tests, see tests/conftest.py), plus the two files
    the deploy tests add. A copy, so that what is added is never in the others' site."""
    site = tmp_path_factory.mktemp("deploy") / "site"
    shutil.copytree(real_site, site)
    assert any(site.glob("utskrift/**/*.pdf")), f"{real_site} har inga utskrifter"
    (site / "site.webmanifest").write_text(MANIFEST, encoding="utf-8")
    probe = site / "deploy-prov" / "index.html"
    probe.parent.mkdir()
    probe.write_text(BREAKS_POLICY, encoding="utf-8")
    return site


@pytest.fixture(scope="session")
def nginx_url(hosted_site, tmp_path_factory):
    with Nginx(hosted_site, tmp_path_factory.mktemp("nginx")) as server:
        yield server.url
