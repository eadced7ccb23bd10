"""The ``compkit`` command line, for batch work.

One module per capability adds its commands to one parser.

Exit status: 0 success, 1 findings (reserved for checks), 2 bad input (a bad file or argument),
with one clear message on standard error and never a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from ..errors import CompkitError
from . import authoring, checks, compare, crosswalk, framework
from ._common import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, FRAMEWORK_HELP, Parser, format_table

__all__ = ["EXIT_BAD_INPUT", "EXIT_FINDINGS", "EXIT_OK", "FRAMEWORK_HELP", "format_table", "main"]

#: The command modules, in the order their commands are listed in ``compkit --help``.
_GROUPS = (framework, authoring, checks, compare, crosswalk)
COMMANDS = {name: run for group in _GROUPS for name, run in group.COMMANDS.items()}


def _build() -> Parser:
    from .._version import __version__

    parser = Parser(
        prog="compkit",
        description="Competency frameworks as data: list, show, validate and export them.",
        epilog="Exit status: 0 ok, 1 findings, 2 bad input.",
    )
    parser.add_argument("--version", action="version", version=f"compkit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    sub.required = True
    for group in _GROUPS:
        group.add_parsers(sub)
    return parser


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
