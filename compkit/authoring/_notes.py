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
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..framework.model import Indicator

__all__ = ["LABEL", "docx_item", "html_item", "md_item"]

#: What leads a statement's note in a document.
LABEL = "Note:"


def md_item(ind: Indicator, escape) -> str:
    r"""A statement's Markdown list item text, its note (if any) on a line of the item's own.

    ``escape`` is the Markdown escaping of the document (``_md``). The note's line is indented
    to stand inside the item, after a hard break (``\``) closing the statement's so that a
    CommonMark viewer shows it on a line of its own; a note over several lines keeps each, every
    line but its last ending in a hard break (a blank line between paragraphs a hard break
    alone), so the list stays tight and a reader shows the lines as written. A line that would
    open a block of its own (a list item "- ", "+ ", "1. ", "1) ", a rule or a heading's
    underline "---", "===") has its marker escaped as CommonMark does ("\- ", "1\. "), so a
    viewer and compkit's reader keep it a line of the note (``escape`` sees to "#", "*", ">").

    Examples
    --------
    >>> from compkit.framework.records import Indicator
    >>> i = Indicator("a-1", "a", "l1", 1, "Writes code.", note="Why this level: novices.")
    >>> print(md_item(i, str))
    Writes code.\
      *Note:* Why this level: novices.
    >>> md_item(Indicator("a-2", "a", "l1", 2, "Tests it."), str)
    'Tests it.'
    >>> print(md_item(Indicator("a-3", "a", "l1", 3, "Ships.", note="Why: P2.\n\nSee: X."), str))
    Ships.\
      *Note:* Why: P2.\
      \
      See: X.
    >>> print(md_item(Indicator("a-4", "a", "l1", 4, "Plans.", note="Sources:\n- R\n2. P"), str))
    Plans.\
      *Note:* Sources:\
      \- R\
      2\. P
    """
    if not ind.note:
        return escape(ind.text)
    first, *more = ind.note.split("\n")
    lines = "\\\n  ".join(
        [escape(first), *(_BLOCK.sub(r"\1\\\2", escape(m), count=1) for m in more)]
    )
    return f"{escape(ind.text)}\\\n  *{LABEL}* {lines}"


#: what opens a block at a line's start: a bullet or rule ("-", "+"), a heading's underline
#: ("="), a number's stop ("1." / "1)"): its backslash goes before the mark
_BLOCK = re.compile(r"^(\s*|\s*\d{1,9})((?<!\d)[-+=]|(?<=\d)[.)](?=\s|$))")


def html_item(ind: Indicator) -> str:
    """A statement's HTML list item content, its note (if any) after a line break, in grey.

    The label is an element of its own (``<em>``), as the web reader reads a reason's label;
    a note over several lines keeps each, a ``<br>`` between them.

    Examples
    --------
    >>> from compkit.framework.records import Indicator
    >>> html_item(Indicator("a-1", "a", "l1", 1, "Writes <code>.", note="See R&D."))
    'Writes &lt;code&gt;.<br><em class="note">Note:</em><span class="note"> See R&amp;D.</span>'
    """
    text = html.escape(ind.text)
    if not ind.note:
        return text
    first, *more = (html.escape(line) for line in ind.note.split("\n"))
    more_lines = "".join(f'<br><span class="note">{line}</span>' for line in more)
    return f'{text}<br><em class="note">{LABEL}</em><span class="note"> {first}</span>{more_lines}'


def docx_item(parts, p, ind: Indicator) -> None:
    r"""A statement in its Word list paragraph; its note after a line break, in grey.

    ``parts`` makes the render's runs (:mod:`._docx_parts`); the note is led by "Note:" in
    italics. A note over several lines keeps each, a line break between them (two between
    paragraphs).

    Examples
    --------
    >>> import docx
    >>> from compkit.authoring._docx_parts import Parts
    >>> from compkit.framework.records import Indicator
    >>> doc = docx.Document()
    >>> p = doc.add_paragraph()
    >>> i = Indicator("a-1", "a", "l1", 1, "Writes code.", note="Why: novices.\nSee: X.")
    >>> docx_item(Parts(doc, {}), p._p, i)
    >>> print(p.text)
    Writes code.
    Note: Why: novices.
    See: X.
    """
    parts.run(p, ind.text)
    if ind.note:
        parts.run(p, "", "break")
        _grey(parts.run(p, LABEL, "italic"))
        for k, line in enumerate(ind.note.split("\n")):
            if k:
                parts.run(p, "", "break")
            if line or not k:
                _grey(parts.run(p, f" {line}" if not k else line))


def _grey(r) -> None:
    """Set a run in grey (a note's, beside the statement in black)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    color = OxmlElement("w:color")
    color.set(qn("w:val"), "595959")
    r.get_or_add_rPr().append(color)
