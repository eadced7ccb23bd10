"""A document table's header row read as its columns' labels (:mod:`.doctables`).

Each header cell names what its column holds: a level ("Awareness", "Senior Engineer 1"), a
side, or, in generic words ("Statements", "Competency", "Description"), nothing to label the
cells by. A description column describes each row's competency, not more statements, when it
stands beside a column of statements ("Capability | Description | Behavioural indicators") or
beside level columns ("Skill Name | Skill Description | Awareness | Working | Practitioner":
DDaT's skills, FT's "Competency | Description | Junior Engineer | ..."), as the sheets read the
same table; a level's own description column ("Level description") stays the level's. Here too
are the cell helpers every table reading shares (:func:`text_of`, :func:`label_like`).
"""

from __future__ import annotations

import re

from .blocks import Document, Label, clean
from .headwords import own_words
from .levelabroad import COLUMNS as ABROAD_COLUMNS
from .levelnames import level_score, split_role_marks

__all__ = [
    "GENERIC",
    "STATEMENTS",
    "cell_label",
    "column_labels",
    "describing_column",
    "label_like",
    "text_of",
]

#: Header words that name what a column holds, not a level or a competency.
GENERIC = re.compile(
    r"^(?:statements?|(?:behavioural |key )?indicators?|(?:key )?(?:work )?behaviou?rs?|"
    r"descriptors?|criteria|(?:sub-?)?competenc(?:y|ies)|skills?|clusters?|domains?|"
    r"capabilit(?:y|ies)|categor(?:y|ies)|"
    r"(?:(?:focus|key|practice|competency|skills?|result) )?areas?|themes?|topics?|"
    r"elements?|components?|rubric rows?|examples?|illustrations?|what (?:this|it) looks like|"
    r"(?:level )?descriptions?|"
    r"(?:(?:proficiency|competency|skills?|performance|career|mastery) )?levels?(?:\s*/\s*\w+)?|"
    rf"{ABROAD_COLUMNS})$",
    re.IGNORECASE,
)


#: A column header naming statements, and one naming a row's description.
STATEMENTS = re.compile(
    r"^(?:statements?|(?:behaviou?ral |key |performance )?indicators?|"
    r"(?:key |effective )?(?:work )?behaviou?rs?|descriptors?|examples?(?: of behaviou?rs?)?|"
    r"illustrations?|"
    r"what (?:this|it) looks like)$",
    re.IGNORECASE,
)
_DESCRIPTION = re.compile(r"^descriptions?$", re.IGNORECASE)
#: A column describing each row ("Skill Description", "Definition"), not a level's own.
_DESCRIBING = re.compile(r"^(?!levels? )(?:[\w-]+ )?(?:descriptions?|definitions?)$", re.IGNORECASE)


def text_of(cell: dict) -> str:
    """A cell's text, its paragraphs joined by spaces."""
    return clean(" ".join(p.text for p in cell["paras"]))


def label_like(cell: dict) -> bool:
    """A cell that reads as a label: at most two short paragraphs, not list items."""
    paras = cell["paras"]
    if len(paras) > 2:
        return False
    return len(text_of(cell).split()) <= 12 and not any(
        p.number is not None or p.bullet for p in paras
    )


def cell_label(cell: dict, text: str, slot: str, roles: tuple[str, ...] = ()) -> Label:
    """A label of ``slot`` naming ``text``, standing where ``cell`` stands."""
    return Label(
        text,
        slot,
        tuple(cell["source"].items()),
        roles,
        key=" ".join(p.key for p in cell["paras"]),
    )


def column_labels(
    doc: Document, head: list[dict], describing: int | None = None
) -> list[Label | None]:
    """Each header cell's label over its column, or None for a column no label names.

    ``describing`` is the index of a column describing each row beside level columns
    (:func:`describing_column`): it labels nothing, its header read.
    """
    lines = [[ln for p in c["paras"] for ln in p.text.split("\n") if clean(ln)] for c in head]
    marked = split_role_marks(own_words([clean(ls[0]) if ls else "" for ls in lines]))
    beside = any(STATEMENTS.match(name) for name, _ in marked[1:])
    out: list[Label | None] = []
    skip = head[describing] if describing is not None else None
    for cell, rest, (name, roles) in zip(head, lines, marked, strict=True):
        marks = cell.get("shaded") or any(p.italic for p in cell["paras"])
        extra = tuple(
            part for ln in rest[1:] if marks for part in (clean(x) for x in ln.split(", ")) if part
        )
        # "Capability | Description | Behavioural indicators": beside a column of statements,
        # "Description" holds what each row's competency means, not more statements
        described = beside and cell is not head[0] and bool(_DESCRIPTION.match(name))
        if not name or (GENERIC.match(name) and not described) or cell is skip:
            for p in cell["paras"]:
                doc.all_keys.pop(p.key, None)
            out.append(None)
            continue
        if not marks:  # a stem under the header ("People who are effective are likely to...")
            for line in rest[1:]:
                _unused_line(doc, f"{clean(line)!r} under the column header {name!r}", cell)
        out.append(cell_label(cell, name, "column header", roles + extra))
    return out


def _unused_line(doc: Document, what: str, cell: dict) -> None:
    """Report a header line read as nothing, once however many tables repeat it."""
    tail = " is in no statement, name or description"
    for k, note in enumerate(doc.notes):
        if note[0] == "unused" and note[1].startswith(what):
            m = re.search(r"\((\d+) times, the first here\)", note[1])
            n = int(m.group(1)) + 1 if m else 2
            doc.notes[k] = ("unused", f"{what} ({n} times, the first here){tail}", *note[2:])
            return
    doc.notes.append(("unused", f"{what}{tail}", 0.5, dict(cell["source"])))


def describing_column(doc: Document, head: list[dict]) -> int | None:
    """The column describing each row's competency beside level columns, if there is one.

    A header after the first naming a description ("Description", "Skill Description",
    "Definition"; not "Level description"), no column naming statements, and two or more
    other headers naming levels: "Skill Name | Skill Description | Awareness | Working |
    Practitioner". Its cells are each row's description, as a sheet reads them; the report
    says so, once per document.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Para
    >>> def head(*names):
    ...     return [{"paras": [Para(n, {})], "source": {"table": 1}} for n in names]
    >>> doc = Document([])
    >>> describing_column(doc, head("Skill", "Skill Description", "Awareness", "Working"))
    1
    >>> doc.notes[0][1][:60]
    "the 'Skill Description' column beside the level columns hold"
    >>> describing_column(doc, head("Capability", "Description", "Behavioural indicators"))
    >>> describing_column(doc, head("Level", "Level description", "Level 1", "Level 2"))
    """
    names = [text_of(c) for c in head]
    if any(STATEMENTS.match(h) for h in names[1:]):
        return None  # "Description" beside the statements: a label of its own (above)
    found = [k for k, h in enumerate(names) if k and _DESCRIBING.match(h)]
    levels = [h for h in names[1:] if level_score(h, doc.marked_levels) >= 0.5]
    if len(found) != 1 or len(levels) < 2:
        return None
    said = f"the {names[found[0]]!r} column beside the level columns holds"
    if not any(note[1].startswith(said) for note in doc.notes):
        why = f"{said} each competency's description, not statements"
        doc.notes.append(("guess", why, 0.7, dict(head[found[0]]["source"])))
    return found[0]
