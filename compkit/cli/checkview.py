"""How ``compkit check`` shows its findings to a person: within a terminal, within a comment.

A framework can have hundreds of findings, and an author reads them in a terminal of about 100
columns or in a pull-request comment. The table (the default format) gives each finding one
line of ``path:line``, code, severity and statement id, then the message and the statement
itself, each wrapped to the terminal's width and indented under it; a long statement is quoted
in its first lines, ending in "…" (the line number leads to the whole). The Markdown, for a job
summary or a pull-request comment, counts the findings by rule, then lists them with each
statement shortened, and stops before GitHub's limit on a comment (65,536 characters), saying
how many it left out and which formats list them all (CSV, JSON). The machine formats (CSV,
JSON, GitHub annotations) are written whole by :mod:`compkit.cli.findings`.
"""

from __future__ import annotations

import shutil
import textwrap
from typing import TYPE_CHECKING

from .._words import plural
from .findings import where

if TYPE_CHECKING:  # pandas loads with the checker, not with the command line
    import pandas as pd

#: The width the table is wrapped to when the terminal's is unknown (output piped, no COLUMNS).
WIDTH = 100
#: The narrowest width the table is wrapped to, however narrow the terminal.
NARROWEST = 60
#: Lines of a statement the table quotes before "…".
QUOTE_LINES = 2
#: Characters of a statement a Markdown row quotes before "…".
QUOTE_CHARS = 120
#: GitHub's limit on the body of an issue or pull-request comment, in characters.
COMMENT_LIMIT = 65_536
#: Findings past which the Markdown opens with their count by rule.
COUNTED = 20
_INDENT = "    "


def width() -> int:
    """The width to wrap the table to: the terminal's (or ``COLUMNS``), else :data:`WIDTH`.

    Examples
    --------
    >>> NARROWEST <= width()
    True
    """
    return max(NARROWEST, shutil.get_terminal_size((WIDTH, 24)).columns)


def statements(frame: pd.DataFrame, fw) -> list[str]:
    """Each finding's statement text, on one line ("" for a finding about no statement).

    Examples
    --------
    >>> import compkit
    >>> fw = compkit.load("wsx")
    >>> frame = compkit.check(fw, select="T005").to_frame()
    >>> statements(frame, fw)
    ['Wiling to lead the team in an engaging, encompassing and creative manner']
    """
    texts = dict(zip(fw.indicators["indicator_id"], fw.indicators["text"], strict=True))
    return [" ".join(str(texts.get(i, "") or "").split()) for i in frame["indicator_id"]]


def _quote(text: str, room: int) -> list[str]:
    """``text`` wrapped to ``room`` columns, its first :data:`QUOTE_LINES` lines, "…" if cut."""
    lines = textwrap.wrap(text, room, break_on_hyphens=False) or [""]
    if len(lines) > QUOTE_LINES:
        lines = lines[:QUOTE_LINES]
        lines[-1] = lines[-1][: room - 2].rstrip() + " …"
    return lines


def table(frame: pd.DataFrame, texts: list[str], *, columns: int = WIDTH) -> str:
    """The findings for a terminal ``columns`` wide: a line each, message and statement under.

    Parameters
    ----------
    frame : DataFrame
        The findings located (:func:`compkit.cli.findings.located`), in the order to print.
    texts : list of str
        Each finding's statement (:func:`statements`).
    columns : int
        The terminal's width: the message and the statement are wrapped to it.

    Returns
    -------
    str
        A header line, a rule, then per finding its ``path:line``, code, severity and statement
        id (an id too long for the line on a line of its own), the message indented under it
        and the statement after "> ".

    Examples
    --------
    >>> import pandas as pd
    >>> row = {"code": "T005", "severity": "warning", "indicator_id": "learning-2",
    ...        "file": "/w/site.yaml", "line": 12, "message": "'Wiling' looks misspelt"}
    >>> print(table(pd.DataFrame([row]), ["Wiling to learn new things"], columns=60))
    path:line        code  severity  statement
    ---------------  ----  --------  ----------
    /w/site.yaml:12  T005  warning   learning-2
        'Wiling' looks misspelt
        > Wiling to learn new things
    """
    spots = where(frame)
    ids = ["" if i is None else str(i) for i in frame["indicator_id"]]
    heads = [("path:line", "code", "severity", "statement")]
    heads += list(zip(spots, frame["code"], frame["severity"], ids, strict=True))
    sizes = [max(len(h[k]) for h in heads) for k in range(4)]
    sizes[3] = max(10, min(sizes[3], columns - sum(sizes[:3]) - 6))

    def line(cells) -> str:
        return "  ".join(c.ljust(n) for c, n in zip(cells, sizes, strict=True)).rstrip()

    room = max(20, columns - len(_INDENT))
    out = [line(heads[0]), line("-" * n for n in sizes)]
    for head, message, text in zip(heads[1:], frame["message"], texts, strict=True):
        out.append(line(head))
        if len(out[-1]) > columns:  # a long id on a line of its own, under its column
            out[-1] = line((*head[:3], ""))
            out.append(" " * min(sum(sizes[:3]) + 6, max(0, columns - len(head[3]))) + head[3])
        out += textwrap.wrap(
            str(message), room, initial_indent=_INDENT, subsequent_indent=_INDENT
        ) or [_INDENT.rstrip()]
        if text:
            out += [f"{_INDENT}> {q}" for q in _quote(text, room - 2)]
    return "\n".join(out)


