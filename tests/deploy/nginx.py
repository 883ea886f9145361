"""Debian's nginx, installed when missing and started in the foreground on a free port with
``deploy/nginx/hjalpguiden.conf`` (only its ``listen`` and ``root`` lines changed), for the
hosting test. Never skipped: no nginx and no way to install it is a failure."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "deploy" / "nginx" / "hjalpguiden.conf"
LISTEN = ("    listen 80;\n", "    listen [::]:80;\n")
SITE_ROOT = "    root /var/www/hjalpguiden;\n"

# The smallest nginx.conf around the deployer's file, as Debian's would hold it (the same
# mime.types), with everything nginx writes kept in the test's folder. master_process off:
# one process under the test's own user, which can read the test's private folders.
MAIN = """\
daemon off;
master_process off;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {prefix}/body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {prefix}/hjalpguiden.conf;
}}
"""


def binary() -> str:
    """nginx's path; installs Debian's package (as `make bootstrap` does) when missing."""
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").is_file()
                                      else None)
    if found:
        return found
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run([*sudo, "apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "nginx"], check=True, env=env)
    found = shutil.which("nginx") or "/usr/sbin/nginx"
    assert Path(found).is_file(), "nginx saknas fortfarande efter apt-get install nginx"
    return found


def site_config(site: Path, port: int) -> str:
    """The deployer's file with this test's port and site folder."""
    lines = CONFIG.read_text(encoding="utf-8").splitlines(keepends=True)
    for line in (*LISTEN, SITE_ROOT):
        assert lines.count(line) == 1, (
            f"{CONFIG.name}: raden {line.strip()!r} ska stå en gång (testet byter ut den)")
    changed = {LISTEN[0]: f"    listen 127.0.0.1:{port};\n", LISTEN[1]: "",
               SITE_ROOT: f"    root {site};\n"}
    return "".join(changed.get(line, line) for line in lines)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Nginx:
    """A running nginx serving ``site``; use as a context manager."""

    def __init__(self, site: Path, prefix: Path):
        self.site, self.prefix = site, prefix
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None

    def __enter__(self) -> Nginx:
        self.prefix.mkdir(parents=True, exist_ok=True)
        (self.prefix / "hjalpguiden.conf").write_text(site_config(self.site, self.port),
                                                      encoding="utf-8")
        main = self.prefix / "nginx.conf"
        main.write_text(MAIN.format(prefix=self.prefix), encoding="utf-8")
        command = [binary(), "-p", str(self.prefix), "-c", str(main)]
        checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stderr
        self.process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        self._wait()
        return self

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def _wait(self, timeout_s: float = 10.0) -> None:
        end = time.monotonic() + timeout_s
        while time.monotonic() < end:
            if self.process.poll() is not None:
                raise AssertionError("nginx stannade: " + self.process.stderr.read())
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise AssertionError(f"nginx svarar inte på port {self.port}")
