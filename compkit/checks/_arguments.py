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


def given(value) -> str:
    """A value said briefly, by its type and a short repr: ``int 42``, ``str 'x'``.

    Examples
    --------
    >>> given(42), given(None)
    ('int 42', 'NoneType None')
    """
    said = f"{type(value).__name__} {reprlib.repr(value)}"
    return said if len(said) <= 120 else f"{said[:117]}..."


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
