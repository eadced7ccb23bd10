"""Overlap rules (C003, C004): one behaviour written twice, across competencies or at one level.

Split from :mod:`compkit.checks.cumulation`, whose pairs and helpers they read: C003 finds
statements at one level that say nearly the same thing, in one competency or several; C004 a
higher-level statement that repeats a lower one of another competency.
"""

from __future__ import annotations

from .context import Context
from .cumulation import _IDENTICAL, _finding, _lower, _plain, cross_level, parallel_tracks, repeats
from .grouping import also_at, also_in, linked, repeated_text
from .registry import rule
from .similarity import NEAR
from .wording import asks_the_same


@rule("C003", "near-duplicate-within-level", "warning")
def near_duplicate_within_level(ctx: Context):
    """Statements at the same level say nearly the same thing.

    **What it does.** Finds pairs of statements of one polarity at one level, in the same or
    different competencies, with cosine similarity of content words >= 0.6 (after stop words and
    common suffixes are removed, so rewordings still match) where one adds words to the other
    and changes none. Statements that swap a word ("performance" for "security", "owns" for
    "delegates", a verb "own" being a content word though "their own" is not; "who your customer
    is" for "what customer value is", "having a strategy" for "aligning to the strategy") or set
    words in each other's places ("low risk and high reversibility" for "high risk and low
    reversibility"), or add a term of single letters ("A/B testing" beside "statistical
    testing") are distinct on purpose (the test C001 and C002 share), and so are the statements
    of parallel tracks written from one template (two competencies alike at three levels or
    more), and so are statements alike but for their numbers ("2 years" and "5 years", "Level 2"
    and "Level 3"). The statements of one level that are the same, directly or through each
    other, are one finding, at the first of them, naming the competencies of the others and how
    many: a sentence repeated in twelve competencies is one finding, not sixty-six. Statements
    worded the same are "identical"; others "nearly" duplicate each other.

    **Why it matters.** The holder is asked twice for one behaviour, and the two competencies
    overlap where the framework means them to be distinct.

    **Example.** "Has excellent verbal and written communication skills" and "Uses excellent
    communication skills (written and verbal)" at the same level.

    **Fix.** Merge them into one statement in the competency it belongs to, or, for a sentence
    every competency repeats, say it once for the level.
    """
    p = ctx.pairs
    same = p[
        (p["level_rank_a"] == p["level_rank_b"])
        & p["whole_a"]
        & p["whole_b"]
        & (p["cosine"] >= NEAR)
        & ((p["only_a"] == 0) | (p["only_b"] == 0))
    ]
    same = same[~parallel_tracks(ctx, same)]
    # the statement inside the other must ask the same (one test with C001 and C002): "Know
    # who your customer is" is not "Know what customer value is", "You own decisions" not
    # "You delegate decisions", "GS-01-04 - Level 2" not "GS-05-06 - Level 3", "low risk
    # and high reversibility" not "high risk and low reversibility"
    a_inside = (same["only_a"] == 0) & asks_the_same(same["text_a"], same["text_b"])
    b_inside = (same["only_b"] == 0) & asks_the_same(same["text_b"], same["text_a"])
    same = same[a_inside | b_inside]
    if same.empty:
        return
    ind = ctx.indicators.drop_duplicates("indicator_id")
    order = {ident: k for k, ident in enumerate(ind["indicator_id"])}
    competency = dict(zip(ind["indicator_id"], ind["competency_id"], strict=True))
    level = dict(zip(ind["indicator_id"], ind["level"], strict=True))
    level_name = dict(zip(ind["indicator_id"], ind["level_name"], strict=True))
    text = dict(zip(ind["indicator_id"], ind["text"], strict=True))
    names = {c.id: c.name for c in ctx.fw.competency_records}
    for group, cosines in linked(same):
        members = sorted(group, key=order.__getitem__)
        first, rest = members[0], members[1:]
        own = competency[first]
        others = [competency[m] for m in rest]
        low, high = min(cosines), max(cosines)
        texts = {_plain(text[m]) for m in members}
        how = "is identical to" if low >= _IDENTICAL and len(texts) == 1 else "nearly duplicates"
        sim = f"{low:.2f}" if f"{low:.2f}" == f"{high:.2f}" else f"{low:.2f} to {high:.2f}"
        yield {
            "indicator_id": first,
            "related_id": rest[0],
            "competency_id": own,
            "level": level[first],
            "message": f"{how} {_whose(others, own, names, level_name[first], sim)}",
        }


