"""The link check, offline: a local server answers every kind of trouble, and each is found
with the file and line where the address is written."""

from __future__ import annotations

import contextlib
import io
import json
import socket
import struct
import textwrap
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from hjalpguide.links import cache, check, cli, collect, report

TIMEOUT = 1.5  # the check's timeout in these tests; /timeout sleeps longer
SLOW = 0.8  # the slow limit; /slow sleeps longer than this and less than TIMEOUT (with
# room for a loaded machine: an ordinary answer here takes 0.05-0.25 s)


class Handler(BaseHTTPRequestHandler):
    """Answers by path. Counts requests and the most at one time (the per-host limit;
    without /timeout, whose handlers go on sleeping after the check has given up)."""

    counts: Counter = Counter()
    methods: Counter = Counter()
    active = 0
    most = 0
    lock = threading.Lock()

    def log_message(self, *args):  # quiet
        pass

    def do_HEAD(self):
        self._answer(body=False)

    def do_GET(self):
        self._answer(body=True)

    def _answer(self, body: bool):
        cls = type(self)
        self.counted = self.path != "/timeout"
        with cls.lock:
            cls.counts[self.path] += 1
            cls.methods[(self.command, self.path)] += 1
            cls.active += self.counted
            cls.most = max(cls.most, cls.active)
        try:
            self._route(body)
        finally:
            self._done()

    def _done(self):
        """No longer active: called before the answer goes out, since the check may send
        its next request the moment it has the answer."""
        with type(self).lock:
            type(self).active -= self.counted
            self.counted = False

    def _route(self, body: bool):
        path = self.path
        time.sleep(0.05)  # long enough for requests to overlap, so the limit is tested
        if path == "/timeout":
            time.sleep(TIMEOUT * 2.5)
            return self._send(200)
        if path == "/slow":
            time.sleep(SLOW + 0.3)
            return self._send(200)
        if path == "/reset":
            self._done()
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return None
        if path == "/nohead" and self.command == "HEAD":
            return self._send(405)
        if path == "/flaky" and type(self).counts[path] == 1:
            return self._send(503)
        redirects = {"/moved": (301, "/ok"), "/perm": (308, "/ok"), "/temp": (302, "/ok"),
                     "/moved-dead": (301, "/missing"), "/loop": (302, "/loop")}
        if path in redirects:
            status, where = redirects[path]
            return self._send(status, {"Location": where})
        status = {"/missing": 404, "/gone": 410, "/error": 500}.get(path, 200)
        return self._send(status)

    def _send(self, status: int, headers: dict | None = None):
        self._done()
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", "2")
        self.end_headers()
        if self.command == "GET":
            try:
                self.wfile.write(b"ok")
            except OSError:  # the check gave up waiting (the timeout test): expected
                pass


@pytest.fixture(scope="module")
def server():
    Handler.counts.clear()
    Handler.methods.clear()
    Handler.most = Handler.active = 0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


PATHS = ["/ok", "/moved", "/perm", "/temp", "/missing", "/gone", "/error", "/timeout",
         "/reset", "/slow", "/nohead", "/flaky", "/moved-dead", "/loop"]


