"""The authoring commands: diff, render, import and carry."""

from __future__ import annotations

import sys

from .._atomic import DOCUMENT_SUFFIXES
from ._common import (
    EXIT_FINDINGS,
    EXIT_OK,
    FRAMEWORK_HELP,
    document_output,
    format_table,
    yaml_output,
)

#: The formats of ``compkit diff`` and the suffixes of their files.
_DIFF_SUFFIXES = {"table": (".txt",), "csv": (".csv",), **DOCUMENT_SUFFIXES}


def add_parsers(sub) -> None:
    """The authoring commands: diff, render and import (see compkit.diff, render, workbook)."""
    dif = sub.add_parser(
        "diff",
        help="show what changed between two versions of a framework",
        description=(
            "Compare two versions of a framework: competencies, levels, groups, values and roles "
            "renamed ('renamed: Old → New'), added, removed, moved to another group or put in a "
            "new order; statements added, removed, reworded (with a word-level diff), moved to "
            "another level or competency, put in a new order in their cell, split, merged or kept "
            "under a new id; matched by id first, then by "
            "text similarity (and a competency or level by what it holds)."
        ),
    )
    dif.add_argument("old", metavar="OLD", help=FRAMEWORK_HELP)
    dif.add_argument("new", metavar="NEW", help=FRAMEWORK_HELP)
    dif.add_argument(
        "--format",
        choices=tuple(_DIFF_SUFFIXES),
        help="a table, CSV, a Markdown or HTML change log, or a Word document of the new "
        "version with every change tracked, to accept or reject in Word (needs -o) "
        "(default: from the suffix of -o; else table)",
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
            "Render a framework as a document: a title page, the introduction, then the "
            "statements by competency (a table with a column per level, role levels "
            "highlighted) or by level, as the source was published; stems, numbering, "
            "effective | ineffective columns and undefined cells as in the source."
        ),
    )
    ren.add_argument("framework", metavar="ID|PATH", help=FRAMEWORK_HELP)
    ren.add_argument(
        "--to", choices=("docx", "html", "md"), help="format (default: from the suffix of -o)"
    )
    ren.add_argument("-o", "--output", required=True, help="the file to write")
    ren.add_argument("--role", help="highlight only this role's levels (default: every role)")
    ren.add_argument(
        "--layout",
        choices=("auto", "competency", "level"),
        default="auto",
        help="by competency (a table of levels each) or by level (each level lists every "
        "competency); default: as the source was published",
    )
    imp = sub.add_parser(
        "import",
        help="import a framework from a workbook, CSV tables or a CASE package",
        description=(
            "Import a framework from an authoring workbook (.xlsx, from 'compkit export --to "
            "workbook'), a folder of CSV tables ('--to tables'), a CASE 1.0 or 1.1 JSON package "
            "(compkit's or another tool's, such as OpenSALT's), or a "
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
        "its comments and layout; a file that is not a framework is refused)",
    )
    imp.add_argument(
        "--force",
        action="store_true",
        help="replace an -o file that is not a framework file, or is another framework's",
    )
    _add_carry(sub)


def _add_carry(sub) -> None:
    car = sub.add_parser(
        "carry",
        help="carry a cross-walk forward to a new version of one of its frameworks",
        description=(
            "Update a cross-walk (SSSOM TSV) for a new version of the framework on one side: "
            "pairs of unchanged statements are kept, a statement under a new id renamed, a "
            "reworded, moved, split or merged one put back to review (its decision noted), a "
            "removed one's pairs rejected; the ids of the old version become the new one's, "
            "even when its id changed (gds-tech-career-path -> gds). The result can be given "
            "to 'compkit crosswalk --reviewed'."
        ),
    )
    car.add_argument(
        "crosswalk", metavar="CROSSWALK", help="the cross-walk: a file or bundled name"
    )
    car.add_argument("old", metavar="OLD", help="the old version: " + FRAMEWORK_HELP)
    car.add_argument("new", metavar="NEW", help="the new version: " + FRAMEWORK_HELP)
    car.add_argument(
        "--side",
        choices=("subject", "object"),
        default=None,
        help=(
            "the side of the cross-walk OLD is on (default: the side whose ids are OLD's "
            "statements; needed only when both sides' could be)"
        ),
    )
    car.add_argument("-o", "--output", required=True, help="the SSSOM TSV file to write")
    car.add_argument("--force", action="store_true", help="replace an existing -o file")


#: What ``carry`` and ``take-review`` write: an SSSOM cross-walk, a tab-separated file.
SSSOM_SUFFIX = {"SSSOM TSV": (".tsv",)}


def _cmd_carry(args) -> int:
    from pathlib import Path

    from .. import _atomic
    from .._words import plural
    from ..authoring.carry import carry_forward
    from ..crosswalk.carried import carry_said
    from ..crosswalk.sssom import write_sssom
    from ..errors import UsageError

    out = Path(args.output)
    _atomic.check_suffix(out, "SSSOM TSV", SSSOM_SUFFIX)  # a folder, or -o x.yaml, is refused
    if out.exists() and not args.force:
        raise UsageError(
            f"-o {out}: the file exists; expected a new file name, or --force to replace it"
        )
    carried = carry_forward(args.crosswalk, args.old, args.new, side=args.side)
    path = write_sssom(carried.drop(columns=["carry", "carry_note"]), out)
    counts = carried["carry"].value_counts()
    said = ", ".join(
        f"{counts[k]:,} {k}" for k in ("kept", "renamed", "re-review", "retired") if k in counts
    )
    print(f"wrote {path}: {plural(len(carried), 'pair')} ({said})", file=sys.stderr)
    if again := carry_said(carried, retirements=False):  # fewer decisions: said, and why
        print(f"compkit: note: {again}", file=sys.stderr)
    retired = int(counts.get("retired", 0))
    if len(carried) >= 10 and retired > 0.8 * len(carried):
        print(
            f"compkit: warning: {retired:,} of {len(carried):,} pairs retired: is {args.new} a "
            f"version of {args.old}? ('compkit diff {args.old} {args.new}' shows what changed)",
            file=sys.stderr,
        )
    return EXIT_OK


def _warn_unrelated(changes, old: str, new: str) -> None:
    """Say when two files share too few statements to be versions of one framework.

    A diff of two unrelated frameworks lists every statement as removed and added; the user
    more likely named the wrong file (``compkit diff wsx gsa.yaml``).
    """
    ind = changes[changes["item"] == "indicator"]
    total = int(ind["old_id"].notna().sum())
    kept = int((ind["old_id"].notna() & ind["new_id"].notna()).sum())
    if total >= 10 and kept < 0.2 * total:
        print(
            f"compkit: warning: only {kept} of {total} statements of {old} have a counterpart in "
            f"{new}: are they versions of one framework? The diff lists every other statement "
            "as removed and added.",
            file=sys.stderr,
        )


def _cmd_diff(args) -> int:
    from ..authoring.changelog import render_changelog
    from ..authoring.versions import diff

    fmt = _diff_format(args.format, args.output)
    changes = diff(args.old, args.new, unchanged=True)
    _warn_unrelated(changes, args.old, args.new)
    if not args.all:
        changes = changes[changes["change"] != "unchanged"].reset_index(drop=True)
    if fmt == "docx":
        from .._atomic import write_bytes
        from ..authoring.redline import render_redline

        path = write_bytes(args.output, render_redline(args.old, args.new))
        print(f"wrote {path}", file=sys.stderr)
        changed = bool((changes["change"] != "unchanged").any())
        return EXIT_FINDINGS if args.exit_code and changed else EXIT_OK
    if fmt in ("md", "html"):
        text = render_changelog(changes, to=fmt)
    elif fmt == "csv":
        from ..framework.export import csv_text

        text = csv_text(changes)
    else:
        from ..authoring.changelog import describe, summary

        term = changes.attrs.get("competency_term") or "competency"  # "theme", "track"
        told = [describe(r, term=term) for r in changes.itertuples(index=False)]
        structure = changes["item"] != "indicator"
        name = changes["new_text"].fillna(changes["old_text"])
        described = structure & (changes["word_diff"] != "")  # a description's words, by name
        shown = changes.assign(
            where=[w for w, _ in told],
            note=[n for _, n in told],
            text=changes["word_diff"]
            .where(changes["word_diff"] != "", name)
            .where(~described, name + ": " + changes["word_diff"])
            .where(~(structure & (changes["change"] == "renamed")), ""),
            id=changes["new_id"].fillna(changes["old_id"]),
        )
        shown["text"] = shown["text"] + _note_words(changes)  # beside it, none of its words
        shown = shown[["change", "where", "note", "text", "id"]]
        text = (
            format_table(shown) + f"\n{summary(changes)}" if len(shown) else "no changes"
        ) + "\n"
    if args.output:
        from .._atomic import write_text

        print(f"wrote {write_text(args.output, text)}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    changed = bool((changes["change"] != "unchanged").any())
    return EXIT_FINDINGS if args.exit_code and changed else EXIT_OK


def _note_words(changes) -> list[str]:
    """What follows each statement whose note changed, "(note: ... {+new+} ...)", else ""."""
    from ..authoring.versions import word_diff

    olds = changes["old_statement_note"].fillna("").astype(str)
    news = changes["new_statement_note"].fillna("").astype(str)
    return [
        f" (note: {word_diff(o, n) if o and n else f'{{+{n}+}}' if n else f'[-{o}-]'})"
        if " ".join(o.split()) != " ".join(n.split())
        else ""
        for o, n in zip(olds, news, strict=True)
    ]


def _diff_format(fmt: str | None, output: str | None) -> str:
    """The format of ``diff``: as asked, else by the suffix of -o; refused if they differ."""
    from .._atomic import FILE_SUFFIXES, as_path, check_suffix
    from ..errors import UsageError

    if output is None:
        if fmt == "docx":
            raise UsageError("--format docx writes a Word file: give its name with -o FILE.docx")
        return fmt or "table"
    path = as_path(output, "-o", expected="the name of the file to write")
    suffix = path.suffix.lower()
    known = next((f for f, ends in _DIFF_SUFFIXES.items() if suffix in ends), None)
    if fmt is None and known is None and suffix in FILE_SUFFIXES:
        raise UsageError(
            f"-o {output}: a change list cannot be written as {suffix}; expected a name ending "
            "in .txt (a table), .csv, .md, .html or .docx"
        )
    fmt = fmt or known or "table"
    check_suffix(path, fmt, _DIFF_SUFFIXES)
    return fmt


def _cmd_render(args) -> int:
    from ..authoring.documents import render

    document_output(args.output, args.to, ("docx", "html", "md"), "document")

    path = render(args.framework, args.output, to=args.to, role=args.role, layout=args.layout)
    print(f"wrote {path}", file=sys.stderr)
    return EXIT_OK


def _cmd_import(args) -> int:
    from ..authoring.yamledit import replaceable, write_yaml

    yaml_output(args.output, "import")  # before the work: a wrong -o is said at once
    replaceable(args.output, force=args.force)
    result = _imported(args.source)
    replaceable(args.output, force=args.force, id=result.framework.id)  # not another framework's
    before = _framework_at(args.output)
    path = write_yaml(result.framework, args.output, force=args.force)
    fw = result.framework
    parts = [f"wrote {path}: {len(fw.indicator_records)} indicators"]
    if result.added:
        parts.append(f"{len(result.added)} new ({', '.join(result.added)})")
    if result.deleted:
        parts.append(f"{len(result.deleted)} deleted ({', '.join(result.deleted)})")
    print("; ".join(parts), file=sys.stderr)
    if before is not None:  # an edit of a framework file: what changed in it, in a line
        from ..authoring.changelog import summary
        from ..authoring.versions import diff

        changes = diff(before, fw)
        said = f"{summary(changes)} (compkit diff lists them)" if len(changes) else "none"
        print(f"  changes to {path.name}: {said}", file=sys.stderr)
    for note in result.notes:  # what the name columns said: never ignored silently
        print(f"  {note}", file=sys.stderr)
    return EXIT_OK


def _imported(source: str):
    """Import ``source``; a workbook or folder that is not compkit's is said in one message.

    Another spreadsheet (a ladder as a grid, a download of statements) lacks every sheet of
    compkit's workbook; listing each missing sheet would bury what to do: ingest it.
    """
    from pathlib import Path

    from ..authoring.workbook import import_file
    from ..errors import WorkbookError

    try:
        return import_file(source)
    except WorkbookError as exc:
        missing = {p[0] for p in exc.problems if str(p[3]).startswith("missing sheet")}
        if not {"framework", "indicators"} <= missing:
            raise
        path = Path(source)
        if path.is_dir():
            found = sorted(f.name for f in path.glob("*.csv"))
            has = f"its CSV files: {_few(found)}; compkit's are framework.csv, levels.csv, "
            has += "competencies.csv, indicators.csv, ..."
            kind, made, read = "folder of CSV tables", "--to tables", path / found[0]
        else:
            has = f"its sheets: {_few(_sheet_names(path))}; compkit's are framework, levels, "
            has += "competencies, indicators, ..."
            kind, made, read = "workbook", "--to xlsx", path
        raise WorkbookError(
            path,
            [
                (
                    None,
                    None,
                    None,
                    f"not compkit's {kind} ({has}): 'compkit import' reads what 'compkit "
                    f"export {made}' wrote; to read a framework from another spreadsheet or CSV "
                    f"use 'compkit ingest {read} -o {read.stem}.yaml'",
                )
            ],
        ) from None


def _few(names: list[str]) -> str:
    return ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else "")


def _sheet_names(path) -> list[str]:
    """The sheet names of a workbook already opened once (so a readable zip), or none."""
    import contextlib

    from openpyxl import load_workbook

    with contextlib.suppress(Exception):
        book = load_workbook(path, read_only=True)
        try:
            return list(book.sheetnames)
        finally:
            book.close()
    return []


def _framework_at(path):
    """The framework file at ``path`` before an import replaces it, or None (none, or not one)."""
    from pathlib import Path

    from ..errors import CompkitError
    from ..framework.io import load

    try:
        return load(path) if Path(path).is_file() else None
    except CompkitError:
        return None


COMMANDS = {
    "diff": _cmd_diff,
    "render": _cmd_render,
    "import": _cmd_import,
    "carry": _cmd_carry,
}
