"""What the comparison says when a framework is not written in English.

The report reads each statement's voice ("I take ..." or "Takes ..."), scope (own work, team,
organisation) and themes (wellbeing, learning, change ...) by English words. On a French or
Japanese framework those readings count the few English loanwords it holds and nothing else:
its figures would look like findings and be none. The report says so where it would speak of
them, in place of the summary's sentences, and beside the sections' tables; the Shape table's
cells of those readings say "not read". A language written without spaces between words
(Japanese, Chinese, Thai) has no words to count: its statements' lengths are not given in
words, nor compared.
"""

from __future__ import annotations

from ..crosswalk.english import encoders_note
from ..framework.spacing import UNSPACED, counts_words
from ..framework.tongue import is_english, language_name, not_in_english, written_in

__all__ = [
    "ENGLISH_READINGS",
    "UNSPACED",
    "counts_words",
    "encoders_note",
    "english_readings",
    "held_back",
    "not_read",
    "uncounted",
]

#: The rows of :func:`compkit.compare.compare_overview` read by English words (voice, scope).
ENGLISH_READINGS = (
    "first person (%)",
    "second person (%)",
    "third person (%)",
    "beyond own work (%)",
    "organisation or sector scope (%)",
)


def not_read(fw) -> str:
    """What a Shape cell of voice or scope says on a framework not in English ("" in English).

    Examples
    --------
    >>> from types import SimpleNamespace as F
    >>> not_read(F(language="nl")), not_read(F(language="en-US"))
    ('not read (Dutch)', '')
    """
    if is_english(fw.language):
        return ""
    return f"not read ({language_name(fw.language).split(' (')[0]})"


def held_back(cells, frameworks, labels: dict[str, str]):
    """The Shape table's cells (one column per framework id) with what was not read said so.

    On a framework not in English the rows of :data:`ENGLISH_READINGS` (voice and scope) say
    "not read (French)"; on one written without spaces between words its words per statement
    say "not counted (Japanese)". ``labels`` maps the overview's measures to the rows' names.

    Examples
    --------
    >>> import pandas as pd
    >>> from types import SimpleNamespace as F
    >>> cells = pd.DataFrame({"ja": ["1.0", "0.0"], "en": ["12.0", "40.0"]},
    ...                      index=["Words", "First person"])
    >>> labels = {"words per statement (median)": "Words", "first person (%)": "First person"}
    >>> held_back(cells, [F(id="ja", language="ja"), F(id="en", language="en")], labels)
                              ja    en
    Words         not counted (Japanese)  12.0
    First person     not read (Japanese)  40.0
    """
    cells = cells.copy()
    english = [labels[k] for k in ENGLISH_READINGS if k in labels]
    words = labels.get("words per statement (median)")
    for fw in frameworks:
        if said := not_read(fw):
            cells.loc[cells.index.isin(english), fw.id] = said
        if not counts_words(fw) and words in cells.index:
            name = language_name(fw.language).split(" (")[0]
            cells.loc[words, fw.id] = f"not counted ({name})"
    return cells


def uncounted(frameworks) -> str:
    """A sentence saying whose statements are not counted in words ("" when all are).

    Examples
    --------
    >>> from types import SimpleNamespace as F
    >>> print(uncounted([F(label="Team skills", language="ja"), F(label="W", language="en")]))
    Team skills is written in Japanese (ja), without spaces between words: its statements' \
length is not counted in words, nor compared.
    """
    others = [fw for fw in frameworks if not counts_words(fw)]
    if not others:
        return ""
    its = "its" if len(others) == 1 else "their"
    return (
        f"{written_in(others)}, without spaces between words: {its} statements' length is "
        "not counted in words, nor compared."
    )


def english_readings(frameworks) -> str:
    """A sentence saying voice, scope and themes are read by English words ("" in English).

    Examples
    --------
    >>> from types import SimpleNamespace as F
    >>> fr = F(label="Data skills", language="fr")
    >>> en = F(label="WSX", language="en-GB")
    >>> print(english_readings([fr, en]))
    Data skills is written in French (fr): its statements' voice, scope and themes are read by \
English words, which it does not use, so they are not reported; read its statements.
    >>> english_readings([en])
    ''
    >>> print(english_readings([fr, F(label="Grille", language="fr")]))
    Data skills and Grille are written in French (fr): their statements' voice, scope and themes \
are read by English words, which they do not use, so they are not reported; read their \
statements.
    """
    others = not_in_english(frameworks)
    if not others:
        return ""
    who = written_in(others)
    its = "its" if len(others) == 1 else "their"
    uses = "it does not use" if len(others) == 1 else "they do not use"
    return (
        f"{who}: {its} statements' voice, scope and themes are read by English words, which "
        f"{uses}, so they are not reported; read {its} statements."
    )
