"""The cross-walk command: suggest mappings between two frameworks, in batch."""

from __future__ import annotations

import sys

from ._common import EXIT_OK, FRAMEWORK_HELP

COLUMNS = [
    "subject_id",
    "subject_label",
    "predicate_id",
    "object_id",
    "object_label",
    "rank",
    "score",
    "zscore",
    "unmatched",
    "subject_polarity",
    "object_polarity",
    "why",
]


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
            "standard output), XLSX (pairs, level alignment, competency matrix, unmatched) or "
            "SSSOM TSV (to review, e.g. in the notebook's review widget)."
        ),
    )
    cw.add_argument("a", metavar="A", help=FRAMEWORK_HELP)
    cw.add_argument("b", metavar="B", help=FRAMEWORK_HELP)
    cw.add_argument(
        "--top", type=int, default=5, metavar="K", help="candidates per indicator (default: 5)"
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
        help=f"embedding backend (default: ensemble, i.e. {' + '.join(DEFAULT_BACKENDS)})",
    )
    cw.add_argument(
        "--cross-polarity",
        action="store_true",
        help="also match effective statements with ineffective ones (default: within polarity)",
    )
    cw.add_argument(
        "--format",
        choices=("csv", "xlsx", "sssom"),
        help="output format (default: from the suffix of -o, else csv)",
    )
    cw.add_argument("-o", "--output", help="the file to write (default: standard output)")


def _cmd_crosswalk(args) -> int:
    """Run ``compkit crosswalk``; return the exit status."""
    from ..crosswalk.export import export_crosswalk
    from ..crosswalk.suggest import suggest
    from ..errors import UsageError
    from ..framework.export import safe_csv_frame

    if args.top < 1:
        raise UsageError(f"--top must be at least 1, not {args.top}")
    suggestions = suggest(
        args.a,
        args.b,
        top=args.top,
        method=args.method,
        backend=args.backend,
        cross_polarity=args.cross_polarity,
    )
    if args.output:
        path = export_crosswalk(suggestions, args.output, a=args.a, b=args.b, to=args.format)
        print(
            f"wrote {path}: {suggestions['subject_id'].nunique()} indicators, "
            f"{len(suggestions)} suggestions",
            file=sys.stderr,
        )
        return EXIT_OK
    fmt = args.format or "csv"
    if fmt == "xlsx":
        raise UsageError("--format xlsx needs an output file (-o FILE.xlsx)")
    if fmt == "sssom":
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as tmp:
            out = export_crosswalk(suggestions, Path(tmp) / "out.sssom.tsv", a=args.a, b=args.b)
            sys.stdout.write(out.read_text(encoding="utf-8"))
        return EXIT_OK
    columns = COLUMNS + [c for c in suggestions.columns if c not in COLUMNS]
    sys.stdout.write(safe_csv_frame(suggestions[columns]).to_csv(index=False))
    return EXIT_OK


COMMANDS = {"crosswalk": _cmd_crosswalk}
