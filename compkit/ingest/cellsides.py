"""A table cell's two sides, each under a line of its own: "You can:" / "You don't:".

A level's cell in a Word or web table may set what to show and what not to in one cell, each
list under a short line naming its side and ending in a colon: "You can:" over one list and
"You don't:" over the other, "Do:" / "Don't:", "Effective:" / "Less effective:",
"Ineffective behaviours:". Read whole, the first line was the cell's stem or a lead-in set
aside and every statement effective, the "don't" ones among them. A cell holding a line that
names the ineffective side (:func:`.polarity.polarity_of`) is read in parts: each line labels
the statements under it with its side (statements above the first line stand under none, and
are effective). A line addressed to the reader ("You can:", "I won't:") is also its side's
stem, which the statements complete; a side's name ("Do:", "Less effective:") is a label only.
"""

from __future__ import annotations

import re

from .blocks import Label, Para, clean, marker
from .polarity import polarity_of

__all__ = ["side_parts"]

SLOT = "cell side"
_MOST_WORDS = 4  # "Less effective behaviours:", "You don't:": a side's name, not a lead-in
#: A side line that is also a stem: who, and what they do ("You can:", "We won't:")
_STEM = re.compile(r"^(?:i|we|you) \S", re.IGNORECASE)


def _side(p: Para) -> str | None:
    text = clean(p.text)
    if p.number is not None or p.bullet or marker(text)[0] is not None or marker(text)[1]:
        return None
    if not text.endswith(":") or len(text.split()) > _MOST_WORDS:
        return None
    return polarity_of(text[:-1])


def side_parts(cell: dict) -> list[tuple[Label | None, list[Para]]]:
    """The cell's paragraphs in parts, each under its side's label (see module).

    One part with no label, the whole cell, when no line names the ineffective side.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> paras = [Para("You can:", {}), Para("Writes tests", {}, bullet=True),
    ...          Para("You don't:", {}), Para("Skips tests", {}, bullet=True)]
    >>> for label, part in side_parts({"paras": paras, "source": {}}):
    ...     print(label.text, [p.text for p in part])
    You can ['You can:', 'Writes tests']
    You don't ["You don't:", 'Skips tests']
    >>> paras = [Para("Do:", {}), Para("Writes tests", {}), Para("Don't:", {}), Para("Skips", {})]
    >>> [(lb.text, [p.text for p in part]) for lb, part in side_parts({"paras": paras})]
    [('Do', ['Writes tests']), ("Don't", ['Skips'])]
    >>> len(side_parts({"paras": paras[:2]}))  # no ineffective side: the cell as it is
    1
    """
    paras = cell["paras"]
    whole = [(None, paras)]
    lines = [k for k, p in enumerate(paras) if _side(p)]
    if not any(_side(paras[k]) == "ineffective" for k in lines):
        return whole
    out: list[tuple[Label | None, list[Para]]] = [(None, paras[: lines[0]])] if lines[0] else []
    for k, end in zip(lines, [*lines[1:], len(paras)], strict=True):
        p, name = paras[k], clean(paras[k].text)[:-1]
        under = paras[k + 1 : end]
        if not any(clean(x.text) for x in under):
            return whole  # a side line over nothing: no side of this cell
        stem = bool(_STEM.match(name))
        label = Label(name, SLOT, tuple(p.source.items()), key="" if stem else p.key)
        out.append((label, [p, *under] if stem else under))
    return out
