"""A statement's reasons after it in its Word paragraph: "Why this level:", "Sources:".

A catalogue may follow each statement, in the same list item, with why it stands at its level
and where that comes from, each part led by a label in italics or bold: "Writes working code;
debugs own changes.⏎— *Why this level:* Writing working code ... *Sources:* Dreyfus ..." (the
Open Capability Framework's catalogue, CC BY 4.0), or on the same line after the statement's
full stop: "Develops components of strategy. *Evidenced by:* Writes a team charter ... *Why
this level:* ..." (its ladders). The statement is the text before the first such label; the
rest is the author's reasoning about it, not what the holder does: it is set aside, kept word
for word as the statement's note (:attr:`.blocks.Para.note`), and counted in the report. A
label counts only in italics or bold, closed by a colon, naming a reason, its evidence or its
sources, and standing after a line break or a sentence's end, so a plain "because" inside a
statement, or a bold lead opening one ("**Proactive:** ..."), is left as it is.
"""

from __future__ import annotations

import re

from .._words import plural, some

__all__ = ["reasons_note", "statement_and_reasons"]

#: a label leading a statement's reasons: "Why this level:", "Rationale:", "Evidenced by:"
_LABEL = re.compile(
    r"^(?:why\b[^:]{0,30}|rationale|reasons?|reasoning|justification|evidenced by|evidence"
    r"|sources?|references?)\s*:$",
    re.IGNORECASE,
)


#: the label compkit's documents print before a statement's note (``authoring/_notes.py``):
#: "Note:" in italics after a line break, not bold (a publisher's "**NOTE:** ..." in an item,
#: Kubernetes' membership ladder, stays where the other readings put it)
_OWN = re.compile(r"^Note:$")


def statement_and_reasons(p) -> tuple[str, str, object] | None:
    """A paragraph's statement, the reasons after it and the run of their label, or None.

    ``p`` is a python-docx paragraph; the statement is its text (``p.text``) before the first
    label of its reasons (see the module), the reasons the text from that label on, and the
    label's run is one of ``p.runs``.

    Examples
    --------
    >>> import docx
    >>> p = docx.Document().add_paragraph("Writes working code.")
    >>> _ = p.add_run().add_break()
    >>> _ = p.add_run("— ")
    >>> p.add_run("Why this level:").italic = True
    >>> _ = p.add_run(" Novices follow rules.")
    >>> statement_and_reasons(p)[:2]
    ('Writes working code.', 'Why this level: Novices follow rules.')
    >>> q = docx.Document().add_paragraph("Works ")
    >>> q.add_run("because:").bold = True
    >>> statement_and_reasons(q) is None
    True
    """
    runs = [run for run in p.runs if run.text]
    for j, run in enumerate(runs):
        label = run.text.strip()
        own = run.italic and not run.bold and _OWN.match(label)
        if j == 0 or not (run.bold or run.italic) or not (_LABEL.match(label) or own):
            continue
        head = "".join(r.text for r in runs[:j]).rstrip(" \t—–-")  # the dash before a label
        if not head.strip() or not (head.endswith("\n") or head[-1] in ".!?"):
            continue
        if own and not head.endswith("\n"):  # compkit's own label stands after a line break
            continue
        text = p.text  # with a hyperlink's text, which p.runs leaves out: never shorter
        at = text.find(label, len(head))
        statement = text[:at].rstrip(" \t—–-\n") if at > 0 else ""
        if statement.strip():
            reasons = text[at:].strip()
            if own:  # compkit's own "Note:" over a statement's note: no word of the note
                reasons = reasons[len(label) :].strip()
            return statement, reasons, run
    return None


def reasons_note(reasons: list[str], *, kept: bool = False) -> list[tuple[str, str, float]]:
    """The report's note on the statements' reasons set aside: none, or one with its labels.

    ``kept`` says the reasons were kept word for word as their statements' notes.

    Examples
    --------
    >>> reasons_note(["Why this level: Novices.", "Why this level: Experts. Sources: SFIA."])
    [('unused', "2 statements' reasons set aside after them, each led by 'Why this level:'", 0.8)]
    >>> reasons_note(["Why this level: Novices."], kept=True)[0][1]
    "1 statement's reasons set aside after it, kept as its note, led by 'Why this level:'"
    """
    if not reasons:
        return []
    labels = some(dict.fromkeys(r.split(":")[0] + ":" for r in reasons))
    if kept:
        if len(reasons) == 1:
            return [("guess", f"1 statement's reasons set aside after it, kept as its note, "
                     f"led by {labels}", 0.8)]  # fmt: skip
        said = f"{len(reasons)} statements' reasons set aside after them, kept as their notes,"
        return [("guess", f"{said} each led by {labels}", 0.8)]
    said = f"{plural(len(reasons), 'statement')}' reasons set aside after them, each led by"
    return [("unused", f"{said} {labels}", 0.8)]
