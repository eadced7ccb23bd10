"""Where a statement closes on a list set out after a colon (rule T011 leaves its end alone).

A lead-in closed by a colon and followed by its items ("... in support of: Enterprise
Architecture Reviews Stage Gate Reviews Change Control Requests", a nested list joined into its
bullet; "... tools such as: Jira, Confluence, Git") ends where its last item ends, and list items
are often written with no full stop. The statement's last mark is then the list's, not the
sentence's: its missing full stop breaks no pattern of sentences. What follows the colon is
read as a list when it holds no sentence and is written as items: names in title case run
together, or two or more short parts between commas or semicolons. A clause after the colon
("Listens well: asks questions and waits for the answer") is a sentence and keeps its full stop.
"""

from __future__ import annotations

import pandas as pd

#: The words after a statement's last colon, the colon closing a lead-in of words.
_TAIL = r"[A-Za-z)\]]\s*:\s+([^:]+)$"
#: Items run together in title case: no word of four or more letters in lower case.
_LOWER_WORD = r"\b[a-z][a-z'-]{3,}\b"
#: Items between commas or semicolons: two parts at least.
_SEPARATED = r"[,;]"
#: A part of seven words or more between separators is no short item.
_LONG_PART = r"(?:^|[,;])\s*(?:[^\s,;]+\s+){6}[^\s,;]"
#: A sentence ends inside it: a clause, not items.
_SENTENCE_END = r"[.!?](?:\s|$)"
#: Some word of its items, to tell a list from a mark alone.
_WORD = r"[A-Za-z]{2,}"


def closes_on_list(texts: pd.Series) -> pd.Series:
    """Whether each statement closes on a list of items after a colon.

    Parameters
    ----------
    texts : pandas.Series of str
        Statements, closing marks (quotation marks, emphasis) already read past.

    Returns
    -------
    pandas.Series of bool
        Aligned with ``texts``.

    Examples
    --------
    >>> closes_on_list(pd.Series([
    ...     "Reviews products in support of: Enterprise Architecture Reviews Stage Gate Reviews",
    ...     "Uses the team's tools: Jira, Confluence and Git",
    ...     "Listens well: asks questions and waits for the answer",
    ...     "Plans releases with care",
    ... ])).tolist()
    [True, True, False, False]
    """
    tail = texts.astype(str).str.extract(_TAIL, expand=False).fillna("").str.strip()
    items = tail.str.contains(_WORD) & ~tail.str.contains(_SENTENCE_END)
    titled = ~tail.str.contains(_LOWER_WORD)
    separated = tail.str.contains(_SEPARATED) & ~tail.str.contains(_LONG_PART)
    return items & (titled | separated)
