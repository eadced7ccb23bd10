"""Read a Word, PDF or text document into a draft framework: reader, labels, layout, regions.

The reader for the file's kind gives labelled regions (:mod:`compkit.ingest.blocks`); the label
slots are classified (:mod:`compkit.ingest.labels`); the layout is named from them and the regions
are read into the :class:`~compkit.ingest.draft.Draft` (:mod:`compkit.ingest.outline`). Every
decision goes into the report with its reason and confidence.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import replace
from pathlib import Path

from .._words import plural_form
from .blocks import Document, clean, numbered_heading, unbulleted, wrapped
from .cellheadlines import cell_headlines
from .describedtables import apply_descriptions
from .draft import Draft
from .emptylevels import add_noted_levels, settle_empty_levels, text_marks
from .glancegroups import column_groups
from .gradecolumns import roles_only
from .hintcheck import check_layout_hint, check_polarity_label
from .labels import classify
from .levelheads import drop_level_codes, rename, repeated_levels
from .levelhint import fold_unnamed_levels, named_slot
from .levelorder import rank_lowest_first
from .levelprose import described_levels
from .leveltables import table_levels
from .markedcomps import rank_marked_competencies
from .namemarks import footnote_marks
from .onepage import one_competency
from .openings import level_openings
from .outline import layout_of, read_regions
from .polarity import side_suffixes, unread_hint
from .prose import level_sentences
from .report import IngestReport
from .rolegrids import role_grids
from .scalecolumns import scale_grids
from .sharedsections import shared_sections
from .straysections import fold_around_strays, strays_aside
from .sublevels import sub_levels
from .tablecaptions import table_captions
from .tiers import ladder_tier, level_tier, scale_heading, split_level_titles
from .tworeadings import joined, table_lines
from .wordpages import embedded_page

__all__ = ["read_document", "read_into"]

_KIND_NAMES = {"docx": "Word document", "pdf": "PDF", "text": "text"}


def read_document(path: Path, kind: str, draft: Draft, hints: dict) -> dict:
    """Read ``path`` (docx, pdf or text) into ``draft``; return what it says of itself.

    A document with tables *and* more text outside them (headings, lists) than in them is read
    both ways -- as a whole, and with its tables left out -- and the reading that holds twice
    the statement text is kept: a page whose contents table ("Level | Senior | Position")
    sits above the real framework in headings and lists is read from the lists, and the
    report says why. A text with tables and text around them is read both ways too, and the
    readings joined when each sets levels of its own (:mod:`.tworeadings`). The
    ``headings-lists`` layout hint reads the text outside tables only; ``level-columns``
    needs a table.
    """
    doc = _read(path, kind, hints)
    name = "OpenDocument text" if path.suffix.lower() == ".odt" else _KIND_NAMES[kind]
    kind = "text" if kind == "docx" and doc.kind == "text" else kind  # a page Word wraps
    tables = any(r.in_table for r in doc.regions)
    outside = any(not r.in_table and r.paras for r in doc.regions)
    layout = hints.get("layout")
    if layout == "level-columns" and not tables and doc.structure != "flattened tables":
        from .limits import IngestError

        raise IngestError(
            path, "layout 'level-columns' reads tables, and this document has none; "
            "try layout 'headings-lists'"
        )  # fmt: skip
    if layout == "headings-lists" and tables:
        doc = _outside_tables(doc)
    elif tables and outside and layout is None and ((more := _outside_more(doc)) or kind == "text"):
        return _better_reading(kind, doc, draft, hints, choose=more)  # or a track each
    return read_into(doc, draft, hints, kind_name=name)


def _better_reading(kind: str, doc: Document, draft: Draft, hints: dict, *, choose: bool) -> dict:
    """Read ``doc`` whole and without tables; join (.tworeadings) or keep one, ``choose`` said."""
    from .limits import IngestError

    name = _KIND_NAMES[kind]
    readings, errors = [], []
    # read_into changes the document it reads: the second reading gets a copy, not a re-read
    text_only, tables = _outside_tables(copy.deepcopy(doc)), table_lines(doc)
    for trial_doc in (doc, text_only):
        trial = Draft(IngestReport(draft.report.file))
        try:
            info = read_into(trial_doc, trial, hints, kind_name=name)
        except IngestError as error:
            if not choose and trial_doc is doc:
                raise
            errors.append(error)
            continue
        readings.append((sum(len(st.text) for st in trial.statements), trial, info))
    if not readings:
        raise errors[0]
    if len(readings) == 1:
        _adopt(draft, readings[0][1])
        return readings[0][2]
    (held, whole, info), (held_text, text, other) = readings
    if kind == "text" and (both := joined(whole, text, tables)) is not None:  # a track each
        _adopt(draft, both)
        return info
    if not choose or held_text < 2 * held:
        _adopt(draft, whole)
        role_grids(doc.regions, draft)  # a grid of levels by role and competency: roles
        return info
    _adopt(draft, text)
    role_grids(doc.regions, draft)  # a grid of levels by role and competency: role profiles
    draft.report.add(
        "guess",
        f"the tables read as no statements: the text outside them holds {held_text:,} "
        f"characters of statements ({len(text.statements)}), the tables {held:,} "
        f"({len(whole.statements)}); give layout 'level-columns' to read the tables",
        0.6,
    )
    return other


def _check_slot_hints(doc: Document, hints: dict, file: str) -> None:
    """Refuse a level_from / competency_from that names no kind of label of the document."""
    from .limits import IngestError

    slots = list(dict.fromkeys(lb.slot for r in doc.regions for lb in r.labels))
    if hints.get("text_from"):
        raise IngestError(
            file, "text_from names a spreadsheet column; a document's statements are its "
            "paragraphs and list items (give level_from or competency_from instead)"
        )  # fmt: skip
    for hint in ("level_from", "competency_from"):
        given = hints.get(hint)
        if given and given not in slots:
            raise IngestError(
                file,
                f"{hint} {given!r} names no kind of label in this document; its labels are: "
                + (", ".join(repr(s) for s in slots) or "none"),
            )


def _outside_more(doc: Document) -> bool:
    """More characters of paragraphs outside the document's tables than in them."""
    held = [sum(len(p.text) for p in r.paras) * (1 - 2 * r.in_table) for r in doc.regions]
    return sum(held) > 0


