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
        choices=("csv", "xlsx", "json", "graphml"),
        help="format (default: from the suffix of -o)",
    )
    exp.add_argument("-o", "--output", required=True, help="the file to write")
    return parser


def _version() -> str:
    from . import __version__

    return __version__


def _cmd_list(args) -> int:
    import pandas as pd

    from .io import load_all

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
    from .io import load

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
        from .export import safe_csv_frame

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
    from .io import load

    for item in args.paths:
        fw = load(item)
        print(
            f"ok: {fw.path or item}: {len(fw.level_records)} levels, "
            f"{len(fw.competency_records)} {fw.competency_term_plural}, "
            f"{len(fw.indicator_records)} indicators, {len(fw.role_records)} roles"
        )
    return EXIT_OK


def _cmd_export(args) -> int:
    from .export import export

    path = export(args.framework, args.output, to=args.to)
    print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


COMMANDS = {"list": _cmd_list, "show": _cmd_show, "validate": _cmd_validate, "export": _cmd_export}


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
