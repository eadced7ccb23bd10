"""Progression rules (P): scope that does not grow with the level, levels that add nothing.

Scope is :func:`compkit.framework.text.scope`: self < the people one line-manages < a team or
service < the organisation or sector, numbered 0 to 3.
"""

from __future__ import annotations

import re

from ..framework.text import SCOPES
from .context import Context
from .cumulation import cross_level, repeats
from .registry import rule

#: A statement this many scope steps below its level's typical scope is flagged (P001).
SCOPE_DROP = 3
#: A competency's mean scope falling by this many steps from one level to the next (P002).
SHRINK = 1.0
#: Statements that say how far they reach a level needs before its mean scope is read (P002).
MIN_STATED = 2
#: Words that make a statement explicitly about the holder's own conduct or learning (P001);
#: not the verb "own" ("areas they own", "You own your area", "Own the roadmap", "to own it").
PERSONAL = re.compile(
    r"\b(?:(?<!^)(?<!\bI )(?<!\byou )(?<!\bwe )(?<!\bthey )(?<!\bwho )(?<!\bto )own|oneself|"
    r"themselves|myself|personal|self-\w+|professional learning)\b",
    re.IGNORECASE,
)
#: Words that make a statement reach others: it leads, models or creates for them (P001).
FOR_OTHERS = re.compile(
    r"\b(?:lead(?:s|ing)? by example|role[- ]models?|sets? (?:an|the) example|"
    r"(?:creat|build|foster|cultivat|nurtur|shap)\w* (?:a|an|the) (?:\w+ ){0,2}?"
    r"(?:culture|environment|climate)|"
    r"(?:(?:with|for|to|among|amongst) (?:the )?|"
    r"(?:help|support|coach|mentor|inspir|empower|enabl|encourag|develop)\w* )"
    r"(?:others|other people|people|colleagues|peers|everyone))\b",
    re.IGNORECASE,
)


@rule("P001", "scope-below-level", "info")
def scope_below_level(ctx: Context):
    """A statement about the holder's own conduct sits at a level of organisation-wide ones.

    **What it does.** Classifies each statement's scope (self < people one line-manages < a team or
    service < the organisation or sector; see :func:`compkit.framework.text.scope`) and flags a
    statement at a level above the lowest that is explicitly personal (its own conduct, reflection
    or learning: "own", "self-...", "personal", "professional learning") while the level's typical
    (most common) scope is three steps wider: the organisation or sector. Statements with no stated
    reach are left alone: their scope is unknown, not narrow. So is a statement that, in any of
    its sentences, leads, models or creates for others ("Leads by example on personal
    development", "Is a role model for self-development ... shares them with others", "Creates
    a culture where people thrive"): the personal word there is what it shows others, not the
    holder's reach.

    **Why it matters.** Higher levels are meant to reach further; a personal-conduct statement
    among organisation-wide ones usually belongs at a lower level, where it already applies.

    **Example.** At an executive level of organisation-wide statements: "Manages ambiguity and
    pressure in a self-reflective and positive way".

    **Fix.** Move it to the level where it belongs, or say how far it reaches at this level.
    """
    ind = ctx.indicators
    typical = ind.groupby("level")["scope_rank"].agg(lambda s: s.mode().max())
    lowest = ctx.fw.level_ids[0]
    personal = ind["text"].str.contains(PERSONAL) & ~ind["text"].str.contains(FOR_OTHERS)
    for r in ind[personal].itertuples(index=False):
        want = int(typical[r.level])
        if r.level != lowest and r.scope_rank <= want - SCOPE_DROP:
            yield {
                "indicator_id": r.indicator_id,
                "message": f"about the holder's own conduct ('{r.scope}') at {r.level_name}, "
                f"where statements typically reach '{SCOPES[want]}'",
            }


@rule("P002", "scope-shrinks", "warning", default=False)
def scope_shrinks(ctx: Context):
    """A competency's statements reach less far at a level than at the level below.

    **What it does.** For each competency, averages the scope of its statements at each level
    (self 0, people one line-manages 1, team or service 2, organisation or sector 3) and flags
    a level whose average is a whole step (1.0) or more below the level below's. Only
    statements that say how far they reach count: one that names no one beyond the holder
    and nothing of the holder's own ("Sets the standards for operational approach") has an
    unknown reach, not the holder's own; a level fewer than two of whose statements say is
    left alone (the levels either side of it are compared): one statement naming the team ("I
    am not afraid to give my thoughts to the team") is no level's reach. Ineffective
    statements do not count: what a holder should not do says nothing of reach.

    Opt-in (``select="P002"``): the scope classifier is a keyword heuristic, and on real
    frameworks most of its findings read false (see the precision table).

    **Why it matters.** Cumulative levels should widen reach as they rise; a narrowing means
    the higher level asks less of its holder than the lower one did.

    **Example.** Level 2 "Builds a learning culture across the whole team" and "Shares lessons
    with the whole team"; level 3 only "Reflects on their own mistakes" and "Keeps their own
    notes up to date".

    **Fix.** Widen the higher level's statements, or reorder the levels' content.
    """
    ind = ctx.indicators
    names = dict(zip(ind["level_rank"], ind["level_name"], strict=False))
    ids = dict(zip(ind["level_rank"], ind["level"], strict=False))
    comps = {c.id: c.name for c in ctx.fw.competency_records}
    stated = ((ind["scope_rank"] > 0) | ind["text"].str.contains(PERSONAL)) & ind["polarity"].eq(
        "effective"
    )
    cells = ind[stated].groupby(["competency_id", "level_rank"])["scope_rank"]
    mean = cells.mean()[cells.size() >= MIN_STATED]
    for comp, per_level in mean.groupby(level=0):
        ranks = per_level.droplevel(0)
        for lower, upper in zip(ranks.index, ranks.index[1:], strict=False):
            if ranks[upper] <= ranks[lower] - SHRINK:
                yield {
                    "competency_id": comp,
                    "level": ids[upper],
                    "message": f"{comps.get(comp, comp)}: mean scope falls from "
                    f"{ranks[lower]:.1f} at {names[lower]} to {ranks[upper]:.1f} at {names[upper]} "
                    "(0 self, 1 line-managed people, 2 team or service, 3 organisation)",
                }


@rule("P003", "level-adds-nothing", "warning")
def level_adds_nothing(ctx: Context):
    """Every statement of a competency at a level repeats a lower level.

    **What it does.** In a cumulative framework, flags a competency × level cell whose
    statements are all repeats (rule C001) of lower-level statements of the competency. A
    framework that is not cumulative is left alone: there a level keeps a lower level's
    statement by repeating it (several grades may share one track's text).

    **Why it matters.** The level then expects nothing more than the level below, so the
    level boundary means nothing for this competency.

    **Example.** Level 3 of *Communication* repeats level 2's two statements.

    **Fix.** Write what the level adds, or leave the competency out of the level.
    """
    if not ctx.fw.cumulative:
        return
    repeated = set(repeats(cross_level(ctx, same_competency=True))["indicator_id_b"])
    ind = ctx.indicators
    keys = ["competency_id", "level"]
    every = ind["indicator_id"].isin(repeated).groupby([ind[k] for k in keys], sort=False).all()
    competencies = {c.id: c.name for c in ctx.fw.competency_records}
    levels = {lv.id: lv.name for lv in ctx.fw.level_records}
    for comp, level in every[every].index:
        if level != ctx.fw.level_ids[0]:
            yield {
                "competency_id": comp,
                "level": level,
                "message": f"{competencies.get(comp, comp)} at {levels.get(level, level)} adds "
                "nothing over the lower levels: every statement repeats a lower level's",
            }
