"""Where a statement stops mid-sentence (rule T016): the words no sentence ends on.

A statement with no end mark whose last word is an article, a conjunction, a possessive or a
preposition left without its object was cut short, in the source or in conversion. Two readings
keep a sentence whole: a possessive standing for its noun after a contrast ("your own problems,
not the team's"), and a particle of a phrasal verb ("sees the project through").
"""

from __future__ import annotations

import re

#: What closes a statement after its last word and is no punctuation of its own: Markdown
#: emphasis ("... contributor._") and closing quotation marks.
CLOSING = re.compile(r"[\s_*\"”’]+$")
#: Marks that leave a statement open (rule T002's).
CUT_OFF = frozenset(",:;-–")

#: Words no sentence ends on, stranded or not: articles, conjunctions, possessive determiners,
#: a possessive noun in lower case ("people's"; "Sainsbury's" is a name), list openers, and
#: "through" after no verb it completes ("deliver work through").
#: Prepositions can end a sentence ("the tools they depend on").
_NEVER_LAST = re.compile(
    r"(?:\b(?:a|an|the|and|or|nor|but|than|their|its|our|my|your|whose|including|such as"
    r"|as well as)|\b\w{3,}(?:tion|sion|ment|ance|ence|ity|ness|ship|ing|ysis) of"
    r"|\b(?!(?:it|that|let|there|here|what|who|he|she|one)'s\b)[a-z]+'s|\bthrough)$"
)
#: A possessive that stands for its noun after a contrast or comparison: "not the team's",
#: "than your father's", "as any other team's" (the noun said before it).
_ELLIPTICAL = re.compile(
    r"\b(?:not|never|than|as|like|unlike|instead of|rather than)\s+"
    r"(?:(?:the|a|an|any|another|your|their|his|her|our|my|its|this|that|other|each)\s+"
    r"(?:\w+\s+)?)?[a-z]+'s$"
)
#: Verbs whose particle "through" may end a sentence ("follows through", "sees it through",
#: "talks them through"), in any form: the verb stands within the last four words.
_THROUGH_VERBS = re.compile(
    r"\b(?:follow|see|saw|seen|think|thought|carry|carri|go|goes|went|gone|get|got|come|came"
    r"|pass|push|pull|break|broke|talk|walk|read|look|sit|sat|live|run|ran|muddle|wade"
    r"|plough|plow|coach|guide|lead|led|take|took|bring|brought|put|play)\w*"
    r"(?:\s+\S+){0,3}\s+through$",
    re.IGNORECASE,
)
#: A preposition or other word that ends a sentence only when stranded (T016, with full stops).
_OPEN_LAST = re.compile(r"\b(?:of|to|at|for|with|by|from|into|onto|within|via|per|between)$")


def cut_mid_sentence(text: str, *, stops: bool) -> str:
    """The last words of a statement that stops mid-sentence, or "".

    A statement with no end mark (a full stop, ! or ?) stops mid-sentence when its last word is
    one no sentence ends on: an article, a conjunction, a possessive ("the", "and", "their",
    "people's"), "such as", "of" after a noun ("the adoption of"), or "through" after no verb
    it completes ("deliver work through"; "follows through" is whole). A possessive after a
    contrast stands for its noun ("solve your own problems, not the team's") and is whole.
    Where the framework ends its statements with full stops (``stops``), a preposition at the
    end of one that lacks it is read so too ("Recognises the need for"); elsewhere it may be
    stranded ("the tools we depend on").

    Examples
    --------
    >>> cut_mid_sentence("Identifies other people's", stops=False)
    "Identifies other people's"
    >>> cut_mid_sentence("Recognises the need for", stops=True)
    'the need for'
    >>> [cut_mid_sentence(t, stops=False) for t in ["Recognises the need for",
    ...     "Contributes to libraries that we depend on", "Takes the lead.", "Builds trust and"]]
    ['', '', '', 'Builds trust and']
    >>> [cut_mid_sentence(t, stops=False) for t in ["Helping the squad deliver work through",
    ...     "Sees hard projects through", "Solves your own problems, not the team's"]]
    ['deliver work through', '', '']
    """
    end = CLOSING.sub("", text)
    if not end or end[-1] in ".!?" or end[-1] in CUT_OFF:
        return ""
    # the last words are enough (and keep the search linear), from a word's start
    tail = end if len(end) <= 80 else end[-80:].split(maxsplit=1)[-1]
    never = _NEVER_LAST.search(tail)
    if never and (_ELLIPTICAL.search(tail) or _THROUGH_VERBS.search(tail)):
        never = None
    if not (never or (stops and _OPEN_LAST.search(tail))):
        return ""
    return " ".join(end.split()[-3:])[-60:]