def _cell(text) -> str:
    """A Markdown table cell: pipes escaped, line breaks as spaces."""
    import pandas as pd

    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return ""
    return " ".join(str(text).replace("|", "\\|").split())


def _short(text: str) -> str:
    """``text`` cut at a word to :data:`QUOTE_CHARS` characters, ending in "…" if cut."""
    if len(text) <= QUOTE_CHARS:
        return text
    return text[:QUOTE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def _by_rule(frame: pd.DataFrame) -> list[str]:
    """A Markdown table counting the findings by rule, in the order they are listed."""
    per = frame.groupby(["code", "name", "severity"], sort=False).size()
    rows = ["| Rule | Severity | Findings |", "| --- | --- | ---: |"]
    rows += [f"| {code} {name} | {sev} | {n} |" for (code, name, sev), n in per.items()]
    return rows


def markdown(
    frame: pd.DataFrame, texts: list[str], title: str, *, limit: int = COMMENT_LIMIT
) -> str:
    """The findings as Markdown for a job summary or a comment, within ``limit`` characters.

    Parameters
    ----------
    frame : DataFrame
        The findings located (:func:`compkit.cli.findings.located`), in the order to list.
    texts : list of str
        Each finding's statement (:func:`statements`), quoted shortened in its row.
    title : str
        The file checked, named in the heading.
    limit : int
        The most characters to write: rows past it are left out and counted (GitHub takes a
        comment of 65,536 characters at most).

    Returns
    -------
    str
        A heading; over :data:`COUNTED` findings, their count by rule; then a table of the
        findings, a row each, and a line saying how many were left out, if any.

    Examples
    --------
    >>> import pandas as pd
    >>> rows = [{"code": "T011", "name": "end-punctuation-breaks-pattern", "severity": "info",
    ...          "file": None, "line": None, "indicator_id": f"a-{k}",
    ...          "message": "ends with a full stop"} for k in range(3)]
    >>> md = markdown(pd.DataFrame(rows), ["Plans the week."] * 3, "a.yaml", limit=500)
    >>> md.count("| T011"), md.splitlines()[-1][:60]
    (2, '*1 more finding not listed: a comment holds 500 characters a')
    >>> len(md) <= 500
    True
    """
    head = f"### compkit check: {_cell(title)}\n\n"
    if not len(frame):
        return head + "No findings.\n"
    parts = [head]
    if len(frame) > COUNTED and len(set(frame["code"])) > 1:
        parts.append("\n".join(_by_rule(frame)) + "\n\n")
    rows = ["| Where | Rule | Severity | Statement | Finding |", "| --- | --- | --- | --- | --- |"]
    parts.append("\n".join(rows) + "\n")
    used = sum(map(len, parts))
    # the closing line's room is kept from the start, so the rows and it fit together
    room = limit - len(_left_out(len(frame), limit)) - 2
    shown = 0
    for spot, row, text in zip(where(frame), frame.itertuples(index=False), texts, strict=True):
        cells = [f"`{spot}`" if spot else "", f"{row.code} {row.name}", row.severity]
        cells += [_short(text), row.message]
        cell = "| " + " | ".join(_cell(c) for c in cells) + " |\n"
        if used + len(cell) > room:
            break
        parts.append(cell)
        used += len(cell)
        shown += 1
    if shown < len(frame):
        parts.append("\n" + _left_out(len(frame) - shown, limit) + "\n")
    return "".join(parts)


def _left_out(n: int, limit: int) -> str:
    """The line saying ``n`` findings were left out of a Markdown of ``limit`` characters."""
    return (
        f"*{plural(n, 'more finding')} not listed: a comment holds {limit:,} characters at "
        "most; 'compkit check ... --format csv' (or json) lists them all.*"
    )