def make_project(root: Path, base: str) -> dict[str, tuple[str, int, str]]:
    """A project whose files hold every test address; returns path -> (file, line, field)."""
    (root / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    guide = root / "guides" / "a" / "index.sv.md"
    guide.parent.mkdir(parents=True)
    lines = ["---", "title: Test", f"source_note: {base}/ok", "---", "", "# Test", ""]
    where = {}
    for path in PATHS[:10]:
        where[path] = ("guides/a/index.sv.md", len(lines) + 1, "länk")
        lines.append(f"Läs [sidan {path}]({base}{path}#del).")
    lines += ["", "```", f"{base}/in-code-is-not-checked", "```", ""]
    guide.write_text("\n".join(lines), encoding="utf-8")
    (root / "data" / "help-places").mkdir(parents=True)
    (root / "data" / "facts.yml").write_text(textwrap.dedent(f"""\
        facts:
          # {base}/in-a-comment-is-not-checked
          - id: x
            source:
              url: {base}/nohead
        """), encoding="utf-8")
    where["/nohead"] = ("data/facts.yml", 5, "url")
    (root / "data" / "help-places" / "national.yml").write_text(textwrap.dedent(f"""\
        places:
          - id: a
            url: {base}/flaky
            verified:
              source: {base}/moved-dead
          - id: b
            url: "{base}/loop"
            verified:
              source_url: "http://127.0.0.1:{_closed_port()}/"
        """), encoding="utf-8")
    where["/flaky"] = ("data/help-places/national.yml", 3, "url")
    where["/moved-dead"] = ("data/help-places/national.yml", 5, "source")
    where["/loop"] = ("data/help-places/national.yml", 7, "url")
    return where


def fast_settings() -> check.Settings:
    return check.Settings(timeout=TIMEOUT, slow=SLOW, per_host=2, host_interval=0.0,
                          retries=2, backoff=0.05)


def run(root: Path, *options: str) -> tuple[int, list[dict]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["--root", str(root), "--format", "json", "--timeout", str(TIMEOUT),
                         "--slow", str(SLOW), *options], settings=fast_settings())
    return code, json.loads(out.getvalue())["findings"]


def by_path(found: list[dict], base: str) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for finding in found:
        address = finding["message"].split()[1]
        out.setdefault(address.removeprefix(base), []).append(finding)
    return out


@pytest.fixture(scope="module")
def first_run(tmp_path_factory, server):
    """One project, checked once (a few seconds: the timeouts and retries take the time)."""
    root = tmp_path_factory.mktemp("project")
    where = make_project(root, server)
    start = time.monotonic()
    code, found = run(root)
    return {"root": root, "where": where, "code": code, "found": found,
            "seconds": time.monotonic() - start, "counts": Counter(Handler.counts),
            "methods": Counter(Handler.methods), "most": Handler.most}


def test_every_kind_of_trouble_is_found_where_it_is_written(first_run, server):
    where, found = first_run["where"], first_run["found"]
    assert first_run["seconds"] < 20
    assert first_run["code"] == 1
    got = by_path(found, server)
    expected = {
        "/moved": ("LINK-MOVED", "warning"), "/perm": ("LINK-MOVED", "warning"),
        "/missing": ("LINK-DEAD", "error"), "/gone": ("LINK-DEAD", "error"),
        "/error": ("LINK-DEAD", "error"), "/timeout": ("LINK-DEAD", "error"),
        "/reset": ("LINK-DEAD", "error"), "/slow": ("LINK-SLOW", "warning"),
        "/moved-dead": ("LINK-DEAD", "error"), "/loop": ("LINK-DEAD", "error"),
    }
    for path, (rule, severity) in expected.items():
        file, line, field = where[path]
        assert [(f["rule"], f["severity"], f["path"], f["line"], f["field"])
                for f in got.pop(path)] == [(rule, severity, file, line, field)], path
    refused, = [f for key, fs in got.items() if key.startswith("http://") for f in fs]
    assert refused["rule"] == "LINK-DEAD" and "ansluta" in refused["message"]
    assert (refused["line"], refused["field"]) == (9, "source_url")
    got = {k: v for k, v in got.items() if not k.startswith("http://")}
    assert got == {}  # /ok, /temp, /nohead, /flaky and the front matter's /ok: nothing

    messages = {f["message"].split()[1].removeprefix(server): f for f in found}
    assert messages["/moved"]["fix"] == f"Byt länken till {server}/ok"
    assert "(301)" in messages["/moved"]["message"] and "(308)" in messages["/perm"]["message"]
    assert "svarar 404 (sidan finns inte)" in messages["/missing"]["message"]
    assert "svarar 410" in messages["/gone"]["message"]
    assert "svarar 500" in messages["/error"]["message"]
    assert "svarade inte i tid" in messages["/timeout"]["message"]
    assert "bröt förbindelsen" in messages["/reset"]["message"]
    assert f"efter omdirigering till {server}/missing" in messages["/moved-dead"]["message"]
    assert "för många gånger" in messages["/loop"]["message"]


def test_head_then_get_retries_and_the_per_host_limit(first_run):
    counts, methods = first_run["counts"], first_run["methods"]
    assert methods[("HEAD", "/nohead")] == 1 and methods[("GET", "/nohead")] == 1
    assert methods[("HEAD", "/ok")] >= 1 and methods[("GET", "/ok")] == 0
    assert counts["/error"] == 1 + 3  # HEAD, then GET and two retries
    assert counts["/flaky"] == 2  # 503, then 200 on the retry
    assert counts["/in-code-is-not-checked"] == 0
    assert counts["/in-a-comment-is-not-checked"] == 0
    assert first_run["most"] == 2  # requests overlapped, never more than the per-host limit


def test_temporary_redirects_only_with_all():
    temp = check.Result("https://a.se/", status=200, redirect=302, redirect_to="https://a.se/sv")
    assert report.judge(temp, slow=5) == []
    (rule, _severity, message, _fix), = report.judge(temp, slow=5, show_all=True)
    assert rule == "LINK-REDIRECT" and "bara information" in message


def test_blocked_is_a_warning_not_dead():
    result = check.Result("https://a.se/", status=403)
    (rule, severity, message, _fix), = report.judge(result, slow=5)
    assert (rule, severity) == ("LINK-BLOCKED", "warning") and "403" in message


def test_good_answers_are_kept_and_not_asked_again(first_run, server):
    root = first_run["root"]
    saved = json.loads((root / "build" / cache.FILE_NAME).read_text(encoding="utf-8"))
    kept = {url.removeprefix(server) for url in saved["results"]}
    assert kept == {"/ok", "/moved", "/perm", "/temp", "/nohead", "/flaky"}
    before = Counter(Handler.counts)
    code, found = run(root, "--retries", "0")  # no retries: the dead ones take less time
    assert Handler.counts["/ok"] == before["/ok"]  # from the cache
    assert Handler.counts["/missing"] > before["/missing"]  # dead ones are asked again
    assert code == 1
    assert "LINK-MOVED" in {f["rule"] for f in found}  # a kept move is still reported
    run(root, "--max-age", "0", "--retries", "0")
    assert Handler.counts["/ok"] > before["/ok"]


def test_an_old_or_broken_cache_is_not_used(tmp_path):
    path = tmp_path / "c.json"
    fresh = check.Result("https://a.se/", status=200, checked=1000.0)
    cache.save(path, {"https://a.se/": fresh}, slow=5)
    assert set(cache.load(path, 1, now=1000.0 + 3599)) == {"https://a.se/"}
    assert cache.load(path, 1, now=1000.0 + 3601) == {}
    path.write_text("{not json", encoding="utf-8")
    assert cache.load(path, 24) == {}


def test_addresses_are_cut_where_text_ends():
    assert collect.addresses("Se (https://a.se/x_(y)) och https://b.se/.") == [
        "https://a.se/x_(y)", "https://b.se/"]
    assert collect.addresses("<https://a.se/sida#del>, `x`") == ["https://a.se/sida"]
    assert collect.addresses('url: "https://a.se/?q=1&r=2"') == ["https://a.se/?q=1&r=2"]


def test_the_real_project_has_addresses_from_every_source():
    root = Path(__file__).resolve().parents[2]
    places = collect.collect(root)
    kinds = {p.path.split("/")[0] + "/" + p.path.split("/")[1] for ps in places.values()
             for p in ps}
    assert {"data/facts.yml", "data/help-places"} <= {k if k.startswith("data/help") else
                                                      k.split("/")[0] + "/" + k.split("/")[1]
                                                      for k in kinds} | kinds
    assert any(k.startswith("guides/") for k in kinds)
    assert all(url.startswith(("https://", "http://")) for url in places)


def test_offline_is_one_message_not_hundreds_of_dead_links(tmp_path, capsys):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n", encoding="utf-8")
    (tmp_path / "guides").mkdir()
    links = "\n".join(f"[a](http://127.0.0.1:{_closed_port()}/{n})" for n in range(6))
    (tmp_path / "guides" / "index.sv.md").write_text(links, encoding="utf-8")
    assert cli.main(["--root", str(tmp_path)], settings=fast_settings()) == 2
    assert "ansluten till internet" in capsys.readouterr().err


def test_usage_errors_exit_2(tmp_path, capsys):
    assert cli.main(["--bad-option"]) == 2
    assert cli.main(["--root", str(tmp_path / "nowhere")]) in (0, 2)
