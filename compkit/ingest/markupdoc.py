"""Markdown with HTML blocks into a document: one line per block, tables as grids.

The blocks come from :mod:`compkit.ingest.markup`; the lines go to
:func:`compkit.ingest.textlines.text_document`. A line naming a side and its stem at once
("Effective behaviours — You can:") is set as two lines, as a page printing them apart is
(:mod:`compkit.ingest.sidelines`).
"""

from __future__ import annotations

from .._words import plural
from .blocks import Document, clean
from .emphasised import emphasised_html
from .leadins import LEAD_IN, lead_in_headings
from .levelnotes import set_apart
from .markup import LEAD_MARK, TERM, grid, inline_markdown, markdown_lines
from .mdreasons import note_items, own_notes
from .notecolumns import note_columns
from .pageleads import page_leads
from .roleblocks import role_blocks
from .rolelists import known_ladder
from .sidelines import side_and_stem
from .spanheads import one_header
from .textlines import text_document
from .weblevelitems import settled
from .webpage import term_levels
from .wordreasons import reasons_note

__all__ = ["markup_document"]


def _tabs_note(tabs: list) -> str:
    """The report's word on tab panels read under their tabs' labels."""
    labels = ", ".join(dict.fromkeys(repr(b.text) for b in tabs))
    hidden = [repr(b.hidden) for b in tabs if b.hidden != b.text]
    aside = f"; headings for screen readers only set aside ({hidden[0]}, ...)" if hidden else ""
    return f"{len(tabs)} tab panels read under their tabs' labels ({labels}){aside}"


def _closing_quotes(blocks: list) -> tuple[list, list[tuple]]:
    """Quoted blocks after a section's list items set aside: a note beside the lists.

    As in Markdown (:func:`compkit.ingest.mdlists.blockquotes`), a quote closing a section
    whose statements are list items ("<blockquote><p><b>NOTE</b></p><p>You can also find
    ...</p></blockquote>" at a page's foot) is a note, not the last competency's statements; a
    quote before the items (a section's summary) is read as before.

    Examples
    --------
    >>> from compkit.ingest.markup import Block
    >>> page = [Block("Craft", [1], depth=2), Block("Ships", [2], bullet=True),
    ...         Block("NOTE", [3], quoted=True), Block("See your profile.", [4], quoted=True)]
    >>> kept, notes = _closing_quotes(page)
    >>> [b.text for b in kept], notes[0][1][:49]
    (['Craft', 'Ships'], "the quoted block 'NOTE See your profile.' (line 3")
    """
    kept, notes, listed, run = [], [], False, []
    for block in [*blocks, None]:
        if block is not None and block.quoted and listed and not block.depth:
            run.append(block)
            continue
        if run:
            said = " ".join(clean(b.text) for b in run)
            notes.append(
                (
                    "unused",
                    f"the quoted block {said[:80]!r} (line {run[0].lines[0]}) closes a list: "
                    "a note beside the lists, not a statement",
                    0.7,
                )
            )
            run = []
        if block is None:
            break
        if block.depth and block.table is None:
            listed = False
        elif (block.bullet or block.number is not None) and not block.quoted:
            listed = True
        kept.append(block)
    return kept, notes


def _lined_up(places: list[dict], where: list[dict], led: set[int]) -> bool:
    """Whether the lines read again are the lines given, with a heading over each led item only.

    Each line keeps its place (the same object), a heading inserted over a led item shares
    the item's; any other line inserted, dropped or moved, and the headings are not used.

    Examples
    --------
    >>> a, b, c = {"lines": [1]}, {"lines": [2]}, {"lines": [3]}
    >>> _lined_up([a, b, c], [a, b, b, c], {1}), _lined_up([a, b, c], [a, a, b, c], {1})
    (True, False)
    """
    given = [p for i, p in enumerate(places) for _ in range(2 if i in led else 1)]
    return len(given) == len(where) and all(a is b for a, b in zip(given, where, strict=True))


