"""A statement's note in a document: under the statement, marked as no part of it.

A note (:attr:`compkit.framework.records.Indicator.note`) is what the source sets beside a
statement that is not the statement itself: its reasons ("Why this level: ..."), evidence,
sources or an example. A document prints it in the statement's own list item, after a line
break, led by :data:`LABEL` in italics and set in grey in HTML, so a reader never takes it for
something the holder must show. Read back, the label after a line break is what the Word,
Markdown and web readers set aside as a statement's reasons.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..framework.model import Indicator

__all__ = ["LABEL", "html_item", "md_item"]

#: What leads a statement's note in a document.
LABEL = "Note:"


def md_item(ind: Indicator, escape) -> str:
    """A statement's Markdown list item text, its note (if any) on a line of the item's own.

    ``escape`` is the Markdown escaping of the document (``_md``); the note's line is indented
    to stand inside the item.

    Examples
    --------
    >>> from compkit.framework.records import Indicator
    >>> i = Indicator("a-1", "a", "l1", 1, "Writes code.", note="Why this level: novices.")
    >>> print(md_item(i, str))
    Writes code.
      *Note:* Why this level: novices.
    >>> md_item(Indicator("a-2", "a", "l1", 2, "Tests it."), str)
    'Tests it.'
    """
    if not ind.note:
        return escape(ind.text)
    return f"{escape(ind.text)}\n  *{LABEL}* {escape(ind.note)}"


def html_item(ind: Indicator) -> str:
    """A statement's HTML list item content, its note (if any) after a line break, in grey.

    The label is an element of its own (``<em>``), as the web reader reads a reason's label.

    Examples
    --------
    >>> from compkit.framework.records import Indicator
    >>> html_item(Indicator("a-1", "a", "l1", 1, "Writes <code>.", note="See R&D."))
    'Writes &lt;code&gt;.<br><em class="note">Note:</em><span class="note"> See R&amp;D.</span>'
    """
    text = html.escape(ind.text)
    if not ind.note:
        return text
    return (
        f'{text}<br><em class="note">{LABEL}</em><span class="note"> {html.escape(ind.note)}</span>'
    )
