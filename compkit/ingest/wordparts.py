"""A competency dictionary's labelled parts in a Word document, as plain text reads them.

A dictionary written in Word puts each competency under a heading, then labelled parts in
plain paragraphs: "Definition: ...", "Key Behaviors" over a bulleted list, "Proficiency
Levels" over paragraphs opening with a level's name and a colon, typed with a dash
("–Expert: Models, leads ...", highest first). Read as they stand, the part labels were
statements and the level paragraphs one list at "All levels". :func:`dictionary_marks` finds
them as :mod:`compkit.ingest.textfields` does in plain text: the reader then sets the labels
aside (reported) and reads each level paragraph as its level's heading over its statement.
Only in a document that has level paragraphs, two or more together, and a "Definition:"
paragraph or a part label: a lone "Expert: ..." line elsewhere is left as it is.
"""

from __future__ import annotations

from .blocks import clean, marker

# the plain-text reader's own tests of a part label and of level items (one vocabulary)
from .textfields import _DEFINITION, _level_items, _part

__all__ = ["dictionary_marks", "level_item_slot"]

#: the slot of a level's name taken from a paragraph opening with it, as in plain text
level_item_slot = "level name opening an item (Name: text)"


def dictionary_marks(texts: list[str]) -> tuple[set[int], dict[int, tuple[str, str]]]:
    """Of a document's body paragraphs (their texts): the part labels and the level items.

    Returns the indices of the part labels ("Key Behaviors", "Proficiency Levels") and, by
    index, each level paragraph's level name and statement.

    Examples
    --------
    >>> texts = ["Writing", "Definition: Writes well.", "Key Behaviors", "Uses style",
    ...          "Proficiency Levels", "–Expert: Leads others.", "–Basic: Writes notes."]
    >>> labels, levels = dictionary_marks(texts)
    >>> sorted(labels), levels[5]
    ([2, 4], ('Expert', 'Leads others.'))
    >>> dictionary_marks(["Skills", "–Expert: Leads others.", "–Basic: Writes notes."])
    (set(), {})
    """
    nonblank = [i for i, t in enumerate(texts) if clean(t)]
    levelled = _level_items(texts, nonblank)
    labels = {
        i
        for i in nonblank
        if _part(texts[i]) and not marker(clean(texts[i]))[1] and not clean(texts[i]).endswith(":")
    }
    defined = any(_DEFINITION.match(clean(texts[i])) for i in nonblank)
    if not levelled or not (defined or labels):
        return set(), {}
    return labels, levelled
