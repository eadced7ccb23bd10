"""The ``compkit`` command line: list, show, validate and export frameworks in batch work.

Exit status: 0 success, 1 findings (reserved for checks), 2 bad input (a bad file or argument),
with one clear message on standard error and never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .errors import CompkitError, UsageError

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
FRAMEWORK_HELP = "a bundled framework id (cis, wsx) or the path of a framework YAML file"


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit with status 2."""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _build() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="compkit",
        description="Competency frameworks as data: list, show, validate and export them.",
        epilog="Exit status: 0 ok, 1 findings, 2 bad input.",
    )
    parser.add_argument("--version", action="version", version=f"compkit {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    sub.add_parser(
        "list",
        help="list the bundled frameworks",
        description="List the bundled frameworks with their size.",
    )

    show = sub.add_parser(
        "show",
        help="show a framework's indicators",
        description="Show the indicators of a framework as a table, CSV or JSON.",
    )
    show.add_argument("framework", metavar="ID|PATH", help=FRAMEWORK_HELP)
    show.add_argument("--level", help="only this level (id, name or rank)")
    show.add_argument("--competency", help="only this competency or cluster (id or name)")
    show.add_argument("--role", help="only what this role requires (id or name)")
    show.add_argument(
        "--cumulative",
        action="store_true",
        help="with --level or --role: include every lower level too",
    )
    show.add_argument(
        "--format",
        choices=("table", "csv", "json"),
        default="table",
        help="output format (default: table)",
    )

    val = sub.add_parser(
        "validate",
        help="validate framework files",
        description="Validate framework files; report every problem with its line.",
    )
    val.add_argument("paths", nargs="+", metavar="PATH|ID", help=FRAMEWORK_HELP)

    exp = sub.add_parser(
        "export",
        help="export a framework to CSV, XLSX, JSON or GraphML",
        description="Export a framework to a file, written atomically.",
    )
    exp.add_argument("framework", metavar="ID|PATH", help=FRAMEWORK_HELP)
    exp.add_argument(
        "--to",
        choices=("csv", "xlsx", "json", "graphml", "case", "workbook", "tables"),
        help="format (default: from the suffix of -o); case: a 1EdTech CASE 1.1 JSON package; "
        "workbook: an authoring workbook to edit and 'compkit import'; tables: the same as a "
        "folder of CSV files",
    )
    exp.add_argument("-o", "--output", required=True, help="the file to write")
    _add_authoring_commands(sub)
    _add_check_commands(sub)
    _add_report_command(sub)
    _add_crosswalk_command(sub)
    return parser


def _add_authoring_commands(sub) -> None:
    """The authoring commands: diff, render and import (see compkit.diff, render, workbook)."""
    dif = sub.add_parser(
        "diff",
        help="show what changed between two versions of a framework",
        description=(
            "Compare two versions of a framework: statements added, removed, reworded (with a "
            "word-level diff), moved to another level or competency, split or merged; matched "
            "by id first, then by text similarity."
        ),
    )
    dif.add_argument("old", metavar="OLD", help=FRAMEWORK_HELP)
    dif.add_argument("new", metavar="NEW", help=FRAMEWORK_HELP)
    dif.add_argument(
        "--format",
        choices=("table", "csv", "md", "html"),
        default="table",
        help="a table, CSV, or a Markdown or HTML change log (default: table)",
    )
    dif.add_argument("-o", "--output", help="write to this file instead of standard output")
    dif.add_argument("--all", action="store_true", help="also list unchanged statements")
    dif.add_argument(
        "--exit-code",
        action="store_true",
        help="exit with status 1 when the versions differ (as git diff --exit-code)",
    )
    ren = sub.add_parser(
        "render",
        help="render a framework as a Word, HTML or Markdown document",
        description=(
            "Render a framework as a document: introduction, then each competency with its "
            "description, values and a table with one column per level, role levels highlighted."
        ),
    )
    ren.add_argument("framework", metavar="ID|PATH", help=FRAMEWORK_HELP)
    ren.add_argument(
        "--to", choices=("docx", "html", "md"), help="format (default: from the suffix of -o)"
    )
    ren.add_argument("-o", "--output", required=True, help="the file to write")
    ren.add_argument("--role", help="highlight only this role's levels (default: every role)")
    imp = sub.add_parser(
        "import",
        help="import a framework from a workbook, CSV tables or a CASE package",
        description=(
            "Import a framework from an authoring workbook (.xlsx, from 'compkit export --to "
            "workbook'), a folder of CSV tables ('--to tables'), a CASE 1.1 JSON package or a "
            "framework file, and write it as a framework YAML file. Every problem is reported "
            "with its sheet, row and column, and nothing is written."
        ),
    )
    imp.add_argument("source", metavar="FILE", help="the workbook, folder or JSON package")
    imp.add_argument(
        "-o",
        "--output",
        required=True,
        help="the framework YAML file to write (an existing one is edited in place, keeping "
        "its comments and layout)",
    )


