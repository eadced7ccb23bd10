"""Structure rules (S): empty cells, numbering, duplicate ids, role profiles."""

from __future__ import annotations

import re
from collections import Counter

from .._words import join, plural
from . import _sides
from ._ladders import ladder_sections
from .context import Context
from .registry import rule


@rule("S001", "empty-cell", "warning")
def empty_cell(ctx: Context):
    """A competency has no statement at a level it is described at.

    **What it does.** Finds competency × level cells with no indicator, where the competency
    applies at that level (all levels, unless the competency lists its ``levels:``) and the
    publisher did not leave the cell undefined (``undefined:``). In a framework with
    ineffective indicators, a cell that has statements of one polarity and none of the other
    is flagged too, unless that side is recorded as undefined: a cell with no effective
    statement always, a cell with no ineffective one when at least half the framework's
    cells (or of the competency's, two or more) have them. Fewer, and the framework does
    not publish them cell by cell: one finding names the few, which may be misfiled. A level
    holding ineffective statements only (a side list read at "All levels" beside the grades)
    is each competency's ineffective side: it asks for no effective statement, the grades for
    no ineffective one. So does a competency of ineffective statements only where no other
    holds any (derailers or anti-patterns listed apart), and the others no ineffective one. A
    level named for all ("All levels") whose competencies stand at no other (DDaT's leadership
    skills) asks nothing of the others, nor they anything of it.
    Where three in four competencies (four or more) hold statements at one level each, over
    three levels or more (a job ladder's per-level sections read as competencies), one
    finding says so.

    **Why it matters.** A holder of that level gets no guidance for the competency, and
    comparisons read the gap as "nothing new expected".

    A competency's empty cells are one finding, at the first of them, naming their levels;
    when they lie only below and above the levels it describes (a competency described at
    levels 3 to 5 of 1-5), the finding says so, and how to declare it.

    **Example.** A framework with levels 1-4 whose *Sustainability* has statements at levels
    1, 2 and 4 only.

    **Fix.** Write the level's statements, declare ``levels:`` on the competency to say it
    is described at some levels only, or record the cell under ``undefined:`` when the
    publisher left it so.
    """
    fw = ctx.fw
    ind = ctx.indicators
    have = set(zip(ind["competency_id"], ind["level"], ind["polarity"], strict=True))
    polarities = ["effective", "ineffective"] if (ind["polarity"] == "ineffective").any() else []
    side = _sides.side_levels(ind)  # levels of ineffective statements only: no effective one
    held, held_by = _sides.apart_level(ind, fw)  # "All levels" of competencies at no other level
    sided = ind[ind["level"].isin(side)] if side else ind
    sparse = _sides.sparse_ineffective(sided) if polarities else set()
    apart = _sides.side_competencies(ind) if polarities else set()
    if ladder := ladder_sections(fw, ind):
        yield ladder  # a ladder's per-level sections read as competencies: said once
    for comp in fw.competency_records:
        one_side = {(u.level, u.polarity) for u in comp.undefined if u.polarity}
        applies = comp.levels or fw.level_ids
        if held and not comp.levels:  # a level held apart asks of its competencies only
            applies = [held] if comp.id in held_by else [lv for lv in applies if lv != held]
        empty, sides = [], {pol: [] for pol in polarities}
        for level in applies:
            if (comp.id, level) in fw.undefined_cells:
                continue
            if not any((comp.id, level, pol) in have for pol in ("effective", "ineffective")):
                if level not in side:
                    empty.append(level)
                elif comp.id not in sparse and (level, "ineffective") not in one_side:
                    sides["ineffective"].append(level)
                continue
            for pol in polarities:
                if pol == "ineffective" and comp.id in sparse:
                    continue
                if side and (pol == "ineffective") != (level in side):
                    continue  # each side at its own levels
                if apart and (pol == "effective") == (comp.id in apart):
                    continue  # derailers listed apart: no effective statement there, nor
                    # an ineffective one in the other competencies
                if (comp.id, level, pol) not in have and (level, pol) not in one_side:
                    sides[pol].append(level)
        # one finding a competency (and side), naming its levels: a competency described at a
        # band of levels leaves a run of empty cells, one fault
        if empty and not ladder:
            yield {
                "competency_id": comp.id,
                "level": empty[0],
                "message": f"{comp.name} has no statements at {_names(fw, empty)}"
                + _sides.band_hint(fw, applies, empty),
            }
        for pol, levels in sides.items():
            if levels:
                yield {
                    "competency_id": comp.id,
                    "level": levels[0],
                    "subject": pol,
                    "message": f"{comp.name} has no {pol} statements at {_names(fw, levels)}",
                }

    few = _sides.few_ineffective(fw, ind, sparse) if sparse else None
    if few:
        yield few