def _read(path: Path, kind: str, hints: dict) -> Document:
    if kind == "docx":
        from .wordfile import read_docx

        page = embedded_page(path)
        if page is not None:
            return _wrapped_page(path, page)
        doc = read_docx(path)
        if any(n[1].startswith("read from compkit's own marks") for n in doc.notes):
            doc.notes.extend(rank_marked_competencies(doc, doc.meta.get("competency_term")))
        return doc
    if kind == "pdf":
        from .pdffile import read_pdf

        return read_pdf(path, levels=hints.get("levels"), negative=hints.get("negative"))
    from .textfile import read_text

    doc = read_text(path)
    add_noted_levels(doc, text_marks(path, doc))  # compkit's Markdown or web page
    return doc


def _wrapped_page(path: Path, page: str) -> Document:
    """Read the web page a Word document wraps whole (:mod:`.wordpages`), said in the notes."""
    import tempfile

    from .limits import IngestError
    from .textfile import read_text

    with tempfile.TemporaryDirectory() as folder:
        html = Path(folder) / f"{path.stem}.html"
        html.write_text(page, encoding="utf-8")
        try:
            doc = read_text(html)
        except IngestError as e:
            raise IngestError(path, f"the web page it embeds (altChunk): {e.reason}") from None
    doc.notes.insert(
        0,
        (
            "guess",
            "the document's body is a web page embedded whole (altChunk), with no Word "
            "paragraphs of its own: read as that page, its lines counted in the page",
            0.8,
        ),
    )
    return doc


def _outside_tables(doc: Document) -> Document:
    """The document without its tables' regions (their text is reported unused)."""
    regions = [r for r in doc.regions if not r.in_table]
    kept = {lb.slot for r in regions for lb in r.labels}
    slots = {k: v for k, v in doc.slots.items() if v in kept}
    structure = doc.structure if doc.structure in ("outline", "") else "outline"
    return replace(doc, regions=regions, slots=slots, structure=structure)


def _adopt(draft: Draft, trial: Draft) -> None:
    """Make ``draft`` (and its report) what ``trial`` read."""
    report = draft.report
    vars(report).update({k: v for k, v in vars(trial.report).items() if k != "file"})
    vars(draft).update({k: v for k, v in vars(trial).items() if k != "report"})