def _version() -> str:
    from . import __version__

    return __version__


def _cmd_list(args) -> int:
    import pandas as pd

    from .framework.io import load_all

    rows = [
        {
            "id": fw.id,
            "organisation": fw.organisation,
            "title": fw.title,
            "levels": len(fw.level_records),
            "competencies": len(fw.competency_records),
            "indicators": len(fw.indicator_records),
            "roles": len(fw.role_records),
        }
        for fw in load_all().values()
    ]
    print(format_table(pd.DataFrame(rows)))
    return EXIT_OK


def _cmd_show(args) -> int:
    from .framework.io import load

    fw = load(args.framework)
    if args.role and args.level:
        raise UsageError("give --level or --role, not both")
    if args.role or (args.level and args.cumulative):
        table = fw.profile(level=args.level, role=args.role, cumulative=args.cumulative or None)
    else:
        table = fw.indicators
        if args.level:
            table = table[table["level"] == fw.level(args.level).id]
    if args.competency:
        table = table[table["competency_id"] == fw.competency(args.competency).id]
    columns = ["indicator_id", "competency_id", "level", "position", "text"]
    if args.format == "csv":
        from .framework.export import safe_csv_frame

        sys.stdout.write(safe_csv_frame(table).to_csv(index=False))
    elif args.format == "json":
        sys.stdout.write(table.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        print(format_table(table[columns]) if len(table) else "(no indicators)")
    return EXIT_OK


def format_table(frame) -> str:
    """Render a DataFrame as a plain left-aligned text table (full text, no truncation).

    Examples
    --------
    >>> import pandas as pd
    >>> print(format_table(pd.DataFrame({"id": ["a", "bb"], "n": [1, 22]})))
    id  n
    --  --
    a   1
    bb  22
    """
    cells = [[str(c) for c in frame.columns]] + [
        ["" if v is None else str(v) for v in row] for row in frame.itertuples(index=False)
    ]
    widths = [max(len(row[i]) for row in cells) for i in range(len(frame.columns))]
    lines = [
        "  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cmd_validate(args) -> int:
    from .framework.io import load

    for item in args.paths:
        fw = load(item)
        print(
            f"ok: {fw.path or item}: {len(fw.level_records)} levels, "
            f"{len(fw.competency_records)} {fw.competency_term_plural}, "
            f"{len(fw.indicator_records)} indicators, {len(fw.role_records)} roles"
        )
    return EXIT_OK


def _cmd_export(args) -> int:
    from .framework.export import export

    path = export(args.framework, args.output, to=args.to)
    print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


def _cmd_diff(args) -> int:
    from .authoring.versions import diff, render_changelog

    changes = diff(args.old, args.new, unchanged=args.all)
    if args.format in ("md", "html"):
        text = render_changelog(changes, to=args.format)
    elif args.format == "csv":
        from .framework.export import safe_csv_frame

        text = safe_csv_frame(changes).to_csv(index=False)
    else:
        shown = changes.assign(
            id=changes["new_id"].fillna(changes["old_id"]),
            text=changes["word_diff"].where(
                changes["word_diff"] != "", changes["new_text"].fillna(changes["old_text"])
            ),
        )[["item", "change", "id", "note", "text"]]
        text = (format_table(shown) if len(shown) else "no changes") + "\n"
    if args.output:
        from ._atomic import write_text

        print(f"wrote {write_text(args.output, text)}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    changed = bool((changes["change"] != "unchanged").any())
    return EXIT_FINDINGS if args.exit_code and changed else EXIT_OK


def _cmd_render(args) -> int:
    from .authoring.documents import render

    path = render(args.framework, args.output, to=args.to, role=args.role)
    print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


def _cmd_import(args) -> int:
    from .authoring.workbook import import_file
    from .authoring.yamledit import write_yaml

    result = import_file(args.source)
    path = write_yaml(result.framework, args.output)
    fw = result.framework
    parts = [f"wrote {path}: {len(fw.indicator_records)} indicators"]
    if result.added:
        parts.append(f"{len(result.added)} new ({', '.join(result.added)})")
    if result.deleted:
        parts.append(f"{len(result.deleted)} deleted ({', '.join(result.deleted)})")
    print("; ".join(parts), file=sys.stderr)
    return EXIT_OK


def _add_check_commands(sub) -> None:
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
        "--select", nargs="+", metavar="CODE", help="only these codes, prefixes or names"
    )
    chk.add_argument(
        "--ignore", nargs="+", metavar="CODE", help="skip these codes, prefixes or names"
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
    one.add_argument("code", help="a rule code (T005) or name (misspelling)")
    every = sub.add_parser(
        "rules", help="list the consistency rules", description="List every consistency rule."
    )
    every.add_argument(
        "--format",
        choices=("table", "md"),
        default="table",
        help="a table, or the Markdown of docs/rules.md",
    )


def _cmd_check(args) -> int:
    from .checks import check

    report = check(args.framework, select=args.select, ignore=args.ignore)
    frame = report.to_frame()
    if args.format == "csv":
        from .framework.export import safe_csv_frame

        sys.stdout.write(safe_csv_frame(frame).to_csv(index=False))
    elif args.format == "json":
        sys.stdout.write(frame.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    elif len(frame):
        cols = ["code", "severity", "indicator_id", "related_id", "source_lines", "message"]
        print(format_table(frame[cols]))
    counts = frame["severity"].value_counts()
    tally = ", ".join(f"{counts[s]} {s}" for s in ("error", "warning", "info") if s in counts)
    print(f"{len(frame)} findings ({tally})" if len(frame) else "no findings", file=sys.stderr)
    return EXIT_FINDINGS if report.has_errors else EXIT_OK


def _cmd_rule(args) -> int:
    from .checks import get_rule

    r = get_rule(args.code)
    print(f"{r.code} {r.name} ({r.severity}, {r.family})\n\n{r.doc}")
    return EXIT_OK


def _cmd_rules(args) -> int:
    import pandas as pd

    from .checks import rules_markdown, sorted_rules

    if args.format == "md":
        sys.stdout.write(rules_markdown())
    else:
        rows = [(r.code, r.name, r.severity, r.family, r.summary) for r in sorted_rules()]
        columns = ["code", "name", "severity", "family", "summary"]
        print(format_table(pd.DataFrame(rows, columns=columns)))
    return EXIT_OK


def _add_report_command(sub) -> None:
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
    from .compare.report import write_report

    print(f"wrote {write_report(args.a, args.b, args.output, to=args.to)}", file=sys.stderr)
    return EXIT_OK


def _add_crosswalk_command(sub) -> None:
    """The cross-walk command (see compkit.crosswalk)."""
    from .crosswalk._cli import add_parser

    add_parser(sub)


def _cmd_crosswalk(args) -> int:
    from .crosswalk._cli import run

    return run(args)


COMMANDS = {
    "crosswalk": _cmd_crosswalk,
    "report": _cmd_report,
    "list": _cmd_list,
    "show": _cmd_show,
    "validate": _cmd_validate,
    "export": _cmd_export,
    "diff": _cmd_diff,
    "render": _cmd_render,
    "import": _cmd_import,
    "check": _cmd_check,
    "rule": _cmd_rule,
    "rules": _cmd_rules,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 findings, 2 bad input)."""
    try:
        args = _build().parse_args(argv)
        return COMMANDS[args.command](args)
    except CompkitError as exc:
        print(f"compkit: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # e.g. `compkit show cis | head`
        return EXIT_OK
    except OSError as exc:  # an output folder that cannot be written, a full disk, ...
        print(f"compkit: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("compkit: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