def _names(fw, levels: list[str]) -> str:
    return join(fw.level(level).name for level in levels)


@rule("S002", "numbering-gap", "warning")
def numbering_gap(ctx: Context):
    """The source numbering of a cell skips or repeats a number.

    **What it does.** Within each competency × level cell, and each polarity of it (effective
    and ineffective lists are numbered apart), compares the source's own numbers
    (``source.numbers``, including numbers joined by a recorded repair) with 1..n. A list
    numbered "1." on every item is Markdown's lazy numbering, which shows as 1..n.

    **Why it matters.** A gap usually means a statement was lost in conversion; a repeat, that
    two were merged or pasted twice.

    **Example.** A cell numbered 1, 2, 4, 5.

    **Fix.** Find the missing statement in the source, or record the repair that explains it.
    """
    ind = ctx.indicators
    both = (ind["polarity"] == "ineffective").any()
    numbered = ind[ind["source_numbers"].fillna("").astype(str) != ""]
    if numbered.empty:
        return
    # only the cells whose numbers are not exactly 1..n are looked at one by one
    keys = ["competency_id", "level", "polarity"]
    nums = numbered.assign(n=numbered["source_numbers"].astype(str).str.split(",")).explode("n")
    nums = nums.assign(n=nums["n"].astype(int))
    stats = nums.groupby(keys, sort=False)["n"].agg(["max", "size", "nunique"])
    positive = nums[nums["n"] >= 1].groupby(keys, sort=False)["n"].nunique()
    positive = positive.reindex(stats.index, fill_value=0)
    odd = stats[(positive < stats["max"]) | (stats["size"] > stats["nunique"])].index
    cells = numbered.set_index(keys).index.isin(odd)
    for (comp, level, pol), cell in numbered[cells].groupby(keys, sort=False):
        nums = [int(n) for s in cell["source_numbers"] if s for n in str(s).split(",")]
        if not nums:
            continue
        if len(nums) > 1 and set(nums) == {1}:
            continue  # "1." on every item: Markdown's lazy numbering, shown as 1..n
        seen = Counter(nums)
        missing = sorted(set(range(1, max(nums) + 1)) - set(nums))
        repeated = sorted(n for n, k in seen.items() if k > 1)
        if missing or repeated:
            parts = ([f"missing {join(map(str, missing))}"] if missing else []) + (
                [f"repeated {join(map(str, repeated))}"] if repeated else []
            )
            name, at = cell["competency"].iloc[0], cell["level_name"].iloc[0]  # names, not ids
            what = f"{pol} statements of {name}" if both else name
            yield {
                "competency_id": comp,
                "level": level,
                "subject": pol if both else "",
                "message": f"numbering of {what} at {at}: {'; '.join(parts)}",
            }


@rule("S003", "duplicate-id", "error")
def duplicate_id(ctx: Context):
    """Two items share one id.

    **What it does.** Finds indicator, competency, level and role ids used more than once.

    **Why it matters.** Cross-walks, diffs and reviews refer to statements by id; a shared id
    makes every reference ambiguous. (Loading a file refuses this; frameworks built in code
    may still have it.)

    **Example.** Two indicators ``people-l1-1``.

    **Fix.** Give each item its own stable id.
    """
    groups = {
        "indicator": [i.id for i in ctx.fw.indicator_records],
        "competency": [c.id for c in ctx.fw.competency_records],
        "level": [lv.id for lv in ctx.fw.level_records],
        "role": [r.id for r in ctx.fw.role_records],
    }
    for kind, ids in groups.items():
        for ident, k in Counter(ids).items():
            if k > 1:
                yield {
                    "indicator_id": ident if kind == "indicator" else "",
                    "subject": f"{kind} {ident}",
                    "message": f"{kind} id '{ident}' is used {plural(k, 'time')}",
                }


