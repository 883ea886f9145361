"""How fast this machine is right now, so that benchmark runs can be compared.

The machines we measure on are shared: on 2026-11-22 the same handout build took 20.5 s
in the afternoon and 24–36 s in the evening, with identical code (an A/B run of both
commits, interleaved, gave the same processor time per handout). A fixed piece of pure
Python work, timed next to each benchmark, tells a slower machine from a slower build.
"""

from __future__ import annotations

import time


def reference_seconds(repeats: int = 5) -> float:
    """Best time of a fixed CPU-bound workload (about 0.2 s on a quiet machine)."""
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        total = 0
        for i in range(2_000_000):
            total += i * i % 7
        best = min(best, time.process_time() - started)
    return round(best, 3)


def machine() -> dict:
    """This machine now: cores, Python, load average and the reference workload's time
    (every benchmark writes it beside its figures, and each figure's ratio to it)."""
    import os
    import platform

    return {"cores": os.cpu_count(), "python": platform.python_version(),
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "reference_seconds": reference_seconds()}
