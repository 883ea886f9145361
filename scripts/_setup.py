"""Makes the editors' commands work from a fresh clone, however they are started.

`python scripts/x.py` finds the project's package in src/ even when it is not installed;
when a library it needs is missing, the command says how to set up (exit 2) instead of a
ModuleNotFoundError traceback. Imported first by every script in this folder.
"""

import importlib.util
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
NEEDED = ("yaml", "mkdocs", "jinja2")

if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))

_missing = [name for name in NEEDED if importlib.util.find_spec(name) is None]
if _missing:
    script = Path(getattr(sys.modules.get("__main__"), "__file__", "") or "…").name
    print(f"Det här Python-programmet saknar {', '.join(_missing)}.\n"
             f"Kör en gång: make check   (den installerar allt i mappen .venv)\n"
             f"Använd sedan: .venv/bin/python scripts/{script}", file=sys.stderr)
    sys.exit(2)
