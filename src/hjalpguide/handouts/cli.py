"""``python -m hjalpguide.handouts build``: make the A4 handouts (PDF) before the site.

Exit codes: 0 all handouts made and they fit; 1 findings (a handout is longer than one A4
sheet per language: the list says which page to shorten); 2 usage error, unreadable data,
or WeasyPrint or a font missing (the message says how to install it).

Progress: one updating line when the output is a terminal, one line per handout otherwise
(CI logs), e.g. ``[12/80] ar bankid/skaffa-bankid … 0.4 s``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from hjalpguide import findings as found
from hjalpguide.facts.site import FactsError
from hjalpguide.handouts import pdf, texts
from hjalpguide.handouts.build import KINDS, build
from hjalpguide.translation_quality import QUALITY_FILE, QualityError


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command != "build":
        parser.print_help()
        return 2
    return _build(args)


def _build(args) -> int:
    from hjalpguide.handouts.sources import load_project
    from hjalpguide.paths import project_root

    try:
        config = Path(args.config) if args.config else project_root() / "mkdocs.yml"
        project = load_project(config, Path(args.out) if args.out else None)
    except Exception as error:  # mkdocs.yml unreadable: say so, no traceback
        print(f"Kan inte läsa {args.config or 'mkdocs.yml'}: {error}", file=sys.stderr)
        return 2
    only = {code.strip() for code in args.lang.split(",") if code.strip()} if args.lang else None
    unknown = sorted((only or set()) - set(project.languages))
    if unknown:
        print(f"Okänt språk: {', '.join(unknown)}. Språken finns i mkdocs.yml: "
              f"{', '.join(project.languages)}.", file=sys.stderr)
        return 2
    kinds = {kind.strip() for kind in args.kind.split(",") if kind.strip()} if args.kind else None
    if kinds and kinds - set(KINDS):
        print(f"Okänd sorts utskrift: {', '.join(sorted(kinds - set(KINDS)))}. Välj bland: "
              f"{', '.join(KINDS)}.", file=sys.stderr)
        return 2
    wrong_municipality = _unknown_municipality(project)
    if wrong_municipality:  # before minutes of handouts without the municipality's places
        print(wrong_municipality, file=sys.stderr)
        return 2
    display = Progress(sys.stdout, quiet=args.quiet)
    try:
        outcome = build(project, force=args.force, workers=args.jobs, only=only, kinds=kinds,
                        progress=display)
    except pdf.DependencyError as error:
        print(str(error), file=sys.stderr)
        return 2
    except texts.TextsError as error:
        print("Utskrifternas texter har fel:\n" + str(error), file=sys.stderr)
        return 2
    except FactsError as error:
        print("Faktaregistret eller en sidas fakta har fel:\n" + str(error), file=sys.stderr)
        return 2
    except QualityError as error:
        print(f"{QUALITY_FILE} har fel:\n{error}", file=sys.stderr)
        return 2
    display.finish()
    made = len(outcome.made)
    cost = (f" (processortid {outcome.cpu_seconds:.1f} s, minne högst "
            f"{outcome.peak_rss_kib / 1024:.0f} MiB per process)" if made else "")
    print(f"Utskrifter: {made} gjorda, {outcome.reused} oförändrade, "
          f"{len(outcome.removed)} borttagna, på {outcome.seconds:.1f} s{cost} "
          f"→ {project.out_dir}/manifest.json")
    if outcome.findings:
        print(found.as_text(outcome.findings))
    return found.exit_code(outcome.findings)


class Progress:
    """"[3/40] ar bankid/skaffa-bankid … 0.4 s": one updating line on a terminal."""

    def __init__(self, stream, quiet: bool = False):
        self.stream = stream
        self.quiet = quiet
        self.tty = hasattr(stream, "isatty") and stream.isatty()
        self.width = 0

    def __call__(self, done: int, total: int, job, seconds: float) -> None:
        if self.quiet:
            return
        line = f"[{done}/{total}] {job.label} … {seconds:.1f} s"
        if self.tty:
            self.stream.write("\r" + line.ljust(self.width))
            self.width = len(line)
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self) -> None:
        if self.tty and self.width:
            self.stream.write("\n")
            self.stream.flush()


def _unknown_municipality(project) -> str:
    """The message when the deployer's municipality code is not a municipality's."""
    from hjalpguide.config import municipality_origin
    from hjalpguide.contacts import kommuner

    csv_file = project.root / "data" / "kommuner.csv"
    if not project.municipality or not csv_file.is_file():
        return ""
    return kommuner.unknown_code(project.municipality, kommuner.load(csv_file),
                                 municipality_origin())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m hjalpguide.handouts",
        description="Gör Hjälpguidens utskrifter (A4, PDF) av sidorna med printable: true.")
    sub = parser.add_subparsers(dest="command")
    make = sub.add_parser("build", help="gör utskrifterna som har ändrats",
                          description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    make.add_argument("--config", help="webbplatsens mkdocs.yml (standard: den i projektets mapp)")
    make.add_argument("--out", help="mapp för utskrifterna (standard: build/handouts)")
    make.add_argument("--lang", help="bara de här språken, t.ex. ar,ti")
    make.add_argument("--kind", help="bara de här sorterna: single (ett språk), bilingual "
                      "(med svenska), referral (hänvisningsblad per kommun), t.ex. referral")
    make.add_argument("--jobs", type=int, help="antal processer (standard: antal kärnor)")
    make.add_argument("--force", action="store_true", help="gör om alla, även oförändrade")
    make.add_argument("--quiet", action="store_true", help="ingen rad per utskrift")
    return parser
