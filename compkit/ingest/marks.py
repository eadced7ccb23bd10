"""compkit's own marks in a document it rendered: find them, check them against the text, use them.

A document compkit renders records its structure out of sight (:mod:`compkit.authoring._marks`):
the layout, the level names lowest first, the competency term, and the headings it adds that
hold no statements. Read back, the marks are hints, as the ``levels`` hint is, and never more:
the statements are read word for word from the visible text as in any other document. The
levels are the labels of the one slot (a heading style, the column headers) that shows most
of the marked level names; the marks give their order, and a level renamed or added in the
document keeps its place after the level before it. Marks the text does not bear out (most
level names gone) are not used, and the report says so. What was taken from the marks is
reported as "read from compkit's own marks", at high confidence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .blocks import Document, Label, clean
from .describedlist import read_described

__all__ = ["apply", "from_docx", "from_markdown", "levels"]

_CONFIDENCE = 0.95


def from_docx(word) -> dict | None:
    """The marks of a python-docx document (its custom properties), or None."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from lxml import etree

    from ..authoring._marks import CUSTOM_NS, from_properties

    part = next(
        (p for p in word.part.package.iter_parts() if p.content_type == CT.OFC_CUSTOM_PROPERTIES),
        None,
    )
    if part is None:
        return None
    try:
        root = etree.fromstring(part.blob)
    except etree.XMLSyntaxError:
        return None
    props = {
        prop.get("name", ""): "".join(prop.itertext())
        for prop in root.iter(f"{{{CUSTOM_NS}}}property")
    }
    return from_properties(props)


def from_markdown(lines: list[str]) -> tuple[list[str], dict | None]:
    """The lines with compkit's marks blanked (line numbers kept), and the marks.

    Markdown holds them in a comment line, a web page in a ``<meta>`` element of its head
    (blanked only when it stands on a line of its own: a page on one line keeps its text).
    """
    from ..authoring._marks import from_comment, from_meta

    for k in range(len(lines) - 1, -1, -1):
        if "compkit-structure" in lines[k]:
            marks = from_comment(lines[k])
            if marks is not None:  # Markdown: a stem of both sides said once (.sidestems)
                return [*lines[:k], "", *lines[k + 1 :]], marks | {"_markdown": True}
            marks = from_meta(lines[k])
            if marks is not None:
                alone = lines[k].strip().startswith("<meta") and lines[k].strip().endswith(">")
                return ([*lines[:k], "", *lines[k + 1 :]] if alone else lines), marks
    return lines, None


def levels(marks: dict | None) -> frozenset[str]:
    """The marked level names, lower case: a reader's aid before the text is checked.

    A table whose first column is headed by a marked level name has no row header.
    """
    names = (marks or {}).get("levels") or []
    return frozenset(clean(str(n)).lower() for n in names if clean(str(n)))


def apply(doc: Document, marks: dict | None) -> None:
    """Use the marks of a compkit document as hints for reading ``doc`` (see module docs)."""
    from ..authoring._marks import FORMAT

    if not marks:
        return
    version = marks.get("format")
    if not isinstance(version, int) or version > FORMAT:
        doc.notes.append(
            (
                "warning",
                f"compkit's marks of format {version!r} (this compkit reads format {FORMAT} "
                "or older) not used: the document is read as any other",
                0.5,
            )
        )
        return
    said = [f"made by compkit {marks.get('version', '')}".rstrip()]
    if marks.get("_markdown"):
        one_side = marks.get("one_side_stems") or []
        doc.one_side_stems = frozenset(clean(str(s)) for s in one_side)
    said += _sections(doc, marks)
    said += _role_labels(doc, marks)
    said += read_described(doc, marks)  # by level, the list up front: descriptions, values
    said += _empty_lines(doc, marks)
    if not marks.get("_markdown"):
        said += _stems_over_tables(doc, marks)
    level = _levels(doc, marks)
    if level:
        said.append(level)
    term = marks.get("competency_term")
    if isinstance(term, str) and term.strip() and "competency_term" not in doc.meta:
        doc.meta["competency_term"] = clean(term)
        said.append(f"the {clean(term)!r} term for competencies")
    if marks.get("layout") in ("level", "competency"):
        said.append(f"laid out by {marks['layout']}")
    doc.notes.append(("guess", "read from compkit's own marks: " + "; ".join(said), _CONFIDENCE))


