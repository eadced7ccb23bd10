"""The consistency-checker commands: check, rule and rules."""

from __future__ import annotations

import sys

from .._words import plural
from ._common import EXIT_FINDINGS, EXIT_OK, FRAMEWORK_HELP, format_table


def add_parsers(sub) -> None:
    """The consistency-checker commands: check, rule and rules."""
    chk = sub.add_parser(
        "check",
        help="check a framework's consistency (a linter)",
        description=(
            "Check a framework against the consistency rules (see 'compkit rules'); exit 1 when "
            "a finding has error severity. Rules can be switched off in the framework file with "
            "'rules: {ignore: [CODE, ...]}'."
        ),
    )
    chk.add_argument("framework", metavar="ID|PATH", help=FRAMEWORK_HELP)
    chk.add_argument(
        "--select",
        nargs="+",
        metavar="CODE",
        help="only these codes, prefixes or names (space- or comma-separated)",
    )
    chk.add_argument(
        "--ignore",
        nargs="+",
        metavar="CODE",
        help="skip these codes, prefixes or names (space- or comma-separated)",
    )
    chk.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="output format (default: table)",
    )
    one = sub.add_parser(
        "rule",
        help="print a rule's documentation",
        description="Print the documentation of one consistency rule.",
    )
    one.add_argument("code", metavar="CODE", help="a rule code (T005) or name (misspelling)")
    every = sub.add_parser(
        "rules", help="list the consistency rules", description="List every consistency rule."
    )
    every.add_argument(
        "--format",
        choices=("table", "md"),
        default="table",
        help="a table, or the Markdown of docs/rules.md",
    )


def _codes(values: list[str] | None, option: str) -> list[str] | None:
    """Codes given as ``T007 T011`` or ``T007,T011`` (as ruff and flake8 take them).

    An option given nothing but blanks and commas (a variable left unset in a script) is
    refused: ``--select ""`` checked every rule, and ``--ignore ""`` ignored none.
    """
    if values is None:
        return None
    codes = [code.strip() for value in values for code in value.split(",") if code.strip()]
    if not codes:
        from ..errors import UsageError

        raise UsageError(f"{option} is empty; expected rule codes, prefixes or names (T005, T)")
    return codes


def _cmd_check(args) -> int:
    from ..checks import check

    report = check(
        args.framework,
        select=_codes(args.select, "--select"),
        ignore=_codes(args.ignore, "--ignore"),
    )
    frame = report.to_frame()
    if args.format == "csv":
        from ..framework.export import csv_text

        sys.stdout.write(csv_text(frame))
    elif args.format == "json":
        sys.stdout.write(frame.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    elif len(frame):
        cols = ["code", "severity", "indicator_id", "related_id", "source_lines", "message"]
        print(format_table(frame[cols]))
    counts = frame["severity"].value_counts()
    tally = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if s in counts)
    print(
        f"{plural(len(frame), 'finding')} ({tally})" if len(frame) else "no findings",
        file=sys.stderr,
    )
    return EXIT_FINDINGS if report.has_errors else EXIT_OK


def _cmd_rule(args) -> int:
    from ..checks import get_rule

    r = get_rule(args.code)
    print(f"{r.code} {r.name} ({r.severity}, {r.family})\n\n{r.doc}")
    return EXIT_OK


def _cmd_rules(args) -> int:
    import pandas as pd

    from ..checks import rules_markdown, sorted_rules

    if args.format == "md":
        sys.stdout.write(rules_markdown())
    else:
        rows = [(r.code, r.name, r.severity, r.family, r.summary) for r in sorted_rules()]
        columns = ["code", "name", "severity", "family", "summary"]
        print(format_table(pd.DataFrame(rows, columns=columns)))
    return EXIT_OK


COMMANDS = {
    "check": _cmd_check,
    "rule": _cmd_rule,
    "rules": _cmd_rules,
}
