"""Read a document's labelled regions as a framework: the Word, PDF and text layouts.

Once :func:`compkit.ingest.labels.classify` has said which labels are levels, competencies,
groups and polarity, each region is read by what its labels make it: a **cell** (a competency
and a level: its statements), a **competency's text** (a competency, no level: its description
and "VALUES:" line), a **level's text** (a level description) -- or text that fits nowhere,
which the report lists. The three document layouts differ only in where the labels sit:

- ``level-columns``: tables with a column per level (Children in Scotland), or a row per level;
- ``headings-lists``: headings and numbered or bulleted lists (WSX Mind, Markdown, PDF);
- ``effective-ineffective``: tables whose columns are effective | ineffective behaviours.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .asidecomps import only_aside
from .aspectleads import aspect_leads
from .blocks import (
    Document,
    Label,
    Para,
    Region,
    atx_heading,
    clean,
    file_name_title,
    marker,
)
from .cellnotes import cell_notes
from .cells import examples_note, lead_note, split_cell
from .compnames import competency_name, describe, group_name, numbered_names, table_lead_in
from .draft import Draft, Statement
from .groupprose import keep_group_prose, note_group_prose
from .labels import Decision
from .leftover import report_leftovers
from .levelcolumns import describes_levels
from .levelnames import special_column
from .levelnumbers import bare_level_names, keep_numbers
from .prose import (
    defines_levels,
    describe_level,
    listed_competency,
    named_by_levels,
    prose_beside_levels,
    role_list,
    tell_prose,
)
from .readinglists import read_under, reading_list
from .shallowcomps import off_rank_competency, shallow_heads
from .taglines import keep_tagline, tagline_of
from .trackgroups import ungroup_tracks
from .valuelines import take_values

__all__ = ["layout_of", "read_regions"]

_MARKED = re.compile(r"\s*\((ineffective|negative)\)$", re.IGNORECASE)


def layout_of(doc: Document, decision: Decision) -> tuple[str, str]:
    """Name the document layout and say why."""
    kinds = decision.kinds
    level_slot = decision.slot_of("level")
    if doc.structure == "front matter" or doc.structure.endswith(" data file"):
        said = "the YAML front matter holds competencies, levels and statements"
        return "front-matter", doc.slot_reasons.get("layout", (said,))[0]  # a data file's own
    if "polarity" in kinds.values():
        return "effective-ineffective", "column or heading labels name effective / ineffective"
    if level_slot in ("column header", "row header"):
        where = "tables" if doc.structure != "flattened tables" else "flattened tables (text)"
        return "level-columns", f"{where} with a {level_slot} per level"
    return "headings-lists", f"{doc.structure or 'outline'}: levels from {level_slot or 'no slot'}"


def _blank_separated(regions: list[Region]) -> bool:
    """True when statements are separated by blank lines (so a line under a line continues it)."""
    blank = close = 0
    for region in regions:
        for p in region.paras[1:]:
            number, bullet, _ = marker(p.text)
            if number is None and not bullet and p.number is None and not p.bullet:
                blank += p.blank_before
                close += not p.blank_before
    return blank > 0 and blank >= close


def read_regions(doc: Document, decision: Decision, draft: Draft, *, blank_cells: str) -> None:
    """Fill ``draft`` from the document's regions (see the module docs)."""
    kinds = decision.kinds
    has_levels = "level" in kinds.values()
    sided = "polarity" in kinds.values()
    lines = doc.kind in ("text", "pdf")
    blank_sep = lines and _blank_separated([r for r in doc.regions if r.in_table])
    used: set[str] = set()
    pairs: dict[tuple, dict[str, list[int]]] = {}
    sections: dict[str, list[tuple[Region, bool]]] = {}  # beside the levels; ahead?
    told: set[str] = set()
    examples: list = []  # statements with examples nested under them (cells.split_cell)
    group_prose: dict[str, tuple] = {}  # a cluster's paragraph under its heading
    grouped: dict[str, dict[str, dict]] = {}  # competency: the groups it stands under
    if said := aspect_leads(doc, decision):  # "Knowledge & Experience:" under every level
        draft.report.add("guess", said, 0.7)
    whole = _whole_competency(doc, decision, draft)
    numbered = numbered_names(doc.regions, decision.slot_of("competency"))
    shallow = shallow_heads(doc.regions, decision)  # competencies one rank up
    level_numbers = bare_level_names(doc, decision, draft)  # "1 - Understand": "Understand"
    for region in doc.regions:
        if reading_list(draft, region, doc.regions, told):  # "Additional reading": titles, links
            used.update([*region.labels[-1].key.split(), *(p.key for p in region.paras)])
            continue
        found = {k: None for k in ("level", "competency", "group", "polarity")}
        special = header = None
        for lb in region.labels:
            kind = kinds.get(lb.slot)
            if special_column(lb.text) and kind in ("level", "polarity", "other"):
                special, header = special_column(lb.text), lb
            elif kind in found:
                found[kind] = lb
            elif kind == "title" and lb.text not in decision.untitled:  # the framework's title
                used.update(lb.key.split())
        comp, listed = read_under(region, found["competency"])  # "Consulting", not "Reading"
        level = found["level"]
        if describes_levels(draft, header if special else comp, level, region, used):  # "Scope"
            continue
        aside = level is not None and level.text in decision.aside  # "Promotion Process"
        if aside and not prose_beside_levels(level, region, decision, doc.regions):
            if region.paras:  # after "L3: Senior Engineer": advice beside the levels, reported
                ahead = not (draft.statements or region.in_table)  # the introduction's
                sections.setdefault(level.text, []).append((region, ahead))
            used.update([*(k for lb in region.labels for k in lb.key.split()),
                         *(p.key for p in region.paras)])  # fmt: skip
            continue
        if level is not None and (region.describes_level or defines_levels(region, level, kinds)):
            describe_level(draft, level, region, used, told=told)
            used.update(k for lb in region.labels for k in lb.key.split())
            continue
        comp = named_by_levels(comp, level, doc.regions, draft=draft, told=told)
        if level and not special and prose_beside_levels(level, region, decision, doc.regions):
            level, comp = None, comp or whole  # "Introduction" beside "Level 1": prose
            if comp is not None:
                describe(draft, draft.competency(comp.text, comp.where), region.paras, used)
                tell_prose(draft, found["level"], comp)
                used.update([*comp.key.split(), *found["level"].key.split()])
                continue
        if comp is None and whole is not None and level is not None and not special:
            comp = whole
        if comp is None and not special:  # "VALUES AND ETHICS" over its list, no "Analysis"
            comp = listed_competency(draft, region, decision, doc.regions)
        inner = region.labels[-1] if region.labels else None
        if comp is None and level is None and inner and (inner.slot, inner.text) in shallow:
            comp = inner  # a competency one rank up: its own text, before its levels
        if comp is None and level is not None and not special:  # a heading one rank off
            comp = off_rank_competency(draft, region, level, decision, doc.regions)
        if comp is None:
            note_group_prose(group_prose, found["group"], level, region)
            if level is not None and region.paras and not special:
                describe_level(draft, level, region, used)
            elif level is None and not draft.statements and not region.in_table:
                heads = [
                    Para(lb.text, lb.where, key=lb.key)
                    for lb in region.labels[-1:]
                    if kinds.get(lb.slot) != "title"
                ]
                doc.introduction.extend(h for h in heads if h not in doc.introduction)
                doc.introduction.extend(region.paras)
            continue
        group = group_name(found["group"]) if found["group"] else None
        name, number = competency_name(comp, numbered)
        name, tagline = tagline_of(name)  # "VALUES AND ETHICS — Serving through ...": a tagline
        ckey = draft.competency(name, comp.where, number=number, group=group[0] if group else None)
        if tagline:
            keep_tagline(draft, ckey, tagline, comp.where)
        if group is not None:  # where the group's heading stands, and its number
            gkey = clean(group[0]).casefold()  # the draft's key: "People" and "people" are one
            named = draft.groups[gkey]
            named.source = named.source or found["group"].where | group[1]
            grouped.setdefault(ckey, {})[gkey] = found["group"].where
        used.update(comp.key.split())
        if found["group"]:
            used.update(found["group"].key.split())
        inner = region.labels[-1]
        if holds := inner.text in decision.holding and not region.in_table:  # "Key Behaviors"
            used.update(inner.key.split())
        holds = holds or special == "description"  # "Definition": the competency's description
        if level is None and inner is not comp and kinds.get(inner.slot) == "other" and not holds:
            if region.paras:  # a section ("Training"), reported once per name
                sections.setdefault(inner.text, []).append((region, False))
            used.update([*inner.key.split(), *(p.key for p in region.paras)])
            continue
        if special == "description" or (
            # a competency's own text, before its levels or its sides ("We will", "We will not")
            level is None
            and (has_levels or sided)
            and not found["polarity"]
            and not region.in_table
            and not listed
        ):
            describe(draft, ckey, table_lead_in(draft, region, doc.regions, used), used)
            used.update(inner.key.split() if special == "description" else ())  # its header
            continue
        if special == "roles":
            for p in region.paras:
                for name in re.split(r"[;,\n]", p.text):
                    if clean(name):
                        draft.role(clean(name), ckey, None, p.source)
                used.add(p.key)
            continue
        if level is not None and clean(level.text).casefold() == decision.negative:
            # the polarity hint names a heading among the levels ("Watch outs")
            if level.text not in told:
                told.add(level.text)
                draft.report.add(
                    "guess",
                    f"statements under {level.text!r} read as ineffective, at all levels "
                    "(the polarity hint)",
                    0.8,
                    level.where,
                )
            used.update(level.key.split())
            found["polarity"], level = level, None
        if level is None:
            lkey = draft.level("All levels")
        else:
            lkey = draft.level(level.text, level.where)
            used.update(level.key.split())
            for role in level.roles:
                draft.role(role, ckey, lkey, level.where)
        polarity = decision.side(found["polarity"].text) if found["polarity"] else "effective"
        if found["polarity"]:
            used.update(found["polarity"].key.split())
        roles = role_list(region.paras)
        for p in roles:  # "Roles that require this skill:" and the roles listed under it
            if p is not roles[0]:
                draft.role(marker(p.text)[2], ckey, None, p.source)
            used.add(p.key)
        if roles:
            region = replace(region, paras=[p for p in region.paras if p not in roles])
        defined = [p for p in region.paras if _DEFINITION.match(clean(p.text))]
        for p in defined:  # "Definition: Produces high-quality results.": what it means, said
            if clean(p.text) not in draft.competencies[ckey].description:
                draft.describe(ckey, p.text, p.source)
            used.add(p.key)
        if defined:
            region = replace(region, paras=[p for p in region.paras if p not in defined])
            if not region.paras:  # the definition alone (its table follows): no blank cell
                continue
        asides = [p for p in region.paras if p.aside]
        if asides and level is not None:  # "**Experience: typically 2 years.**": the level's
            named = draft.levels[lkey]
            for p in asides:
                if clean(p.text) not in named.description:
                    named.description = f"{named.description}\n\n{clean(p.text)}".strip()
                    named.said.append((clean(p.text), p.source))
                used.add(p.key)
            region = replace(region, paras=[p for p in region.paras if not p.aside])
            if not any(clean(p.text) for p in region.paras):  # the level's words alone
                draft.undefined.append((ckey, lkey, "only the level's description", None, {}))
                where = f'the {named.name} "{draft.competencies[ckey].name}" cell'
                draft.report.add(
                    "undefined", f"{where} holds only its level's description: recorded as "
                    "undefined", 0.7, asides[0].source,
                )  # fmt: skip
                continue
        lead = next((p for p in region.paras if clean(p.text)), None)
        if lead is not None and lead.describes:  # "*Area of ownership*" under "**Scope**"
            if clean(lead.text) not in draft.competencies[ckey].description:
                draft.describe(ckey, lead.text, lead.source)
            used.add(lead.key)
            region = replace(region, paras=[p for p in region.paras if p is not lead])
        made = _cell(
            draft, region, ckey, lkey, polarity or "effective", lines, blank_sep, blank_cells, used,
            examples,
        )  # fmt: skip
        if found["polarity"] and region.pair is not None:
            pairs.setdefault(region.pair, {}).setdefault(polarity, []).extend(made)
    keep_numbers(draft, level_numbers)
    keep_group_prose(draft, doc, group_prose, used)
    if tracks := ungroup_tracks(draft, grouped):  # "## IC track": over levels, not a group
        doc.notes.append(tracks)
    for sides in pairs.values():
        good, bad = sides.get("effective", []), sides.get("ineffective", [])
        if len(good) == 1 and len(bad) == 1:
            draft.statements[bad[0]].mirrors = good[0]
    draft.report.notes += examples_note(examples)  # "Owns quality" over "e.g. sets standards"
    report_leftovers(doc, draft, sections, used)  # ahead of the levels: the introduction


