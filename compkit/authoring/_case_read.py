"""Read a CASE package (1EdTech CASE 1.0 or 1.1 JSON) into a framework document.

The reading half of :mod:`compkit.authoring.case`: the package is checked against the CASE
schema loosened to what published packages hold (:func:`reading_schema`), then its tree of
``isChildOf`` associations is read as competencies and their statements, its levels from
``hasSkillLevel`` or items of type ``Level``, and compkit's own ``extensions`` give back what
CASE has no field for.
"""

from __future__ import annotations

import re
from typing import Any

from .._words import plural, some
from ..errors import FrameworkFileError, Problem
from . import _case_flat as flat
from . import _case_items as ci
from ._case_levels import level_headings
from ._case_notes import said_note
from ._case_order import in_order
from ._case_rubrics import level_order, rubric_rows, unranked
from ._case_schema import case_schema, is_case, not_a_package, reading_schema
from ._case_types import ineffective, labelled_ineffective, levelled_tiers

_EXT = ci.EXT
__all__ = ["case_schema", "from_case", "is_case", "reader_notes"]

#: How the reader's own notes open: said in the framework's notes and by ``compkit import``.
_SAID = (
    "Above the groups in the CASE package",
    "Ranked as listed, the first lowest",
    "Read as ineffective",
    "Kept as written, Markdown and all",
    "Level headings' own texts kept",
    "The tree read from the items'",
    "Levels read from the items' grades",
)


def _where(item: dict, heads, identifier: str) -> str:
    """Where a statement read from another tool's package stands: its code, a heading's text."""
    code = str(item.get("humanCodingScheme") or "").strip()
    if heads and identifier in heads.level:
        said = f"the {heads.level[identifier]} heading's own text"
        return f"{code}, {said}" if code else said
    return code


def reader_notes(notes: str) -> tuple[str, ...]:
    r"""The notes the reader added to a framework's ``notes``: what it could not keep, or guessed.

    Examples
    --------
    >>> reader_notes("As published.\n\nRanked as listed, the first lowest (...): ...")
    ('Ranked as listed, the first lowest (...): ...',)
    """
    return tuple(p for p in notes.split("\n\n") if p.startswith(_SAID))


def from_case(package: dict, *, name: str = "<CASE package>"):
    """Build a framework from a CASE 1.1 package (as parsed from JSON).

    A package written by :func:`to_case` gives back the same framework. For other packages:
    the document's children (``isChildOf``) are the competencies, in ``sequenceNumber`` order,
    and everything below a competency is its statements; items of type ``Level`` (or the
    targets of ``hasSkillLevel``) are the levels; statements without a level go to the lowest,
    and a statement whose ``statusEndDate`` has come by the document's ``lastChangeDateTime``
    is not read but its id retired (``retired_ids``).

    Raises
    ------
    compkit.FrameworkFileError
        Listing every way the package breaks the CASE schema, or the framework format.

    Examples
    --------
    >>> import compkit
    >>> from compkit.authoring.case import to_case
    >>> fw = from_case(to_case("cis"))
    >>> compkit.framework.to_dict(fw) == compkit.framework.to_dict("cis")
    True
    """
    from ..framework._schema import format_path, iter_errors
    from ..framework.build import from_dict
    from ..framework.validate import validate_data

    if isinstance(package, dict) and list(package) == ["CFPackage"]:  # a package, wrapped
        package = package["CFPackage"]
    if is_case(package) and "CFDocument" not in package:
        raise FrameworkFileError(name, [Problem("", not_a_package(package))])
    problems = [Problem(format_path(p), m) for p, m in iter_errors(package, reading_schema())]
    if problems:
        raise FrameworkFileError(name, problems)
    try:
        doc = _document(package)
    except ci.NotATree as exc:
        raise FrameworkFileError(name, [Problem("CFAssociations", str(exc))]) from None
    if not doc["competencies"]:
        why = (
            "the package holds no items under its CFDocument (no 'isChildOf' association to "
            "the document); expected at least one item to read as a competency"
        )
        raise FrameworkFileError(name, [Problem("CFAssociations", why)])
    found = validate_data(doc)
    if found:
        raise FrameworkFileError(name, found)
    return from_dict(doc, validate=False)


