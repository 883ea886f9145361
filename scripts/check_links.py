#!/usr/bin/env python3
"""Kontrollera alla externa länkar (kräver internet): python scripts/check_links.py [--all].

Se docs/editors/links.md. Exit: 0 inga döda länkar, 1 döda länkar hittade, 2 fel i anropet.
"""

import runpy as _runpy
import sys
from pathlib import Path

# src/ on the path, or a message that says how to set up (not a traceback)
_runpy.run_path(str(Path(__file__).resolve().with_name("_setup.py")))

from hjalpguide.links.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