def read_into(doc: Document, draft: Draft, hints: dict, *, kind_name: str = "document") -> dict:
    """Classify a read document's labels and read its regions into ``draft``."""
    report = draft.report
    draft.one_side_stems = doc.one_side_stems
    for name in doc.level_names:
        draft.level_names[clean(name).casefold()] = clean(name)
    if marks := footnote_marks(doc):  # "### Visual Design*" beside "### Visual Design"
        report.add("repair", marks[0], 0.8, marks[1])
    for said in filter(None, (split_level_titles(doc), table_captions(doc))):  # level titles
        report.add("guess", said, 0.8)
    drop_level_codes(doc, draft)
    scale_grids(doc)  # a scale, then a grid headed by its levels: the scale describes them
    if sides := side_suffixes(doc.regions):  # "DIRECTOR - Effective Behaviours": "DIRECTOR"
        rename(doc, sides[0])
        report.add("guess", sides[1], 0.75)
    _check_slot_hints(doc, hints, report.file)
    decision = _classify(doc, hints)
    if not (hints.get("levels") or hints.get("level_from") or "level" in doc.slots):
        # two tiers of headings, one repeating under the other: which is the levels
        tier = level_tier(doc, current=decision.slot_of("level"))
        if tier is None and decision.slot_of("level") is None:
            tier = ladder_tier(doc)
        if tier is not None and decision.kinds.get(tier[0]) != "polarity":  # never levels
            doc.slots["level"], doc.slot_reasons["level"] = tier[0], tier[1:]
            decision = _classify(doc, hints)
    known = doc.level_names if "level" in doc.slots else None  # a reader's own (role ladders)
    if said := strays_aside(doc, decision, hints.get("levels") or known):  # "Using This Matrix"
        report.add("guess", said, 0.7)
    if not hints.get("competency_from"):
        scale_heading(doc, decision)  # "Proficiency Level" over the levels: no competency
        if said := one_competency(doc, decision):  # a page per competency, "Overdoing ..."
            report.add("guess", said, 0.7)
    for kind, slot in doc.slots.items():
        if hints.get(f"{kind}_from") is None and decision.kinds.get(slot) == kind:
            plain = (f"the structure of the {doc.structure}", 0.95)
            decision.reasons[slot] = doc.slot_reasons.get(kind, plain)
    if said := sub_levels(doc, decision):  # "### Readiness check" under a level, its table
        report.add("guess", said, 0.6)
    repeated_levels(doc, decision, draft)
    doc.notes += shared_sections(doc, decision.slot_of("level"), decision.slot_of("competency"))
    layout, why = layout_of(doc, decision)
    given = hints.get("layout")
    check_layout_hint(report.file, given, layout)
    if given and given != layout:
        report.add("guess", f"layout {given!r} given; the document reads as {layout!r}", 0.5)
    report.layout = layout
    article = "an" if kind_name[:1].lower() in "aeiou" else "a"  # "an OpenDocument text"
    report.reasons.append(f"{article} {kind_name} read as {doc.structure or 'paragraphs'}; {why}")
    for slot, kind in decision.kinds.items():
        reason, confidence = decision.reasons[slot]
        report.add(
            "guess",
            f"labels of the {slot!r} kind read as {plural_form(kind)}: {reason}",
            confidence,
        )
    if hints.get("levels"):
        for rank, name in enumerate(hints["levels"], 1):
            draft.level(name, rank=rank)
        fold_around_strays(doc, decision, lambda d, s: fold_unnamed_levels(d, s, draft))
    elif doc.level_names:
        report.add(
            "guess",
            f"level order taken from {doc.level_order}: " + ", ".join(doc.level_names),
            0.8,
        )
        for rank, name in enumerate(doc.level_names, 1):
            draft.level(name, rank=rank)
    if said := level_sentences(doc, decision):  # the scale's words under every competency
        report.add("guess", said, 0.7)
    if opened := level_openings(doc, decision):  # "Entry-level engineers execute ..." over a list
        report.add("guess", opened[0], 0.7, opened[1])
    if titled := cell_headlines(doc, decision):  # a level's title in its cell, over its list
        report.add("guess", titled[0], 0.7, titled[1])
    read_regions(doc, decision, draft, blank_cells=hints.get("blank_cells", "empty"))
    told = hints.get("negative")
    check_polarity_label(report.file, told, (lb.text for r in doc.regions for lb in r.labels))
    if told and not any(s.polarity == "ineffective" for s in draft.statements):
        why = unread_hint(doc.regions, decision.kinds, told)  # a label here, read otherwise
        if why is not None:
            from .limits import IngestError

            raise IngestError(report.file, why)
    filled = {s.level for s in draft.statements} | {u[1] for u in draft.undefined}
    if hints.get("levels") and not filled & {draft.find("level", n) for n in hints["levels"]}:
        from .limits import IngestError

        raise IngestError(
            report.file,
            "none of the levels given (" + ", ".join(repr(n) for n in hints["levels"]) + ") "
            "heads a statement in this document; expected the level names as the document "
            "prints them (a heading, a column or row header, a bold label)",
        )
    roles_only(doc, draft.statements, report.file)  # grade lines and nothing else: refused
    settle_empty_levels(doc, draft, filled)  # a draft's level kept, others left out
    _lowest_first(draft)
    for name, needs in doc.roles.items():
        for comp, level in needs.items():
            ckey = draft.find("competency", (numbered_heading(comp) or ("", 0, comp))[2])
            lkey = draft.find("level", level) if level else None
            if ckey is None or (level and lkey is None):
                report.add(
                    "unused",
                    f"role {name!r}: {comp!r} at {level!r} matches no cell",
                    0.5,
                    doc.role_source,
                )
                continue
            draft.role(name, ckey, lkey, doc.role_source)
    apply_descriptions(doc, draft, report)  # "Role | Description" tables
    draft.introduction = [(unbulleted(p.text), p.source) for p in wrapped(doc.introduction)]
    draft.introduction += draft.introduction_extra
    for name, text, source in doc.values:  # a data file's values list (.freevalues)
        draft.value(None, name, source, description=text)
    _leading_text(draft)
    described_levels(draft)  # "FOUNDATION – Staff at this level ..." paragraphs
    table_levels(doc, draft, decision.kinds)  # "Level | Title | Scope": a row per level
    column_groups(doc, draft)  # an overview table: clusters as columns over competencies
    said = Counter((n[0], n[1], repr(tuple(n[3:]))) for n in doc.notes)  # per table: said once
    for kind, message, confidence, *src in doc.notes:
        if (n := said.pop((kind, message, repr(tuple(src))), 0)) > 0:
            report.add(kind, message + (f" ({n} times)" if n > 1 else ""), confidence, *src[:1])
    numbered = [lv.name for lv in draft.levels.values() if lv.name.startswith("Level ")]
    if numbered and doc.structure == "flattened tables":
        report.add("guess", f"bare level numbers named {', '.join(numbered)}", 0.8)
    title = clean(doc.title.text) if doc.title is not None else None
    titles = {s for s, kind in decision.kinds.items() if kind == "title"}
    if title is None and titles:  # of several labels above everything, the outermost
        title = min(
            (
                (k, lb.text)
                for r in doc.regions
                for k, lb in enumerate(r.labels)
                if lb.slot in titles
            ),
            key=lambda x: x[0],
        )[1]
    return {
        "title": title,
        "organisation": clean(doc.subtitle.text) if doc.subtitle is not None else None,
        "competency_term": _term(decision, doc),
        "organisation_from": "front matter" if "organisation" in doc.meta else "subtitle",
    } | doc.meta


