"""deploy/caddy/Caddyfile and deploy/apache/hjalpguiden.conf send the same security headers
and cache times as the nginx file that the hosting test serves in a browser, so a change
to the policy in one file and not the others fails here. (They were served once by hand
with Debian's caddy 2.6 and apache2 2.4 against a real build; see docs/deployers/hosting.md.)"""

from __future__ import annotations

import re
from pathlib import Path

from deploy.nginx import CONFIG, ROOT

CADDY = ROOT / "deploy" / "caddy" / "Caddyfile"
APACHE = ROOT / "deploy" / "apache" / "hjalpguiden.conf"
NAMES = ("Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy",
         "Permissions-Policy", "X-Frame-Options", "Cross-Origin-Opener-Policy",
         "Cross-Origin-Resource-Policy")
CACHE_TIMES = ("public, max-age=31536000, immutable", "public, max-age=300",
               "public, max-age=3600")


def headers(path: Path, pattern: str) -> dict[str, str]:
    """Header name -> value of every line that sets one (comments left out)."""
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(pattern, line.strip())
        if match and not line.strip().startswith("#"):
            found.setdefault(match["name"], match["value"])
    return found


NGINX = headers(CONFIG, r'add_header (?P<name>[\w-]+) "(?P<value>[^"]*)" always;')


def test_nginx_sets_every_header():
    assert set(NAMES) <= set(NGINX)


def test_caddy_sends_the_same_headers():
    caddy = headers(CADDY, r'(?P<name>[A-Z][\w-]+) "(?P<value>[^"]*)"$')
    assert {name: caddy.get(name) for name in NAMES} == {name: NGINX[name] for name in NAMES}


def test_apache_sends_the_same_headers():
    apache = headers(APACHE, r'Header always set (?P<name>[\w-]+) "(?P<value>[^"]*)"$')
    assert {name: apache.get(name) for name in NAMES} == {name: NGINX[name] for name in NAMES}


def test_same_cache_times_everywhere():
    for path in (CONFIG, CADDY, APACHE):
        text = path.read_text(encoding="utf-8")
        for value in CACHE_TIMES:
            assert f'"{value}"' in text, f"{path.name}: {value}"


def test_hsts_is_guidance_not_switched_on():
    """HSTS cannot be taken back early; a deployer turns it on once HTTPS works."""
    for path in (CONFIG, CADDY, APACHE):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                 if "Strict-Transport-Security" in line]
        assert lines and all(line.startswith("#") for line in lines), path.name
