"""How ``compkit check`` writes its findings, and when they fail the run.

Each finding carries the framework file checked and the line in it (the statement's ``text``,
the entry of the level, value, group or role, a role's requirement, the field concerned of a
finding about the framework as a whole), from :func:`compkit.checks.file_lines`: as ``file``,
``line`` and ``related_line`` (the related statement's, for a finding about two) after the
old columns of the CSV and the old keys of the JSON, as a ``path:line`` column opening the
table (the form editors and CI problem matchers turn into a link), as GitHub Actions
workflow commands (``::warning file=...,line=...,title=...::message``, what
``ruff --output-format github`` writes); the table and the Markdown a person reads are
written by :mod:`compkit.cli.checkview`. A finding whose field the file does not have (V002
with no ``values:`` key) has the file and no line: none is made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pandas loads with the checker, not with the command line
    import pandas as pd

#: The output formats of ``compkit check``.
FORMATS = ("table", "csv", "json", "github", "markdown")
#: The ``--fail-on`` thresholds, most severe first; ``never`` always exits 0.
FAIL_ON = ("error", "warning", "info", "never")
_RANK = {"error": 3, "warning": 2, "info": 1}
#: GitHub Actions annotation levels for the checker's severities.
_GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def fails(severities, fail_on: str) -> bool:
    """Whether findings of these severities fail a run with ``--fail-on fail_on``.

    Examples
    --------
    >>> fails(["info", "warning"], "error"), fails(["info", "warning"], "warning")
    (False, True)
    >>> fails(["error"], "never")
    False
    """
    if fail_on == "never":
        return False
    return any(_RANK.get(s, 0) >= _RANK[fail_on] for s in severities)


def located(report, fw) -> pd.DataFrame:
    """The findings with ``file`` (the path, or None), ``line`` and ``related_line`` (or NA).

    Examples
    --------
    >>> import compkit
    >>> fw = compkit.load("cis")
    >>> frame = located(compkit.check(fw), fw)
    >>> frame[["code", "subject", "line", "related_line"]].iloc[[0, -1]]
            code        subject  line  related_line
    0   C002                  138           126
    17  V003  collaborative    72          <NA>
    >>> frame["file"].iloc[-1].endswith("cis.yaml")
    True
    """
    import pandas as pd

    from ..checks import file_lines

    frame = file_lines(report, fw)
    frame["file"] = pd.Series([f or None for f in frame["file"]], index=frame.index, dtype=object)
    for column in ("line", "related_line"):
        frame[column] = frame[column].where(frame[column] > 0).astype("Int64")
    return frame


def shown(path: str | None) -> str:
    """A path as a person reads it: from the current folder when the file is under it.

    Examples
    --------
    >>> import os
    >>> shown(os.path.join(os.getcwd(), "data", "x.yaml")) == os.path.join("data", "x.yaml")
    True
    >>> shown(None)
    ''
    """
    if not path:
        return ""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return path


def where(frame: pd.DataFrame) -> list[str]:
    """Each finding's ``path:line`` (``path`` alone without a line), paths as :func:`shown`."""
    import pandas as pd

    return [
        shown(f) + (f":{n}" if f and not pd.isna(n) else "")
        for f, n in zip(frame["file"], frame["line"], strict=True)
    ]


def _escape(text: str, *, prop: bool = False) -> str:
    """Text safe in a GitHub workflow command (a property also escapes ``:`` and ``,``)."""
    text = str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def github(frame: pd.DataFrame) -> str:
    r"""One GitHub Actions workflow command per finding (info findings as notices).

    Examples
    --------
    >>> row = {"severity": "warning", "code": "T005", "name": "misspelling",
    ...        "file": "/w/a,b.yaml", "line": 12, "message": "'Wiling': 99% sure,\nsay willing"}
    >>> import pandas as pd
    >>> print(github(pd.DataFrame([row])), end="")
    ::warning file=/w/a%2Cb.yaml,line=12,title=T005 misspelling::'Wiling': 99%25 sure,%0Asay willing
    """
    import pandas as pd

    lines = []
    for row in frame.itertuples(index=False):
        props = [f"file={_escape(row.file, prop=True)}"] if row.file else []
        if row.file and not pd.isna(row.line):
            props.append(f"line={int(row.line)}")
        props.append(f"title={_escape(f'{row.code} {row.name}', prop=True)}")
        level = _GITHUB_LEVEL.get(row.severity, "warning")
        lines.append(f"::{level} {','.join(props)}::{_escape(row.message)}\n")
    return "".join(lines)
