"""Recent results, kept in ``build/link-cache.json`` so a second run does not ask again.

Only addresses that answered well (2xx, also after a redirect) are kept, and only for
``max_age`` hours: a dead or slow address is asked again every time, so a server that was
down for a moment is not reported as dead for a day, and a fixed link is seen at once.
An unreadable cache file is ignored (and replaced), never an error.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from hjalpguide.links.check import Result

FILE_NAME = "link-cache.json"


def load(path: Path, max_age_hours: float, now: float | None = None) -> dict[str, Result]:
    """The results younger than ``max_age_hours``, by address."""
    now = time.time() if now is None else now
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        entries = data["results"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    out = {}
    for url, entry in entries.items() if isinstance(entries, dict) else ():
        try:
            result = Result(**entry)
        except TypeError:
            continue
        if result.ok and now - result.checked <= max_age_hours * 3600:
            out[url] = result
    return out


def save(path: Path, results: dict[str, Result], slow: float) -> None:
    """Keep the good results (fast enough, 2xx); written whole, then renamed into place."""
    keep = {url: r.to_dict() for url, r in results.items() if r.ok and r.seconds < slow}
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"results": keep}, ensure_ascii=False, indent=1),
                         encoding="utf-8")
    os.replace(temporary, path)
