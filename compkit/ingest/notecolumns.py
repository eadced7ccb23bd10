"""A table column headed as notes or examples beside the statements: each row's statements' note.

Sourcegraph's management levels print a row per level, a column per area ("Proficiency",
"Execution", "Teamwork") and a last column headed "Additional Notes/Key Points/Examples" ("Analogy:
captain of a smaller crew; takes people on day trips."). That column names no competency: what it
holds is set beside the statements of its row, not a statement itself. :func:`note_columns` takes
such a column out of a table's grid (the cells :func:`compkit.ingest.doctables.table_regions`
reads) and gives its cell's text, word for word (its paragraphs joined with a space), to every
paragraph of the other cells of the same row (the first, which names the row, aside) as their
:attr:`~compkit.ingest.blocks.Para.note`: a note beside several statements is each one's, as in
a long sheet (:mod:`~compkit.ingest.longrows`), and the report says so once.

The column is known by its header alone, the whole of it naming notes, examples, evidence, key
points, comments, remarks, sources or links (:data:`NOTE_WORD`, the long sheet's table too:
"Notes", "Evidence", "Additional Notes/Key Points/Examples"); a header that
says what the examples are of ("Examples of positive manager behaviour") heads statements and
stays. A table is left as it is when a row's note would stand beside no other text (nothing to
hold it), when another column is its levels' description or roles ("Level | Description |
Examples": no statement there to hold the note), when the other columns hold only names and
numbers ("1 | Basic | You know the words.": the notes column is the table's text) or when the
column is the table's first.
"""

from __future__ import annotations

import re

from .._words import plural
from .blocks import clean
from .levelnames import special_column

__all__ = ["NOTE_HEADER", "NOTE_WORD", "note_columns", "note_key"]

#: The words naming a column of what is said beside statements, not statements: one table for
#: this reader and the long sheet's (:func:`compkit.ingest.longcolumns.note_columns`)
NOTE_WORD = (
    r"(?:notes?|examples?|evidence|key\s+points?|comments?|remarks?|sources?|references?"
    r"|links?|urls?)"
)
#: A header made of those words alone ("Notes", "Additional Notes/Key Points/Examples")
NOTE_HEADER = re.compile(
    rf"^(?:(?:additional|further|other)\s+)?{NOTE_WORD}(?:\s*(?:[/,&+]|and)\s*{NOTE_WORD})*\s*:?$",
    re.IGNORECASE,
)

#: A data record's key of the same words, its own apart ("examples", "key_points", "keyPoints")
_NOTE_KEY = re.compile(rf"(?:(?:additional|further|other)\s+)?{NOTE_WORD}", re.IGNORECASE)


def note_key(key) -> bool:
    """Whether a data record's key names what is said beside its statement: its note.

    The words are :data:`NOTE_WORD`'s, one table for columns and keys; a key's words may be
    run together in camelCase or joined by ``_`` or ``-``.

    Examples
    --------
    >>> [note_key(k) for k in ("examples", "keyPoints", "additional_notes", "example_count", 3)]
    [True, True, True, False, False]
    """
    if not isinstance(key, str):
        return False
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").replace("-", " ")
    return bool(_NOTE_KEY.fullmatch(" ".join(words.split())))


def _text(cell: dict) -> str:
    return " ".join(clean(p.text) for p in cell["paras"] if clean(p.text))


def _said(cell: dict) -> bool:
    """Whether a cell says something: a sentence's end or three words ("Ships work.").

    >>> from compkit.ingest.blocks import Para
    >>> [_said({"paras": [Para(t, {})]}) for t in ("Basic", "Knows arrays.", "Ships small work")]
    [False, True, True]
    """
    text = _text(cell)
    return text.endswith((".", "!", "?", ";")) or len(text.split()) >= 3


def note_columns(grid: list[list[dict]]) -> tuple[list[list[dict]], str | None]:
    """The grid without its notes column, the column's text each row's statements' note.

    Parameters
    ----------
    grid : list of list of dict
        A table's rows of cells (``{"paras": [Para, ...], ...}``), its header row first.

    Returns
    -------
    tuple
        The grid (the same one when no column is a notes column) and what the report says, or
        None.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> def row(*cells):
    ...     return [{"paras": [Para(t, {}) for t in c], "source": {}} for c in cells]
    >>> grid = [row(["Level"], ["Delivery"], ["Notes"]),
    ...         row(["L1"], ["Ships work.", "Asks for help."], ["Analogy: a deckhand.", "Rare."])]
    >>> out, said = note_columns(grid)
    >>> [[_text(c) for c in r] for r in out]
    [['Level', 'Delivery'], ['L1', 'Ships work. Asks for help.']]
    >>> [p.note for p in out[1][1]["paras"]]
    ['Analogy: a deckhand. Rare.', 'Analogy: a deckhand. Rare.']
    >>> said  # doctest: +NORMALIZE_WHITESPACE
    "the 'Notes' column read as the notes of the statements beside it in its row (1 row; a note
    beside several statements copied to each: 1 note over 2 statements)"
    >>> note_columns([row(["Level"], ["Delivery"], ["Examples of good work"]), grid[1]])[1]
    >>> note_columns([row(["Level"], ["Description"], ["Examples"]), grid[1]])[1]
    """
    if len(grid) < 2 or len(grid[0]) < 3:
        return grid, None
    width = len(grid[0])
    heads = [_text(c) for c in grid[0]]
    cols = [j for j, h in enumerate(heads) if j and NOTE_HEADER.match(h)]
    if len(cols) != 1:
        return grid, None
    j = cols[0]
    if any(special_column(h) for h in heads[1:]):  # "Description": the level's, no statement
        return grid, None  # to hold a note, so the notes column stays as it is read
    full = [r for r in grid[1:] if len(r) == width]
    noted = [r for r in full if _text(r[j])]
    if not noted or any(
        not any(_text(c) for k, c in enumerate(r) if k not in (0, j)) for r in noted
    ):
        return grid, None  # a note beside no statement: the table stays as it is
    if not any(_said(c) for r in full for k, c in enumerate(r) if k not in (0, j)):
        return grid, None  # names and numbers beside it ("1 | Basic"): its cells are the text
    shared = copies = 0  # rows whose note stands beside several statements, and those
    for r in noted:
        note = _text(r[j])
        paras = [p for k, c in enumerate(r) if k not in (0, j) for p in c["paras"] if clean(p.text)]
        for p in paras:  # the first column names the row (its level or competency)
            p.note = f"{p.note} {note}".strip() if p.note else note
        if len(paras) > 1:
            shared, copies = shared + 1, copies + len(paras)
    out = [[c for k, c in enumerate(r) if k != j] if len(r) == width else r for r in grid]
    return out, (
        f"the {heads[j]!r} column read as the notes of the statements beside it in its row "
        f"({plural(len(noted), 'row')}"
        + (
            f"; a note beside several statements copied to each: {plural(shared, 'note')} "
            f"over {copies} statements)"
            if shared
            else ")"
        )
    )
