"""The lines of one long sheet's statement cell, when each is a statement of its own.

A long sheet gives a row per statement, yet a publisher's cell can hold a competency's whole
list, a line each with no bullet: UNICEF's "Treats all people with dignity and respect;" over
"shows respect and sensitivity towards gender, ...;" (an item ending ";"), the Civil Service's
behaviours a sentence a line. Such lines are separate statements; a line that stops mid-sentence
("... with dignity and" over "respect") is a wrapped one and the cell stays one statement.
Lines with no closing stop are separate statements too when each line after the first opens
with a capital, and no line ends on a comma, a dash or a word that runs on ("and", "of",
"with" ...), every line of at least two words: a ladder's "Refactor existing code" over "Mentor
others learning the language" (hanfak's ladder laid out as a sheet). Over every multi-line
cell of the project's sheets and CSV files (612 cells), each such break parted two statements
(281 breaks). A capitalised line that runs on inside a name ("... to the Executive" over "Board
and its auditors") is joined where the cell's other lines open alike and it does not
(:mod:`~compkit.ingest.namewraps`).
Paragraphs set apart by a blank line are separate statements too, as in a wide sheet's cells
(Rent the Runway's "... best practices" over a blank line and "Participates in ...").
:func:`statement_lines` decides; the reader records each split on the statement and in the report,
with the source's own line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from .._words import some
from .blocks import clean, marker
from .namewraps import name_wraps

__all__ = ["line_text", "lines_split", "split_note", "statement_lines"]

#: A line that closes an item of a list run over lines: "...;", "...; and", "...; or".
_ITEM_END = re.compile(r";(?:\s*(?:and|or))?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]?$")
#: A line that runs on into the next: a comma, a dash or slash, or a word no clause ends on
#: ("from", "is", "in", "like" can: "Identify key transactions to alert from").
_RUNS_ON = re.compile(
    r"(?:[,:/&(\-–—]|\b(?:and|or|but|nor|the|a|an|of|to|with|for|into|onto|than|including|"
    r"such|e\.g\.|i\.e\.|its|their|our|your|his|her|my|both|either|neither|via|per|between|"
    r"towards?|whose|whether))$",
    re.IGNORECASE,
)
#: What may stand before a line's first letter: "(Front-end) Understand ...", a quote.
_OPENERS = "(['\"‘“"


def _ends(line: str, after: str) -> bool:
    """Whether ``line`` closes a statement before the line ``after`` it."""
    if _ITEM_END.search(line):
        return True
    return bool(_SENTENCE_END.search(line)) and not after[:1].islower()  # "etc." / "and so"


def _clause_lines(texts: list[str]) -> bool:
    """Whether lines with no closing stops are each a statement: capitals, none running on.

    Examples
    --------
    >>> _clause_lines(["Refactor existing code", "Mentor others learning the language"])
    True
    >>> _clause_lines(["Works closely with", "Product Managers"])
    False
    >>> _clause_lines(["Refactor existing code", "mentor others"]), _clause_lines(["C2", "L5"])
    (False, False)
    """
    if any(len(t.split()) < 2 for t in texts):
        return False
    if any(_RUNS_ON.search(t) for t in texts[:-1]):
        return False
    return all(t.lstrip(_OPENERS)[:1].isupper() for t in texts[1:])


def statement_lines(raw: str) -> list[tuple[int, str]] | None:
    r"""The statements of a cell whose lines (or paragraphs) are each one, with their line numbers.

    None when the cell is one statement: a single line, lines that wrap a sentence, or a list
    with bullets or numbers (read as list items elsewhere). Line numbers count the cell's lines
    from 1, blank ones included; a paragraph of wrapped lines is numbered by its first line.

    Examples
    --------
    >>> statement_lines("Maintains high ethical standards;\ntakes clear ethical stands;\n"
    ...                 "keeps promises")  # doctest: +NORMALIZE_WHITESPACE
    [(1, 'Maintains high ethical standards;'), (2, 'takes clear ethical stands;'),
     (3, 'keeps promises')]
    >>> statement_lines("Understands own role.\nShares ideas with the team.")
    [(1, 'Understands own role.'), (2, 'Shares ideas with the team.')]
    >>> statement_lines("Treats all people with dignity and\nrespect") is None
    True
    >>> statement_lines("Uses tools, e.g.\nversion control.") is None
    True
    >>> statement_lines("Refactor existing code\nWrite idiomatic and clean code")
    [(1, 'Refactor existing code'), (2, 'Write idiomatic and clean code')]
    >>> statement_lines("Writes clean code\n\nParticipates in design")
    [(1, 'Writes clean code'), (3, 'Participates in design')]
    >>> statement_lines("- Listens\n- Speaks") is None
    True
    """
    lines = (raw or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    numbered = [(k, clean(t)) for k, t in enumerate(lines, 1)]
    if sum(bool(t) for _, t in numbered) < 2:
        return None
    if any(t and (marker(t)[0] is not None or marker(t)[1]) for _, t in numbered):
        return None
    paras: list[list[tuple[int, str]]] = [[]]
    for k, text in numbered:
        if text:
            paras[-1].append((k, text))
        elif paras[-1]:
            paras.append([])
    out: list[tuple[int, str]] = []
    for para in (p for p in paras if p):
        texts = [t for _, t in para]
        if all(_ends(t, after) for t, after in pairwise(texts)):
            out += para
        elif _clause_lines(texts):
            out += name_wraps(para)  # "... to the Executive" over "Board and its auditors"
        else:
            out.append((para[0][0], " ".join(texts)))
    return out if len(out) >= 2 else None


def line_text(line: str) -> str:
    """A split line's statement: the line without the ";" that parts it from the next item.

    The separator is the list's, not the statement's (a bullet's glyph, as it were); a word
    after it ("; and") stays, and the repair note quotes the line as printed.

    Examples
    --------
    >>> line_text("keeps promises;"), line_text("keeps promises; and"), line_text("Listens.")
    ('keeps promises', 'keeps promises; and', 'Listens.')
    """
    return line[:-1].rstrip() if line.endswith(";") else line


def split_note(cell: str, lines: list[tuple[int, str]], k: int) -> str:
    """The repair note of the ``k``-th statement split from a cell's lines (0-based).

    Examples
    --------
    >>> split_note("C2", [(1, "Keeps promises;"), (2, "takes clear ethical stands")], 1)[-61:]
    "this is its line 2, 'takes clear ethical stands', as printed."
    """
    line, text = lines[k]
    cut = " (its closing ';' parts it from the next item: not kept)" if text.endswith(";") else ""
    return (
        f"Cell {cell} holds {len(lines)} statements, one a line: this is its line {line}, "
        f"{text!r}, as printed{cut}."
    )


def lines_split(split: list[tuple[dict, list[tuple[int, str]]]], draft) -> None:
    """Report each cell read as a statement a line, with its lines as printed (a repair)."""
    for source, lines in split:
        shown = some((t for _, t in lines), sep=" | ")
        gaps = any(b - a > 1 for (a, _), (b, _) in pairwise(lines))
        stops = all(_ends(a, b) for (_, a), (_, b) in pairwise(lines))
        how = (
            "paragraphs set apart by blank lines"
            if gaps
            else "lines, each ending ';' or a sentence"
            if stops
            else "lines, each opening with a capital and none running on into the next"
        )
        draft.report.add(
            "repair",
            f"cell {source.get('cell')}: its {len(lines)} {how}, read as {len(lines)} statements "
            f"(as printed): {shown}",
            0.75,
            source,
        )