def _whole_competency(doc: Document, decision: Decision, draft: Draft) -> Label | None:
    """The one competency of a document whose labels name levels and nothing else.

    A job ladder ("Engineer I", "Engineer II", "Senior Engineer") describes each level with no
    competencies: its statements are read into one competency, named after the document's
    title (else its file), and the report says so.
    """
    kinds = set(decision.kinds.values())
    if "level" not in kinds or ("competency" in kinds and not only_aside(doc, decision)):
        return None
    titled = [lb for r in doc.regions for lb in r.labels if decision.kinds.get(lb.slot) == "title"]
    if doc.title is None and len({lb.text for lb in titled}) == 1:  # "# Engineering Roles"
        doc = replace(doc, title=Para(titled[0].text, titled[0].where))
    if doc.title is not None:
        head = atx_heading(clean(doc.title.text))
        name = head[1] if head else clean(doc.title.text)
        where, key = doc.title.source, ""
    else:
        stem = draft.report.file.rsplit(".", 1)[0]
        name, where, key = file_name_title(stem), {}, ""
    draft.report.add(
        "guess",
        f"no labels name competencies: every statement read into one competency, {name!r}"
        + (" (named after the document's title" if doc.title is not None else "")
        + (f" (named after the file name {stem!r}" if doc.title is None else "")
        + "; rename it, or give competency_from)",
        0.4 if doc.title is not None else 0.3,
        where,
    )
    return Label(name, "document", tuple(where.items()), key=key)


