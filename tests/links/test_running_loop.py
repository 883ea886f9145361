"""The link check also runs from a thread that already has a running event loop (Playwright's
sync API keeps one in the test worker; asyncio.run() refused it)."""

from __future__ import annotations

import asyncio
import threading

from hjalpguide.links.check import Settings, check_urls


def test_check_urls_inside_a_running_event_loop():
    """In a thread of its own: this worker's own thread may run Playwright's loop already."""
    found = []

    async def caller():
        found.append(check_urls([], Settings()))

    thread = threading.Thread(target=lambda: asyncio.run(caller()))
    thread.start()
    thread.join(timeout=30)
    assert found == [{}]
