r"""A statement's reasons after it in its Markdown list item: "*Why this level:* ...".

The Open Capability Framework (CC BY 4.0) publishes its ladders in Markdown, each statement a
list item followed on its line by the author's reasoning, each part led by a label in italics:
"- **M1 (= P2)** — Develops components of strategy. *Evidenced by:* Writes a team charter ...
*Scope:* one team. *Why this level:* STRAT-01 P2 ... (Rumelt, ...)". In Word the same reasons
are set aside by :mod:`compkit.ingest.wordreasons`; read from Markdown they stayed in the
statement. :func:`markdown_reasons` reads each line's emphasis as Word's runs (``**bold**``,
``*italic*``, ``_italic_``) and asks :func:`~compkit.ingest.wordreasons.statement_and_reasons`
the same question: a label in italics or bold, closed by a colon, naming a reason, its evidence
or its sources, after a sentence's end. The line keeps the statement; the reasons are set aside,
counted in the report, and kept word for word as the statement's note (:func:`note_reasons`
puts them on its paragraph). A line of an item's own that opens with such a label (the reasons
after a line break) is set aside whole, its reasons the note of the item above; so is the
line compkit's own Markdown prints a note on ("  *Note:* ..."), its words after the label, and
the lines it goes on over after a hard break (a line ending in ``\``), its line breaks kept.
Reasons wrapped over a list item's next lines run on over those indented as its continuation
(to a nested list, a blank line, the next item or a line less indented), counted in the report.
A paragraph's next line, or a line of an item's not indented under it (a lazy line), is no
part of the reasons: a page read a line per statement goes on with the next statement.
"""

from __future__ import annotations

import re
from collections import Counter
from types import SimpleNamespace

from .blocks import Document, clean, marker
from .mdinline import inline_markdown
from .nameditems import item_indent
from .wordreasons import reasons_note, statement_and_reasons

__all__ = ["markdown_reasons", "note_items", "note_reasons", "own_notes"]

#: emphasis as Markdown writes it: ``**bold**``/``__bold__`` or ``*italic*``/``_italic_``
#: (underscores only at a word's edge, as CommonMark reads them)
_EMPHASIS = re.compile(
    r"(?<![\w*])(\*\*|\*)(?=\S)(.+?)(?<=\S)\1(?!\*)|(?<!\w)(__|_)(?=\S)(.+?)(?<=\S)\3(?!\w)"
)


def _runs(line: str) -> list[SimpleNamespace]:
    """The line as Word-like runs: text, bold, italic and where each starts in the line."""
    runs, at = [], 0
    for m in _EMPHASIS.finditer(line):
        if m.start() > at:
            runs.append(SimpleNamespace(text=line[at : m.start()], bold=False, italic=False, at=at))
        mark, text = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        strong = len(mark) == 2
        runs.append(SimpleNamespace(text=text, bold=strong, italic=not strong, at=m.start()))
        at = m.end()
    if at < len(line):
        runs.append(SimpleNamespace(text=line[at:], bold=False, italic=False, at=at))
    return runs


def _reasons(runs: list[SimpleNamespace]) -> tuple[str, SimpleNamespace] | None:
    found = statement_and_reasons(SimpleNamespace(runs=runs, text="".join(r.text for r in runs)))
    return (found[1], found[2]) if found else None


def markdown_reasons(
    lines: list[str],
) -> tuple[list[str], dict[int, str], list[tuple[str, str, float]]]:
    """Each statement's reasons after it on its line set aside (see the module); the notes.

    Returns the lines (the same number: a line of reasons alone is left blank), the reasons by
    the source line (from 1) of the statement they follow, word for word as the page shows
    them (emphasis marks dropped, a link's words kept and its target after them in brackets),
    and the report's note counting the reasons by their labels.

    Examples
    --------
    >>> lines = ["- **M1** — Plans a team's work. *Evidenced by:* A plan. *Why this level:* P2.",
    ...          "- **M2** — Plans for several teams.", "  *Why this level:* P3,", "  not P2."]
    >>> out, noted, notes = markdown_reasons(lines)
    >>> out
    ["- **M1** — Plans a team's work.", '- **M2** — Plans for several teams.', '', '']
    >>> noted
    {1: 'Evidenced by: A plan. Why this level: P2.', 2: 'Why this level: P3, not P2.'}
    >>> notes[0][1]  # doctest: +NORMALIZE_WHITESPACE
    "2 statements' reasons set aside after them, kept as their notes, each led by
    'Evidenced by:', 'Why this level:'"
    >>> notes[1][1]
    "1 line indented under a list item after its statement's reasons, kept in its note"
    >>> markdown_reasons(["- Works out why: *because:* it matters."])[1:]
    ({}, [])
    >>> markdown_reasons(["Plans work. *Evidence:* a plan.", "Reviews code."])[:2]
    (['Plans work.', 'Reviews code.'], {1: 'Evidence: a plan.'})
    """
    out = list(lines)
    reasons: list[str] = []
    noted: dict[int, str] = {}
    owned = 0  # compkit's own "*Note:*" lines read back
    within = None  # the line opening the item or paragraph this line goes on
    noting = None  # the statement's line whose reasons this item's next line runs on
    under = 0  # the indent past which a line goes on that item (its marker's)
    carried = 0  # lines of reasons wrapped under an item, carried into its note
    going = None  # the item whose note goes on to this line (its last line ended in "\\")
    for i, line in enumerate(lines):
        if going is not None and line.startswith(" ") and item_indent(line) is None:
            out[i] = ""  # a note's next line, after a hard break
            noted[going + 1] += "\n" + clean(inline_markdown(_own_line(line)))
            going = going if _hard(line) else None
            continue
        going = None
        if not line.strip() or line.lstrip().startswith(("#", "|", ">")):
            within = noting = None
            continue
        opens_item = item_indent(line) is not None
        if noting is not None and not opens_item and _indent(line) > under:
            out[i] = ""  # the reasons wrapped onto the item's next line, indented under it
            _keep(noted, noting, line)
            carried += 1
            continue
        noting = None
        if within is not None and not opens_item and (own := _OWN_NOTE.match(line.strip())):
            out[i] = ""  # "  *Note:* ...": the note compkit's own Markdown prints
            if _hard(out[i - 1]):  # the statement's line broken before it: no part of it
                out[i - 1] = out[i - 1].rstrip()[:-1].rstrip()
            _keep(noted, within + 1, _own_line(own.group(1)))
            going = within if _hard(line) else None
            owned += 1
            continue
        if ("*" in line or "_" in line) and (runs := _runs(line)):
            if within is not None and not opens_item:  # "  *Why this level:* ..." on its own
                lead = SimpleNamespace(text="x.\n", bold=False, italic=False, at=0)
                found = _reasons([lead, *runs])
                first = next(r for r in runs if r.text.strip())
                if found and found[1] is first:
                    out[i] = ""
                    reasons.append(found[0])
                    _keep(noted, within + 1, found[0])
                    noting, under = _item(lines, within, within + 1)
                    continue
            found = _reasons(runs)
            if found is not None:
                out[i] = line[: found[1].at].rstrip(" \t—–-")
                reasons.append(found[0])
                _keep(noted, i + 1, found[0])
                noting, under = _item(lines, i if within is None or opens_item else within, i + 1)
        within = i if within is None or opens_item else within
    wrapped = [("guess", _carried(carried), 0.8)] if carried else []
    return out, noted, reasons_note(reasons, kept=True) + wrapped + own_notes(owned)