#: A paragraph that says what the competency means, by its label: a description.
_DEFINITION = re.compile(r"^(?:Definition|Description|Overview|Purpose)\s*[:–—]\s*\S", re.I)


def _cell(
    draft, region, ckey, lkey, polarity, lines, blank_sep, blank_cells, used, examples
) -> list[int]:
    paras, notes = cell_notes(region.paras)  # "Note: ...": the publisher's, not a statement
    paras = take_values(draft, ckey, paras, used)  # "Core values: A & B": its values
    items, stem, undefined = split_cell(  # with the level names: "Same as Senior" refers
        paras, lines=lines, blank_separated=blank_sep, leads=True, levels=draft.levels
    )
    comp, level = draft.competencies[ckey].name, draft.levels[lkey].name
    where = f'the {level} "{comp}" cell'
    for note in notes:
        draft.report.add(
            "unused",
            f"{clean(note.text)!r} in {where} is a note, not a statement",
            0.7,
            note.source,
        )
        used.add(note.key)
    for k, item in enumerate(items):
        if item.lead is not None:  # "Taking ownership of your mistakes means:", mid-cell
            draft.report.add(
                "unused", lead_note(item.lead, items[k:], where), 0.6, item.lead.source
            )
            used.add(item.lead.key)
    if undefined is not None:
        words, para = undefined
        draft.undefined.append(
            (ckey, lkey, words, None if polarity == "effective" else polarity, _src(para.source))
        )
        draft.report.add(
            "undefined", f"{where} reads {words!r}: recorded as undefined", 0.9, para.source
        )
        used.add(para.key)
        return []
    if not items:
        used.update(p.key for p in region.paras)  # "(none)", if anything
        if blank_cells == "undefined":
            draft.undefined.append((ckey, lkey, "blank in the source", None, region.source))
        draft.report.add(
            "undefined",
            f"{where} is blank: "
            + ("recorded as undefined" if blank_cells == "undefined" else "read as empty"),
            0.6,
            region.source,
        )
        return []
    if stem is not None:
        draft.stems.append((ckey, lkey, clean(stem.text), stem.source, polarity))
        used.add(stem.key)
    made = []
    for item in items:
        used.update(p.key for p in [*item.paras, *item.examples])
        examples += [item] if item.examples else []
        side = polarity
        mark = _MARKED.search(item.text)
        if mark:
            item.text, side = item.text[: mark.start()], "ineffective"
            draft.report.add(
                "guess",
                f"a statement marked {mark.group(0).strip()!r} read as ineffective",
                0.8,
                item.paras[0].source,
            )
        source = _src(item.paras[0].source, item)
        repair = None
        if item.repair:
            repair = (item.repair[0], _repair_note(item, where))
            draft.report.add(
                "repair",
                repair[1],
                0.75 if item.repair[0] != "joined-wrapped-lines" else 0.9,
                source,
            )
        made.append(
            draft.statement(
                Statement(ckey, lkey, item.text, side, item.numbers, source, repair, note=item.note)
            )
        )
    return made


def _src(first: dict, item=None) -> dict:
    out = {k: v for k, v in first.items() if k != "lines"}
    lines = item.lines if item is not None else first.get("lines", [])
    if lines:
        out["lines"] = lines
    if item is not None and item.numbers:
        out["numbers"] = item.numbers
    return out


def _repair_note(item, where: str) -> str:
    if item.repair[1]:
        return item.repair[1]
    lines = item.lines
    span = f"lines {', '.join(map(str, lines))}" if lines else f"{len(item.paras)} paragraphs"
    quoted = " / ".join(f'"{clean(p.text)}"' for p in item.paras)
    if item.repair[0] == "joined-split-numbers":
        nums = ", ".join(map(str, item.numbers))
        return (
            f"One sentence is split over items {nums} of {where} (source {span}: {quoted}); "
            "joined into one statement."
        )
    first = f"Item {item.numbers[0]}" if item.numbers else "A statement"
    return (
        f"{first} of {where} wraps over {len(item.paras)} source lines ({span}: {quoted}); "
        "joined with a space."
    )
