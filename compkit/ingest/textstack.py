"""The stack of outline labels over a plain text's or Markdown page's lines.

:func:`compkit.ingest.textlines.text_document` walks a page's labels (Markdown headings,
plain headings over lists, numbered lines) in order; :func:`push` says which labels stand over
the lines after a new one opens.
"""

from __future__ import annotations

from .blocks import Label

__all__ = ["push"]


def push(stack: list[Label], label: Label) -> list[Label]:
    """The labels over the next lines once ``label`` opens: it closes its own kind and deeper.

    A Markdown heading closes every heading of its depth or deeper whichever came first
    ("## Lead" after "### Scope" is a sibling of the "##" before it, not inside "### Scope"),
    and a plain label (a bold line over a list) under a section ("## Skill") that is not the
    title: under "#", such lines order the introduction and stay.

    Examples
    --------
    >>> from compkit.ingest.blocks import Label
    >>> skill, bold = Label("Code Craft", "##", ()), Label("Behaviors", "heading over a list", ())
    >>> [x.text for x in push([skill, bold], Label("Developing", "###", ()))]
    ['Code Craft', 'Developing']
    """
    depth, over = _md_depth(label.slot), None  # over: the heading a plain label stands under
    for k, old in enumerate(stack):
        old_depth = _md_depth(old.slot)
        over = old_depth if old_depth is not None else over
        closes = depth is not None and (
            (old_depth or 0) > depth or (old_depth is None and 1 < (over or 0) < depth)
        )
        if old.slot == label.slot or closes:
            return [*stack[:k], label]
    return [*stack, label]


def _md_depth(slot: str) -> int | None:
    """A Markdown heading slot's depth ("###" is 3), else None."""
    return len(slot) if slot and set(slot) == {"#"} else None
