"""User-facing errors: one family, each message naming file, line, bad value and the fix.

Library code raises these and never prints; the command line catches them, prints the message and
exits with status 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CompkitError",
    "CompkitWarning",
    "CrosswalkError",
    "FrameworkFileError",
    "FrameworkNotFoundError",
    "InputError",
    "Problem",
    "ThemeFileError",
    "UsageError",
    "WorkbookError",
]


class CompkitError(Exception):
    """Base class of every error compkit raises for a user's bad file or bad argument."""


class CompkitWarning(UserWarning):
    """Something a user should know about a result that is not an error (statements left out).

    The CLI prints it as a ``note:`` line; in Python it is a warning
    (``warnings.simplefilter("error", CompkitWarning)`` makes it an error).
    """


class UsageError(CompkitError, ValueError):
    """A bad argument: an unknown level, competency, role or output format."""


class FrameworkNotFoundError(CompkitError, LookupError):
    """Neither a bundled framework id nor the path of an existing framework file."""


class InputError(CompkitError, ValueError):
    """A file compkit will not read: too large, in an unknown encoding, a zip or XML bomb, ...

    The message names the file, what is wrong and the limit or what was expected (the limits are
    in :mod:`compkit.framework.limits` and docs/format.md).
    """


@dataclass(frozen=True)
class Problem:
    """One problem found in a file: where it is and what is wrong.

    Attributes
    ----------
    path : str
        Where in the document, as a dotted path (``competencies[0].indicators[3].level``).
    message : str
        What is wrong and what was expected.
    line : int or None
        1-based line in the file, when known.
    """

    path: str
    message: str
    line: int | None = None

    def format(self, file: str | Path) -> str:
        """Render as ``file:line: message (at path)``."""
        where = f"{file}:{self.line}" if self.line else str(file)
        at = f" (at {self.path})" if self.path and not self.line else ""
        return f"{where}: {self.message}{at}"


class _FileProblemsError(CompkitError, ValueError):
    """Base of the errors that report every problem of a file at once, one line each."""

    def __init__(
        self, file: str | Path | None, problems: list[Problem] | tuple[Problem, ...]
    ) -> None:
        self.file = Path(file) if file is not None else None
        self.problems = tuple(sorted(problems, key=lambda p: (p.line or 0, p.path)))
        super().__init__(
            "\n".join(p.format(self.file) if self.file else p.message for p in self.problems)
        )


class FrameworkFileError(_FileProblemsError):
    """A framework file that cannot be read: malformed YAML, or content that breaks the format.

    Every problem in the file is reported at once, one line each.

    Attributes
    ----------
    file : pathlib.Path
        The file that was read.
    problems : tuple of Problem
        Every problem found, in file order.
    """


class WorkbookError(CompkitError, ValueError):
    """An authoring workbook (XLSX) or table folder (CSV) that cannot be imported.

    Every problem is reported at once, each naming its sheet, row and column.

    Attributes
    ----------
    file : pathlib.Path
        The workbook or folder that was read.
    problems : tuple of (sheet, row, column, message)
        Every problem found; ``row`` and ``column`` are ``None`` when the whole sheet is at
        fault, ``sheet`` too when the whole file is.
    """

    def __init__(self, file: str | Path, problems):
        self.file = Path(file)
        self.problems = tuple(problems)
        lines = []
        for sheet, row, column, message in self.problems:
            where = f"sheet {sheet!r}: " if sheet else ""
            where = where.replace(": ", f", row {row}: ") if sheet and row else where
            where = where.replace(": ", f", column {column!r}: ") if sheet and column else where
            lines.append(f"{self.file}: {where}{message}")
        super().__init__("\n".join(lines))


class ThemeFileError(_FileProblemsError):
    """A theme vocabulary or theme overrides file (YAML) that cannot be used.

    Every problem is reported at once, one line each, as ``file:line: message``.

    Attributes
    ----------
    file : pathlib.Path
        The file that was read.
    problems : tuple of Problem
        Every problem found, in file order.
    """


class CrosswalkError(_FileProblemsError):
    """A cross-walk file (SSSOM TSV) that cannot be read, or a review decision that cannot apply.

    Every problem in a file is reported at once, one line each, as ``file:line: message``.

    Attributes
    ----------
    file : pathlib.Path or None
        The file that was read, when there is one.
    problems : tuple of Problem
        Every problem found, in file order.
    """
