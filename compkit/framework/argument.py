"""A public function's framework argument loaded, an error naming the argument when it is none.

The checker (``framework:``, ``frameworks[1]:``) and authoring (``old:``, ``new:``) refuse a
wrong value with :func:`compkit.load`'s own words on what was given, opened by the argument's
name, as a file's error opens with the file's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Framework

__all__ = ["framework_argument"]


def framework_argument(value, argument: str = "framework") -> Framework:
    """``value`` loaded as a framework; an error naming ``argument`` when it is none.

    Raises
    ------
    compkit.UsageError
        For a value that is no framework, id or path (a dict: how to make it one).
    compkit.FrameworkNotFoundError
        For an id or path naming no framework.

    Examples
    --------
    >>> framework_argument("wsx").id
    'wsx'
    >>> framework_argument(None, "frameworks[1]")
    Traceback (most recent call last):
    compkit.errors.UsageError: frameworks[1]: expected a framework, a bundled id (cis, wsx) or the
    path of a framework file, got NoneType None
    >>> framework_argument({"id": "x"}, "old")
    Traceback (most recent call last):
    compkit.errors.UsageError: old: expected a framework, a bundled id (cis, wsx) or the path of
    a framework file, got a dict; compkit.framework.build.from_dict makes a framework of one
    """
    from ..errors import FrameworkNotFoundError, UsageError
    from .io import load

    try:  # load says what was given (a dict: how to make it one); the argument is named here
        return load(value)
    except (UsageError, FrameworkNotFoundError) as exc:
        if len(exc.args) == 1 and isinstance(exc.args[0], str):
            exc.args = (f"{argument}: {exc.args[0]}",)
        raise
