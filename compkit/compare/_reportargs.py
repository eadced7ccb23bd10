"""The comparison report's own arguments, checked and said in words: its date, title and author.

A bad one is one :class:`compkit.UsageError` naming the argument, what was given and what was
expected (:func:`compkit.compare.write_report`, ``compkit compare --date``).
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import UsageError

__all__ = ["report_date", "text_arguments"]

_ISO_LIKE = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\s*$")


def report_date(date) -> str:
    """The report's date in words: a date, an ISO date, or words of the user's own.

    Raises
    ------
    compkit.UsageError
        For text shaped like a date that is no date (``2026-13-45``).

    Examples
    --------
    >>> report_date("2027-01-15"), report_date("Spring 2027")
    ('15 January 2027', 'Spring 2027')
    """
    if date is None:
        date = dt.date.today()
    if isinstance(date, str):
        if _ISO_LIKE.match(date):
            year, month, day = (int(x) for x in date.strip().split("-"))
            try:
                date = dt.date(year, month, day)
            except ValueError as exc:
                raise UsageError(
                    f"date {date.strip()!r} is not a date ({exc}); expected YYYY-MM-DD "
                    "(e.g. 2027-01-15) or words of your own (e.g. 'Spring 2027')"
                ) from None
        else:
            return " ".join(date.split())  # the user's own words ("Spring 2027")
    if not isinstance(date, dt.date):
        raise UsageError(
            f"date: expected a date (datetime.date), YYYY-MM-DD (2027-01-15) or words of your "
            f"own ('Spring 2027'), got {type(date).__name__} {date!r}"[:300]
        )
    return f"{date.day} {date:%B %Y}"


def text_arguments(**given) -> None:
    """Refuse any of ``given`` that is neither text nor ``None``, naming it.

    Examples
    --------
    >>> text_arguments(title="CiS and WSX", author=None)
    >>> text_arguments(title=["cis"])
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: title: expected text (a string), got list ['cis']
    """
    for name, value in given.items():
        if value is not None and not isinstance(value, str):
            raise UsageError(
                f"{name}: expected text (a string), got {type(value).__name__} {value!r}"[:300]
            )
