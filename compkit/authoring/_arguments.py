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
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from ..framework.model import Framework


def framework_argument(value, argument: str) -> Framework:
    """``value`` loaded as a framework; an error naming ``argument`` when it is none.

    Raises
    ------
    compkit.UsageError
        For a value that is no framework, id or path (a dict: how to make it one).
    compkit.FrameworkNotFoundError
        For an id or path naming no framework.

    Examples
    --------
    >>> framework_argument("wsx", "old").id
    'wsx'
    >>> framework_argument({"id": "x"}, "old")
    Traceback (most recent call last):
    compkit.errors.UsageError: old: expected a framework, a bundled id (cis, wsx) or the path of
    a framework file, got a dict; compkit.framework.build.from_dict makes a framework of one
    """
    from ..errors import FrameworkNotFoundError, UsageError
    from ..framework.io import load

    try:  # load says what was given (a dict: how to make it one); the argument is named here
        return load(value)
    except (UsageError, FrameworkNotFoundError) as exc:
        if len(exc.args) == 1 and isinstance(exc.args[0], str):
            exc.args = (f"{argument}: {exc.args[0]}",)
        raise


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
