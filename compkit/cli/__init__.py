"""The ``compkit`` command line, for batch work.

One module per capability adds its commands to one parser.

Exit status: 0 success, 1 findings (checks, diffs), 2 bad input (a bad file or argument), 3 an
internal error (a bug: please report it), each with one clear message on standard error and
never a traceback unless ``--debug`` asks for one.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import textwrap
import warnings
from collections.abc import Sequence

from ..errors import CompkitError, CompkitWarning
from . import authoring, checks, compare, crosswalk, framework, ingest
from ._common import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_OK,
    FRAMEWORK_HELP,
    Parser,
    format_table,
    printable,
)
from ._examples import examples_help

__all__ = [
    "EXIT_BAD_INPUT",
    "EXIT_FINDINGS",
    "EXIT_INTERNAL",
    "EXIT_OK",
    "FRAMEWORK_HELP",
    "format_table",
    "main",
]

#: The command modules, in the order their commands are listed in ``compkit --help``.
#: Ctrl-C: every file compkit writes is renamed into place whole, so none is left half-written.
INTERRUPTED = (
    "interrupted (Ctrl-C); no file was left half-written: each is written whole or not at all, "
    "and a file being written when you pressed it is as it was before"
)
EXIT_INTERRUPTED = 130

_GROUPS = (framework, authoring, checks, compare, crosswalk, ingest)
COMMANDS = {name: run for group in _GROUPS for name, run in group.COMMANDS.items()}


#: ``compkit --help``'s closing lines: a few commands to start from, and the exit statuses.
_EPILOG = """examples:
  compkit show wsx --level Skilled --format csv
  compkit check client.yaml --ignore T011
  compkit ingest client-framework.docx -o client.yaml
  compkit report cis client.yaml -o build/report.html
  compkit crosswalk cis wsx --top 5 -o build/cis-wsx.xlsx