def markup_document(lines: list[str], *, page: bool = False) -> Document:
    """Markdown with HTML blocks: one line per block, tables as grids (compkit.ingest.markup).

    ``page`` when the file is a web page (``.html``), not Markdown: the report says which.
    """
    out: list[str] = []
    places: list[dict] = []
    repairs: dict[int, str] = {}
    tables: dict[int, list[list[dict]]] = {}
    shown: dict[int, str] = {}
    describing: set[int] = set()
    named: dict[int, str] = {}  # lines the markup says are labels (a definition list's terms)
    previous = None
    sided: list[str] = []  # lines naming a side and its stem at once
    headed: list[tuple] = []  # tables whose header stands over two rows (.spanheads); notes columns
    bold: dict[int, tuple[str, str]] = {}  # web items opening with a bold name (markup._bold_lead)
    blocks, leveled = settled(markdown_lines(lines))  # "<li><p><b>Level 1:</b></p>..."
    blocks, laddered, ladder = role_blocks(blocks)  # "<h2>Reviewer</h2>" ...
    blocks, closing = _closing_quotes(blocks)  # "<blockquote>NOTE ...</blockquote>" after a list
    for block in blocks:
        if block.table is not None or block.html or block.lines[0] != (previous or 0) + 1:
            out.append("")
            places.append({})
        if block.table is not None:
            rows, said = one_header(block.table)  # "Level" spanning "L1" ... "L6" below it
            if said:
                headed.append(("guess", said, 0.7, {"lines": block.lines}))
            tables[len(out) - 1], said = note_columns(grid(rows, f"H{len(out)}"))
            if said:  # "Additional Notes/Key Points/Examples": the row's statements' note
                headed.append(("guess", said, 0.7, {"lines": block.lines}))
            previous = None
            continue
        found = None if block.depth or block.bullet or block.number else side_and_stem(block.text)
        if found:  # "Effective behaviours — You can:": the side's name over its stem
            out.append(found[0])
            places.append({"lines": block.lines})
            sided.append(clean(block.text))
        if block.html:
            mark = "#" * block.depth + " " if block.depth else ""
            mark = mark or (f"{block.number}. " if block.number else "- " if block.bullet else "")
            if block.repair:
                repairs[len(out)] = block.repair
            if block.describes:
                describing.add(len(out))
            if block.slot:
                named[len(out)] = block.slot
            shown[len(out)] = found[1] if found else block.text
            if block.lead and block.bullet and not block.nest:  # "<b>Scope</b>: Owns it."
                rest = LEAD_MARK.sub("", block.text[len(block.lead) :], count=1).strip()
                bold[len(out)] = (f"- **{block.lead}**: {rest}", rest)
            out.append(mark + (found[1] if found else block.text))
            previous = None
        else:
            out.append(found[1] if found else block.text)
            previous = block.lines[0]
        places.append({"lines": block.lines})
    # "- **Name:** text" items (their bold resolved above): the raw line tells the name
    raw = {
        i: lines[p["lines"][0] - 1] for i, p in enumerate(places) if len(p.get("lines", [])) == 1
    }
    led = {i for i in range(len(out)) if i not in shown and LEAD_IN.match(raw.get(i, ""))}
    led |= set(bold)  # a web page's items opening with a bold name: as Markdown writes them
    trial = [
        bold[i][0] if i in bold else raw[i] if i in led else line for i, line in enumerate(out)
    ]
    trial, where, fixed, notes = page_leads(*lead_in_headings(trial, places, repairs))
    if notes and not _lined_up(places, where, led):  # a led item under no heading: as read
        notes = []
    if notes:  # each lead-in item now stands under a heading line of its own: indices move on
        shown |= {i: rest for i, (_, rest) in bold.items()}  # the report quotes the statement

        def moved(i: int) -> int:
            return i + sum(k <= i for k in led)

        out, places, repairs = trial, where, fixed
        for i in led:
            out[moved(i)] = inline_markdown(out[moved(i)])
        tables = {moved(i): t for i, t in tables.items()}
        shown = {moved(i): t for i, t in shown.items()}
    if notes:
        describing = {moved(i) for i in describing}
        named = {moved(i): slot for i, slot in named.items()}
    placed = [(i, p["lines"]) for i, p in enumerate(places) if p.get("lines")]
    ends = [n[0] - 1 for _, n in placed[1:]] + [len(lines)] * bool(placed)  # text lines on
    pairs = zip(placed, ends, strict=True)
    raw = {i: "\n".join(lines[n[0] - 1 : max(n[-1], e)]) for (i, n), e in pairs}
    facts, set_aside = set_apart(out, places, raw)  # see levelnotes
    doc = text_document(
        out, places=places, repairs=repairs, tables=tables, describing=describing, headings=named,
        asides=facts | emphasised_html(out, raw),  # "<p><em>At this point ...</em></p>"
    )  # fmt: skip
    read = [lb.text for r in doc.regions for lb in r.labels if lb.slot == TERM]
    if read and (terms := term_levels(read)) is not None:
        doc.slots["level"], doc.slot_reasons["level"] = TERM, terms
    doc.notes.extend(notes + set_aside + headed + laddered + closing + leveled)
    items = [b for b in blocks if not b.table] + [
        c for b in blocks for row in b.table or () for cell in row for c in cell["blocks"]
    ]  # a table's cells' items too
    note_items(doc, [(b.lines[0], b.text, b.reasons) for b in items if b.reasons])  # notes
    reasons = [b.reasons for b in items if b.reasons and not b.noted]  # .webreasons
    doc.notes.extend(reasons_note(reasons, kept=True) + own_notes(sum(b.noted for b in items)))
    known_ladder(doc, ladder)
    if sided:
        said = f"{plural(len(sided), 'line')} naming a side and its stem at once ({sided[0]!r}"
        doc.notes.append(("guess", said + "): each read as the side's name over its stem", 0.7))
    if glossary := [b.text for b in blocks if b.glossary]:  # see markup._settle
        terms = ", ".join(repr(t) for t in glossary[:4]) + (", ..." if len(glossary) > 4 else "")
        doc.notes.append(("guess", f"a glossary ({terms}): definitions, not statements", 0.7))
    if tabs := [b for b in blocks if b.hidden]:  # see markup._Walker.panel
        doc.notes.append(("repair", _tabs_note(tabs), 0.8))
    for i, text in shown.items():  # the report quotes the text, not the marker put before it
        if f"L{i + 1}" in doc.all_keys:
            doc.all_keys[f"L{i + 1}"] = (text, places[i])
    read = "the web page" if page else "HTML in the Markdown"
    doc.notes.append(("guess", f"{read} read as a browser shows it", 0.9))
    return doc
