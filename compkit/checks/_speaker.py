"""First-person statements that open on someone else or on a clause ("People ask me ...").

In a framework written in the first person ("I plan my work"), a statement may open on others
who act towards the writer ("Other team members genuinely want me on their team", "People
value my opinions"), on a clause ("Even when I disagree ..., I continue ...") or on a thing
the writer then acts upon ("Every venture has mundane tasks and I work through them"): the
writer speaks in it all the same, so it keeps the framework's voice (rule T007). The mirror of
:func:`compkit.checks._addressee.addressed` for the second person.
"""

from __future__ import annotations

import re

import pandas as pd

#: The writer named in the first sentence: "I", "me", "my", "mine", "myself", "I'm", "I've".
_WRITER = re.compile(r"^[^.!?]*?(?:\bI\b|\b(?:me|my|mine|myself)\b)")
#: Words in double quotation marks are someone else's ('People say "I am stuck"').
_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
#: An instruction to the reader keeps its voice ("Ask me anything"): statements read in no
#: voice, or as the holder's, are reread, and those read as bare verbs only when others open
#: them ("People value my opinions", "Other team members want me ...": no instruction).
_REREAD = ("other", "holder")
_OTHERS = re.compile(
    r"^(?:Others?|People|Everyone|Everybody|Colleagues|Peers|Teams?|Engineers|Leaders"
    r"|Customers|Stakeholders|Managers)\b"
)


def speaking(out: pd.Series, head: pd.Series) -> pd.Series:
    """Statements, read in no voice or the holder's, in which the writer speaks ("I", "me").

    Examples
    --------
    >>> out = pd.Series(["bare", "bare", "other", "holder", "bare"])
    >>> head = pd.Series(["Other team members genuinely want me on their team.",
    ...     "People value my opinions and ideas.", "An analytical mindset.",
    ...     'Says "I am stuck" when stuck.', "Ask me anything."])
    >>> speaking(out, head).tolist()
    [True, True, False, False, False]
    """
    named = head.str.replace(_QUOTED, "", regex=True).str.contains(_WRITER)
    others = (out == "bare") & head.str.contains(_OTHERS)
    return (out.isin(_REREAD) | others) & named