@rule("S004", "role-level-not-cumulative", "warning")
def role_level_not_cumulative(ctx: Context):
    """Roles require levels whose lower levels they do not also require.

    **What it does.** In a framework that is not cumulative (``cumulative: false``), counts
    the role requirements of a level above a competency's lowest, which then do not make the
    role meet the levels below, and reports them once for the framework.

    **Why it matters.** Readers assume a senior role includes the basics; in a non-cumulative
    framework it does not unless the role says so.

    **Example.** ``cumulative: false`` and a role requiring *Leading* at level 3.

    **Fix.** Declare the framework cumulative, or profile the role at each level it needs.
    """
    if ctx.fw.cumulative:
        return
    ranks = {lv.id: lv.rank for lv in ctx.fw.level_records}
    above = [
        (role.id, comp)
        for role in ctx.fw.role_records
        for comp, level in role.requires
        if level is not None and ranks.get(level, 1) > 1
    ]
    if above:
        roles = len({r for r, _ in above})
        comps = len({c for _, c in above})
        yield {
            "message": f"{plural(roles, 'role')} {'requires' if roles == 1 else 'require'} "
            f"{plural(comps, 'competency')} at "
            f"a level above the lowest ({plural(len(above), 'requirement')}), but the "
            "framework is not cumulative, so the lower levels are not required with them",
        }


@rule("S005", "role-unknown-reference", "error")
def role_unknown_reference(ctx: Context):
    """A role refers to a competency or level the framework does not have, or describe.

    **What it does.** Checks each role requirement names a declared competency and level, and
    a level the competency is described at.

    **Why it matters.** A role profile that points nowhere cannot be met or assessed.

    **Example.** ``requires: {leading: foundation}`` where *Leading* starts at *Senior*.

    **Fix.** Point the requirement at a declared competency and one of its levels.
    """
    comps = {c.id: c for c in ctx.fw.competency_records}
    levels = set(ctx.fw.level_ids)
    for role in ctx.fw.role_records:
        for comp, level in role.requires:
            if comp in comps and level is None:
                continue  # needed at no stated level
            if comp not in comps:
                yield {
                    "subject": f"{role.id} {comp}",
                    "message": f"role '{role.id}' requires unknown competency '{comp}'",
                }
            elif level not in levels:
                yield {
                    "competency_id": comp,
                    "subject": role.id,
                    "message": f"role '{role.id}' requires unknown level '{level}'",
                }
            elif comps[comp].levels and level not in comps[comp].levels:
                yield {
                    "competency_id": comp,
                    "level": level,
                    "subject": role.id,
                    "message": f"role '{role.name}' requires {comps[comp].name} at "
                    f"{ctx.fw.level(level).name}, a level it is not described at "
                    f"({join(ctx.fw.level(v).name for v in comps[comp].levels)})",
                }


# A sentence that opens by saying what the holder does not do ("Does not understand ...",
# "Unable to describe ...", "Has never worked with ...", "No evidence of ...").
_NEGATED = re.compile(
    r"(?:^|[.;!?]\s+)((?:(?:he|she|they|the \w+(?:['\u2019]s \w+)?|applicant|candidate|i|"
    r"students)\s+)?(?:does not|doesn't|do not|don't|did not|is not able|are not able|"
    r"am not able|(?:is |are |am )?(?:unable to|unaware)|fails? to|(?:has|have) (?:not|never|no)|"
    r"lacks?|(?:there (?:is|are) )?(?:little|no) (?:or|to) no|no evidence of|cannot|can't|rarely|"
    r"seldom|(?:displays?|shows?|makes?|provides?) (?:little|minimal|no)|(?:is|are) not)\b"
    r"[^.;!?]{0,60})",
    re.IGNORECASE,
)