def _whose(others: list[str], own: str, names: dict[str, str], level: str, sim: str) -> str:
    """The other statements of a group, their level and similarity, in words.

    "a statement of Teamwork at Two (similarity 0.80)", "another statement of Teamwork ...",
    "statements of 11 other competencies at Two (similarity 1.00): A; B; ...; K".
    """
    parts = []
    mine = others.count(own)
    if mine:
        parts.append(
            f"another statement of {names.get(own, own)}"
            if mine == 1
            else f"{mine} other statements of {names.get(own, own)}"
        )
    elsewhere = [c for c in others if c != own]
    comps = [names.get(c, c) for c in dict.fromkeys(elsewhere)]
    listed = ""
    if len(comps) == 1:
        one = "a statement" if len(elsewhere) == 1 else f"{len(elsewhere)} statements"
        parts.append(f"{one} of {comps[0]}")
    elif comps:
        parts.append(f"statements of {len(comps)} other competencies")
        listed = ": " + "; ".join(comps)
    return f"{' and '.join(parts)} at {level} (similarity {sim}){listed}"


def _required_together(ctx: Context, r) -> bool:
    """Whether every holder asked for the higher statement is already asked for the lower.

    True in a cumulative framework whose roles (if it has any) all require the lower
    statement's competency, at its level or above, wherever they require the higher one's.
    """
    if not ctx.fw.cumulative:
        return False
    ranks = {lv.id: lv.rank for lv in ctx.fw.level_records}
    needing = [
        role.required_levels
        for role in ctx.fw.role_records
        if ranks.get(role.required_levels.get(r.competency_id_b) or "", 0) >= r.level_rank_b
    ]
    if ctx.fw.role_records and not needing:
        return False
    return all(ranks.get(req.get(r.competency_id_a) or "", 0) >= r.level_rank_a for req in needing)


@rule("C004", "repeated-from-other-competency", "info")
def repeated_from_other_competency(ctx: Context):
    """A statement repeats a lower-level statement of another competency.

    **What it does.** Finds a higher-level statement every content word of which (4 or more)
    is in a lower-level statement of a *different* competency, of the same polarity and at no
    wider scope, and says where else it appears. The statements one text links are one
    finding, at the first higher statement, naming the others: a sentence copied into four
    competencies at one level and repeated at the next is one finding, not four, and so is a
    lower statement that six higher ones repeat. It says "already required" only where that is
    true: the framework is cumulative and every role that needs the higher statement's
    competency at its level also needs the other competency at the lower level (or the
    framework has no roles, so every holder of a level holds all of it). Parallel tracks
    written from one template are left out (see rule C003).

    **Why it matters.** The framework says it twice under two headings; where cumulative
    levels already require it of the holder, the second one adds nothing.

    **Example.** Skilled *Partnerships* "...excellent written and verbal communication skills..."
    and Supervisory *Managing Work* "Has excellent verbal and written communication skills".

    **Fix.** Keep the statement in one competency, or make the higher one ask for more.
    """
    found = repeats(cross_level(ctx, same_competency=False))
    found = found[~parallel_tracks(ctx, found)]
    names = {c.id: c.name for c in ctx.fw.competency_records}
    order = {ident: k for k, ident in enumerate(ctx.indicators["indicator_id"])}
    for rows in repeated_text(found, order):
        r = next(rows.itertuples(index=False))
        where = f"{_lower(r)} in {names.get(r.competency_id_a, r.competency_id_a)}"
        if _required_together(ctx, r):
            message = f"is already required at {r.level_name_a}: it repeats {where}"
        else:
            message = f"repeats {where}"
        higher = rows.drop_duplicates("indicator_id_b").iloc[1:]
        lower = rows.drop_duplicates("indicator_id_a")
        lower = lower[
            (lower["indicator_id_a"] != r.indicator_id_a)
            & ~lower["indicator_id_a"].isin(rows["indicator_id_b"])
        ]
        yield _finding(
            r,
            f"{message} (every content word is in it)"
            + also_in(lower, names)
            + also_at(higher, "repeat", "repeats", most=5, names=names),
        )