exit status: 0 ok, 1 findings, 2 bad input, 3 internal error (please report)"""


def _build() -> Parser:
    from .._version import __version__

    parser = Parser(
        prog="compkit",
        description=textwrap.fill(
            "Competency frameworks as data: show, validate, check, compare, cross-walk, "
            "revise, publish and bring them in from Word, spreadsheets, CSV, PDF or web pages. "
            "Wherever a framework is asked for, give a bundled id (cis, wsx) or the path of a "
            "framework YAML file; 'compkit COMMAND --help' tells more.",
            79,
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"compkit {__version__}")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="show the full traceback of an internal error, and other libraries' warnings",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True
    for group in _GROUPS:
        group.add_parsers(sub)
    for name, command in sub.choices.items():  # the internal error says "run with --debug":
        command.add_argument(  # users add it at the end ('compkit ingest x.docx --debug') too
            "--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS
        )
        command.examples = examples_help(name)
    return parser


#: Options that name a file, or a level, competency or role to keep: an empty value is a slip
#: (a variable left unset in a script), not "no filter" nor "the current folder".
_FILE_OPTIONS = frozenset({"-o", "--crosswalk"})
_NAME_OPTIONS = frozenset({"--level", "--competency", "--role"})
#: Options naming a person: ``take-review --reviewer " "`` recorded decisions by a blank name.
_PERSON_OPTIONS = frozenset({"--reviewer"})


def _refuse_blank(parser: Parser, args: argparse.Namespace) -> None:
    """Refuse an empty argument, or an empty file option, in words a user reads.

    ``compkit show ""`` read the current folder ("': is a folder"), ``ingest FILE -o ""`` wrote
    the default file, ``export -o ""`` said "path is an empty string; expected a file path
    (str or os.PathLike)", ``show --level ""`` showed every level: each is now "<argument> is
    empty; expected <what it is for>".
    """
    from ..errors import UsageError

    if args.command == "crosswalk":  # says so itself ("an empty framework argument ...")
        return
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for action in sub.choices[args.command]._actions:
        named = set(action.option_strings)
        if named and (_FILE_OPTIONS | _NAME_OPTIONS | _PERSON_OPTIONS).isdisjoint(named):
            continue
        value = getattr(args, action.dest, None)
        if any(
            isinstance(v, str) and not v.strip()
            for v in (value if isinstance(value, list) else [value])
        ):
            if named & _NAME_OPTIONS:
                name, expected = max(named, key=len), f"a {action.dest}'s id or name"
            elif named & _PERSON_OPTIONS:
                name, expected = max(named, key=len), action.help
            elif named:
                name, expected = action.option_strings[0], "the name of a file"
            else:
                name, expected = action.metavar or action.dest.upper(), action.help or "a value"
            raise UsageError(f"{name} is empty; expected {expected}")


def _note(message, category, filename, lineno, file=None, line=None) -> None:
    """Print a compkit warning as one ``note:`` line; any other warning as Python would.

    Other libraries' warnings reach here only with ``--debug``: openpyxl's "Data Validation
    extension is not supported and will be removed", on any Excel workbook with a drop-down list,
    is about a file compkit never writes back, and named a path inside the installation.
    """
    if issubclass(category, CompkitWarning):
        print(f"compkit: note: {printable(str(message))}", file=sys.stderr)
    else:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def _os_message(exc: OSError) -> str:
    """One line for a file the system refused: the file, what went wrong, what to do.

    A file given to read that we may not read (``chmod 000``, another user's) is said so; any
    other refusal may be a file open in Excel or Word (on Windows, a lock reads as "Permission
    denied"), a folder we may not write, a full disk.

    Examples
    --------
    >>> _os_message(OSError(28, "No space left on device", "out.xlsx"))
    'out.xlsx: No space left on device'
    """
    import os
    from pathlib import Path

    name = exc.filename
    where = f"{name}: " if name else "cannot write: "
    said = exc.strerror or str(exc)
    if isinstance(exc, PermissionError):
        if isinstance(name, str) and Path(name).is_file() and not os.access(name, os.R_OK):
            return (
                f"{name}: cannot read the file (permission denied); expected a file you may "
                "read: ask its owner for read access, or give a copy you can read"
            )
        folder = Path(name).parent if isinstance(name, str) else None
        if folder and folder.is_dir() and not os.access(folder, os.W_OK):
            return (
                f"{name}: cannot write in the folder {folder} (permission denied); expected "
                "a folder you may write in: give a path in another folder"
            )
        said += "; close it in any program that has it open (Excel, Word), or check that "
        said += "you may read and write it"
    elif isinstance(exc, FileNotFoundError):  # an -o in a folder that cannot be made
        said += "; expected a path in a folder that exists, or one compkit may create"
    return where + said


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status (0 ok, 1 findings, 2 bad input, 3 a bug)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show '’' or '→' (Windows'
        with contextlib.suppress(AttributeError, ValueError):  # cp1252, PYTHONIOENCODING=ascii)
            stream.reconfigure(errors="backslashreplace")  # shows it as \u2019, not a crash
    try:
        parser = _build()
        args = parser.parse_args(argv)
        _refuse_blank(parser, args)
        with warnings.catch_warnings():
            if not debug:  # another library's warning is not the user's business (see _note)
                warnings.simplefilter("ignore")
            warnings.simplefilter("always", CompkitWarning)
            warnings.showwarning = _note
            return COMMANDS[args.command](args)
    except CompkitError as exc:
        print(f"compkit: error: {printable(str(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # e.g. `compkit show cis | head`
        return EXIT_OK
    except OSError as exc:  # an output folder that cannot be written, a full disk, ...
        print(f"compkit: error: {printable(_os_message(exc))}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:  # 130, as a shell reports Ctrl-C (128 + SIGINT)
        print(f"compkit: {INTERRUPTED}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except (Exception, RecursionError, MemoryError) as exc:
        if debug:
            import traceback

            traceback.print_exc()
        print(
            f"compkit: internal error ({type(exc).__name__}) - please report it, with the "
            "command and, if you can, the file (run with --debug for the details)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