def _sections(doc: Document, marks: dict) -> list[str]:
    """Set aside what compkit adds: its summary line, list of competencies and introduction.

    The line under the title that reads as the marked organisation is the subtitle.
    The summary line ("6 competencies, 4 levels, 62 statements") is set aside where it stands
    as marked; a region under the one heading (nothing above it) the marks name is taken: the
    list of competencies set aside (every line of it is still reported as in nothing read),
    the introduction's paragraphs joined to the document's introduction.
    """
    said = []
    summary = clean(str(marks.get("summary", ""))).rstrip(".")
    organisation = clean(str(marks.get("organisation", "")))
    for paras in [doc.introduction, *(r.paras for r in doc.regions)]:
        line = next((p for p in paras if clean(p.text).rstrip(".") == summary != ""), None)
        if line is not None:
            paras.remove(line)
            said.append(f"{clean(line.text)!r} its summary")
            break
    if doc.subtitle is None and organisation:  # Markdown prints it in a line of its own
        for paras in [doc.introduction, *(r.paras for r in doc.regions[:1])]:
            line = next((p for p in paras[:1] if clean(p.text) == organisation), None)
            if line is not None:
                paras.remove(line)
                doc.subtitle = line
                said.append(f"{organisation!r} the organisation")
                break
    kept = []
    for region in doc.regions:
        only = region.labels[0].text if len(region.labels) == 1 else None
        if only is not None and only == clean(str(marks.get("contents", ""))):
            said.append(f"{only!r} a list of contents, set aside ({len(region.paras)} lines)")
        elif only is not None and only == clean(str(marks.get("introduction", ""))):
            doc.introduction.extend(region.paras)
            said.append(f"{only!r} the introduction")
        else:
            kept.append(region)
    doc.regions[:] = kept
    return said


def _empty_lines(doc: Document, marks: dict) -> list[str]:
    """Set aside the lines compkit writes for levels with no statements yet (a draft).

    By competency, one line under the title names them (the marks hold it word for word); by
    level, each such level's heading stands over "No statements at this level yet.". Neither
    is the introduction's text: the level is then reported as holding no statement.
    """
    from ..authoring._layout import EMPTY_LEVEL

    note = clean(str(marks.get("empty_note", "")))
    levels = {clean(str(n)).casefold() for n in marks.get("levels") or []}
    said = []
    for paras in [doc.introduction, *(r.paras for r in doc.regions)]:
        line = next((p for p in paras if note and clean(p.text) == note), None)
        if line is not None:
            paras.remove(line)
            said.append(f"{note!r} set aside (levels with no statements yet)")
    for region in doc.regions:
        if any(clean(lb.text).casefold() in levels for lb in region.labels):
            empty = [p for p in region.paras if clean(p.text) == EMPTY_LEVEL]
            for p in empty:
                region.paras.remove(p)
                said.append(f"{EMPTY_LEVEL!r} under {region.labels[-1].text!r} set aside")
    return said


def _stems_over_tables(doc: Document, marks: dict) -> list[str]:
    """A marked stem of both sides, printed once over a table, leads each of its cells.

    Word and HTML print a stem that both sides complete once, over the table of the two sides
    (:mod:`compkit.authoring._marks`); standing alone, it would read as a statement. Where a
    line outside any table is a marked stem and the regions after it are the cells of a table
    under the same headings, the line goes to the top of each cell that holds statements.
    """
    from .cells import split_cell

    stems = {clean(str(s)) for s in marks.get("both_side_stems") or [] if clean(str(s))}
    moved = 0
    for k, region in enumerate(doc.regions):
        if region.in_table or len(region.paras) != 1 or clean(region.paras[0].text) not in stems:
            continue
        n = len(region.labels)
        cells = []
        for after in doc.regions[k + 1 :]:
            if not after.in_table or after.labels[:n] != region.labels:
                break
            cells.append(after)
        if not cells:
            continue
        stem = region.paras.pop()
        for cell in cells:
            if split_cell(cell.paras)[0]:
                cell.paras.insert(0, stem)
        moved += 1
    return [f"{moved} stems over a table read as both sides' stem"] if moved else []


