"""Second-person statements that open on someone else or on a clause ("Others turn to you").

In a framework written in the second person ("You plan your work"), a statement may open on
others who act towards the reader ("Others often turn to you for advice") or on a clause ("If
your task is getting delayed, you communicate ..."): it speaks to the reader all the same, so
it keeps the framework's voice (rule T007). Moved out of :mod:`compkit.checks.voice`, which
hands in its own test of a bare verb; the mirror of :mod:`compkit.checks._speaker` for the
first person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pandas as pd

# The reader named in a statement's first sentence ("Others often turn to you", "... a
# challenge to you anymore", "If your task is getting delayed, you communicate ...").
_ADDRESSED = re.compile(r"^[^.!?]*?\b(?:you|your|yours|yourself|you're|you've|you'll)\b", re.I)
# ... unless the writer speaks too ("Astute: We would expect you to ..."); words in double
# quotation marks are someone else's ('say things like, "I am stuck"'), read past.
_SPEAKER = re.compile(r"^[^.!?]*?\b(?:I|[Ww]e)\b")
_QUOTED = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
# Conjunctions that may open a statement whose clause names the reader ("If you get blocked").
_CONJUNCTIONS = frozenset(
    ["if", "when", "whenever", "where", "while", "once", "unless", "though", "although", "because"]
)
# A plural subject the third-person test takes for a verb: "Others often turn to you",
# "Customers & teams look up to you" (the word after it is checked to be a bare verb).
_PLURAL_SUBJECT = re.compile(
    r"^(?:Others|People|[A-Z][a-z]+s\s+(?:and|&)\s+[a-z]+s)\s+(?:(?:often|always|usually|"
    r"regularly|frequently)\s+)?([a-z]+)\b"
)


def addressed(
    out: pd.Series,
    head: pd.Series,
    *,
    is_verb: Callable[[str], bool],
    not_verbs: frozenset[str],
) -> pd.Series:
    """Statements that speak to the reader ("you") though no "You" opens them.

    In a second-person framework, a statement read in no voice, or a plural subject read as
    the holder's verb or a bare one ("Others often turn to you", "Teams and leaders view you as
    a trusted advisor", "People come to you"), that names the reader in its first sentence is
    in the second person; so is one opened by a conjunction ("If your task is getting delayed
    ..., you communicate ...").
    An instruction keeps its voice ("Know your audience"), and so does a fragment that opens
    with a gerund or a preposition ("Writing blogs ... done by you", "Along with ... your
    knowledge"): it reads in no voice of its own; and so does one in which the writer speaks
    ("Astute: We would expect you to ..."), though not when that "I" or "we" is quoted
    ('People come to you and say "I am stuck"').

    Parameters
    ----------
    out : Series of str
        Each statement's voice as read so far (:data:`compkit.checks.voice.VOICES`).
    head : Series of str
        Each statement after its lead-in, aligned with ``out``.
    is_verb : callable
        Whether a word can be a bare verb.
    not_verbs : frozenset of str
        Words that open a phrase and are never a bare verb ("in", "the", "someone").

    Returns
    -------
    pandas.Series
        True where the statement speaks to the reader.

    Examples
    --------
    >>> from compkit.checks.voice import _NOT_VERBS, _is_verb_base, _read
    >>> texts = pd.Series(["Others often turn to you for advice.", "Know your audience.",
    ...     "Writing blogs about work done by you.", "Helps your team grow.",
    ...     "Even though you're new you have strong skills.", "If you get stuck - you ask.",
    ...     "Astute: We would expect you to find the real ask."])
    >>> out, _, head = _read(texts)
    >>> addressed(out, head, is_verb=_is_verb_base, not_verbs=_NOT_VERBS).tolist()
    [True, False, False, False, True, True, False]
    """
    word = head.str.extract(r"^([A-Za-z][\w'-]*)", expand=False).fillna("").str.lower()
    plural = head.str.extract(_PLURAL_SUBJECT, expand=False)
    verb = plural.map(lambda w: isinstance(w, str) and is_verb(w)).astype(bool)
    opens = ~word.str.endswith("ing") & (~word.isin(not_verbs) | word.isin(_CONJUNCTIONS))
    loose = (out == "other") | (out.isin(["holder", "bare"]) & verb)
    named = head.str.contains(_ADDRESSED) & ~head.str.replace(_QUOTED, "", regex=True).str.contains(
        _SPEAKER
    )
    return loose & opens & named
