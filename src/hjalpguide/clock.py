"""The build's date, for everything that ages (help places, facts, handouts).

``HJALP_TODAY=YYYY-MM-DD`` fixes it, for reproducible builds and tests.
"""

from __future__ import annotations

import datetime as dt
import os

ENV_TODAY = "HJALP_TODAY"


def today() -> dt.date:
    """Today, or the date in HJALP_TODAY (YYYY-MM-DD)."""
    value = os.environ.get(ENV_TODAY, "").strip()
    return dt.date.fromisoformat(value) if value else dt.date.today()
