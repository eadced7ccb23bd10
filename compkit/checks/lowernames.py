"""A statement opening on a name written in lower case, which rule T001 leaves alone.

"gitdm is primarily used by devstats ...", "openprofile.dev will replace gitdm ...": a tool or
an address its makers write in lower case opens the statement; it is no fragment cut from the
statement before it, as "case currently. If you are a member ..." is.
"""

from __future__ import annotations

import re

from .dictionary import known, likely_typo

#: An address or a file name: "openprofile.dev", "package.json".
_ADDRESS = re.compile(r"[a-z][\w-]*\.[a-z]{2,}")


def lower_name(word: str) -> bool:
    """Whether ``word`` is a name written in lower case: an address, or no word nor a slip.

    Parameters
    ----------
    word : str
        A statement's first word, as written.

    Returns
    -------
    bool
        True for an address, or a word the dictionary does not know and does not read as a
        slip of the hand for one it knows ("recieves" is a slip, "gitdm" a name).

    Examples
    --------
    >>> [lower_name(w) for w in ["gitdm", "openprofile.dev", "case", "recieves", "e.g", ""]]
    [True, True, False, False, False, False]
    """
    if not word:
        return False  # no word read ("a clear ...": one letter): no name
    if _ADDRESS.fullmatch(word):
        return True
    return "." not in word and not known(word) and likely_typo(word) is None
