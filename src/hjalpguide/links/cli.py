"""Kontrollera alla externa länkar (kräver internet): ``make check-links``.

Every external address in the guides, the facts register and the help places
(:mod:`collect`) is asked once (:mod:`check`), politely; results younger than
``--max-age`` hours come from ``build/link-cache.json`` (:mod:`cache`). Findings
(:mod:`report`) are printed one per line in the project's format, with the file and line
of every place the address is written.

Exit: 0 no dead links (warnings may be printed), 1 at least one dead link, 2 usage error
(no project) or no answer from any site (offline). Never run by ``make test``: it needs
the network. See docs/editors/links.md.
"""

from __future__ import annotations

import argparse
import sys
import time

from hjalpguide import commands
from hjalpguide import findings as fmt
from hjalpguide.links import cache, check, collect, report
from hjalpguide.paths import project_root

#: When this many addresses all give no answer at all, the computer is offline: one
#: message (exit 2) rather than hundreds of dead links.
OFFLINE_AFTER = 5


def build_parser() -> argparse.ArgumentParser:
    defaults = check.Settings()
    parser = argparse.ArgumentParser(
        prog="check_links.py", description="Kontrollera alla externa länkar (kräver internet).")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--all", action="store_true",
                        help="visa också tillfälliga omdirigeringar (302, 303, 307)")
    parser.add_argument("--max-age", type=float, default=24.0, metavar="TIMMAR",
                        help="använd sparade svar som är yngre än så (standard 24; 0 = fråga "
                             "om allt)")
    parser.add_argument("--timeout", type=float, default=defaults.timeout, metavar="SEKUNDER",
                        help=f"vänta så länge på varje svar (standard {defaults.timeout:g})")
    parser.add_argument("--slow", type=float, default=defaults.slow, metavar="SEKUNDER",
                        help=f"rapportera svar som tar längre tid (standard {defaults.slow:g})")
    parser.add_argument("--per-host", type=int, default=defaults.per_host, metavar="N",
                        help=f"högst så många frågor samtidigt till en webbplats (standard "
                             f"{defaults.per_host})")
    parser.add_argument("--retries", type=int, default=defaults.retries, metavar="N",
                        help=f"försök igen så många gånger (standard {defaults.retries})")
    commands.add_root_option(parser)
    return parser


def main(argv: list[str] | None = None, settings: check.Settings | None = None) -> int:
    """``settings`` lets the tests shorten the pauses; the options override it."""
    args = commands.parse(build_parser(), argv)
    if isinstance(args, int):
        return args
    try:
        root = (args.root or project_root()).resolve()
    except FileNotFoundError as error:
        print(f"Fel: {error}", file=sys.stderr)
        return 2
    settings = settings or check.Settings()
    settings.timeout, settings.slow, settings.retries = args.timeout, args.slow, args.retries
    settings.per_host = max(1, args.per_host)
    places = collect.collect(root)
    cache_path = root / "build" / cache.FILE_NAME
    cached = cache.load(cache_path, args.max_age) if args.max_age > 0 else {}
    ask = [url for url in places if url not in cached]
    start = time.monotonic()
    asked = check.check_urls(ask, settings)
    if len(asked) >= OFFLINE_AFTER and all(r.status is None for r in asked.values()):
        print(f"Fel: ingen av de {len(asked)} webbplatserna svarade. Är datorn ansluten till "
              "internet? Försök igen senare.", file=sys.stderr)
        return 2
    results = {**cached, **asked}
    cache.save(cache_path, results, settings.slow)
    found = report.findings(results, places, settings.slow, show_all=args.all)
    summary = (f"Kontrollerade {len(places)} adresser ({len(cached)} sparade svar, "
               f"{len(ask)} frågade på {time.monotonic() - start:.0f} s): "
               f"{len(fmt.errors(found))} fel, {len(found) - len(fmt.errors(found))} varningar.")
    if args.format == "json":
        print(fmt.as_json(found, summary=summary, addresses=len(places)))
    else:
        if found:
            print(fmt.as_text(found))
        print(summary)
    return fmt.exit_code(found)
