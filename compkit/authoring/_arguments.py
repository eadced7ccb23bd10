"""The arguments of :func:`~compkit.diff` and :func:`~compkit.carry_forward`, checked by name.

A wrong value is refused with a message that opens with the argument's name (``old:``,
``new:``, ``unchanged:``), as a file's error opens with the file's name, so a user who passed
two frameworks and a table knows which one was wrong.

Examples
--------
>>> import compkit
>>> try:
...     compkit.diff("cis", 42)
... except compkit.UsageError as exc:
...     print(exc)
new: expected a framework, a bundled id (cis, wsx) or the path of a framework file, got int 42
"""

from __future__ import annotations

import reprlib

import numpy as np


def flag_argument(value, argument: str) -> bool:
    """``value`` as a yes or no; an error naming ``argument`` when it is neither.

    ``unchanged="no"`` would read as true: it is refused rather than taken.

    Examples
    --------
    >>> flag_argument(False, "unchanged")
    False
    >>> flag_argument("no", "unchanged")
    Traceback (most recent call last):
    compkit.errors.UsageError: unchanged: expected True or False, got str 'no'
    """
    from ..errors import UsageError

    if not isinstance(value, bool | np.bool_):
        raise UsageError(
            f"{argument}: expected True or False, got {type(value).__name__} {reprlib.repr(value)}"
        )
    return bool(value)