@rule("S006", "negative-as-effective", "info")
def negative_as_effective(ctx: Context):
    """Most statements at a level say what the holder does not do, yet are kept as effective.

    **What it does.** Finds the levels at which at least half of the effective statements (two
    or more), or of one competency's there (three or more: a rubric whose lowest rung is
    negative in some competencies), hold a sentence opening with a negation -- "Does not ...",
    "Unable to ...", "Has never ...", "Fails to ...", "Lacks ...", "No evidence of ...", "Is
    not aware ...", "Unaware of ...", "Little or no ...", "The teacher has no plan ...",
    "Students do not ..." -- in half its sentences or more, and names each such statement: a
    rubric's lowest rung (Danielson's "Unsatisfactory") reads so. A lone "Does not give up"
    among positive statements is left alone: it means what it says; so is one such sentence
    among a statement's three positive ones ("Participated in ... No evidence of ...").

    **Why it matters.** A framework that describes its lowest level (or what ineffective looks
    like) in negative terms reads differently from its other statements: kept as effective,
    such statements count in coverage and are matched in a cross-walk as something to do.
    Marking them ``polarity: ineffective`` (ingest's ``polarity`` hint, or the framework file)
    keeps them out of both.

    **Example.** At "Unfamiliar": "Applicant is uncomfortable working remotely. Does not
    understand how to set up equipment correctly."; "Has never worked with engineers, ...".

    **Fix.** Give those statements (or the column or heading they came from) the ineffective
    polarity, or reword them as what the holder does.
    """
    ind = ctx.indicators
    ind = ind[ind["polarity"] == "effective"]
    found = ind["text"].str.extract(_NEGATED, expand=False).str.strip()
    # a statement of several sentences says what the holder does not do when half of them do
    sentences = ind["text"].str.count(r"(?:^|[.;!?]\s+)(?=\w)").clip(lower=1)
    negated = found.notna() & (ind["text"].str.count(_NEGATED) * 2 >= sentences)
    by_level = negated.groupby(ind["level"]).agg(["sum", "size"])
    heavy = by_level[(by_level["sum"] >= 2) & (by_level["sum"] * 2 >= by_level["size"])]
    names = {lv.id: lv.name for lv in ctx.fw.level_records}
    for level, (n, size) in heavy.iterrows():
        rows = ind[negated & (ind["level"] == level)]
        for ident, shown in zip(rows["indicator_id"], found[rows.index], strict=True):
            yield {
                "indicator_id": ident,
                "subject": shown,
                "message": f"kept as effective at {names.get(level, level)}, where "
                f"{n} of {size} statements say what the holder does not do: '{shown}'",
            }
    by_cell = negated.groupby([ind["competency_id"], ind["level"]]).agg(["sum", "size"])
    cells = by_cell[(by_cell["sum"] >= 3) & (by_cell["sum"] * 2 >= by_cell["size"])]
    comps = {c.id: c.name for c in ctx.fw.competency_records}
    for (comp, level), (n, size) in cells.iterrows():
        if level in heavy.index:
            continue
        rows = ind[negated & (ind["level"] == level) & (ind["competency_id"] == comp)]
        for ident, shown in zip(rows["indicator_id"], found[rows.index], strict=True):
            yield {
                "indicator_id": ident,
                "subject": shown,
                "message": f"kept as effective at {names.get(level, level)}, where {n} of "
                f"{comps.get(comp, comp)}'s {size} statements say what the holder does not "
                f"do: '{shown}'",
            }


# A sentence that opens with a behaviour a framework names to warn against, as a verb of the
# holder ("Avoiding addressing conflicts", "Fails to ...", "Blame others ...", "May struggle to
# ..."): a negation of a good behaviour ("Does not give up", "Never blames others") is not one,
# nor is avoiding a bad thing ("Avoids blame", "Avoids siloing information").
_INEFFECTIVE = re.compile(
    r"(?:^|[.;!?]\s+)((?:may\s+|often\s+|tends? to\s+)?(?:"
    r"fail(?:s|ing)? to|blam(?:es?|ing) (?:others|the|colleagues|people|staff|team)|"
    r"ignor(?:es?|ing)|neglect(?:s|ing)?|shows? little|(?:shows?|has|have) no interest|"
    r"waits? to be told|struggl(?:es?|ing) to|lacks|lacking|resist(?:s|ing)? (?:change|feedback)|"
    r"(?:is |are )?reluctant to|criticis(?:es?|ing)|undermin(?:es?|ing)|dismiss(?:es|ing)?|"
    r"unwilling to|over-rel(?:y|ies|ying)|avoid(?:s|ing)? (?:addressing|dealing|taking|"
    r"collaboration|difficult|conflict|responsibility|accountability|decisions|feedback|"
    r"asking|development))\b[^.;!?]{0,50}(?![\w']))([^.;!?]*)",
    re.IGNORECASE,
)

