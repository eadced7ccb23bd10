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
    """Base class of every error compkit raises for a user's bad file or bad argument.

    Its message is the whole story: what is wrong, where and what was expected; catch this
    one class to handle them all.

    Examples
    --------
    >>> import compkit
    >>> try:
    ...     compkit.load("wxs")
    ... except compkit.CompkitError as exc:
    ...     print(type(exc).__name__, "-", exc)
    FrameworkNotFoundError - unknown framework 'wxs'; expected a bundled id (cis, wsx) or the
    path of a framework YAML file
    """


class CompkitWarning(UserWarning):
    """Something a user should know about a result that is not an error (statements left out).

    The CLI prints it as a ``note:`` line; in Python it is a warning
    (``warnings.simplefilter("error", CompkitWarning)`` makes it an error).
    """


class UsageError(CompkitError, ValueError):
    """A bad argument: an unknown level, competency, role or output format.

    Examples
    --------
    >>> import compkit
    >>> try:
    ...     compkit.load(42)
    ... except compkit.UsageError as exc:
    ...     print(exc)
    expected a framework, a bundled id (cis, wsx) or the path of a framework file, got int 42
    """


class FrameworkNotFoundError(CompkitError, LookupError):
    """Neither a bundled framework id nor the path of an existing framework file.

    Examples
    --------
    >>> import compkit
    >>> try:
    ...     compkit.load("no/such/framework.yaml")
    ... except compkit.FrameworkNotFoundError as exc:
    ...     print(exc)
    no/such/framework.yaml: no such framework file; expected the path of a framework YAML file
    or a bundled id (cis, wsx)
    """


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
    r"""A framework file that cannot be read: malformed YAML, or content that breaks the format.

    Every problem in the file is reported at once, one line each.

    Attributes
    ----------
    file : pathlib.Path
        The file that was read.
    problems : tuple of Problem
        Every problem found, in file order.

    Examples
    --------
    >>> import compkit, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "my.yaml"
    >>> _ = path.write_text("id: my\ncolour: blue\n")
    >>> try:
    ...     compkit.load(path)
    ... except compkit.FrameworkFileError as exc:
    ...     print(exc.problems[0].line, exc.problems[0].message)
    1 not a compkit framework file: it has no schema_version, levels and competencies (its
    keys: id, colour); expected a framework file as 'compkit ingest' writes from a Word, PDF,
    spreadsheet or web page, or 'compkit import' from compkit's workbook
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

    Examples
    --------
    >>> import compkit, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> try:
    ...     compkit.import_file(folder)
    ... except compkit.WorkbookError as exc:
    ...     print(str(exc).split(": ", 1)[1])
    no CSV tables here; expected the folder 'compkit export --to tables' wrote
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
    r"""A theme vocabulary or theme overrides file (YAML) that cannot be used.

    Every problem is reported at once, one line each, as ``file:line: message``.

    Attributes
    ----------
    file : pathlib.Path
        The file that was read.
    problems : tuple of Problem
        Every problem found, in file order.

    Examples
    --------
    >>> import compkit, pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "themes.yaml"
    >>> _ = path.write_text("themes: [unclosed\n")
    >>> try:
    ...     compkit.theme_gaps("cis", "wsx", vocabulary=path)
    ... except compkit.ThemeFileError as exc:
    ...     print(exc.problems[0].line, exc.problems[0].message)
    2 malformed YAML, column 1: did not find expected ',' or ']' (while parsing a flow
    sequence); check indentation, colons and quotes
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

    Examples
    --------
    >>> import compkit
    >>> try:
    ...     compkit.read_sssom("no-such.sssom.tsv")
    ... except compkit.CrosswalkError as exc:
    ...     print(exc)
    no-such.sssom.tsv: no such cross-walk file
    """