def _classify(doc: Document, hints: dict):
    named = hints.get("levels") and not hints.get("level_from")
    return classify(
        doc.regions,
        listed=doc.level_names,
        # levels named in the hint find their own slot: the reader's reading yields to them
        level_from=hints.get("level_from")
        or (named_slot(doc, hints["levels"]) if named else doc.slots.get("level")),
        competency_from=hints.get("competency_from") or doc.slots.get("competency"),
        levels=hints.get("levels"),
        negative=hints.get("negative"),
    )


def _term(decision, doc: Document) -> str:
    slot = decision.slot_of("competency") or ""
    word = slot.split()[0].lower() if slot.endswith(" N:") else ""
    return (
        word if word in ("competency", "cluster", "domain", "skill", "capability") else "competency"
    )


def _leading_text(draft: Draft) -> None:
    """Headings with text but no statements before the first competency: the introduction."""
    filled = {s.competency for s in draft.statements} | {u[0] for u in draft.undefined}
    for key in list(draft.competencies):
        if key in filled:
            break
        comp = draft.competencies.pop(key)
        draft.introduction.append((comp.name, comp.source))
        said = {clean(t): src for t, src in comp.said}  # each paragraph where it stands
        draft.introduction += [
            (t, said.get(clean(t), comp.source)) for t in comp.description.split("\n\n") if t
        ]
        draft.report.add(
            "guess",
            f"heading {comp.name!r} and its text read as part of the introduction",
            0.7,
            comp.source,
        )


def _lowest_first(draft: Draft) -> None:
    """Rank levels printed highest first from the lowest (:mod:`.levelorder`), reported."""
    if not any(lv.rank is not None for lv in draft.levels.values()):
        rank_lowest_first(draft, list(draft.levels))
