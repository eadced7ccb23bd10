"""The consistency-checker commands: check, rule and rules."""

from __future__ import annotations

import argparse
import sys

from .._words import plural
from ._common import EXIT_FINDINGS, EXIT_OK, FRAMEWORK_HELP, format_table
from .checkview import markdown, statements, table, width
from .findings import FAIL_ON, FORMATS, fails, github, located, shown

#: Findings past which the summary also counts them by rule (the rules that make the many).
BY_RULE = 20
#: Severities, most severe first: the order a person reads the table and Markdown in.
_SEVERE = {"error": 0, "warning": 1, "info": 2}
#: Annotations of one kind GitHub shows per step (actions/toolkit, docs/problem-matchers.md).
ANNOTATIONS_SHOWN = 10

#: ``compkit check --help``'s closing lines: where a finding stands, and CI use.
_EPILOG = """file and line:
  every finding names the framework file checked and the line of what it is about:
  a statement's text, a cell's first statement, a level's, value's, group's or
  role's entry, a role's requirement, or the field concerned ('cumulative:',
  'values:'); a finding about a field the file lacks has the file and no line.
  For a bundled id (cis, wsx) the file is the bundled YAML as installed. A source
  document (Word, PDF, a spreadsheet, CSV, a web page) is not checked: ingest it
  first ('compkit ingest FILE -o FILE.yaml'); until that YAML is written there is
  no line. json, csv and github give the file's full path; the table and markdown
  give it from the current folder when the file is under it.

read by a person:
  the table wraps each finding's message and statement to the terminal's width
  (COLUMNS, else 100); markdown quotes each statement shortened and stops before
  GitHub's 65,536-character limit on a comment, saying how many it left out. csv,
  json and github list every finding in full.

in CI:
  compkit check framework.yaml --format github --fail-on warning
  compkit check framework.yaml --format markdown --fail-on never >> "$GITHUB_STEP_SUMMARY"
"""


def add_parsers(sub) -> None:
    """The consistency-checker commands: check, rule and rules."""
    chk = sub.add_parser(
        "check",
        help="check a framework's consistency (a linter)",
        description=(
            "Check a framework against the consistency rules (see 'compkit rules'); exit 1\n"
            "when a finding has error severity (see --fail-on). Rules can be switched off in\n"
            "the framework file with 'rules: {ignore: [CODE, ...]}'."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
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
        choices=FORMATS,
        default="table",
        help=(
            "table (default; each finding's path:line, then its message and statement wrapped "
            "to the terminal), csv, json (both: the old columns, then file and line), github "
            "(GitHub Actions annotations, as 'ruff --output-format github') or markdown (a "
            "table for a job summary or a pull-request comment, within GitHub's comment limit)"
        ),
    )
    chk.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help=(
            "exit 1 when a finding is this severe or more: error (default), warning, info, or "
            "never (always exit 0 once the check ran)"
        ),
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
    from ..checks.registry import resolve

    resolve(codes, argument=option)  # an unknown code refused naming the option it came with
    return codes


def _some_left(select: list[str] | None, ignore: list[str] | None, args) -> None:
    """Refuse an ``--ignore`` that takes away every rule ``--select`` chose.

    ``--select T011 --ignore T011`` checked nothing and said "no findings", exit 0: in CI, a
    check that passes whatever the file holds.
    """
    if not select or not ignore:
        return
    from ..checks.registry import resolve
    from ..errors import UsageError

    if not resolve(select) - resolve(ignore):
        raise UsageError(
            f"--ignore {' '.join(args.ignore)} leaves none of the rules --select "
            f"{' '.join(args.select)} chose; expected rules to check: leave out --ignore, or "
            "--select other rules"
        )


def _cmd_check(args) -> int:
    from ..checks import check
    from ..framework.io import load

    select, ignore = _codes(args.select, "--select"), _codes(args.ignore, "--ignore")
    _some_left(select, ignore, args)
    fw = load(args.framework)
    report = check(fw, select=select, ignore=ignore)
    frame = located(report, fw)
    if args.format in ("table", "markdown"):  # read by a person: the most severe first
        rank = frame["severity"].map(_SEVERE)
        frame = frame.assign(_rank=rank).sort_values(["_rank", "code"], kind="stable")
        frame = frame.drop(columns="_rank").reset_index(drop=True)
    if args.format == "csv":
        from ..framework.export import csv_text

        sys.stdout.write(csv_text(frame))
    elif args.format == "json":
        sys.stdout.write(frame.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    elif args.format == "github":
        sys.stdout.write(github(frame))
        _unshown(frame)
    elif args.format == "markdown":
        title = shown(str(fw.path)) if fw.path else fw.id
        sys.stdout.write(markdown(frame, statements(frame, fw), title))
    elif len(frame):
        print(table(frame, statements(frame, fw), columns=width()))
    for note in report.notes:  # rules left out (a framework not in English)
        print(f"note: {note}", file=sys.stderr)
    counts = frame["severity"].value_counts()
    tally = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if s in counts)
    if frame["code"].nunique() > 1 and len(frame) > BY_RULE:  # which rules make the many
        per = frame.groupby(["severity", "code", "name"], sort=False).size().rename("n")
        per = per.reset_index().sort_values("n", ascending=False, kind="stable")
        per = per.sort_values("severity", key=lambda s: s.map(_SEVERE), kind="stable")
        said = [f"{r.code} {r.name} {r.n} ({r.severity})" for r in per.itertuples(index=False)]
        print("by rule: " + "; ".join(said), file=sys.stderr)
    print(
        f"{plural(len(frame), 'finding')} ({tally})" if len(frame) else "no findings",
        file=sys.stderr,
    )
    return EXIT_FINDINGS if fails(frame["severity"], args.fail_on) else EXIT_OK


def _unshown(frame) -> None:
    """Say on stderr when GitHub will not show every annotation, and where they all are.

    GitHub shows 10 annotations of each kind (error, warning, notice) per step and drops the
    rest without a word; the log keeps them all.
    """
    counts = frame["severity"].value_counts()
    over = [s for s in ("error", "warning", "info") if counts.get(s, 0) > ANNOTATIONS_SHOWN]
    if over:
        kinds = {"error": "error", "warning": "warning", "info": "notice"}
        said = ", ".join(plural(counts[s], kinds[s]) for s in over)
        print(
            f"note: GitHub shows {ANNOTATIONS_SHOWN} annotations of each kind per step ({said} "
            "here); the log lists them all, and '--format markdown >> \"$GITHUB_STEP_SUMMARY\"' "
            "in a step of its own lists them in the job's summary",
            file=sys.stderr,
        )


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
