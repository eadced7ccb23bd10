"""Which of two repeating tiers of headings names the topics: the competencies.

A framework printed a section per level repeats its competencies under every level; printed a
section per competency, it repeats its levels. When neither tier's names read as levels ("Deputy
Minister", "Director", "Manager" over "Values and Ethics", "Strategic Thinking"), what is said
under them still tells: a competency's statements speak of one topic at every level
("Demonstrates Values and Ethics ... in personal behaviour" under each job title), while one
level's statements range over every competency. The tier whose same-named cells share more of
their words is the competencies; the other is the levels.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations

from .blocks import Document, clean

__all__ = ["topic_tier"]

_WORD = re.compile(r"[a-z][a-z'-]{3,}")
#: words that say how, not what: they join statements of any topic
_COMMON = re.compile(
    r"^(?:that|this|with|from|into|their|them|they|your|have|been|will|when|what|which|where|"
    r"while|others?|about|across|within|more|most|also|such|each|every|both|able|ability|"
    r"including|through|using|uses?|used|works?|teams?)$"
)


def topic_tier(doc: Document, outer: str, inner: str) -> tuple[str, float, float] | None:
    """The tier whose same-named cells speak of one topic, with both tiers' shares; or None.

    Parameters
    ----------
    doc : Document
        The document read.
    outer, inner : str
        The slots of the two tiers, one repeating under the other.

    Returns
    -------
    tuple of (str, float, float) or None
        The slot read as the competencies (the topics), the mean share of words between its
        same-named cells, and the same for the other tier; None when neither tier shares
        clearly more (three times as much, and 15% of the words at least: "Keeps information
        to themselves" beside "Shares information" is one word by chance).

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Label, Para, Region
    >>> said = {("Director", "Ethics"): "Models ethical conduct for the branch",
    ...         ("Manager", "Ethics"): "Models ethical conduct for the unit",
    ...         ("Director", "Planning"): "Sets multi-year budget priorities",
    ...         ("Manager", "Planning"): "Schedules quarterly budget reviews"}
    >>> doc = Document([Region((Label(lv, "h2"), Label(c, "h3")), [Para(t, {})])
    ...                 for (lv, c), t in said.items()])
    >>> slot, same, across = topic_tier(doc, "h2", "h3")
    >>> slot, round(same, 2), round(across, 2)
    ('h3', 0.37, 0.0)
    """
    cells: dict[tuple[str, str], set[str]] = defaultdict(set)
    for region in doc.regions:
        names = {lb.slot: lb.text for lb in region.labels}
        if outer in names and inner in names:
            words = (_WORD.findall(clean(p.text).casefold()) for p in region.paras)
            cells[names[outer], names[inner]] |= {
                w for ws in words for w in ws if not _COMMON.match(w)
            }
    share = {outer: _share(cells, 1), inner: _share(cells, 0)}
    if None in share.values():
        return None
    top, low = (inner, outer) if share[inner] >= share[outer] else (outer, inner)
    if share[top] < 3 * share[low] or share[top] < 0.15:  # a word or two by chance: no tell
        return None
    return top, share[top], share[low]


def _share(cells: dict[tuple[str, str], set[str]], other: int) -> float | None:
    """Mean share of words (Jaccard) between cells of one name under different ``other`` names.

    ``other`` is the index of the key part that differs: 0 compares the cells of one inner
    name under different outer names, 1 those of one outer name under different inner names.
    """
    groups: dict[str, list[set[str]]] = defaultdict(list)
    for key, words in cells.items():
        if words:
            groups[key[1 - other]].append(words)
    shares = [len(a & b) / len(a | b) for g in groups.values() for a, b in combinations(g, 2)]
    return sum(shares) / len(shares) if shares else None
