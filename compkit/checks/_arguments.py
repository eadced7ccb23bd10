"""The arguments of the checker's public functions, checked by name.

A wrong value is refused in one short message that opens with the argument's name
(``framework:``, ``report:``, ``code:``), says what was given (as :func:`compkit.load` says it)
and what was expected, as :func:`compkit.diff` names ``old`` and ``new``.

Examples
--------
>>> import compkit
>>> try:
...     compkit.check(42)
... except compkit.UsageError as exc:
...     print(exc)
framework: expected a framework, a bundled id (cis, wsx) or the path of a framework file, got int 42
"""

from __future__ import annotations

import reprlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..framework.model import Framework


def given(value) -> str:
    """A value said briefly, by its type and a short repr: ``int 42``, ``str 'x'``.

    Examples
    --------
    >>> given(42), given(None)
    ('int 42', 'NoneType None')
    """
    said = f"{type(value).__name__} {reprlib.repr(value)}"
    return said if len(said) <= 120 else f"{said[:117]}..."


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
    """
    from ..errors import FrameworkNotFoundError, UsageError
    from ..framework.io import load

    try:  # load says what was given (a dict: how to make it one); the argument is named here
        return load(value)
    except (UsageError, FrameworkNotFoundError) as exc:
        if len(exc.args) == 1 and isinstance(exc.args[0], str):
            exc.args = (f"{argument}: {exc.args[0]}",)
        raise


def code_argument(value, argument: str = "code") -> str:
    """``value`` when it is a string (a rule's code or name); an error naming ``argument``.

    Examples
    --------
    >>> code_argument(["T005"])
    Traceback (most recent call last):
    compkit.errors.UsageError: code: expected a rule code or name (a string such as 'T005'), got
    list ['T005']
    """
    from ..errors import UsageError

    if not isinstance(value, str):
        raise UsageError(
            f"{argument}: expected a rule code or name (a string such as 'T005'), got "
            f"{given(value)}"
        )
    return value
