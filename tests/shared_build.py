"""Expensive things a test run makes once, shared by every pytest-xdist worker (the real
site's build: 20-40 s on 2 cores).

The first worker that asks starts the work as a background process, under a file lock;
every test that needs the result waits for it (the others run meanwhile). The work's
output and exit code are written beside the result, so a failed build is reported, with
its output, by every test that needed it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from filelock import FileLock

#: The longest a test waits for the shared work (a full build is 20-40 s on 2 cores).
TIMEOUT_S = 900.0
# runs the command, then writes its exit code (atomically) where every worker looks for it
_WRAPPER = """import os, subprocess, sys
code = subprocess.run(sys.argv[2:]).returncode
with open(sys.argv[1] + ".part", "w") as f:
    f.write(str(code))
os.replace(sys.argv[1] + ".part", sys.argv[1])
"""


def start(root: Path, name: str, command: Callable[[Path], list[str]], cwd: Path) -> Path:
    """Start making ``root/name`` with ``command(target)`` unless a worker has already;
    returns the target folder."""
    target = root / name
    with FileLock(str(root / f"{name}.lock")):
        if (root / f"{name}.started").exists():
            return target
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        with open(root / f"{name}.log", "wb") as log:
            subprocess.Popen([sys.executable, "-c", _WRAPPER, str(root / f"{name}.status"),
                              *command(target)], cwd=cwd, env=env, stdout=log,
                             stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        (root / f"{name}.started").write_text(str(time.time()), encoding="utf-8")
    return target


def wait(root: Path, name: str, timeout_s: float = TIMEOUT_S) -> Path:
    """The finished ``root/name``; fails with the work's output if it failed."""
    status = root / f"{name}.status"
    deadline = time.monotonic() + timeout_s
    while not status.exists():
        assert time.monotonic() < deadline, f"{name} was not made within {timeout_s:.0f} s"
        time.sleep(0.2)  # polls a background process, not a timing guess
    code = int(status.read_text(encoding="utf-8"))
    output = (root / f"{name}.log").read_text(encoding="utf-8", errors="replace")
    assert code == 0, f"{name} failed (exit {code}):\n{output[-6000:]}"
    return root / name


def wait_for_step(root: Path, name: str, step: str, timeout_s: float = TIMEOUT_S) -> None:
    """Wait until the work has done one of its steps (it writes ``root/name.step``, see
    :func:`step_marker`), so that a test needing only that step starts before the rest is
    made; fails with the work's output if the work ended without doing it."""
    marker, status = step_marker(root, name, step), root / f"{name}.status"
    deadline = time.monotonic() + timeout_s
    while not marker.exists():
        if status.exists():  # ended: its own failure says why, else the step is missing
            wait(root, name, timeout_s)
            raise AssertionError(f"{name} ended without the step {step}")
        assert time.monotonic() < deadline, f"{name}: {step} not done within {timeout_s:.0f} s"
        time.sleep(0.2)  # polls a background process, not a timing guess


def step_marker(root: Path, name: str, step: str) -> Path:
    """The file the work writes when it has done ``step``."""
    return root / f"{name}.{step}"


def ensure(root: Path, name: str, command: Callable[[Path], list[str]], cwd: Path) -> Path:
    """Start (if no worker has) and wait for ``root/name``."""
    start(root, name, command, cwd)
    return wait(root, name)
