"""What changed between two versions of a framework, as a Word document with tracked changes.

:func:`render_redline` writes the new version's statements, competency by competency and level
by level, with every change since the old version as a Word revision (``w:ins`` / ``w:del``): a
reworded statement shows its deleted and inserted words; an added statement is an inserted
paragraph, a removed one a deleted paragraph; a statement moved to another level or competency,
split or merged is deleted where it was and inserted where it is; renamed competencies and levels
show both names. The introduction, the levels' descriptions and each group's and competency's
description stand where the documents print them, their changes tracked word by word as a
statement's are. Competencies stand under their group's heading (a renamed, added or
removed group's name tracked as a level's is; a removed competency or level struck out where
it stood), each level's stem ("You can:") comes before its statements (a changed stem shows
its words deleted and inserted), and
the effective and ineffective behaviours of a framework that has both are listed apart, under
their headings, a stem per side (``stem: {effective: ...}``) under its side's heading; the
values follow when a value changed, each name and description tracked (``_redline_values``),
and the role profiles when a role changed, each requirement a line (``_redline_roles``).
Headings, side labels and stems are kept with what they head on the page. In Word,
*Accept All Changes* gives the new version word for word and *Reject All Changes* the old
one, so an author can accept or reject each change on its own.
"""

from __future__ import annotations

import io
import re
from typing import TYPE_CHECKING

from .._word import field, set_language, set_title
from ..framework.model import stated_organisation
from ..framework.stems import SIDES
from ._layout import NONE, NOT_DEFINED, side_names
from ._redline_groups import gone_groups, strike_groups, struck_before
from ._redline_roles import write_roles
from ._redline_values import write_values
from ._tracked import _comment, _described, _heading, _noted, _reworded, _stem, _Tracker
from .changelog import summary as told
from .versions import diff

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["render_redline"]

#: The margin's word on a statement kept whose note changed: the note is none of its words.
NOTE_CHANGED = "Its note changed (not part of the statement)"
_STEM_NOTE = re.compile(r"((in)?effective )?stem ")  # a changed stem: the pages show it
#: changes shown inside one paragraph (a note changed: the statement's words are kept)
_IN_PLACE = ("unchanged", "reworded", "id changed", "note changed")


