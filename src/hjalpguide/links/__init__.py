"""The online link check: every external address the project publishes, asked politely.

``collect`` (addresses with file and line) → ``check`` (httpx, per-host limits, retries)
→ ``cache`` (recent good answers in build/) → ``report`` (findings) — run by ``cli``
(``scripts/check_links.py``, ``make check-links``). See docs/developers/links.md.
"""
