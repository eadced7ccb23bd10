"""The list of competencies a by-level render opens with, read as their descriptions and values.

compkit renders a framework by level with each competency's description and values said once,
ahead of the levels, under the heading its marks name as the contents ("Themes in this
framework"; :mod:`compkit.authoring._described`): each competency's heading as it stands under
the levels ("Theme 1: Planning and Organising"), its description's paragraphs, a "Values: …"
line; a group's name over its competencies. Read as any other text, the headings are labels of
a kind of their own (bold lines, "Theme N:") and the descriptions fall into the introduction.

Where the marks say the document is laid out by level and name the contents heading, each
entry under that heading whose label names a competency found under the levels (its words and
number) is read as that competency's own text: a region labelled as the competency is under
its first level, less the level, holding the entry's paragraphs, read after the levels (so the
competencies' order and sources stay those of the levels). Nothing is matched by its words
alone: an entry naming no competency under the levels, the heading, and a group's name line
stay set aside with the list, each reported as read into nothing, as is the line closing Word's
title page that lists the marked levels ("Levels, lowest first: …").
"""

from __future__ import annotations

from dataclasses import replace

from .._words import plural
from .blocks import Document, Label, Region, clean

__all__ = ["read_described"]


def _at(region: Region, names: set[str]) -> int | None:
    """Where a label of ``names`` (lower case) stands among the region's labels, or None."""
    return next(
        (k for k, lb in enumerate(region.labels) if clean(lb.text).casefold() in names), None
    )


def _same(a: Label, b: Label) -> bool:
    """Two labels naming one competency: the same words, and the same number where both show one."""
    numbered = a.number is not None and b.number is not None
    return clean(a.text).casefold() == clean(b.text).casefold() and (
        not numbered or a.number == b.number
    )


def _template(doc: Document, entry: Label, contents: str, levels: set[str]) -> tuple | None:
    """The labels of the competency ``entry`` names where it first stands under a level.

    Returns the labels above the level and those after it down to the competency's, or None
    where no region under a level bears a label naming it.
    """
    for region in doc.regions:
        if _at(region, {contents}) is not None:
            continue
        k = _at(region, levels)
        if k is None:
            continue
        after = range(k + 1, len(region.labels))
        j = next((j for j in after if _same(region.labels[j], entry)), None)
        if j is not None:
            return region.labels[:k], region.labels[k + 1 : j + 1]
    return None


def _group_names(doc: Document, contents: str, levels: set[str]) -> dict[str, Label]:
    """The labels standing between a level and a competency under the levels: groups' names.

    By level, a group's name heads its competencies under every level ("Entry" / "People" /
    "Welcoming visitors"); keyed by its words in lower case, the first of each.
    """
    out: dict[str, Label] = {}
    for region in doc.regions:
        if _at(region, {contents}) is not None or region.in_table:
            continue
        k = _at(region, levels)
        if k is None:
            continue
        for lb in region.labels[k + 1 : -1]:
            out.setdefault(clean(lb.text).casefold(), lb)
    return out


def _groups_apart(doc: Document, region: Region, contents: str, levels: set[str], groups) -> list:
    """Split off a list entry's trailing lines from a line naming a group: that group's text.

    compkit writes a group's name as a line of the list (bold and italic), its description's
    paragraphs under it, and the group's competencies after them: read as plain text, the name
    and the description run on at the foot of the entry above. Each group so named becomes a
    region of its own, labelled as the group is above its competencies under the levels (less
    the level), holding its paragraphs: the group's prose the outline reader keeps as its
    description (:mod:`compkit.ingest.groupprose`). The entry keeps the lines before the first.
    """
    out, kept, current = [], [], None
    for para in region.paras:
        named = groups.get(clean(para.text).casefold())
        if named is not None:
            found = _template(doc, named, contents, levels)
            if found is not None:
                label = replace(named, source=tuple(para.source.items()), key=para.key)
                current = Region((*found[0], *found[1][:-1], label), [], source=region.source)
                out.append(current)
                continue
        (current.paras if current is not None else kept).append(para)
    region.paras[:] = kept
    return [r for r in out if r.paras]