def _item(lines: list[str], opening: int, statement: int) -> tuple[int | None, int]:
    """Whose reasons the next lines may go on (none unless a list item opens the statement)."""
    indent = item_indent(lines[opening])
    return (statement, indent) if indent is not None else (None, 0)


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def _carried(n: int) -> str:
    said = "line" if n == 1 else "lines"
    return f"{n} {said} indented under a list item after its statement's reasons, kept in its note"


#: compkit's own Markdown prints a statement's note on a line of its item: "  *Note:* ..."
_OWN_NOTE = re.compile(r"^\*Note:\*\s+(\S.*)$")


def own_notes(owned: int) -> list[tuple[str, str, float]]:
    """The report's note on the notes compkit's own renders print, read back: none, or one."""
    if not owned:
        return []
    said = "statement's note" if owned == 1 else "statements' notes"
    return [("guess", f"{owned} {said} as compkit prints them ('Note:') read back", 0.9)]


def _keep(noted: dict[int, str], line: int, reasons: str) -> None:
    said = clean(inline_markdown(reasons, targets=True))  # a source's link keeps its target
    noted[line] = f"{noted[line]} {said}" if line in noted else said


def note_reasons(doc: Document, noted: dict[int, str]) -> None:
    """Give each paragraph the reasons set aside from its source lines as its ``note``.

    ``noted`` holds the reasons by source line (from 1), as :func:`markdown_reasons` and the
    web page's reader (:mod:`compkit.ingest.webreasons`) set them aside; a paragraph over
    several lines takes those of each, in order.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Para, Region
    >>> para = Para("Plans a team's work.", {"lines": [3, 4]})
    >>> note_reasons(Document([Region((), [para])]), {4: "Why this level: P2."})
    >>> para.note
    'Why this level: P2.'
    """
    if not noted:
        return
    for region in doc.regions:
        for para in region.paras:
            said = [noted[n] for n in dict.fromkeys(para.source.get("lines", ())) if n in noted]
            if said:
                para.note = " ".join([para.note, *said]).strip()


def note_items(doc: Document, items: list[tuple[int, str, str]]) -> None:
    """Give each list item its note, found by its first source line and its statement's text.

    ``items`` holds (line, statement, note) as a web page's reader set them aside; several
    items may stand on one line (a table printed on one), so the text tells them apart.

    Examples
    --------
    >>> from compkit.ingest.blocks import Document, Para, Region
    >>> paras = [Para("- Plans work.", {"lines": [4]}), Para("- Ships work.", {"lines": [4]})]
    >>> note_items(Document([Region((), paras)]), [(4, "Ships work.", "Seen in reviews.")])
    >>> [p.note for p in paras]
    ['', 'Seen in reviews.']
    """
    if not items:
        return
    by_line: dict[int, dict[str, str]] = {}
    for line, text, note in items:
        by_line.setdefault(line, {})[clean(text)] = note
    paras = [p for region in doc.regions for p in region.paras if p.source.get("lines")]
    on_line = Counter(p.source["lines"][0] for p in paras)
    for para in paras:
        line = para.source["lines"][0]
        held = by_line.get(line, {})
        said = held.get(clean(marker(para.text)[2]))
        if said is None and len(held) == 1 and on_line[line] == 1:  # "M1 — ..." led apart
            said = next(iter(held.values()))
        if said and not para.note:
            para.note = said


def _hard(line: str) -> bool:
    r"""Whether a line ends in a hard break (``\``, not an escaped backslash ``\\``)."""
    line = line.rstrip()
    return line.endswith("\\") and not line.endswith("\\\\")


def _own_line(line: str) -> str:
    r"""A line of compkit's own note, without the hard break (``\``) closing it."""
    return line.strip()[:-1].rstrip() if _hard(line) else line.strip()
