"""deploy/nginx/hjalpguiden.conf with a real nginx: headers, compression, content types,
caching and the 404 page in the reader's language, on every kind of answer the site gives.
The browser half (every kind of page under the Content-Security-Policy) is in
test_policy_in_browser.py."""

from __future__ import annotations

import gzip
import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from deploy.nginx import CONFIG

pytestmark = pytest.mark.deploy

#: Exact values; the policy is checked directive by directive below.
HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
POLICY = {
    "default-src": "'self'",
    "img-src": "'self' data:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    "frame-ancestors": "'none'",
}
#: One address of every kind the site serves (sv and ar), with its content type.
KINDS = {
    "/": "text/html",
    "/bankid/skaffa-bankid/": "text/html",
    "/hjalp/platser/": "text/html",
    "/hjalp/platser/sundsvall/": "text/html",
    "/utskrift/": "text/html",
    "/sok/": "text/html",
    "/ar/": "text/html",
    "/ar/bankid/skaffa-bankid/": "text/html",
    "/ar/hjalp/platser/": "text/html",
    "/search/index.json": "application/json",
    "/ar/search/index.json": "application/json",
    "/hjalp/help-places.json": "application/json",
    "/hjalp/postnummer.json": "application/json",
    "/assets/favicon.svg": "image/svg+xml",
    "/assets/hjalp.css": "text/css",
    "/assets/search.js": "application/javascript",
    "/site.webmanifest": "application/manifest+json",
}
SMALL = {"/assets/favicon.svg", "/site.webmanifest"}


def fetch(url: str, gzip_ok: bool = True):
    """(status, headers, body as text) without raising on 404."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            status, headers, raw = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, headers, raw = error.code, error.headers, error.read()
    if headers.get("Content-Encoding") == "gzip":
        raw = gzip.decompress(raw)
    return status, headers, raw


def policy(headers) -> dict[str, str]:
    value = headers.get("Content-Security-Policy", "")
    parts = (part.strip().split(None, 1) for part in value.split(";") if part.strip())
    return {part[0]: part[1] if len(part) > 1 else "" for part in parts}


def pdf_path(site: Path) -> str:
    return "/" + next(iter(sorted(site.glob("utskrift/**/*.pdf")))).relative_to(site).as_posix()


def test_config_is_the_deployers_file_unchanged_but_for_port_and_root(hosted_site):
    from deploy.nginx import site_config

    text = site_config(hosted_site, 8123)
    assert "listen 127.0.0.1:8123;" in text and f"root {hosted_site};" in text
    assert CONFIG.read_text(encoding="utf-8").count("\n") - text.count("\n") == 1


@pytest.mark.parametrize("path", [*KINDS, "/finns-inte/", "/ar/finns-inte/", "pdf"])
def test_every_answer_has_the_security_headers(nginx_url, hosted_site, path):
    path = pdf_path(hosted_site) if path == "pdf" else path
    status, headers, _ = fetch(nginx_url + path)
    assert status in (200, 404), path
    for name, value in HEADERS.items():
        assert headers.get(name) == value, f"{path}: {name}"
    found = policy(headers)
    for directive, value in POLICY.items():
        assert found.get(directive) == value, f"{path}: {directive} in {found}"
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]
    assert "'unsafe-eval'" not in headers["Content-Security-Policy"]
    assert "camera=()" in headers.get("Permissions-Policy", "")
    assert "geolocation=()" in headers.get("Permissions-Policy", "")
    assert "nginx/" not in headers.get("Server", "")  # server_tokens off


@pytest.mark.parametrize("path, kind", KINDS.items())
def test_content_types(nginx_url, path, kind):
    status, headers, body = fetch(nginx_url + path)
    assert status == 200, path
    assert headers.get_content_type() == kind, path
    if kind.startswith("text/") or kind.endswith("json"):
        assert headers.get_content_charset() == "utf-8", path
    assert body


def test_pdf_is_served_as_pdf(nginx_url, hosted_site):
    status, headers, body = fetch(nginx_url + pdf_path(hosted_site))
    assert status == 200 and headers.get_content_type() == "application/pdf"
    assert body.startswith(b"%PDF-")


# favicon.svg and the test's manifest are under gzip_min_length (256 bytes): not worth it.
@pytest.mark.parametrize("path", [p for p in KINDS if p not in SMALL] + ["/ar/finns-inte/"])
def test_text_is_compressed(nginx_url, path):
    request = urllib.request.Request(nginx_url + path, headers={"Accept-Encoding": "gzip"})
    try:
        response = urllib.request.urlopen(request, timeout=10)
    except urllib.error.HTTPError as error:
        response = error
    with response:
        assert response.headers.get("Content-Encoding") == "gzip", path
        assert "Accept-Encoding" in response.headers.get("Vary", ""), path
        gzip.decompress(response.read())


def test_uncompressed_when_the_browser_cannot_unpack(nginx_url):
    _, headers, body = fetch(nginx_url + "/", gzip_ok=False)
    assert headers.get("Content-Encoding") is None and body.lstrip().startswith(b"<!doctype")


def test_fingerprinted_files_are_kept_a_year_and_pages_briefly(nginx_url, hosted_site):
    css = next(iter((hosted_site / "assets" / "stylesheets").glob("main.*.min.css")))
    finder = next(iter((hosted_site / "hjalp").glob("finder.*.js")))
    for path in (f"/assets/stylesheets/{css.name}", f"/hjalp/{finder.name}"):
        _, headers, _ = fetch(nginx_url + path)
        assert headers["Cache-Control"] == "public, max-age=31536000, immutable", path
    for path in ("/", "/ar/hjalp/platser/", "/search/index.json", "/finns-inte/"):
        _, headers, _ = fetch(nginx_url + path)
        assert headers["Cache-Control"] == "public, max-age=300", path
    # not fingerprinted: a new version must reach readers the same day
    _, headers, _ = fetch(nginx_url + "/assets/hjalp.css")
    assert headers["Cache-Control"] == "public, max-age=3600"


@pytest.mark.parametrize("path, lang", [
    ("/finns-inte/", "sv"),
    ("/finns-inte.html", "sv"),
    ("/om/finns-inte/", "sv"),  # a Swedish folder with no 404 page of its own
    ("/bankid/skaffa-bankid/finns-inte", "sv"),
    ("/ar/finns-inte/", "ar"),
    ("/ar/om/finns-inte/", "ar"),
    ("/ar/hjalp/platser/finns-inte/", "ar"),
    ("/.git/config", "sv"),  # never served, even if a deployer copies it along
])
def test_not_found_in_the_readers_language(nginx_url, path, lang):
    status, headers, body = fetch(nginx_url + path)
    assert status == 404, path
    html = body.decode("utf-8")
    assert re.search(rf'<html lang="{lang}"', html), f"{path}: {html[:200]}"
    assert headers.get_content_type() == "text/html"


def test_folder_without_slash_redirects_on_this_host(nginx_url):
    request = urllib.request.Request(nginx_url + "/om", method="HEAD")
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as caught:
        opener.open(request, timeout=10)
    assert caught.value.code == 301 and caught.value.headers["Location"] == "/om/"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None
