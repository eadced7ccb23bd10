"""CSV that spreadsheets read safely: no formula runs, no row splits at a line break.

Every CSV compkit writes (statements, findings, diffs, cross-walks) goes through
:func:`csv_text`. The exports of a whole framework, in every format, are
:func:`compkit.authoring.export`'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd


__all__ = ["csv_text", "safe_csv_frame"]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_AFTER_BREAK = r"([\r\n])(?=[=+\-@\t])"


def safe_csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    r"""Return a copy where no text cell can run as a formula in a spreadsheet.

    A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return gets a leading
    ``'`` (the convention spreadsheets honour), and so does every line inside a cell that starts
    so after a line break -- some programs split cells at ``
    ``.

    Examples
    --------
    >>> import pandas as pd
    >>> frame = pd.DataFrame({"text": ["=SUM(A1)", "fine", "Works well.\r=2+3"]})
    >>> safe_csv_frame(frame)["text"].tolist()
    ["'=SUM(A1)", 'fine', "Works well.\r'=2+3"]
    """
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype).startswith(("string", "str")):
            s = out[col]
            text = s.where(s.map(lambda v: isinstance(v, str)))
            risky = text.str.startswith(_FORMULA_START, na=False)
            inner = text.str.contains(r"[\r\n][=+\-@\t]", na=False)
            if risky.any() or inner.any():
                fixed = text.where(~risky, "'" + text)
                fixed = fixed.str.replace(_FORMULA_AFTER_BREAK, r"\1'", regex=True)
                out[col] = s.where(~(risky | inner), fixed)
    return out


def csv_text(frame: pd.DataFrame) -> str:
    r"""The frame as CSV text that spreadsheets read safely: no formulas, no split rows.

    Formula-like cells are neutralised (:func:`safe_csv_frame`); lines end in CRLF as RFC 4180
    asks, so that every field holding a line break or a carriage return is quoted.

    Examples
    --------
    >>> import pandas as pd
    >>> csv_text(pd.DataFrame({"text": ["one\rtwo", "=1+1"]}))
    'text\r\n"one\rtwo"\r\n\'=1+1\r\n'
    """
    return safe_csv_frame(frame).to_csv(index=False, lineterminator="\r\n")
