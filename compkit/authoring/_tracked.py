"""Tracked changes in Word: the revision marks a redline is written with.

A :class:`_Tracker` makes ``w:ins`` and ``w:del`` marks, each with its own id, the author and
the time; the helpers here write a statement, a heading, a description or a stem with the words
that changed marked, so that *Accept All Changes* gives the new text and *Reject All Changes*
the old (:mod:`compkit.authoring.redline` lays them out).
"""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import count

from ._wordiff import _ops


class _Tracker:
    """Makes revision marks: each gets its own id, the author and the time."""

    def __init__(self, author: str):
        self.author = author
        now = datetime.now(UTC).replace(microsecond=0)
        self.date = now.isoformat().replace("+00:00", "Z")
        self.ids = count(1)

    def mark(self, kind: str):
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        el = OxmlElement(f"w:{kind}")
        el.set(qn("w:id"), str(next(self.ids)))
        el.set(qn("w:author"), self.author)
        el.set(qn("w:date"), self.date)
        return el

    def run(self, para, kind: str | None, text: str) -> None:
        """Add ``text`` to ``para``: plain, inserted (``ins``) or deleted (``del``).

        A line break in ``text`` (a note's) is a line break in the paragraph.
        """
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        if not text:
            return
        if kind is None:
            para.add_run(text)
            return
        r = OxmlElement("w:r")
        for k, line in enumerate(text.split("\n")):  # a note's lines: a line break between
            if k:
                r.append(OxmlElement("w:br"))
            t = OxmlElement("w:delText" if kind == "del" else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = line
            r.append(t)
        wrapper = self.mark(kind)
        wrapper.append(r)
        para._p.append(wrapper)

    def paragraph(self, para, kind: str) -> None:
        """Mark the paragraph itself (its mark) as inserted or deleted."""
        from docx.oxml import OxmlElement

        p_pr = para._p.get_or_add_pPr()
        r_pr = OxmlElement("w:rPr")
        r_pr.append(self.mark(kind))
        p_pr.append(r_pr)


def _reworded(tracker: _Tracker, para, old: str, new: str) -> None:
    """The words of ``old`` -> ``new`` as runs: accepting gives ``new``, rejecting ``old``."""
    in_old = in_new = False
    for op, text in _ops(old, new):
        if op == "equal":
            if in_old and in_new:
                tracker.run(para, None, " ")
            elif in_old:
                tracker.run(para, "del", " ")
            elif in_new:
                tracker.run(para, "ins", " ")
            tracker.run(para, None, text)
            in_old = in_new = True
        elif op == "delete":
            tracker.run(para, "del", (" " if in_old else "") + text)
            in_old = True
        else:
            tracker.run(para, "ins", (" " if in_new else "") + text)
            in_new = True


def _noted(tracker: _Tracker, para, old: str, new: str, kind: str | None = None) -> None:
    """A statement's note after it in its paragraph: a line break, "Note:" in italics, its words.

    ``kind`` is the statement's own mark ("ins", "del"; None: shown in place), and a note the
    other version lacks is inserted or deleted whole; a note in both shows its changed words.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    from ._notes import LABEL

    old, new = (old or "") if kind != "ins" else "", (new or "") if kind != "del" else ""
    if not old and not new:
        return
    mark = kind or ("ins" if not old else "del" if not new else None)  # the label's own mark
    for piece in ("break", LABEL):
        r = OxmlElement("w:r")
        if piece == "break":
            r.append(OxmlElement("w:br"))
        else:
            pr = OxmlElement("w:rPr")
            pr.append(OxmlElement("w:i"))
            r.append(pr)
            t = OxmlElement("w:delText" if mark == "del" else "w:t")
            t.set(qn("xml:space"), "preserve")
            t.text = piece
            r.append(t)
        if mark is None:
            para._p.append(r)
        else:
            wrapper = tracker.mark(mark)
            wrapper.append(r)
            para._p.append(wrapper)
    if mark is None:
        tracker.run(para, None, " ")
        _reworded(tracker, para, old, new)
    else:
        tracker.run(para, mark, " " + (new if mark == "ins" else old))


def _comment(doc, para, text: str, author: str) -> None:
    """A Word comment in the margin of ``para`` saying what happened, in words."""
    if text:
        doc.add_comment(para.add_run(""), text=text, author=author, initials=author[:2])


def _heading(doc, tracker: _Tracker, level: int, old: str | None, new: str | None, note=""):
    """A heading; a renamed one is the old name deleted and the new one inserted, whole."""
    para = doc.add_heading("", level=level)
    if old is not None and new is not None:
        if old != new:
            tracker.run(para, "del", old)
            tracker.run(para, "ins", new)
            note = "; ".join(x for x in (f"Renamed: {old} → {new}", note) if x)
        else:
            tracker.run(para, None, new)
    elif new is None:
        tracker.run(para, "del", old or "")
        tracker.paragraph(para, "del")
    elif old is None:
        tracker.run(para, "ins", new)
        tracker.paragraph(para, "ins")
    return para, note


def _described(doc, tracker: _Tracker, old: str, new: str, style: str | None = None) -> None:
    """A description or introduction paragraph: kept, reworded, added or removed, tracked."""
    if not (old or new):
        return
    para = doc.add_paragraph(style=style)
    if old and new:
        _reworded(tracker, para, old, new)
    else:
        tracker.run(para, "ins" if new else "del", new or old)
        tracker.paragraph(para, "ins" if new else "del")


def _stem(doc, tracker: _Tracker, old: str, new: str) -> None:
    """The stem the level's statements complete, in italics; a changed one shows its words.

    A stem added or removed is a paragraph inserted or deleted, so that rejecting or accepting
    the change leaves no empty line.
    """
    from docx.oxml.ns import qn

    if not (old or new):
        return
    para = doc.add_paragraph()
    if old and new:
        _reworded(tracker, para, old, new)
    else:
        tracker.run(para, "ins" if new else "del", new or old)
        tracker.paragraph(para, "ins" if new else "del")
    for run in para._p.iter(qn("w:r")):
        run.get_or_add_rPr().get_or_add_i()
    para.paragraph_format.keep_with_next = True  # a stem stays with the list it opens