def render_redline(old, new, *, author: str = "compkit") -> bytes:
    """A Word document (DOCX bytes) of ``new`` with the changes since ``old`` tracked.

    Parameters
    ----------
    old, new : Framework, bundled id or path
        The two versions.
    author : str
        The name Word shows as the author of every change.

    Examples
    --------
    >>> import io, docx, compkit
    >>> doc = compkit.framework.to_dict("cis")
    >>> first = doc["competencies"][0]["indicators"][0]
    >>> first["text"] = first["text"].replace("learning", "training")
    >>> new = compkit.framework.build.from_dict(doc)
    >>> body = docx.Document(io.BytesIO(render_redline("cis", new))).element.body
    >>> [t.text for t in body.xpath(".//w:del/w:r/w:delText | .//w:ins/w:r/w:t")]
    [' learning', ' training']
    """
    from docx import Document
    from docx.shared import Cm, Pt

    from ..errors import UsageError
    from ..framework.io import load

    a, b = load(old), load(new)
    if not isinstance(author, str) or not author.strip():  # None was written as Word's author
        raise UsageError(
            "render_redline: author: expected the name Word shows as the author of every change "
            f"(text), got {type(author).__name__} {author!r}"[:200]
        )
    changes = diff(a, b, unchanged=True)
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(2.0))
    set_language(doc, b.language or "en-GB")  # the framework's language, not python-docx's en-US
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    for n in (1, 2, 3):  # a competency's or level's name stays with what it heads
        doc.styles[f"Heading {n}"].paragraph_format.keep_with_next = True
    set_title(doc, f"Changes to {b.title}", author)
    tracker = _Tracker(author)
    doc.add_paragraph(f"{b.title}: tracked changes", style="Title")
    summary = told(changes[changes["change"] != "unchanged"])
    versions = f" ({a.version} to {b.version})" if a.version and b.version else ""
    org = f"{stated_organisation(b)}. " if stated_organisation(b) else ""  # no placeholder
    doc.add_paragraph(
        f"{org}Changes since the previous version{versions}: {summary}. In Word, "
        "Review > Accept All Changes gives the new version word for word, Reject All Changes "
        "the previous one; or accept and reject each change on its own."
    )
    footer = section.footer.paragraphs[0]
    footer.text = f"{b.title} · tracked changes · Page "
    field(footer, "PAGE")
    footer.add_run(" of ")
    field(footer, "NUMPAGES")
    _front(doc, a, b, changes, tracker)
    _write(doc, a, b, changes, tracker, author)
    maps = _maps(a, b, changes)
    write_values(doc, a, b, maps, tracker)  # when a value changed (_redline_values)
    roles = changes[(changes["item"] == "role") & (changes["change"] != "unchanged")]
    write_roles(doc, a, b, maps, tracker, changed=not roles.empty)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _front(doc, a, b, changes: pd.DataFrame, tracker: _Tracker) -> None:
    """The introduction and the levels' descriptions, before the competencies, tracked.

    The levels are listed when one has a description, or one was added, removed or renamed.

    Paragraphs of the introduction are paired in order; a level's description stands under
    its name (a renamed level shows both names), a removed level's struck out where it stood.
    """
    from itertools import zip_longest

    olds, news = [p.text for p in a.introduction], [p.text for p in b.introduction]
    if olds or news:
        title = "Introduction"
        _heading(doc, tracker, 1, title if olds else None, title if news else None)
        for old, new in zip_longest(olds, news, fillvalue=""):
            _described(doc, tracker, old, new)
    kept = _maps(a, b, changes)["level"]
    back = {n: o for o, n in kept.items()}
    before = {lv.id: lv for lv in a.level_records}
    now = {lv.id: lv for lv in b.level_records}
    pairs = [
        (before[i], None) if gone else (before.get(back.get(i, "")), now[i])
        for gone, i in _placed(list(b.level_ids), list(a.level_ids), kept)
    ]
    described = any((x and x.description) or (y and y.description) for x, y in pairs)
    # a level added, removed or renamed is shown on the ladder even if nothing describes it
    # (a new level with no statements yet would otherwise stand only in the summary)
    ladder = any(x is None or y is None or x.name != y.name for x, y in pairs)
    if not (described or ladder):
        return
    doc.add_heading("Levels", level=1)
    for x, y in pairs:
        _heading(doc, tracker, 2, x.name if x else None, y.name if y else None)
        _described(doc, tracker, x.description if x else "", y.description if y else "")


def where_they_stood(news: list[str], olds: list[str], kept: dict[str, str]) -> list[str]:
    """The new version's ids in order, each removed one after what preceded it before.

    Parameters
    ----------
    news, olds : list of str
        The ids of the new version and of the old one, in their order.
    kept : dict
        Which old id is which new one (an old id not in it was removed).

    Returns
    -------
    list of str
        ``news``, with every removed old id placed after the new id of the kept one that came
        before it in the old version (first, if none did), as a redline strikes it out.

    Examples
    --------
    >>> where_they_stood(["a", "c"], ["a", "b", "c"], {"a": "a", "c": "c"})
    ['a', 'b', 'c']
    >>> where_they_stood(["b"], ["a", "b"], {"b": "b"})
    ['a', 'b']
    """
    return [ident for _, ident in _placed(news, olds, kept)]


def _placed(news: list[str], olds: list[str], kept: dict[str, str]) -> list[tuple[bool, str]]:
    """``where_they_stood``, each id with whether it is a removed one (an id may be both)."""
    lead: list[tuple[bool, str]] = []
    after: dict[str, list[tuple[bool, str]]] = {}
    anchor = None
    for old in olds:
        if old in kept:
            anchor = kept[old]
        else:
            (after.setdefault(anchor, []) if anchor is not None else lead).append((True, old))
    out = list(lead)
    for new in news:
        out += [(False, new), *after.pop(new, [])]
    return out + [entry for rest in after.values() for entry in rest]


