"""The link check also runs from a thread that already has a running event loop (Playwright's
sync API keeps one in the test worker; asyncio.run() refused it)."""

from __future__ import annotations

import asyncio

from hjalpguide.links.check import Settings, check_urls


def test_check_urls_inside_a_running_event_loop():
    async def caller():
        return check_urls([], Settings())

    assert asyncio.run(caller()) == {}
