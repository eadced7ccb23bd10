"""A PDF line joined to the next: a word hyphenated over the line break mended or kept.

A line ending in a hyphen before a line opening in lower case is a word broken by the
typesetter ("Ac-" "tively": "Actively") or a compound broken at its own hyphen ("trade-"
"offs": "trade-offs"). :func:`join_lines` spells it as the document does elsewhere, else by
the dictionary (:func:`known_word`). Where both parts and the whole are words, only a
document that breaks words itself is read as having broken this one: one whose line ends
show a word broken into pieces that are not both words ("algo-" "rithm"), or into a word it
writes whole elsewhere (:func:`words_of` records that it ``HYPHENATES``). Word and
LibreOffice do not break words unless told to, so a hyphen at their line end is the text's.
"""

from __future__ import annotations

import re
from itertools import pairwise

__all__ = ["HYPHENATES", "join_lines", "known_word", "words_of"]

# prefixes written with a hyphen before a word: kept at a line end ("non-" "technical")
# British spellings the dictionary knows in American: "organis(ation)", "behaviour"
_BRITISH = re.compile(r"(?<=\w)is(?=e|ed|es|ing|ation)|(?<=\w{3})our(?=s?$|ed$|ing$|ite|abl|al)")
_PREFIXES = frozenset(["non", "self", "cross", "multi", "semi", "anti", "pseudo", "ex", "well"])
#: in :func:`words_of`'s answer: the texts break words over their line ends themselves
HYPHENATES = "-"
_BROKEN = re.compile(r"(?<![\w-])(\w+)-$")


def _join(text: str, more: str) -> str:
    """A line and the next, a word hyphenated over the break joined when it is one word.

    Examples
    --------
    >>> _join("Reports progress. Ac-", "tively asks"), _join("based on well-", "defined")
    ('Reports progress. Actively asks', 'based on well-defined')
    >>> _join("day-to-", "day work"), _join("uses Kuber-", "netes")
    ('day-to-day work', 'uses Kubernetes')
    >>> _join("technical & non-", "technical people")  # a prefix written with its hyphen
    'technical & non-technical people'
    >>> _join("keeps to-", "do lists")  # a word of four letters is never hyphenated
    'keeps to-do lists'
    >>> _join("(Cloud-", "Watch, Prometheus)"), _join("HTTPS-", "JSON APIs")
    ('(Cloud-Watch, Prometheus)', 'HTTPS-JSON APIs')

    A line broken after a slash or a dash set close between words goes on with no space
    ("Networking/" "Relationship Building", "and/" "or", "work–" "life", "2019–" "2020"):

    >>> _join("Networking/", "Relationship Building"), _join("A /", "B"), _join("work–", "life")
    ('Networking/Relationship Building', 'A / B', 'work–life')

    A word set between hyphens is a separator, its space kept ("Hangouts -vs-" "Skype"):

    >>> _join("Hangouts -vs-", "Skype -vs- Zoom")
    'Hangouts -vs- Skype -vs- Zoom'

    A line opening with a comma or stop after a word goes on with no space (a narrow column
    left the mark alone: "commitments" ", setting"):

    >>> _join("commitments", ", setting"), _join("requirements", ".")
    ('commitments, setting', 'requirements.')

    A possessive broken after its apostrophe goes on with no space ("organisation’" "s work"):

    >>> _join("the organisation’", "s work"), _join("the users'", "needs")
    ('the organisation’s work', "the users' needs")
    """
    if re.search(r"\w[/–—]$", text) and more[:1].isalnum():
        return text + more
    if re.match(r"[,.;:!?)](?:\s|$)", more) and text[-1:].isalnum():  # "commitments" ", setting"
        return text + more
    if re.search(r"[^\W\d_][’']$", text) and re.match(r"s\b", more):
        return text + more
    if re.search(r"(?:^|\s)-\w+-$", text):
        return f"{text} {more}"
    m = re.search(r"(?<![\w-])(\w+)-$", text)  # not "day-to-" of "day-to-day"
    if m and more[:1].islower():
        head, tail = m.group(1).lower(), re.match(r"[a-z]*", more).group(0)
        # whole when the whole is a word, or a part is none ("Kuber-" "netes")
        whole = known_word(head + tail) or not (known_word(head) and known_word(tail))
        whole = whole and not (head in _PREFIXES and known_word(tail)) and len(head + tail) >= 5
        return text[:-1] + more if whole else text + more
    if re.search(r"\w-$", text) and more[:1].islower():  # "day-to-" "day": a compound's hyphen
        return text + more
    if re.search(r"\w-$", text) and more[:1].isalnum():  # "HTTPS-" "JSON": a hyphen kept
        return text + more
    return f"{text} {more}"


