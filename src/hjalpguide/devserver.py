"""A local web server for the built site that behaves like a real host.

It compresses text with gzip (so page weights measured against it match a real server),
serves each language's 404 page for a missing address, and binds to 127.0.0.1.
Used by ``make serve``, the browser tests and the benchmark.

    python -m hjalpguide.devserver --root site --port 8000
"""

from __future__ import annotations

import argparse
import gzip
import http.server
import sys
import threading
from functools import partial
from io import BytesIO
from pathlib import Path

_COMPRESS = {".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ""}


class _Handler(http.server.SimpleHTTPRequestHandler):
    languages: tuple[str, ...] = ()

    def log_message(self, format, *args):  # keep test and bench output quiet
        if self.server.verbose:
            super().log_message(format, *args)

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # redirect to the slash form
            path = path / "index.html"
        if not path.is_file():
            return self._not_found()
        return self._send_file(path, 200)

    def _not_found(self):
        first = self.path.lstrip("/").split("/", 1)[0]
        root = Path(self.directory)
        page = root / first / "404.html"
        if not page.is_file():
            page = root / "404.html"
        if not page.is_file():
            self.send_error(404)
            return None
        return self._send_file(page, 404)

    def _send_file(self, path: Path, status: int):
        data = path.read_bytes()
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        compress = accepts_gzip and path.suffix in _COMPRESS
        if compress:
            data = gzip.compress(data, compresslevel=6)
        self.send_response(status)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if compress:
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return BytesIO(data)


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        # A browser that moves on before a response is sent is normal, not an error.
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


def make_server(root: Path, host: str = "127.0.0.1", port: int = 0, verbose: bool = False):
    handler = partial(_Handler, directory=str(root))
    server = _Server((host, port), handler)
    server.verbose = verbose
    return server


def serve_in_background(root: Path, host: str = "127.0.0.1"):
    """Start a server on a free port; returns (server, base_url). Call server.shutdown()."""
    server = make_server(root, host)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://{host}:{server.server_address[1]}/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", default="site", type=Path)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default=8000, type=int)
    args = parser.parse_args()
    if not (args.root / "index.html").is_file():
        raise SystemExit(f"{args.root}/index.html finns inte. Bygg webbplatsen först: make site")
    server = make_server(args.root, args.host, args.port, verbose=True)
    print(f"Hjälpguiden: http://{args.host}:{args.port}/  (stoppa med Ctrl+C)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
