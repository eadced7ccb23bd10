"""A compkit error in a notebook shown as its message, not under a wall of compkit's frames.

A :class:`~compkit.errors.CompkitError` is a user's bad file or argument, and its message
stands alone: it names the file, the line, what is wrong and what was expected (the command
line prints it alone, ``compkit --debug`` adds the traceback). In IPython and Jupyter it came
under 20 to 40 lines of compkit's own code, the message last. When compkit is imported in a
running IPython shell, :func:`register` asks the shell to show such an error as its class and
message, under IPython's own line saying that ``%tb`` shows the full traceback. Every other
exception keeps its full traceback; the cell still fails (*Run All* stops there, nbval sees
the error); a handler someone else registered is left alone; :func:`unregister` restores
IPython's own.
"""

from __future__ import annotations

import sys

__all__ = ["register", "unregister"]


def _shell(shell):
    """The running IPython shell (``shell`` when given), or ``None`` outside IPython."""
    if shell is not None:
        return shell
    ipython = sys.modules.get("IPython")  # never imported here: outside IPython, nothing to do
    return ipython.get_ipython() if ipython is not None else None


def register(shell=None) -> bool:
    """Show a CompkitError in ``shell`` (default: the running IPython) as its message alone.

    Parameters
    ----------
    shell : IPython.core.interactiveshell.InteractiveShell, optional
        The shell; by default the one running, if any.

    Returns
    -------
    bool
        Whether the shell now shows compkit's errors so: ``False`` outside IPython, or when
        another handler of exceptions is registered (it is left alone).

    Examples
    --------
    >>> register()  # outside IPython: nothing to do
    False
    """
    from ..errors import CompkitError

    shell = _shell(shell)
    if shell is None or not hasattr(shell, "set_custom_exc"):
        return False
    if getattr(shell, "custom_exceptions", ()) not in ((), (CompkitError,)):
        return False
    shell.set_custom_exc((CompkitError,), _message)
    return True


def unregister(shell=None) -> bool:
    """Show compkit's errors with their full traceback again, as IPython shows any other.

    Returns
    -------
    bool
        Whether compkit's handler was registered (and is now removed).

    Examples
    --------
    >>> unregister()  # outside IPython: nothing to do
    False
    """
    from ..errors import CompkitError

    shell = _shell(shell)
    if shell is None or getattr(shell, "custom_exceptions", ()) != (CompkitError,):
        return False
    shell.set_custom_exc((), None)
    return True


def _message(shell, etype, value, tb, tb_offset=None) -> None:
    """Show the error as IPython shows one with ``exception_only``: a line, then the message.

    IPython's own words say that ``%tb`` shows the full traceback; it keeps the error for
    ``%tb`` and ``%debug``. With ``%pdb`` on, the full traceback and the debugger, as asked.
    """
    shell.showtraceback((etype, value, tb), tb_offset=tb_offset, exception_only=not shell.call_pdb)