def _document(package: dict) -> dict[str, Any]:
    cf_doc = package["CFDocument"]
    meta = dict(ci.ext(cf_doc))
    doc: dict[str, Any] = {"schema_version": 1}
    doc.update(meta)
    doc.setdefault("id", ci.slug(cf_doc["title"], "framework"))
    doc["title"] = cf_doc["title"]
    doc["organisation"] = cf_doc.get("creator") or cf_doc.get("publisher") or ""
    for key in ("version", "notes"):
        if cf_doc.get(key):
            doc[key] = cf_doc[key]
    if cf_doc.get("officialSourceURL") and not (meta.get("source") or {}).get("url"):
        doc["source"] = {**(meta.get("source") or {}), "url": cf_doc["officialSourceURL"]}
    doc.setdefault("cumulative", True)

    about = cf_doc.get("description")
    if "introduction" not in meta and isinstance(about, str) and about.strip():
        paragraphs = [t.strip() for t in re.split(r"\n[ \t]*\n", about) if t.strip()]
        doc["introduction"] = [{"text": t} for t in paragraphs]  # the document's own words
    language = ci.language(cf_doc.get("language"))
    if language and "language" not in meta:
        doc["language"] = language

    items = {i["identifier"]: i for i in package.get("CFItems") or []}
    children: dict[str, list[tuple[float, int, str]]] = {}
    level_of: dict[str, str] = {}
    for n, a in enumerate(package.get("CFAssociations") or []):
        origin, dest = a["originNodeURI"]["identifier"], a["destinationNodeURI"]["identifier"]
        if a["associationType"] == "isChildOf":
            seq = str(a.get("sequenceNumber", "")).strip()
            children.setdefault(dest, []).append(
                (int(seq) if re.fullmatch(r"-?[0-9]+", seq) else float("inf"), n, origin)
            )
        elif a["associationType"] == "hasSkillLevel":
            level_of[origin] = dest
    for dest, kids in children.items():
        children[dest] = in_order(kids, items)
    level_targets = set(level_of.values())

    def kind(identifier: str) -> str:
        it = items.get(identifier, {})
        k = ci.ext(it).get("kind")
        if k:
            return k
        if str(it.get("CFItemType", "")).casefold() == "level" or identifier in level_targets:
            return "level"
        return "item"

    def key(identifier: str, taken: set[str]) -> str:
        it = items[identifier]
        base = ci.ext(it).get("id") or it.get("humanCodingScheme") or ""
        if not re.fullmatch(r"[a-z0-9][a-z0-9._-]*", base):
            base = ci.slug(base or it["fullStatement"], identifier[:8])
        return ci.unique(base, taken)

    def below(identifier: str) -> list[str]:
        return [k for _, _, k in children.get(identifier, []) if k in items and kind(k) != "level"]

    def descendants(identifier: str) -> list[str]:  # in order, depth first, any depth
        out, stack = [], below(identifier)[::-1]
        while stack:
            out.append(stack.pop())
            stack += below(out[-1])[::-1]
        return out

    said: list[str] = []
    told = flat.place(items, children, cf_doc["identifier"], below)
    if told:
        said.append(f"{_SAID[5]} {told} (the package gives no tree of its items).")

    level_items = [i for i in items if kind(i) == "level"]
    ranks = {}
    for n, i in enumerate(level_items, 1):
        enum = items[i].get("listEnumeration", "")
        ranks[i] = ci.ext(items[i]).get("rank") or (int(enum) if str(enum).isdigit() else n)
    level_items.sort(key=lambda i: ranks[i])
    levels, taken = {}, set()
    for n, i in enumerate(level_items, 1):
        record = {k: v for k, v in ci.ext(items[i]).items() if k != "kind"}
        record["id"] = key(i, taken)
        ci.naming(items[i], record)
        record.setdefault("rank", ranks[i] if ranks[i] else n)
        levels[i] = record
    rubric = rubric_rows(package)  # criteria's levels: statements at levels (_case_rubrics)
    if rubric and "cumulative" not in meta:
        doc["cumulative"] = False  # a rubric's level describes a performance whole
    named = {lv["name"].strip().casefold(): lv for lv in levels.values()}
    for name in level_order(rubric):
        if name.casefold() not in named:
            rank = max((lv["rank"] for lv in levels.values()), default=0) + 1
            record = {"id": ci.unique(ci.slug(name, f"level-{rank}"), taken), "name": name}
            levels[f"rubric:{name}"] = named[name.casefold()] = record | {"rank": rank}
    tops = below(cf_doc["identifier"])
    heads = level_headings(items, tops, below)  # "Level 2" between competency and statements
    for name in sorted({*heads.level.values()}, key=heads.rank) if heads else ():
        if name.casefold() not in named:
            rank = max((lv["rank"] for lv in levels.values()), default=0) + 1
            record = {"id": ci.unique(ci.slug(name, f"level-{rank}"), taken), "name": name}
            levels[f"heading:{name}"] = named[name.casefold()] = record | {"rank": rank}
    graded = {i: min(g, key=flat.grade_order) for i in items if (g := flat.grades(items[i]))}
    at_grade: dict[str, str] = {}
    if not levels and len(set(graded.values())) > 1:  # no levels named: the grades are
        for n, g in enumerate(sorted(set(graded.values()), key=flat.grade_order), 1):
            name = flat.grade_name(g)
            levels[f"grade:{g}"] = {"id": ci.unique(ci.slug(name, g), taken), "name": name}
            levels[f"grade:{g}"]["rank"] = n
            at_grade[g] = levels[f"grade:{g}"]["id"]
        several = sum(len(set(flat.grades(items[i]))) > 1 for i in graded)
        said.append(
            f"{_SAID[6]} (educationLevel: {', '.join(sorted(at_grade, key=flat.grade_order))})"
            + (f"; {plural(several, 'item')} for several grades at the lowest." if several else ".")
        )
    if not levels:
        levels[""] = {"id": "level-1", "name": "Level 1", "rank": 1}
    lowest = next(iter(levels.values()))["id"]
    doc["levels"] = list(levels.values())

    if loop := ci.loop(children, cf_doc["identifier"]):
        lower, upper = (ci.label(items.get(i, {}), i) for i in loop)
        where = "itself" if loop[0] == loop[1] else f"{lower} below it"
        why = (
            f"the item {upper} is a child of {where} ('isChildOf' goes round in a loop); "
            "expected a tree, each item below the one it is a child of"
        )
        raise ci.NotATree(why)

    competencies: list[dict] = []
    holder: dict[str, dict] = {}  # an item's identifier -> the competency holding it
    retired: list[str] = []
    labelled: list[dict] = []  # read as ineffective by the label their text opens with
    taken, ind_taken = set(), set()

    def naming(identifier: str, record: dict) -> dict:
        return ci.naming(items[identifier], record)

    pairs: list[tuple[str | None, str]] = [(None, c) for c in tops]
    foreign = tops and not any(ci.ext(items[t]) for t in tops)
    deep = all(below(t) and all(below(m) for m in below(t)) for t in tops)
    if foreign and (deep or levelled_tiers(tops, below, set(level_of))):
        pairs = [(t, m) for t in tops for m in below(t)]  # groups over competencies
    grouped = [t for t in tops if ci.ext(items[t]).get("kind") == "group"]
    if grouped:  # compkit's groups over their competencies: in the framework's order again
        seq = {k: n for d in [cf_doc["identifier"], *grouped] for n, _, k in children.get(d, [])}
        members = [c for c in tops if c not in grouped] + [c for g in grouped for c in below(g)]
        pairs = [(None, c) for c in sorted(members, key=lambda c: seq.get(c, float("inf")))]
    elif heads:
        pairs = heads.pairs
    groups: dict[str, dict] = {}
    kept: list[tuple[str, dict, str]] = []  # competencies and groups, whose notes are said
    for g, c in pairs:
        record = {k: v for k, v in ci.ext(items[c]).items() if k != "kind"}
        record["id"] = key(c, taken)
        naming(c, record)
        kept += [] if ci.ext(items[c]) else [("competency", record, c)]
        if g is not None:
            if g not in groups:
                groups[g] = naming(g, {"id": key(g, taken)})
                kept += [] if ci.ext(items[g]) else [("group", groups[g], g)]
            record["group"] = groups[g]["id"]
        inds = []
        for i in descendants(c):
            if ci.ended(items[i], cf_doc):  # withdrawn by the package's last change: retired
                retired.append(key(i, ind_taken))
                continue
            heading = heads and (heads.level.get(i) or heads.level.get(heads.under.get(i)))
            if heads and i in heads.level and not ci.naming(items[i], {}).get("description"):
                continue  # a heading of its level's name alone: the level, no statement
            ind = {k: v for k, v in ci.ext(items[i]).items() if k != "kind"}
            ind["id"] = key(i, ind_taken)
            ind["text"] = items[i]["fullStatement"]
            if isinstance(note := items[i].get("notes"), str) and note.strip():
                ind["note"] = note  # CASE's own field beside the statement, word for word
            where = "" if ci.ext(items[i]) else _where(items[i], heads, i)
            if where and where != ind["id"]:
                ind["source"] = {"ref": where}  # its code; a level heading's text said so
            if i in level_of and level_of[i] in levels:
                ind["level"] = levels[level_of[i]]["id"]
            elif heading:
                ind["level"] = named[heading.casefold()]["id"]
            elif at_grade and (graded.get(i) or graded.get(c)):
                ind["level"] = at_grade[graded.get(i) or graded[c]]
            if not ci.ext(items[i]) and ineffective(items[i]):  # typed "Ineffective indicator"
                ind["polarity"] = "ineffective"
            elif not ci.ext(items[i]) and labelled_ineffective(ind["text"]):
                ind["polarity"] = "ineffective"  # "(MISCONCEPTION) ...": the text as written
                labelled.append(items[i])
            ind.setdefault("level", lowest)
            inds.append(ind)
        record["indicators"] = inds
        competencies.append(record)
        holder.update(dict.fromkeys([c, *descendants(c)], record))
    for row in rubric:
        record = holder.get(row.target) or holder.get(f"criterion:{row.criterion}")
        if record is None:  # a criterion pointing at no item of the tree: a competency itself
            record = {"id": ci.unique(ci.slug(row.criterion, "criterion"), taken)}
            record |= {"name": row.criterion, "indicators": []}
            if row.about and row.about != row.criterion:
                record["description"] = row.about
            competencies.append(record)
            holder[f"criterion:{row.criterion}"] = record
        text_id = ci.unique(f"{record['id']}-{named[row.level.casefold()]['id']}", ind_taken)
        level = named[row.level.casefold()]["id"]
        record["indicators"].append({"id": text_id, "level": level, "text": row.text})
    doc["competencies"] = competencies
    if heads and heads.folded:
        above = "; ".join(ci.said(items[k]) for k in heads.folded)
        said.append(f"{_SAID[0]} (one tier of groups kept): {above}.")
    if listed := unranked(package):  # no score, position or number: ranked as listed
        said.append(
            f"{_SAID[1]} (their levels carry no score, position or "
            f"number; check the order): the rubric criteria {', '.join(map(repr, listed))}."
        )
    if labelled:
        said.append(
            f"{_SAID[2]} by the label their text opens or closes with, kept as written: "
            f"{plural(len(labelled), 'statement')} "
            f"({some((ci.label(i, i['identifier']) for i in labelled), quote=False)})."
        )
    if heads and (texts := [k for k in heads.level if ci.naming(items[k], {}).get("description")]):
        said.append(
            f"{_SAID[4]} as the first statement of their cells, their source naming the "
            f"heading: {plural(len(texts), 'heading')} "
            f"({some((ci.label(items[k], k) for k in texts), quote=False)})."
        )
    if marked := [i for i in items.values() if not ci.ext(i) and ci.markup(i["fullStatement"])]:
        said.append(
            f"{_SAID[3]} (compkit reads it as words; a render shows it as typed): "
            f"{plural(len(marked), 'item')} "
            f"({some((ci.label(i, i['identifier']) for i in marked), quote=False)})."
        )
    for kind, record, i in kept:  # a note's paragraphs, each marked as the item's
        if items[i].get("notes"):
            said += said_note(kind, record, items[i]["notes"]).split("\n\n")
    if said and "notes" not in meta:  # each once: a package compkit wrote holds them already
        have = str(doc.get("notes") or "").split("\n\n")
        said = [p for p in dict.fromkeys(said) if p not in have]
        doc["notes"] = "\n\n".join([doc["notes"], *said] if doc.get("notes") else said)
    if groups:
        doc["groups"] = list(groups.values())
    if retired:
        doc["retired_ids"] = list(dict.fromkeys([*(doc.get("retired_ids") or []), *retired]))
    return doc
