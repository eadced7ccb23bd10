"""Whether a run of names is a job ladder's rungs: the documents' and the sheets' one test.

A job ladder's titles share a word and differ by rank words ("Junior Engineer", "Engineer",
"Senior Engineer 1", "Principal Engineer (People Manager)"; "D1 - Developer 1" ... "D7 -
Developer 7"): no word list knows every one as a level, but together they are levels. Two tiers
of a document's headings weigh it (:mod:`~compkit.ingest.tiers`), and a wide sheet's header
takes every column of such a run as a level's (:func:`~compkit.ingest.tables.find_columns`).
Moved out of :mod:`~compkit.ingest.tiers`.
"""

from __future__ import annotations

import re
from collections import defaultdict

from .blocks import clean
from .levelnames import LEVEL_WORDS

__all__ = ["job_ladder", "ranked"]


#: Words that join a name's others and rank nothing: no ladder's shared word.
_JOINING = re.compile(r"^(?:an?|and|as|at|by|for|from|in|into|of|on|or|the|through|to|with)$")


def job_ladder(names: list[str], *, least: int = 3) -> bool:
    """Whether names share one word and most of the rest are rank words: a job ladder.

    ``least`` names at least: two job titles over the same headings ("Service Desk Analyst
    (Intermediate)", "Senior BT Service Desk Analyst") are a ladder, two names alone are not.

    Examples
    --------
    >>> job_ladder(["Junior Engineer", "Engineer", "Senior Engineer 1", "Principal Engineer"])
    True
    >>> job_ladder(["Planning", "Team Work", "Technical"])
    False
    >>> job_ladder(["Values — Serving through integrity", "Strategic — Innovating through ideas"],
    ...         least=2)
    False
    """
    words = [re.findall(r"[a-z0-9'-]+", clean(n).casefold()) for n in names]
    if len(names) < least or not all(words):
        return False
    counts: dict[str, int] = defaultdict(int)
    for ws in words:
        for w in set(ws):
            counts[w] += 1
    shared = [  # "through" in two taglines ("... through integrity", "... through Analysis")
        w
        for w, c in counts.items()
        if c * 4 >= len(names) * 3 and w not in LEVEL_WORDS and not _JOINING.match(w)
    ]
    if not shared:
        return False
    return sum(map(ranked, words)) * 2 >= len(names)


def ranked(words) -> bool:
    """Whether a title's words (lower case) hold a rank word or a number: a rung's.

    Examples
    --------
    >>> ranked(["senior", "engineer"]), ranked(["engineer", "2"]), ranked(["reviewed"])
    (True, True, False)
    """
    return any(w in LEVEL_WORDS or w.isdigit() for w in words)
