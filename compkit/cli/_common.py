"""What every ``compkit`` command shares: exit statuses, the argument parser, plain tables."""

from __future__ import annotations

import argparse
import re

from ..errors import UsageError

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
FRAMEWORK_HELP = "a bundled framework id (cis, wsx) or the path of a framework YAML file"


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit with status 2.

    ``examples`` (set by ``compkit.cli``) closes its ``--help``; an option no command knows is
    said to be the command's (``see 'compkit show --help'``), not the program's.
    """

    examples = ""

    def error(self, message: str):  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")

    def format_help(self) -> str:
        """The help argparse writes, then the command's examples."""
        text = super().format_help()
        return f"{text}\n{self.examples}\n" if self.examples else text

    def parse_args(self, args=None, namespace=None):  # type: ignore[override]
        """Parse ``args``; arguments left over are the command's to name, with its help."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            command = getattr(parsed, "command", None)
            owner = self._commands().get(command, self) if command else self
            owner.error(f"unrecognized arguments: {' '.join(extras)}{owner._close(extras)}")
        return parsed

    def _close(self, extras: list[str]) -> str:
        """``; did you mean --level?`` for an option mistyped (``--levle``), or ""."""
        import difflib

        known = [o for o in self._option_string_actions if o.startswith("--") and o != "--debug"]
        close = []
        for word in extras:
            if word.startswith("--"):
                close += difflib.get_close_matches(word.split("=")[0], known, n=1, cutoff=0.75)
        return f"; did you mean {' or '.join(dict.fromkeys(close))}?" if close else ""

    def _commands(self) -> dict[str, argparse.ArgumentParser]:
        """The commands' own parsers, by name (none for a command's parser)."""
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                return dict(action.choices)
        return {}


def document_output(output: str, to: str | None, formats: tuple[str, ...], what: str) -> None:
    """Refuse at once an -o that is a folder, or a name with no suffix and no --to.

    ``formats`` are the suffixes the command writes (``("docx", "html", "md")``); ``what`` the
    kind of file ("report", "document").

    Examples
    --------
    >>> document_output("cis.docx", None, ("docx", "html"), "document")
    >>> document_output("cis", None, ("docx", "html"), "document")
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: -o cis: cannot tell the format from the file name; expected a ...
    """
    from pathlib import Path

    path = Path(output)
    ends = ", ".join(f".{f}" for f in formats[:-1]) + f" or .{formats[-1]}"
    if path.is_dir():
        raise UsageError(
            f"-o {output}: is a folder; expected the {what} file to write, e.g. -o "
            f"{path / what}.{to or formats[0]}"
        )
    if to is None and not path.suffix:  # a wrong suffix is the writer's to name
        raise UsageError(
            f"-o {output}: cannot tell the format from the file name; expected a name ending in "
            f"{ends}, or --to {'|'.join(formats)}"
        )


def printable(text: str) -> str:
    r"""Text safe for a terminal: control characters (escape sequences too) shown as ``\xNN``.

    Examples
    --------
    >>> printable("red \x1b[31mtext\x1b[0m, tab\tand line\nkept")
    'red \\x1b[31mtext\\x1b[0m, tab\tand line\nkept'
    """
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def format_table(frame) -> str:
    """Render a DataFrame as a plain left-aligned text table (full text, no truncation).

    Examples
    --------
    >>> import pandas as pd
    >>> print(format_table(pd.DataFrame({"id": ["a", "bb"], "n": [1, 22]})))
    id  n
    --  --
    a   1
    bb  22
    """
    cells = [[printable(str(c)) for c in frame.columns]] + [
        ["" if v is None else printable(str(v)) for v in row]
        for row in frame.itertuples(index=False)
    ]
    shown = [[_width(v) for v in row] for row in cells]
    widths = [max(row[i] for row in shown) for i in range(len(frame.columns))]
    lines = [
        "  ".join(v + " " * (w - n) for v, n, w in zip(row, sizes, widths, strict=True)).rstrip()
        for row, sizes in zip(cells, shown, strict=True)
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _width(text: str) -> int:
    """How many columns ``text`` takes in a terminal: a wide (CJK) letter or an emoji two.

    Marks that combine with the letter before them, zero-width joiners and variation
    selectors take none, nor does an emoji joined to the one before it ("👨‍🔧" is one).

    Examples
    --------
    >>> _width("Level 1"), _width("日本語"), _width("😀 Attitude"), _width("👨‍🔧 Pr0")
    (7, 6, 11, 6)
    """
    import unicodedata

    if text.isascii():
        return len(text)
    width, joined = 0, False
    for c in text:
        if c == "\u200d":
            joined = True
            continue
        if not (joined or unicodedata.combining(c) or c in "\ufe0f\ufe0e"):
            width += 2 if unicodedata.east_asian_width(c) in "WF" else 1
        joined = False
    return width


#: Suffixes of text files no framework file is written as (``.yaml`` is; FILE_SUFFIXES also).
_TEXT_SUFFIXES = frozenset(
    {".txt", ".text", ".rtf", ".doc", ".rst", ".tex", ".log", ".ini", ".toml", ".cfg"}
)


def yaml_output(output: str, command: str) -> None:
    """Refuse an -o of ``import`` or ``ingest`` naming another kind of file than the YAML it writes.

    A name with no suffix, or one that names no kind of file (``cis.v2``), is written as YAML.
    """
    from .._atomic import FILE_SUFFIXES, as_path
    from ..errors import UsageError

    path = as_path(output, "-o", expected="the name of the framework file to write")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml") or suffix not in FILE_SUFFIXES | _TEXT_SUFFIXES:
        return
    yaml = path.with_suffix(".yaml").name
    if suffix in {".docx", ".html", ".htm", ".md", ".markdown"}:
        then = f"; for a document, run 'compkit render {yaml} -o {path.name}' after the {command}"
    elif suffix in {".csv", ".xlsx", ".json", ".graphml"}:
        then = f"; for {suffix}, run 'compkit export {yaml} -o {path.name}' after the {command}"
    else:
        then = ""
    raise UsageError(
        f"-o {output}: 'compkit {command}' writes a framework file in YAML only, not {suffix}; "
        f"expected a name ending in .yaml or .yml (-o {yaml}){then}"
    )
