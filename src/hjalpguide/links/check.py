"""Ask each web address once, politely, and say what happened: the online link check.

httpx (one async client) does the HTTP. Politeness: at most ``per_host`` requests at a
time to one host and ``concurrency`` in all, a pause of ``host_interval`` between two
requests to the same host, a timeout per request, a user agent that says who asks. Each
address: ``HEAD`` first (no body); when the server refuses HEAD (any 4xx/5xx or a broken
connection), ``GET`` (the body is not read). Redirects are followed by hand, up to
``MAX_HOPS``, so the first permanent one (301/308) is known. ``HEAD`` refused means any
4xx/5xx: some servers answer HEAD with 404 or 405 and GET with the page. Timeouts, broken
connections and 5xx/429 answers are tried again ``retries`` times, waiting ``backoff`` × 2ⁿ
seconds.

The result of each address is a :class:`Result`; :mod:`report` turns it into findings.
"""

from __future__ import annotations

import asyncio
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

MAX_HOPS = 5
USER_AGENT = "Hjalpguiden-linkcheck/1.0 (checks the links of a help guide; at most daily)"
_AGAIN = frozenset({429, 500, 502, 503, 504})


@dataclass
class Settings:
    timeout: float = 10.0  # seconds per request
    slow: float = 5.0  # seconds: an answer slower than this is reported
    per_host: int = 2
    concurrency: int = 16
    host_interval: float = 0.5  # seconds between two requests to one host
    retries: int = 2
    backoff: float = 1.0


@dataclass
class Result:
    """What asking one address gave."""

    url: str
    status: int | None = None  # of the last answer (after redirects)
    final_url: str = ""
    redirect: int | None = None  # the first redirect's status (301, 302, 307, 308 …)
    redirect_to: str = ""  # where the first redirect pointed
    permanent_to: str = ""  # where the first permanent redirect pointed
    seconds: float = 0.0  # the slowest single answer
    error: str = ""  # timeout, connection, reset, tls, dns, …: when there was no answer
    attempts: int = 0
    checked: float = field(default_factory=time.time)

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    def to_dict(self) -> dict:
        return asdict(self)


async def check_all(urls: list[str], settings: Settings) -> dict[str, Result]:
    """Every address of ``urls`` asked at most once; address -> result."""
    limits = httpx.Limits(max_connections=settings.concurrency,
                          max_keepalive_connections=settings.concurrency)
    gate = asyncio.Semaphore(settings.concurrency)
    hosts: dict[str, _Host] = {}
    async with httpx.AsyncClient(timeout=settings.timeout, limits=limits,
                                 follow_redirects=False, trust_env=False,
                                 headers={"User-Agent": USER_AGENT}) as client:
        asker = _Asker(client, settings, gate, hosts)
        results = await asyncio.gather(*(asker.check(url) for url in urls))
    return dict(zip(urls, results, strict=True))


def check_urls(urls: list[str], settings: Settings) -> dict[str, Result]:
    """Check the addresses; from a thread that already runs an event loop (a caller that
    uses one, such as Playwright's sync API in the same process), in a thread of its own."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(check_all(urls, settings))
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, check_all(urls, settings)).result()


class _Host:
    """One host's share: a few requests at a time, and a pause between them."""

    def __init__(self, settings: Settings):
        self.gate = asyncio.Semaphore(settings.per_host)
        self.interval = settings.host_interval
        self.last = 0.0

    async def wait_turn(self) -> None:
        pause = self.last + self.interval - time.monotonic()
        self.last = max(self.last + self.interval, time.monotonic())
        if pause > 0:
            await asyncio.sleep(pause)


class _Asker:
    def __init__(self, client: httpx.AsyncClient, settings: Settings,
                 gate: asyncio.Semaphore, hosts: dict[str, _Host]):
        self.client, self.settings, self.gate, self.hosts = client, settings, gate, hosts

    async def check(self, url: str) -> Result:
        result = Result(url)
        current = url
        for _hop in range(MAX_HOPS + 1):
            status, location = await self._ask(current, result)
            if status is None or not (300 <= status < 400 and location):
                result.final_url = current
                return result
            target = urljoin(current, location)
            if result.redirect is None:
                result.redirect, result.redirect_to = status, target
            if status in (301, 308) and not result.permanent_to:
                result.permanent_to = target
            current = target
        result.final_url, result.error = current, "redirects"
        return result

    async def _ask(self, url: str, result: Result) -> tuple[int | None, str]:
        """(status, Location) of one address, HEAD then GET; ``result`` gets the times."""
        status, location = await self._attempts(url, "HEAD", result, tries=1)
        if status is not None and status < 400:
            return status, location
        return await self._attempts(url, "GET", result, tries=1 + self.settings.retries)

    async def _attempts(self, url: str, method: str, result: Result,
                        tries: int) -> tuple[int | None, str]:
        status, location = None, ""
        for attempt in range(tries):
            if attempt:
                await asyncio.sleep(self.settings.backoff * 2 ** (attempt - 1))
            status, location = await self._once(url, method, result)
            if status is not None and status not in _AGAIN:
                return status, location
        return status, location

    async def _once(self, url: str, method: str, result: Result) -> tuple[int | None, str]:
        host = self.hosts.setdefault(urlsplit(url).netloc.lower(), _Host(self.settings))
        async with self.gate, host.gate:
            await host.wait_turn()
            result.attempts += 1
            start = time.monotonic()
            try:
                async with self.client.stream(method, url) as response:
                    status, location = response.status_code, response.headers.get("location", "")
            except (httpx.HTTPError, httpx.InvalidURL, ValueError, OSError) as error:
                result.seconds = max(result.seconds, time.monotonic() - start)
                result.status, result.error = None, _kind(error)
                return None, ""
            result.seconds = max(result.seconds, time.monotonic() - start)
        result.status, result.error = status, ""
        return status, location


def _kind(error: Exception) -> str:
    """A short name for why there was no answer (shown in Swedish by ``report``)."""
    text = f"{error} {error.__cause__ or ''}".lower()
    if isinstance(error, httpx.TimeoutException):
        return "timeout"
    if "certificate" in text or "ssl" in text:
        return "tls"
    if "name or service" in text or "nodename" in text or "getaddrinfo" in text \
            or "name resolution" in text:
        return "dns"
    if isinstance(error, httpx.ConnectError):
        return "connection"
    if isinstance(error, httpx.ReadError | httpx.WriteError | httpx.RemoteProtocolError):
        return "reset"  # connected, then the connection broke before an answer
    if isinstance(error, httpx.UnsupportedProtocol | httpx.InvalidURL | ValueError):
        return "address"
    return "other"
