"""The cross-walk command: suggest mappings between two frameworks, in batch.

Everything a user can get wrong (an empty framework argument, an output that is a folder, a
format the suffix contradicts, a reviewed cross-walk that cannot be read, frameworks with no
statements of a common polarity) is refused before the computation, in one line; statements left
out of the result are said in a note.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .._words import plural
from ._common import EXIT_OK, FRAMEWORK_HELP, printable
from .takereview import take_review

#: Output formats and the suffixes that name them (``.tsv`` is SSSOM too).
_SUFFIXES = {".sssom.tsv": "sssom", ".tsv": "sssom", ".csv": "csv", ".xlsx": "xlsx"}
_FORMATS = ("csv", "xlsx", "sssom")
_SUFFIX = {"csv": ".csv", "xlsx": ".xlsx", "sssom": ".sssom.tsv"}
_EXPECTED = "a bundled framework id (cis, wsx) or the path of a framework YAML file"


def _whole(text: str) -> int:
    """An argument that is a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return value


def add_parsers(sub) -> None:
    """Add the ``crosswalk`` command."""
    from ..crosswalk.embeddings import BACKENDS, DEFAULT_BACKENDS, ENSEMBLES
    from ..crosswalk.suggest import METHODS

    cw = sub.add_parser(
        "crosswalk",
        help="suggest which indicators of B match each indicator of A",
        description=(
            "Rank, for every indicator of A, the best candidates in B with a score and a SKOS "
            "relation; flag indicators with no credible counterpart. Output: CSV (default, to "
            "standard output; one row per candidate: the statement of A, its rank, the "
            "candidate of B, the relation and the scores), XLSX (pairs, level alignment, "
            "competency matrix, unmatched) or SSSOM TSV (to review, e.g. in the notebook's "
            "review widget). Statements of A with no statement of their polarity in B are left "
            "out (a note says how many) unless --cross-polarity."
        ),
    )
    cw.add_argument("a", metavar="A", help=FRAMEWORK_HELP)
    cw.add_argument("b", metavar="B", help=FRAMEWORK_HELP)
    cw.add_argument(
        "--top", type=_whole, default=5, metavar="K", help="candidates per indicator (default: 5)"
    )
    cw.add_argument(
        "--method",
        choices=METHODS,
        default="hybrid",
        help="hybrid (default): embeddings + TF-IDF + competency, level and scope; "
        "embedding; lexical (TF-IDF)",
    )
    cw.add_argument(
        "--backend",
        choices=(*BACKENDS, *ENSEMBLES),
        default="ensemble",
        metavar="NAME",
        help=f"embedding backend: {', '.join((*BACKENDS, *ENSEMBLES))} (default: ensemble, "
        f"i.e. {' + '.join(DEFAULT_BACKENDS)})",
    )
    cw.add_argument(
        "--cross-polarity",
        action="store_true",
        help="also match effective statements with ineffective ones (default: within polarity)",
    )
    cw.add_argument(
        "--reviewed",
        metavar="FILE",
        help="a reviewed cross-walk of A to B (SSSOM TSV, or a shipped one's name: cis-wsx) to "
        "honour: pairs the reviewer rejected are left out of the suggestions, accepted ones "
        "come first with the reviewer's relation, and review_status, reviewer_label, "
        "mapping_date and comment columns show each decision (a CSV lists each rejected pair "
        "after its statement's suggestions, review_status 'rejected', in_set False, with the "
        "reviewer's note); written as "
        "SSSOM or XLSX, the output is that cross-walk with every decision kept as made "
        "(reviewer, date, note, rejected pairs) and the undecided pairs suggested anew",
    )
    cw.add_argument(
        "--block",
        type=_whole,
        default=1024,
        metavar="N",
        help="statements of A scored per block (default: 1024); lower it to use less memory",
    )
    cw.add_argument(
        "--format",
        choices=_FORMATS,
        help="output format (default: from the suffix of -o: .csv, .xlsx, .sssom.tsv or .tsv; "
        "else csv); it must agree with the suffix",
    )
    cw.add_argument(
        "-o", "--output", metavar="FILE", help="the file to write (default: standard output)"
    )
    cw.add_argument(
        "--force",
        action="store_true",
        help="write over a reviewed cross-walk given as -o, losing its decisions (without it, "
        "that is refused: give it as --reviewed too to keep them)",
    )
    rw = sub.add_parser(
        "take-review",
        help="bring the decisions a reviewer picked in a cross-walk's workbook into its file",
        description=(
            "Read the Review, Relation, Note, Date and Reviewer columns of the Pairs sheet of a "
            "cross-walk's workbook (compkit crosswalk A B --reviewed X.sssom.tsv -o X.xlsx), as "
            "a reviewer saved it, and record every changed row as a decision in the SSSOM file "
            "(each pair keeps its history); rows left as they were are not touched, and a "
            "workbook with nothing decided leaves the file byte for byte as it was. A name "
            "typed in a row's Reviewer cell is who decided that row; --reviewer names the "
            "others, and is needed unless every decided row names its reviewer."
        ),
    )
    rw.add_argument("crosswalk", metavar="CROSSWALK", help="the cross-walk (SSSOM TSV)")
    rw.add_argument("workbook", metavar="WORKBOOK", help="the reviewed workbook (.xlsx)")
    rw.add_argument("--reviewer", help="who reviewed the workbook")
    rw.add_argument(
        "--object",
        metavar="B",
        help="the object framework (a bundled id or file), to record a decision on a pair the "
        "cross-walk lacks (a workbook made with another --top or --method); a bundled one is "
        "found without it",
    )
    rw.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the SSSOM file to write (default: CROSSWALK itself, replaced whole)",
    )


