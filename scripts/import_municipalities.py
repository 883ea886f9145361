#!/usr/bin/env python3
"""Hämta kommunernas egna kontaktuppgifter: python scripts/import_municipalities.py [--dry-run].

Skriver kommunens växel, webbplats och e-post från data/kommun-kontakter.csv till
data/help-places/. Se docs/editors/help-places.md. Exit: 0 klart, 1 fel i indata, 2 kan
inte läsa indata.
"""

import runpy as _runpy
import sys
from pathlib import Path

# src/ on the path, or a message that says how to set up (not a traceback)
_runpy.run_path(str(Path(__file__).resolve().with_name("_setup.py")))

from hjalpguide.contacts.import_cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main())