def _group_names(a, b, back: dict[str, str]) -> dict[str, str]:
    """Each competency's group name as the new version has it (the old one's if removed)."""
    names = {}
    for fw, comps in ((a, a.competency_records), (b, b.competency_records)):
        groups = {g.id: g.name for g in fw.group_records}
        for c in comps:
            if fw is b or c.id not in back.values():
                names[c.id] = groups.get(c.group or "", "")
    return names


def _group_heading(a, b, maps: dict, comp: str) -> tuple[str | None, str | None]:
    """The name of a competency's group in the old version and the new (None: not in it)."""
    back = {n: o for o, n in maps["group"].items()}
    names = [{g.id: g.name for g in fw.group_records} for fw in (a, b)]
    if comp in b.competency_ids:
        new_group = b.competency(comp).group or ""
        return names[0].get(back.get(new_group, "")), names[1].get(new_group)
    old_group = a.competency(comp).group or ""  # a removed competency: where it stood
    return names[0].get(old_group), names[1].get(maps["group"].get(old_group, ""))


def _group_texts(a, b, maps: dict, comp: str) -> tuple[str, str]:
    """The description of a competency's group in the old version and the new ("" if none)."""
    back = {n: o for o, n in maps["competency"].items()}
    old_comps = {c.id: c.group for c in a.competency_records}
    new_comps = {c.id: c.group for c in b.competency_records}
    old_group = old_comps.get(back.get(comp, comp))
    new_group = new_comps[comp] if comp in new_comps else maps["group"].get(old_group or "")
    if old_group is None and new_group:
        old_group = {n: o for o, n in maps["group"].items()}.get(new_group)
    return tuple(  # type: ignore[return-value]
        next((g.description or "" for g in fw.group_records if g.id == group), "")
        for fw, group in ((a, old_group), (b, new_group))
    )


def _notes(changes: pd.DataFrame):
    """What the margin says of each moved, split or merged statement, where it was and is."""
    from .changelog import _old_where, _where

    said: dict[tuple[str, str], str] = {}
    by_old = changes.groupby("old_id")["new_id"].nunique()
    for r in changes[changes["item"] == "indicator"].itertuples(index=False):
        if r.change in ("moved", "moved and reworded"):
            said["del", r.old_id] = f"Moved to {_where(r)}"
            said["ins", r.new_id] = f"Moved from {_old_where(r)}"
        elif r.change == "split":
            n = by_old.get(r.old_id, 0)
            said["del", r.old_id] = f"Split into {n} statements"
            said["ins", r.new_id] = f"Part of a statement split in {n}, from {_old_where(r)}"
        elif r.change == "merged":
            n = int((changes["new_id"] == r.new_id).sum())
            said["del", r.old_id] = f"Merged with {n - 1} more into one at {_where(r)}"
            said["ins", r.new_id] = f"Merged from {n} statements"
    return said


def _reading_order(entries: list, order_old: dict, order_new: dict) -> list:
    """A cell's entries as the new version reads, each deletion after what preceded it before.

    Kept statements (``same``) and insertions stand in the new order; a deletion follows the
    kept statement it followed in the old version (the first, if none did): a statement
    dragged up its cell is struck out where it was and inserted where it is.
    """
    news = [e for e in entries if e[0] != "del"]
    news.sort(key=lambda e: order_new.get(e[1]["new_id"], 0))
    olds = [e for e in entries if e[0] != "ins"]
    olds.sort(key=lambda e: order_old.get(e[1]["old_id"], 0))
    lead: list = []
    after: dict[int, list] = {}
    anchor = None
    for entry in olds:
        if entry[0] == "same":
            anchor = entry
        else:
            (after.setdefault(id(anchor), []) if anchor else lead).append(entry)
    out = list(lead)
    for entry in news:
        out.append(entry)
        if entry[0] == "same":
            out += after.get(id(entry), [])
    return out


