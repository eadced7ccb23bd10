"""Column headers that repeat the first header's words: "Proficiency Level | ... Definition".

A competency dictionary may head a table with a row per level "Proficiency Level |
Proficiency Level Definition | Proficiency Level Illustrations": each header after the first
names a property of what the first column holds, in the first header's words and one more.
Read whole, no header said what its column was ("Proficiency Level Definition" is no
"Definition"), and the two columns were read as two competencies, the levels' definitions as
statements repeated under every competency. Read without the words they share with the first
header, they say it: "Definition" (each level's description) and "Illustrations" (the
statements).
"""

from __future__ import annotations

from .blocks import clean

__all__ = ["own_words"]


def own_words(names: list[str]) -> list[str]:
    """The headers, each after the first read without the first's words opening it.

    Only when every header after the first opens with them (a header standing alone, "Level"
    beside "Level 1", keeps its words).

    Examples
    --------
    >>> own_words(["Proficiency Level", "Proficiency Level Definition",
    ...            "Proficiency Level Illustrations"])
    ['Proficiency Level', 'Definition', 'Illustrations']
    >>> own_words(["Level", "Level 1", "Level 2"])
    ['Level', 'Level 1', 'Level 2']
    >>> own_words(["Level", "Level description", "Behaviours"])
    ['Level', 'Level description', 'Behaviours']
    """
    first = clean(names[0]).casefold().split() if names else []
    rest = [clean(n).split() for n in names[1:]]
    if len(first) < 2 or not rest:  # "Level" alone: too little to be a shared prefix
        return names
    if not all(
        len(w) > len(first) and [x.casefold() for x in w[: len(first)]] == first for w in rest
    ):
        return names
    return [names[0], *(" ".join(w[len(first) :]) for w in rest)]
