"""The ``ingest`` command: a framework file from a Word, spreadsheet, CSV, PDF or text document."""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from pathlib import Path

from ._common import EXIT_OK, yaml_output


def add_parsers(sub) -> None:
    """The ingest command."""
    from ..ingest.api import LAYOUTS
    from ..ingest.limits import LIMITS, SUFFIXES

    description = (
        "Detect the layout of a published framework and write it as a framework file (YAML),"
        " every statement word for word in its cell, with an ingest report beside it "
        "(OUT.ingest.md) listing every guess, repair, undefined cell and unused text, "
        "lowest confidence first. Reads: " + ", ".join(sorted(SUFFIXES)) + f"; at most "
        f"{LIMITS['file_size'] // 1024 // 1024} MB."
    )
    cmd = sub.add_parser(
        "ingest",
        help="read a framework from a Word, spreadsheet, CSV, PDF or text document",
        description=textwrap.fill(description, _WIDTH),
        epilog=_layouts_help(LAYOUTS),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cmd.add_argument("file", metavar="FILE", help="the document to read")
    cmd.add_argument(
        "-o", "--output", metavar="OUT.yaml",
        help="the framework file to write (default: FILE's name ending in .yaml, in the current "
        "folder; FILE's name ending in .framework.yaml when FILE is itself a .yaml file)",
    )  # fmt: skip
    cmd.add_argument(
        "--force",
        action="store_true",
        help="replace an output file that is not a framework file, or is another framework's",
    )
    cmd.add_argument("--id", help="the framework id (default: from the file name)")
    cmd.add_argument(
        "--layout",
        choices=sorted(LAYOUTS),
        metavar="LAYOUT",
        help="the layout, instead of detecting it: " + ", ".join(sorted(LAYOUTS)) + " (below)",
    )
    cmd.add_argument("--title", help="the framework's title")
    cmd.add_argument("--organisation", help="the organisation that publishes it")
    cmd.add_argument("--language", help="BCP 47 tag such as en-GB (default) or en-US")
    cmd.add_argument("--competency-term", help="what it calls competencies (cluster, skill, ...)")
    cum = cmd.add_mutually_exclusive_group()
    cum.add_argument("--cumulative", action="store_true", default=None, help="levels build up")
    cum.add_argument(
        "--not-cumulative", dest="cumulative", action="store_false", help="each level stands alone"
    )
    cmd.add_argument("--stem", help="words every statement completes, e.g. 'You can:'")
    cmd.add_argument("--levels", nargs="+", metavar="NAME", help="level names, lowest first")
    cmd.add_argument(
        "--level-from", metavar="KIND",
        help="the kind of heading (as the report names it) or the column holding the levels",
    )  # fmt: skip
    cmd.add_argument(
        "--competency-from", metavar="KIND",
        help="the kind of heading or the column holding the competencies",
    )  # fmt: skip
    cmd.add_argument("--text-from", metavar="COLUMN", help="spreadsheet column of statements")
    cmd.add_argument("--sheet", help="the workbook sheet to read")
    cmd.add_argument(
        "--blank-cells", choices=("empty", "undefined"), default="empty",
        help="read a blank table cell as empty (default) or as undefined by the publisher",
    )  # fmt: skip
    cmd.add_argument(
        "--polarity", metavar="SIDE_OR_LABEL",
        help="'ineffective' (or 'effective') for every statement, or the heading or column "
        "that marks ineffective ones",
    )  # fmt: skip
    cmd.add_argument("--report", action="store_true", help="also print the report")


#: Help text is wrapped here (a raw formatter keeps the layouts one to a paragraph).
_WIDTH = 79


def _layouts_help(layouts: dict[str, str]) -> str:
    """The layouts, one paragraph each, wrapped under their name (the help's epilog).

    Examples
    --------
    >>> print(_layouts_help({"long": "a row per statement", "wide": "a column per level"}))
    Layouts (--layout), detected when not given:
      long: a row per statement
      wide: a column per level
    """
    paragraphs = [
        textwrap.fill(f"{name}: {said}", _WIDTH, initial_indent="  ", subsequent_indent="    ")
        for name, said in layouts.items()
    ]
    return "\n".join(["Layouts (--layout), detected when not given:", *paragraphs])


def output_for(file: str, output: str | None) -> Path:
    """The framework file ``compkit ingest FILE [-o OUTPUT]`` writes; never FILE itself.

    Without ``-o`` it is FILE's name ending in ``.yaml``, in the current folder; when that is
    FILE itself (a YAML data file read from the current folder), ``.framework.yaml``.

    Raises
    ------
    compkit.UsageError
        When ``-o`` names the document being read, or another kind of file than YAML.

    Examples
    --------
    >>> str(output_for("skills.xlsx", None))
    'skills.yaml'
    >>> str(output_for("skills.yaml", "out.yaml"))
    'out.yaml'
    """
    from ..errors import UsageError

    source = Path(file)
    if output is not None:
        yaml_output(output, "ingest")  # a framework file, in YAML: not -o skills.txt
        out = Path(output)
        if source.exists() and out.exists() and out.resolve() == source.resolve():
            raise UsageError(
                f"-o {output}: is the document being read ({file}); expected another file "
                f"to write the framework to, e.g. -o {source.stem}.framework.yaml"
            )
        return out
    out = Path(source.stem + ".yaml")
    if source.exists() and out.exists() and out.resolve() == source.resolve():
        out = Path(source.stem + ".framework.yaml")
    return out


def _cmd_ingest(args) -> int:
    from .._words import plural
    from ..authoring.yamledit import replaceable
    from ..ingest.api import _file_id
    from ..ingest.limits import IngestError

    out = output_for(args.file, args.output)
    # before the work: a wrong -o (not a framework file, another framework's) is said at once
    replaceable(out, force=args.force, id=args.id or _file_id(Path(args.file)))

    try:
        result = _ingest(args)
    except IngestError as exc:
        reason = as_typed(exc.reason)
        if args.levels and len(args.levels) == 1 and "," in args.levels[0]:
            reason += "; the names go as separate arguments: --levels " + " ".join(
                repr(n.strip()) for n in args.levels[0].split(",") if n.strip()
            )
        if reason == exc.reason:
            raise
        raise IngestError(exc.file, reason) from None
    written = result.write(out, force=args.force)
    fw = result.framework
    if args.report:
        sys.stdout.write(result.report.to_markdown() + "\n")
    low = len(result.report.low_confidence)
    print(
        f"wrote {written} ({plural(len(fw.indicators), 'statement')}, "
        f"{plural(len(fw.competency_records), fw.competency_term)} × "
        f"{plural(len(fw.level_records), 'level')}, layout {result.report.layout}); report "
        f"{written.with_suffix('.ingest.md')}: {plural(low, 'guess', 'guesses')} to check"
        + (f"; {result.report.unread()}" if result.report.unread() else ""),
        file=sys.stderr,
    )
    return EXIT_OK


def _ingest(args):
    """Read the document with the command's hints, each refusal said with its option's name."""
    from ..ingest import ingest

    _check_hints(args)
    return ingest(
        args.file,
        layout=args.layout,
        id=args.id,
        title=args.title,
        organisation=args.organisation,
        language=args.language,
        cumulative=args.cumulative,
        competency_term=args.competency_term,
        stem=args.stem,
        levels=args.levels,
        level_from=args.level_from,
        competency_from=args.competency_from,
        text_from=args.text_from,
        sheet=args.sheet,
        blank_cells=args.blank_cells,
        polarity=args.polarity,
    )


#: The Python spellings of the hints in ingest's messages, and the options a command line types.
_SPELLINGS = [
    (re.compile(r"\blevels=\[\.\.\.\]"), "--levels NAME ..."),
    (re.compile(r"\blevels=\[([^\]]*)\]"), lambda m: "--levels " + m.group(1).replace(", ", " ")),
    (re.compile(r"\b(level|competency|text)_from\b"), r"--\1-from"),
    (re.compile(r"\bblank_cells\b"), "--blank-cells"),
    (re.compile(r"\bsheet=(\S+)"), r"--sheet \1"),
    (re.compile(r"\bpolarity=(?= )|\bthe polarity hint\b|^polarity(?= ')"), "--polarity"),
    (re.compile(r"\blevels given\b"), "--levels given"),
    (re.compile(r"\bthe levels hint\b"), "--levels"),
    (re.compile(r"^--levels given"), "the --levels given"),
    (re.compile(r"^language(?= ')"), "--language"),
    (re.compile(r"^id=(?=['\"])"), "--id "),
    (re.compile(r"\blayout '([\w-]+)'"), r"--layout \1"),
    (re.compile(r"\b(?:the )?layout(?=,| or |\))"), "--layout"),
    (re.compile(r"(--\S+) hints\b"), r"\1 options"),
]


def as_typed(reason: str) -> str:
    """An ingest message with each hint named as the command line types it, not as Python does.

    Examples
    --------
    >>> as_typed("name the level columns with levels=[...] as the header prints them")
    'name the level columns with --levels NAME ... as the header prints them'
    >>> as_typed("try the layout, level_from or competency_from hints")
    'try --layout, --level-from or --competency-from options'
    >>> as_typed("no column names a level (levels=['Manager'] if 'Manager' is the one level)")
    "no column names a level (--levels 'Manager' if 'Manager' is the one level)"
    >>> as_typed("layout 'level-columns' reads tables; try layout 'headings-lists'")
    '--layout level-columns reads tables; try --layout headings-lists'
    """
    for pattern, spelt in _SPELLINGS:
        reason = pattern.sub(spelt, reason)
    return reason


#: The hints that take words, and what each wants (said when one is given empty).
_WORDS = {
    "language": "a BCP 47 tag such as en-GB",
    "polarity": "'ineffective', or the heading that marks ineffective statements",
}


def _check_hints(args) -> None:
    """Refuse a hint given empty ("--stem ''") or levels named twice, in one line each."""
    from ..ingest.hintcheck import WORDS
    from ..ingest.limits import IngestError

    for name, wanted in {**WORDS, **_WORDS}.items():
        value = getattr(args, name)
        if value is not None and not value.strip():
            flag = "--" + name.replace("_", "-")
            raise IngestError(args.file, f"{flag} is empty; expected {wanted}")
    if args.levels:
        if any(not name.strip() for name in args.levels):
            raise IngestError(args.file, "--levels names an empty level; expected level names")
        seen: set[str] = set()
        for name in args.levels:
            if name.strip().casefold() in seen:
                again = f"--levels names {name.strip()!r} twice"
                raise IngestError(args.file, f"{again}; expected each level once, lowest first")
            seen.add(name.strip().casefold())


COMMANDS = {"ingest": _cmd_ingest}