def words_of(texts) -> frozenset[str]:
    """The words (hyphenated ones whole) of some texts, in lower case, and each two in a row.

    With :data:`HYPHENATES` when a text ending in a hyphen and the next opening in lower case
    break a word the typesetter's way: into pieces not both words, joined a word ("algo-"
    "rithm"), or into a word the texts write whole elsewhere.

    Examples
    --------
    >>> sorted(words_of(["Uses TypeScript", "end-to-end", "messag- ing"]))
    ['end-to-end', 'ing', 'messag', 'typescript', 'uses', 'uses typescript']
    >>> HYPHENATES in words_of(["an algo-", "rithm"]), HYPHENATES in words_of(["trade-", "offs"])
    (True, False)
    """
    texts = list(texts)
    out: set[str] = set()
    for t in texts:
        found = [w.lower() for w in re.findall(r"\w+(?:-\w+)*-?", t)]
        out.update(w.rstrip("-") for w in found)
        out.update(f"{a} {b}" for a, b in pairwise(found) if not a.endswith("-"))
    for t, more in pairwise(texts):
        m, tail = _BROKEN.search(t.rstrip()), re.match(r"[a-z]+", more.strip())
        if m and tail and len(whole := m.group(1).lower() + tail.group(0)) >= 5:
            parts = known_word(m.group(1).lower()) and known_word(tail.group(0))
            if whole in out or (not parts and known_word(whole)):
                out.add(HYPHENATES)
                break
    return frozenset(out)


def join_lines(text: str, more: str, words: frozenset[str] = frozenset()) -> str:
    """Join a line to the next, a line-end hyphen mended as the document itself spells it.

    A word hyphenated over the break ("Type-" "Script.") is joined whole when the document
    writes it whole elsewhere ("TypeScript"), and keeps its hyphen when it writes it with one
    or writes its parts apart ("trade offs": "trade-" "offs" is "trade-offs", never the
    dictionary's "tradeoffs"); else :func:`_join` decides by the dictionary, but for two
    words whose whole is a word too, kept apart unless the document breaks words itself
    (:data:`HYPHENATES` among ``words``: "long-" "standing" is "long-standing"). A compound's
    hyphen is kept with no space ("end-" "to-end": "end-to-end").

    Examples
    --------
    >>> join_lines("CSS and Type-", "Script.", frozenset(["typescript"]))
    'CSS and TypeScript.'
    >>> join_lines("consistent end-", "to-end user"), join_lines("a plan", "for it")
    ('consistent end-to-end user', 'a plan for it')
    >>> join_lines("often trade-", "offs introduce", frozenset(["trade offs"]))
    'often trade-offs introduce'
    >>> join_lines("a long-", "standing bug"), join_lines("a long-", "standing bug", {HYPHENATES})
    ('a long-standing bug', 'a longstanding bug')
    """
    m = _BROKEN.search(text)
    tail = re.match(r"[^\W\d_]+", more)
    if m and tail:
        if (m.group(1) + tail.group(0)).lower() in words:
            return text[:-1] + more
        head, rest = m.group(1).lower(), tail.group(0).lower()
        if {f"{head}-{rest}", f"{head} {rest}"} & words:
            return text + more  # written with its hyphen, or its parts apart: the hyphen kept
        two = known_word(head) and known_word(rest) and len(head + rest) >= 5
        if two and HYPHENATES not in words and tail.group(0)[:1].islower():
            return text + more  # two words, in a text that breaks none: the text's own hyphen
    return _join(text, more)


def known_word(w: str) -> bool:
    """Whether the dictionary knows ``w`` or the word it inflects (-s, -es, -ed, -ing).

    A British spelling is looked up as American too ("organisational", "behaviour").

    >>> known_word("organisational"), known_word("behaviours"), known_word("organisa")
    (True, True, False)
    """
    from ..checks.dictionary import known

    ends = ("s", "es", "ed", "d", "ing")
    american = _BRITISH.sub(lambda m: m.group(0).replace("is", "iz").replace("our", "or"), w)
    return any(
        known(b)
        for v in dict.fromkeys([w, american])
        for b in [v, *(v[: -len(e)] for e in ends if v.endswith(e))]
    )
