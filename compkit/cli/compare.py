"""The comparison command: report."""

from __future__ import annotations

import sys

from ._common import EXIT_OK, FRAMEWORK_HELP


def add_parsers(sub) -> None:
    """The comparison report of two frameworks (see compkit.report)."""
    rep = sub.add_parser(
        "report",
        help="compare two frameworks in a standalone HTML (or Markdown) report",
        description=(
            "Compare two frameworks: shape, levels, statements per competency and level, voice, "
            "length, scope by level, themes and gaps, values, and the framework graphs, in one "
            "self-contained HTML file (pictures embedded, opens offline) or in Markdown (its "
            "pictures as PNG files in <name>_figures/ beside it)."
        ),
    )
    rep.add_argument("a", metavar="A", help=FRAMEWORK_HELP)
    rep.add_argument("b", metavar="B", help=FRAMEWORK_HELP)
    rep.add_argument("-o", "--output", required=True, help="the report file (.html or .md)")
    rep.add_argument("--to", choices=("html", "md"), help="format (default: from the suffix of -o)")


def _cmd_report(args) -> int:
    from ..compare.report import write_report

    print(f"wrote {write_report(args.a, args.b, args.output, to=args.to)}", file=sys.stderr)
    return EXIT_OK


COMMANDS = {
    "report": _cmd_report,
}