def _maps(a, b, changes: pd.DataFrame) -> dict[str, dict[str, str]]:
    """Which old competency, level, group ... is which new one (by the matched statements)."""
    from . import _structure

    both = changes["old_id"].notna() & changes["new_id"].notna() & (changes["item"] == "indicator")
    return _structure.match(
        a, b, list(zip(changes["old_id"][both], changes["new_id"][both], strict=True))
    )


def _write(doc, a, b, changes: pd.DataFrame, tracker: _Tracker, author: str) -> None:
    rows = changes[changes["item"] == "indicator"].to_dict("records")
    maps = _maps(a, b, changes)
    said = _notes(changes)
    moves = changes[(changes["item"] == "competency") & (changes["change"] == "moved")]
    moved_comp = dict(zip(moves["new_id"], moves["note"].str.capitalize(), strict=True))
    edited = changes[(changes["item"] == "competency") & (changes["change"] == "changed")]
    for r in edited.itertuples():  # what the pages cannot show (a cell left undefined): a comment
        parts = [p[:1].upper() + p[1:] for p in r.note.split("; ") if not _STEM_NOTE.match(p)]
        moved_comp[r.new_id] = "; ".join(filter(None, (moved_comp.get(r.new_id), *parts)))
    cells: dict[tuple[str, str], list[tuple[str, dict]]] = {}
    placed: set[tuple[str, str]] = set()  # a split or merge has a row per part: place each once
    new_comp = {o: n for o, n in maps["competency"].items()}
    new_level = {o: n for o, n in maps["level"].items()}

    def put(comp, level, kind: str, row: dict) -> None:
        key = (kind, row["new_id"] if kind == "ins" else row["old_id"])
        if kind == "del":  # under the heading the old competency and level have now
            comp, level = new_comp.get(comp, comp), new_level.get(level, level)
        if key not in placed:
            placed.add(key)
            cells.setdefault((comp, level), []).append((kind, row))

    for row in rows:
        if row["change"] in _IN_PLACE:
            put(row["new_competency"], row["new_level"], "same", row)
            continue
        if isinstance(row["old_id"], str) and row["change"] != "added":
            put(row["old_competency"], row["old_level"], "del", row)
        if isinstance(row["new_id"], str) and row["change"] != "removed":
            put(row["new_competency"], row["new_level"], "ins", row)
    kept = {kind: set(maps[kind].values()) for kind in ("competency", "level")}
    comps = where_they_stood(list(b.competency_ids), list(a.competency_ids), maps["competency"])
    levels = where_they_stood(list(b.level_ids), list(a.level_ids), maps["level"])
    names = {}
    for kind in ("competency", "level"):
        before = {x.id: x.name for x in getattr(a, f"{kind}_records")}
        after = {x.id: x.name for x in getattr(b, f"{kind}_records")}
        back = {n: o for o, n in maps[kind].items()}
        names[kind] = {
            k: (before.get(back.get(k, "")) if k in kept[kind] else before.get(k), after.get(k))
            for k in (*after, *before)
            if k in after or k not in maps[kind]
        }
    order_old = {i.id: n for n, i in enumerate(a.indicator_records)}
    order_new = {i.id: n for n, i in enumerate(b.indicator_records)}
    polarity = {
        "del": {i.id: i.polarity for i in a.indicator_records},
        "ins": {i.id: i.polarity for i in b.indicator_records},
    }
    polarity["same"] = polarity["ins"]
    two_sides = any(i.polarity == "ineffective" for fw in (a, b) for i in fw.indicator_records)
    sides = dict(zip(("effective", "ineffective"), side_names(b), strict=True))
    back = {kind: {n: o for o, n in maps[kind].items()} for kind in ("competency", "level")}
    group_of = _group_names(a, b, back["competency"])
    # a group's competencies together, as the documents show them: one added at the foot of
    # the list (or a removed one, after its old neighbour) stands in its group, not under it
    # again
    first: dict[str, int] = {}
    for comp in comps:
        first.setdefault(group_of.get(comp, ""), len(first))
    comps.sort(key=lambda c: first[group_of.get(c, "")])
    said_level: set[str] = set()
    gone = gone_groups(a, maps, {_group_heading(a, b, maps, c)[0] for c in comps})
    before = struck_before(a, comps, group_of, back["competency"], gone)  # a folded group
    group, last = None, None  # the last group heading's old name (None: none yet, or new)
    for comp in comps:
        if group_of.get(comp, "") != group:
            group = group_of.get(comp, "")
            if group:
                was, now = _group_heading(a, b, maps, comp)
                strike_groups(doc, tracker, gone.pop(last, []))  # where they stood
                last = was
                if was == now:
                    doc.add_heading(group, level=1)
                else:  # a group renamed, added or removed: its name tracked, as a level's is
                    para, note = _heading(doc, tracker, 1, was, now)
                    _comment(doc, para, note, author)
                _described(doc, tracker, *_group_texts(a, b, maps, comp))
        strike_groups(doc, tracker, before.get(comp, []))
        depth = 2 if any(group_of.values()) else 1
        para, note = _heading(
            doc, tracker, depth, *names["competency"][comp], moved_comp.get(comp, "")
        )
        _comment(doc, para, note, author)
        was, now = (
            fw.competency(c).description if c in fw.competency_ids else ""
            for fw, c in ((a, back["competency"].get(comp, comp)), (b, comp))
        )
        _described(doc, tracker, was, now)
        shown = [lv for lv in levels if (comp, lv) in cells]
        came, went = (name is None for name in names["competency"][comp])
        for lv in shown:
            was, now = names["level"][lv]  # a competency added or removed: its levels with it
            para, note = _heading(
                doc, tracker, depth + 1, None if came else was, None if went else now
            )
            if lv not in said_level and note:  # a renamed level said once, where shown renamed
                said_level.add(lv)
                _comment(doc, para, note, author)
            was_at = (back["competency"].get(comp, comp), back["level"].get(lv, lv))
            stems = {s: (a.stem_for(*was_at, s), b.stem_for(comp, lv, s)) for s in SIDES}
            # one stem of both sides (in both versions) stands over both; else each side's own
            shared = not two_sides or stems["effective"] == stems["ineffective"]
            if shared:
                _stem(doc, tracker, *stems["effective"])

            def side(entry) -> str:
                kind, row = entry
                key = row["old_id"] if kind == "del" else row["new_id"]
                return polarity[kind].get(key, "effective")

            heard = None
            placed = _reading_order(cells[(comp, lv)], order_old, order_new)
            for kind, row in sorted(placed, key=lambda e, side=side: side(e) == "ineffective"):
                if two_sides and side((kind, row)) != heard:
                    heard = side((kind, row))
                    label = doc.add_paragraph()
                    label.add_run(sides[heard]).bold = True
                    label.paragraph_format.keep_with_next = True
                    if not shared:
                        _stem(doc, tracker, *stems[heard])
                para = doc.add_paragraph(style="List Bullet")
                notes = row.get("old_statement_note"), row.get("new_statement_note")
                if kind == "same":
                    _reworded(tracker, para, row["old_text"], row["new_text"])
                    _noted(tracker, para, *notes)
                    if (notes[0] or "") != (notes[1] or ""):
                        _comment(doc, para, NOTE_CHANGED, author)
                    continue
                text = row["old_text"] if kind == "del" else row["new_text"]
                tracker.run(para, kind, text)
                _noted(tracker, para, *notes, kind)
                tracker.paragraph(para, kind)
                _comment(
                    doc,
                    para,
                    said.get((kind, row[f"{'old' if kind == 'del' else 'new'}_id"]), ""),
                    author,
                )
            kept_at = not went and lv in b.level_ids and lv in (b.competency(comp).levels or [lv])
            if kept_at and all(kind == "del" for kind, _ in placed):
                # every statement gone, the level kept: what the new version prints there
                blank = any(u.level == lv for u in b.competency(comp).undefined)
                para = doc.add_paragraph()
                tracker.run(para, "ins", NOT_DEFINED if blank else NONE)
                tracker.paragraph(para, "ins")
    strike_groups(doc, tracker, gone.pop(last, []))
    for rest in gone.values():  # after a group that printed no heading (it has no competency)
        strike_groups(doc, tracker, rest)
