#!/usr/bin/env python3
"""Hämta kommunernas egna kontaktuppgifter: python scripts/import_municipalities.py [--dry-run].

Skriver kommunens växel, webbplats och e-post från data/kommun-kontakter.csv till
data/help-places/. Se docs/editors/help-places.md. Exit: 0 klart, 1 fel i indata, 2 kan
inte läsa indata.
"""

import sys

import _setup  # noqa: F401  (src/ on the path, or how to set up)

from hjalpguide.contacts.import_cli import main

if __name__ == "__main__":
    sys.exit(main())
