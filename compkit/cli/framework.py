"""The framework commands: list, show, validate and export."""

from __future__ import annotations

import sys
from pathlib import Path

from .._atomic import as_path
from .._words import plural
from ..errors import CompkitError, UsageError
from ._common import EXIT_BAD_INPUT, EXIT_OK, FRAMEWORK_HELP, format_table, printable


def add_parsers(sub) -> None:
    """Add list, show, validate and export."""
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
        "--polarity",
        choices=("effective", "ineffective", "all"),
        help="effective statements, negative (ineffective) ones, or all (default: all when "
        "listing, effective for what a --role or cumulative --level must show)",
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
        help="export a framework to CSV, XLSX, JSON, GraphML, CSV tables or CASE",
        description="Export a framework to a file, written atomically.",
    )
    exp.add_argument("framework", metavar="ID|PATH", help=FRAMEWORK_HELP)
    exp.add_argument(
        "--to",
        choices=("csv", "xlsx", "json", "graphml", "workbook", "tables", "case"),
        help="format (default: from the suffix of -o); xlsx (or workbook): the authoring "
        "workbook, to read or edit and bring back with 'compkit import'; tables: the same as a "
        "folder of CSV files; case: a 1EdTech CASE 1.1 JSON package",
    )
    exp.add_argument("-o", "--output", required=True, help="the file to write")


def _cmd_list(args) -> int:
    import pandas as pd

    from ..framework.io import load_all

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
    from ..framework.io import load

    fw = load(args.framework)
    if args.role and args.level:
        raise UsageError("give --level or --role, not both")
    _one_named(fw.competency_records, args.competency, fw.competency_term, "--competency")
    _one_named(fw.role_records, args.role, "role", "--role")
    if args.cumulative and not (args.role or args.level):
        raise UsageError(
            "--cumulative adds the levels below a --level or a --role's levels; give one of them"
        )
    if args.role or (args.level and args.cumulative):
        table = fw.profile(
            level=args.level,
            role=args.role,
            cumulative=args.cumulative or None,
            polarity=args.polarity or "effective",
        )
    else:
        table = fw.indicators
        if args.level:
            table = table[table["level"] == fw.level(args.level).id]
        if args.polarity not in (None, "all"):
            table = table[table["polarity"] == args.polarity]
    if args.competency:
        table = table[table["competency_id"] == fw.competency(args.competency).id]
    if args.format == "csv":
        from ..framework.export import csv_text

        sys.stdout.write(csv_text(table))
    elif args.format == "json":
        sys.stdout.write(table.to_json(orient="records", force_ascii=False, indent=1) + "\n")
    else:
        print(format_table(_readable(fw, table)) if len(table) else "(no indicators)")
    return EXIT_OK


def _readable(fw, table):
    """The text table of ``show``: names, headers in words, the id last (CSV and JSON keep ids).

    The polarity column stands only for a framework with ineffective statements.
    """
    columns = {
        "competency": fw.competency_term.capitalize(),
        "level_name": "Level",
        "position": "No.",
        "polarity": "Polarity",
        "text": "Statement",
        "indicator_id": "Id",
    }
    if not any(i.polarity == "ineffective" for i in fw.indicator_records):
        del columns["polarity"]
    return table[list(columns)].rename(columns=columns)


def _one_named(items, key: str | None, kind: str, option: str) -> None:
    """Refuse a name that two items bear (and no item has as its id): which one is ambiguous."""
    if not key or any(item.id == key for item in items):
        return
    wanted = " ".join(key.split()).casefold()
    same = [item.id for item in items if " ".join(item.name.split()).casefold() == wanted]
    if len(same) > 1:
        raise UsageError(
            f"{option} {key!r} names {plural(len(same), kind)} ({', '.join(same)}); "
            f"give the id of the one you mean, or rename one (rule S008)"
        )


def _cmd_validate(args) -> int:
    from ..framework.io import load

    failed = 0
    for item in args.paths:  # every file is checked: one bad file does not hide the next
        try:
            fw = load(item)
        except CompkitError as exc:
            if len(args.paths) == 1:
                raise
            print(f"compkit: error: {printable(str(exc))}", file=sys.stderr)
            failed += 1
            continue
        print(
            f"ok: {fw.path or item}: {plural(len(fw.level_records), 'level')}, "
            f"{plural(len(fw.competency_records), fw.competency_term)}, "
            f"{plural(len(fw.indicator_records), 'indicator')}, "
            f"{plural(len(fw.role_records), 'role')}"
        )
        from ..framework.lookup import rank_gap

        if gap := rank_gap(fw.level_records):  # read as an order: said, not refused
            print(
                f"  note: {printable(gap)}; if no level is missing, rank them 1 to "
                f"{len(fw.level_records)}"
            )
    if failed:
        print(f"{plural(failed, 'file')} of {len(args.paths)} failed", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _cmd_export(args) -> int:
    from ..authoring.exports import export

    if args.to is None and args.output.lower().endswith((".yaml", ".yml")):
        _no_yaml_export(args)
    if args.to != "tables" and as_path(args.output, "-o").is_dir():
        raise UsageError(
            f"-o {printable(args.output)}: is a folder; expected the file to write, e.g. "
            f"-o {printable(str(Path(args.output) / 'framework.csv'))} (a folder is written "
            "by --to tables: add it to write the CSV tables into it)"
        )
    path = export(args.framework, args.output, to=args.to)
    print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


def _no_yaml_export(args) -> None:
    """Refuse ``export -o X.yaml``, saying where the framework's YAML file already is.

    A newcomer after a draft to edit (README: ``compkit report wsx build/wsx-draft.yaml``)
    typed ``compkit export wsx -o build/wsx-draft.yaml`` and read only "unknown export format
    '.yaml'".
    """
    from ..framework.io import load

    fw = load(args.framework)
    raise UsageError(
        f"-o {args.output}: export writes csv, xlsx, json, graphml, tables or case, not YAML; "
        f"the framework file is YAML already: copy {printable(str(fw.path))} to edit a draft, "
        "or write an edited workbook back with 'compkit import FILE.xlsx -o "
        f"{printable(args.output)}'"
    )


COMMANDS = {
    "list": _cmd_list,
    "show": _cmd_show,
    "validate": _cmd_validate,
    "export": _cmd_export,
}