def _by_suffix(path: Path) -> str | None:
    name = path.name.lower()
    return next((fmt for suffix, fmt in _SUFFIXES.items() if name.endswith(suffix)), None)


def _target(output: str | None, fmt: str | None) -> tuple[Path | None, str]:
    """The file to write (None: standard output) and its format, refused before any work."""
    from ..errors import UsageError

    if output is None:
        if fmt == "xlsx":
            raise UsageError("--format xlsx needs an output file (-o FILE.xlsx)")
        return None, fmt or "csv"
    if not output.strip():
        raise UsageError("-o was given an empty file name; expected the file to write (FILE.csv)")
    path = Path(output)
    if path.is_dir() or output.endswith(("/", os.sep)):
        raise UsageError(
            f"-o {output}: is a folder; expected the file to write, e.g. "
            f"-o {path / 'crosswalk.csv'}"
        )
    if path.exists() and not path.is_file():
        raise UsageError(f"-o {output}: is not a regular file (a pipe or a device)")
    suffixed = _by_suffix(path)
    if fmt is None and suffixed is None:
        raise UsageError(
            f"-o {output}: cannot tell the format from the file name; expected a name ending "
            "in .csv, .xlsx, .sssom.tsv or .tsv, or --format csv|xlsx|sssom"
        )
    if fmt is not None and suffixed is not None and fmt != suffixed:
        raise UsageError(
            f"--format {fmt} contradicts -o {output}, whose suffix means {suffixed}; expected "
            f"a file name ending in {_SUFFIX[fmt]}, or --format {suffixed}"
        )
    folder = next(p for p in (path.absolute(), *path.absolute().parents) if p.exists())
    if folder != path.absolute() and not folder.is_dir():
        raise UsageError(f"-o {output}: {folder} is a file, not a folder; cannot write under it")
    return path, fmt or suffixed


