"""``compkit take-review``: a reviewer's workbook brought back into its cross-walk file.

The workbook is checked as a file first (:func:`_reviewed_workbook`: missing, a folder, not an
.xlsx, unreadable, the two files given the other way round), then read
(:func:`compkit.crosswalk.workbookreview.read_review_workbook`). A workbook in which nothing
was decided leaves the cross-walk byte for byte as it was (with ``-o``, a copy of it), so that
its header (a shipped file's title, licence, types) is never rewritten for nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .._words import plural
from ._common import EXIT_OK, printable

__all__ = ["take_review"]


def _reviewed_workbook(name: str, crosswalk: str) -> None:
    """Refuse a WORKBOOK that is missing, a folder, not an .xlsx, or unreadable, in one line.

    A text file or a folder stopped on an internal error (openpyxl's ``InvalidFileException``),
    a missing or locked file quoted Python's ``[Errno 2] ...``, an empty, damaged or
    password-protected one "File is not a zip file".
    """
    from ..errors import UsageError
    from ..framework.limits import file_kind

    path = Path(name)
    expected = (
        "expected the reviewed workbook (.xlsx) of a cross-walk, as 'compkit crosswalk A B "
        "--reviewed CROSSWALK -o FILE.xlsx' writes it"
    )
    if path.is_dir():
        raise UsageError(f"{name}: is a folder; {expected}")
    if not path.exists():
        raise UsageError(f"{name}: no such file; {expected}")
    if name.lower().endswith(".tsv") and crosswalk.lower().endswith((".xlsx", ".xlsm")):
        raise UsageError(
            f"{crosswalk} and {name} are the other way round; expected the cross-walk (SSSOM "
            f"TSV) first, then the workbook: 'compkit take-review {name} {crosswalk} --reviewer "
            "NAME'"
        )
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        kind = f"a {path.suffix.lower()} file" if path.suffix else "a file with no suffix"
        raise UsageError(f"{name}: {kind}; {expected}")
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise UsageError(f"{name}: cannot read the file: {exc.strerror}") from None
    found = "the file is empty (0 bytes)" if path.stat().st_size == 0 else file_kind(path)
    if found and found != "a spreadsheet":  # a Word document, a locked or damaged file
        raise UsageError(f"{name}: {found}; {expected}")


def take_review(args) -> int:
    """Run ``compkit take-review``; return the exit status."""
    from .. import _atomic
    from ..crosswalk.sssom import read_sssom, write_sssom
    from ..crosswalk.workbookreview import read_review_workbook, taken
    from ..errors import UsageError

    if args.output is not None:  # before any work: a folder, or -o x.yaml, is refused
        _atomic.check_suffix(Path(args.output), "SSSOM TSV", {"SSSOM TSV": (".tsv",)})
    _reviewed_workbook(args.workbook, args.crosswalk)
    crosswalk = read_sssom(args.crosswalk)
    b = None
    if args.object is not None:  # checked here, so the message names the option
        from ..crosswalk.guards import prefixes
        from ..framework.io import load

        b, prefix = load(args.object), prefixes(crosswalk)[1]
        if prefix and b.id != prefix:
            raise UsageError(
                f"--object {args.object}: is {b.label} ({b.id}), but the cross-walk's objects "
                f"are statements of {prefix}; expected the framework its object ids name"
            )
    out = read_review_workbook(args.workbook, crosswalk, reviewer=args.reviewer, b=b)
    if out is crosswalk:  # nothing decided: the file as it was, byte for byte
        kept = Path(args.crosswalk)
        path = kept if args.output is None else _atomic.write_bytes(
            args.output, kept.read_bytes())  # fmt: skip
        left = "left as it was" if args.output is None else "copied as it was"
        print(f"nothing decided in the workbook: {path} {left}", file=sys.stderr)
        return EXIT_OK
    path = write_sssom(out, args.output or args.crosswalk, meta=crosswalk.attrs.get("sssom"))
    counts = taken(crosswalk, out)
    by = ", ".join(  # several reviewers (a Reviewer column filled in) counted apiece
        printable(name) if len(counts) == 1 else f"{printable(name)} ({count})"
        for name, count in counts
    )
    print(f"wrote {path}: {plural(len(out), 'pair')}, {sum(c for _, c in counts)} decided in "
          f"the workbook by {by}", file=sys.stderr)  # fmt: skip
    return EXIT_OK