def _levels_line(text: str, names: list[str]) -> bool:
    """Whether a line lists the marked levels after a colon: Word's title page ends with one.

    Examples
    --------
    >>> _levels_line("Levels, lowest first: Core, Skilled.", ["Core", "Skilled"])
    True
    >>> _levels_line("Works at every level: Core, Skilled and above.", ["Core", "Skilled"])
    False
    """
    said = clean(text).rstrip(".")
    return bool(names) and ":" in said and said.rsplit(":", 1)[1].strip() == ", ".join(names)


def read_described(doc: Document, marks: dict) -> list[str]:
    """Read a by-level render's list of competencies as their descriptions (module docs).

    Returns what was done, in words, for the report (empty when nothing was read).

    Examples
    --------
    >>> from compkit.ingest.blocks import Para
    >>> top, lv = Label("Themes in this framework", "##"), Label("Junior", "##")
    >>> comp = Label("Writing", "###", number=1)
    >>> doc = Document([
    ...     Region((top, Label("Writing", "Theme N:", number=1)), [Para("Writes well.", {})]),
    ...     Region((lv, comp), [Para("- Writes notes.", {})]),
    ... ])
    >>> marks = {"layout": "level", "contents": "Themes in this framework", "levels": ["Junior"]}
    >>> read_described(doc, marks)
    ["'Themes in this framework' read as the descriptions and values of 1 competency"]
    >>> [([lb.text for lb in r.labels], [p.text for p in r.paras]) for r in doc.regions]
    [(['Junior', 'Writing'], ['- Writes notes.']), (['Writing'], ['Writes well.'])]
    """
    contents = clean(str(marks.get("contents", "")))
    names = [clean(str(n)) for n in marks.get("levels") or [] if clean(str(n))]
    levels = {n.casefold() for n in names}
    if marks.get("layout") != "level" or not contents or not levels:
        return []
    listed = [r for r in doc.regions if _at(r, {contents.casefold()}) is not None]
    read, moved, apart = [], [], []
    groups = _group_names(doc, contents.casefold(), levels)
    for region in listed:
        apart += _groups_apart(doc, region, contents.casefold(), levels, groups) if groups else []
        k = _at(region, {contents.casefold()})
        if len(region.labels) <= k + 1 or region.in_table:
            continue  # the heading itself, or a group's name line: set aside with the list
        entry = region.labels[-1]
        found = _template(doc, entry, contents.casefold(), levels)
        if found is None:
            continue
        above, below = found
        named = replace(below[-1], source=entry.source, key=entry.key)
        paras = [p for p in region.paras if not _levels_line(p.text, names)]  # Word's last line
        read.append(Region((*above, *below[:-1], named), paras, source=region.source))
        moved.append((entry, len(above) + len(below)))
    if not read and not apart:
        return []
    doc.regions[:] = [r for r in doc.regions if not any(r is x for x in listed)] + apart + read
    _withdraw_moves(doc, moved)
    term = clean(str(marks.get("competency_term") or "")) or "competency"
    many = plural(sum(bool(r.paras) for r in read), term.lower())
    said = [f"{contents!r} read as the descriptions and values of {many}"] if read else []
    return said + (
        [f"{contents!r} read as the descriptions of {plural(len(apart), 'group')}"] if apart else []
    )


def _withdraw_moves(doc: Document, entries: list[tuple[Label, int]]) -> None:
    """Withdraw the notes saying a listed heading was a competency set a rank up.

    :mod:`compkit.ingest.markedcomps` runs before the marks are applied and, where groups put
    the competencies' headings deeper under the levels than in the list, moves the list's
    headings to their rank and says so once per name, where the name first stands: in the list.
    The list's heading moved nothing; a heading that also stands a rank up under the levels (a
    competency in no group among grouped ones) was moved there, and the note now says where.
    """
    deepest = max((depth for _, depth in entries), default=0)
    places = {}
    for region in doc.regions:
        for lb in region.labels:
            places.setdefault((lb.slot, lb.text), lb.where)
    kept = []
    for note in doc.notes:
        entry, depth = next(
            (
                (entry, depth)
                for entry, depth in entries
                if note[0] == "repair"
                and len(note) > 3
                and note[3] == entry.where
                and note[1].startswith(f"{entry.text!r} read as a")
            ),
            (None, 0),
        )
        if entry is None:
            kept.append(note)
        elif depth < deepest:  # standing a rank up under the levels too: moved there
            kept.append((*note[:3], places.get((entry.slot, entry.text), note[3])))
    doc.notes[:] = kept