def _over_decisions(path: Path | None, fmt: str, args) -> None:
    """Refuse to write over a reviewed cross-walk, whose decisions would be lost."""
    from ..crosswalk.sssom import read_sssom
    from ..errors import CompkitError, UsageError

    if args.force or path is None or fmt != "sssom" or not path.is_file():
        return
    reviewed = Path(args.reviewed) if args.reviewed else None
    if reviewed is not None and reviewed.is_file() and reviewed.resolve() == path.resolve():
        return  # its decisions are kept (see _with_decisions)
    try:
        old = read_sssom(path)
    except CompkitError:  # not a cross-walk that can be read: no review in it to keep
        return
    decided = old[old["review_status"] != "suggested"]
    if decided.empty:
        return
    who = sorted({str(r) for r in decided["reviewer_label"] if str(r).strip()})
    when = max((str(d) for d in decided["mapping_date"] if str(d).strip()), default="")
    by = f" by {', '.join(who[:3])}{' and others' * (len(who) > 3)}" if who else ""
    last = f", the last on {when}" if when else ""
    raise UsageError(
        f"-o {args.output}: holds a reviewed cross-walk, {plural(len(decided), 'decision')}"
        f"{by}{last}; writing suggestions over it would lose them; expected --reviewed "
        f"{args.output} as well (every decision kept, the undecided pairs suggested anew), "
        "another file name, or --force to replace it"
    )


def _frameworks(args):
    """The two frameworks, loaded, after refusing an empty argument."""
    from ..errors import UsageError
    from ..framework.io import load

    for side, value in (("A", args.a), ("B", args.b)):
        if not value.strip():
            raise UsageError(
                f"an empty framework argument was given for {side}; expected {_EXPECTED}"
            )
    frameworks = load(args.a), load(args.b)
    for side, given, fw in zip("AB", (args.a, args.b), frameworks, strict=True):
        if not len(fw.indicators):
            raise UsageError(
                f"{given}: {fw.label} ({fw.id}) has no statements to match; expected as {side} "
                "a framework with at least one statement"
            )
    return frameworks


#: Statements (A and B together) from which a run at a terminal shows progress bars: 5,000
#: statements took over three minutes to embed on a 2-core machine, with no sign of life.
PROGRESS_FROM = 2_000


def _progress(fa, fb) -> bool | None:
    """Progress bars on standard error for a long run at a terminal; else the library's default."""
    if len(fa.indicators) + len(fb.indicators) >= PROGRESS_FROM and sys.stderr.isatty():
        return True
    return None


def _with_decisions(reviewed, suggestions):
    """The reviewed cross-walk brought up to date with the suggestions (SSSOM and XLSX).

    Every decision stays as the reviewer made it (who, when, the note, its history, the
    rejected pairs too); only pairs nobody decided take the new suggestions.
    """
    from ..crosswalk.guards import prefixes
    from ..crosswalk.review import to_crosswalk, update

    pa, pb = prefixes(reviewed)
    out = update(reviewed, to_crosswalk(suggestions, subject=pa, object=pb))
    out.attrs["sssom"] = dict(reviewed.attrs.get("sssom") or {})
    return out