def _role_labels(doc: Document, marks: dict) -> list[str]:
    """A marked level's label that goes on to name marked roles: the level, and those roles.

    compkit heads a level with the roles that require it ("Senior — Team leader", in Word and
    HTML on a line below the level's name); the label is read as the level, each role named
    as requiring it. A label is taken only where what follows a marked level name is wholly
    a list of marked role names, so a level named otherwise in the document is left as shown.
    """
    levels = sorted(
        {clean(str(n)) for n in marks.get("levels") or [] if clean(str(n))}, key=len, reverse=True
    )
    roles = sorted(
        {clean(str(n)) for n in marks.get("role_names") or [] if clean(str(n))},
        key=len,
        reverse=True,
    )
    if not levels or not roles:
        return []
    one = "|".join(map(re.escape, roles))
    tail = re.compile(rf"[\s:\u2013\u2014-]+((?:{one})(?:\s*,\s*(?:{one}))*)\s*", re.IGNORECASE)
    name = re.compile(rf"\s*({one})(?:\s*,|\s*$)", re.IGNORECASE)
    marked = {n.casefold() for n in levels}
    taken = 0
    for region in doc.regions:
        labels = []
        for lb in region.labels:
            text = clean(lb.text)
            level = next(
                (
                    n
                    for n in levels
                    if text.casefold() not in marked
                    and text.casefold().startswith(n.casefold())
                    and tail.fullmatch(text, len(n))
                ),
                None,
            )
            if level is not None:
                said = [
                    m.group(1)
                    for m in name.finditer(text, tail.fullmatch(text, len(level)).start(1))
                ]
                lb = replace(lb, text=text[: len(level)], roles=(*lb.roles, *said))
                taken += 1
            labels.append(lb)
        region.labels = tuple(labels)
    return [f"{taken} level labels naming the roles that require them"] if taken else []


def _depth(doc: Document, slot: str) -> int:
    """How deep a slot's labels stand at most (0: outermost), to part slots showing as many."""
    ranks = (k for r in doc.regions for k, lb in enumerate(r.labels) if lb.slot == slot)
    return max(ranks, default=0)


def _levels(doc: Document, marks: dict) -> str:
    """Name the slot holding the marked levels, and their order; what was done, in words.

    The slot is the one showing most marked level names; of slots showing as many (a
    competency in no group set a rank up has its levels' headings at the grouped
    competencies' rank), the one holding fewest other labels, then the deepest.

    Examples
    --------
    >>> from compkit.ingest.blocks import Para, Region
    >>> def region(*slots):
    ...     return Region(tuple(Label(t, s) for t, s in slots), [Para("Writes.", {})])
    >>> doc = Document([region(("Domain 1: Writing", "##"), ("Senior", "###")),
    ...                 region(("People", "##"), ("Domain 2: Caring", "###"), ("Senior", "####"))])
    >>> _levels(doc, {"levels": ["Senior"]}), doc.level_names
    ("levels in the '####' labels", ['Senior'])
    """
    names = [clean(str(n)) for n in marks.get("levels") or [] if clean(str(n))]
    if not names:
        return ""
    rank = {n.casefold(): k for k, n in enumerate(names)}
    skip = {clean(str(marks.get(k, ""))).casefold() for k in ("contents", "introduction", "roles")}
    seen: dict[str, list[Label]] = {}
    for region in doc.regions:
        for lb in region.labels:
            shown = [other.text for other in seen.setdefault(lb.slot, [])]
            if clean(lb.text).casefold() not in skip and lb.text not in shown:
                seen[lb.slot].append(lb)
    hits = {
        s: sum(clean(lb.text).casefold() in rank for lb in labels) for s, labels in seen.items()
    }
    slot = max(hits, key=lambda s: (hits[s], hits[s] - len(seen[s]), _depth(doc, s)), default=None)
    if slot is None or hits[slot] * 2 < min(len(names), len(seen[slot])) or not hits[slot]:
        doc.notes.append(
            (
                "warning",
                "compkit's marks name levels the document no longer shows ("
                + ", ".join(names[:6])
                + "): the levels are read as in any other document",
                0.5,
            )
        )
        return ""
    order = []
    anchor = -1
    for k, lb in enumerate(seen[slot]):
        known = rank.get(clean(lb.text).casefold())
        anchor = known if known is not None else anchor
        order.append((anchor, known is None, k, lb.text))
    doc.level_names = [text for *_, text in sorted(order)]
    doc.level_order = "compkit's own marks"
    doc.slots["level"] = slot
    doc.slot_reasons["level"] = (f"read from compkit's own marks ({slot})", _CONFIDENCE)
    renamed = [lb.text for lb in seen[slot] if clean(lb.text).casefold() not in rank]
    return f"levels in the {slot!r} labels" + (
        f" ({', '.join(map(repr, renamed))} not marked: read as shown)" if renamed else ""
    )