# A rung of a rating scale, which speaks of the competency itself ("Struggles to demonstrate
# the competency", "Fails to meet expectations"): a degree of proficiency, not a behaviour.
_RUNG = (
    r"\b(?:the|this|these)\s+(?:competenc|capabilit|skills?\b|skillset|behaviou?rs\b|{term})"
    r"|\bmeet(?:s|ing)?\s+(?:the\s+)?expectations\b"
)


@rule("S007", "ineffective-behaviour-as-effective", "info")
def ineffective_behaviour_as_effective(ctx: Context):
    """A statement describes a behaviour to avoid, yet is kept as effective.

    **What it does.** Finds effective statements with a sentence that opens with a behaviour
    frameworks name to warn against: "Fails to ...", "Blames others ...", "Ignores ...",
    "Neglects ...", "Shows little interest ...", "Waits to be told ...", "Struggles to ...",
    "Lacks ...", "Resists change/feedback", "Is reluctant to ...", "Criticises ...",
    "Dismisses ...", "Avoids addressing/taking/difficult ..." (also as "-ing", the base form,
    or after "May"). A statement that negates a good behaviour ("Does not give up", "Never
    blames others") or avoids a bad thing ("Avoids blame", "Avoids siloing information")
    means what it says and is left alone, and so are the statements rule S006 reports and a
    rating scale's rung, which speaks of the competency itself ("Struggles to demonstrate
    the competency", "Fails to meet expectations").

    **Why it matters.** One ineffective indicator among positive ones is usually a "what it
    doesn't look like" bullet that lost its heading, or a column read as the effective side:
    kept as effective, it counts as something the holder should do, in coverage and in a
    cross-walk.

    **Example.** "Avoiding addressing conflicts" among "Shares information with the team"
    and "Listens to colleagues' views".

    **Fix.** Give the statement (or its column or heading) the ineffective polarity, or reword
    it as what the holder does.
    """
    ind = ctx.indicators
    ind = ind[ind["polarity"] == "effective"]
    parts = ind["text"].str.extract(_INEFFECTIVE)
    found = parts[0].str.strip() + parts[1].str.strip().ne("").map({True: " ...", False: ""})
    term = re.escape(ctx.fw.competency_term.casefold())
    found = found.mask(parts[0].str.contains(_RUNG.format(term=term), case=False, na=False))
    told = {f["indicator_id"] for f in negative_as_effective(ctx)}
    for r, shown in zip(ind.itertuples(index=False), found, strict=True):
        if isinstance(shown, str) and r.indicator_id not in told:
            yield {
                "indicator_id": r.indicator_id,
                "subject": shown,
                "message": f"describes a behaviour to avoid ('{shown}'), yet is kept as "
                "effective: if it is an ineffective indicator, give it that polarity",
            }


@rule("S008", "repeated-name", "warning")
def repeated_name(ctx: Context):
    """Two competencies, groups or roles have one name.

    **What it does.** Finds competencies, groups (clusters) and roles whose names are the
    same once case and spacing are set aside. (Two levels of one name are refused when the
    file is loaded.)

    **Why it matters.** Reports, workbooks, rendered documents and role profiles name them by
    name, so a reader cannot tell the two apart, and ``compkit show --competency NAME`` cannot
    say which one is meant.

    **Example.** Two competencies named *Communication*, one under *Leading people* and one
    under *Delivering services*.

    **Fix.** Give each its own name ("Communication with the team", "Communication with
    service users"), or merge the two.
    """
    fw = ctx.fw
    kinds = {
        fw.competency_term: fw.competency_records,
        "group": fw.group_records,
        "role": fw.role_records,
    }
    for kind, items in kinds.items():
        named: dict[str, list] = {}
        for item in items:
            named.setdefault(" ".join(item.name.split()).casefold(), []).append(item)
        for same in named.values():
            if len(same) > 1 and same[0].name.strip():
                ids = join([s.id for s in same])
                yield {
                    "subject": f"{kind} {same[0].id}",
                    "message": f"{plural(len(same), kind)} named '{same[0].name}' ({ids}): "
                    "a reader of a report or a workbook cannot tell them apart; "
                    "rename one or merge them",
                }