def _cmd_crosswalk(args) -> int:
    """Run ``compkit crosswalk``; return the exit status."""
    from ..crosswalk._arguments import polarity_gap, reviewed_crosswalk
    from ..crosswalk.carried import carry_said
    from ..crosswalk.export import export_crosswalk, with_names, with_review
    from ..crosswalk.suggest import suggest
    from ..errors import UsageError
    from ..framework.export import safe_csv_frame

    path, fmt = _target(args.output, args.format)
    _over_decisions(path, fmt, args)
    fa, fb = _frameworks(args)
    reviewed = None
    if args.reviewed is not None:  # read and checked before anything is computed
        if not args.reviewed.strip():
            raise UsageError(
                "--reviewed was given an empty file name; expected a reviewed cross-walk "
                "(SSSOM TSV) or a shipped one's name (cis-wsx)"
            )
        try:
            reviewed = reviewed_crosswalk(args.reviewed, fa, fb)
        except UsageError as exc:
            raise UsageError(f"--reviewed {args.reviewed}: {exc}") from None
    total = len(fa.indicators)
    # statements with no candidate of their polarity: suggest() warns (a note) or refuses
    left = fa.indicators["indicator_id"].iloc[:0]
    if not args.cross_polarity:
        left = polarity_gap(fa, fb)
    suggestions = suggest(
        fa,
        fb,
        top=args.top,
        method=args.method,
        backend=args.backend,
        cross_polarity=args.cross_polarity,
        reviewed=reviewed,
        block=args.block,
        progress=_progress(fa, fb),
    )
    covered = set(suggestions["subject_id"].astype(str))
    ids = fa.indicators["indicator_id"].astype(str)
    others = ids[~ids.isin(covered) & ~ids.isin(set(left.astype(str)))]
    if len(others):
        why = (
            "every candidate was rejected in the reviewed cross-walk"
            if reviewed is not None
            else "no candidate was found"
        )
        print(
            f"compkit: note: {len(others):,} of {total:,} statements of {printable(fa.label)} have "
            f"no suggestion (e.g. {printable(others.iloc[0])}): {why}",
            file=sys.stderr,
        )
    if suggestions.empty:
        raise UsageError(f"no suggestions for any statement of {fa.label}: nothing written")
    offered = suggestions
    if reviewed is not None and fmt == "csv":  # each decision's reviewer, date and note too
        suggestions = with_review(suggestions, reviewed, a=fa, b=fb)  # the rejected pairs too
    mappings = suggestions
    if reviewed is not None and fmt != "csv":
        mappings = _with_decisions(reviewed, suggestions)
    if path is not None:
        written = export_crosswalk(mappings, path, a=fa, b=fb, to=fmt)
        n = offered["subject_id"].nunique()
        cover = f"all {total:,}" if n == total else f"{n:,} of {total:,}"
        what = f"{plural(n, 'indicator')}, {plural(len(offered), 'suggestion')}"
        if len(suggestions) > len(offered):  # the decided pairs left out of the suggestions
            what += (
                f", and {plural(len(suggestions) - len(offered), 'pair')} the reviewer "
                "rejected or left unsure, with their notes"
            )
        if mappings is not suggestions:
            fresh = int((mappings["review_status"] == "suggested").sum())
            what = (  # none decided yet said so, not "the reviewed cross-walk's 0 decisions, kept"
                f"the reviewed cross-walk's {plural(len(mappings) - fresh, 'decision')}, kept, "
                f"and {plural(fresh, 'new suggestion')}"
                if len(mappings) > fresh
                else f"the cross-walk to review (no decisions yet), "
                f"{plural(fresh, 'new suggestion')}"
            )
        print(
            f"wrote {printable(str(written))}: {what} ({cover} statements of "
            f"{printable(fa.label)})",
            file=sys.stderr,
        )
        if reviewed is not None and (said := carry_said(reviewed)):  # fewer decisions: why
            print(f"compkit: note: {printable(said)}", file=sys.stderr)
        if fmt == "xlsx":
            _note_weak_levels(mappings, fa, fb)
        return EXIT_OK
    if fmt == "sssom":
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            out = export_crosswalk(mappings, Path(tmp) / "out.sssom.tsv", a=fa, b=fb)
            sys.stdout.write(out.read_text(encoding="utf-8"))
        return EXIT_OK
    # the columns the file of -o x.csv has: SUGGESTION_COLUMNS, then the names (NAME_COLUMNS)
    sys.stdout.write(
        safe_csv_frame(with_names(suggestions, fa, fb)).to_csv(index=False, lineterminator="\r\n")
    )
    return EXIT_OK


def _note_weak_levels(mappings, fa, fb) -> None:
    """A note when the workbook's level alignment rests on little evidence for some level."""
    from ..crosswalk.levels import align_levels, weak_reason

    if "review_status" in mappings and "predicate_modifier" not in mappings:
        mappings = mappings.assign(predicate_modifier="")
    aligned = align_levels(mappings, fa, fb)
    weak = aligned[aligned["weak"]]
    if len(weak):
        r = weak.iloc[0]
        why = weak_reason(r, len(fb.level_ids)).removeprefix("weak: ")
        print(
            f"compkit: note: the level alignment of {len(weak)} of {len(aligned)} levels of "
            f"{printable(fa.label)} rests on little evidence (e.g. {printable(r.level_name)} -> "
            f"{printable(r.aligned_level_name)}, {why}): see the workbook's 'Level alignment' "
            "sheet",
            file=sys.stderr,
        )


COMMANDS = {"crosswalk": _cmd_crosswalk, "take-review": take_review}
