#!/usr/bin/env python3
"""Kontrollera hjälpställena: python scripts/validate_contacts.py [--fix] [--format json].

Se docs/editors/help-places.md. Exit: 0 inga fel, 1 fel hittade, 2 kan inte läsa indata.
"""

import runpy as _runpy
import sys
from pathlib import Path

# src/ on the path, or a message that says how to set up (not a traceback)
_runpy.run_path(str(Path(__file__).resolve().with_name("_setup.py")))

from hjalpguide.contacts.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
