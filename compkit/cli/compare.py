"""The comparison command: report."""

from __future__ import annotations

import argparse
import sys

from ._common import EXIT_OK, FRAMEWORK_HELP, document_output


def add_parsers(sub) -> None:
    """The comparison report of two frameworks (see compkit.report)."""
    rep = sub.add_parser(
        "report",
        help="compare two frameworks in a report for a client (HTML, Word or Markdown)",
        description=(
            "Compare two frameworks for a client: a summary in plain words, then shape, levels, "
            "statements per competency and level, voice, length, scope by level, themes and "
            "gaps, values, the framework graphs, a cross-walk section when a cross-walk is given "
            "(or ships for the pair) and, unless --no-appendix, every statement. Written as one "
            "self-contained HTML file (pictures embedded, opens offline, prints on A4), an "
            "editable Word document (.docx), or Markdown (its pictures as PNG files in "
            "<name>_figures/ beside it)."
        ),
    )
    rep.add_argument("a", metavar="A", help=FRAMEWORK_HELP)
    rep.add_argument("b", metavar="B", help=FRAMEWORK_HELP)
    rep.add_argument("-o", "--output", required=True, help="the report file (.html, .docx or .md)")
    rep.add_argument(
        "--to", choices=("html", "docx", "md"), help="format (default: from the suffix of -o)"
    )
    rep.add_argument("--title", help="the report's title (default: '<A> and <B>: how ... compare')")
    rep.add_argument("--author", default="", help="who prepared the report, shown under the title")
    rep.add_argument(
        "--date",
        type=_date,
        help="the report's date: YYYY-MM-DD or words of your own (default: today)",
    )
    cw = rep.add_mutually_exclusive_group()
    cw.add_argument(
        "--crosswalk",
        metavar="FILE",
        help="a cross-walk of A to B (SSSOM TSV) to report on, or 'suggest' to compute "
        "suggested matches (default: the reviewed cross-walk shipped for the pair, if any)",
    )
    cw.add_argument("--no-crosswalk", action="store_true", help="leave the cross-walk section out")
    rep.add_argument(
        "--no-appendix", action="store_true", help="leave out the appendix of every statement"
    )


def _date(text: str) -> str:
    """A --date: refused at once when shaped like a date that is none (2026-13-45)."""
    from ..compare._reportargs import report_date
    from ..errors import UsageError

    try:
        report_date(text)
    except UsageError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return text


def _cmd_report(args) -> int:
    from ..compare.report import write_report

    document_output(args.output, args.to, ("html", "docx", "md"), "report")
    out = write_report(
        args.a,
        args.b,
        args.output,
        to=args.to,
        title=args.title,
        author=args.author,
        date=args.date,
        crosswalk=False if args.no_crosswalk else args.crosswalk,
        appendix=not args.no_appendix,
    )
    print(f"wrote {out}", file=sys.stderr)
    return EXIT_OK


COMMANDS = {
    "report": _cmd_report,
}
