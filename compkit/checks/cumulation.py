"""Cumulation rules (C): statements repeated or restated at a higher level, and near-duplicates.

Levels are cumulative, so whatever a lower level asks is already asked of every higher level.
The rules read :attr:`Context.pairs <compkit.checks.context.Context.pairs>`, similar pairs of
statements and sentences found by :func:`~compkit.checks.similarity.similar_pairs`; the
thresholds (``REPEAT``, ``NEAR``, ``EXTENDS``) are documented there.
"""

from __future__ import annotations

import pandas as pd

from ..framework.text import normalise
from .context import Context
from .registry import rule
from .similarity import EXTENDS, NEAR, REPEAT

#: Units with fewer content words than this are too short for the containment rules.
MIN_TOKENS = 4


def cross_level(ctx: Context, *, same_competency: bool) -> pd.DataFrame:
    """Similar pairs across levels, within one competency or across competencies."""
    p = ctx.pairs
    same = p["competency_id_a"] == p["competency_id_b"]
    return p[(p["level_rank_a"] < p["level_rank_b"]) & (same if same_competency else ~same)]


def _best(pairs: pd.DataFrame, *, order: list[str]) -> pd.DataFrame:
    """One row per (higher, lower) statement pair: the first after sorting on ``order``."""
    ranked = pairs.sort_values(order, ascending=False, kind="stable")
    return ranked.drop_duplicates(["indicator_id_b", "indicator_id_a"]).sort_index()


def repeats(pairs: pd.DataFrame) -> pd.DataFrame:
    """Higher statements that add nothing: the same as a lower unit, or wholly inside one.

    Only at no wider scope: "the organisation's workload" for "their own workload" is how a
    level builds on the one below, not a repeat.
    """
    inside = (pairs["b_in_a"] >= EXTENDS) & (pairs["n_tokens_b"] >= MIN_TOKENS)
    same = (pairs["cosine"] >= REPEAT) | inside
    hit = pairs[pairs["whole_b"] & same & (pairs["scope_rank_b"] <= pairs["scope_rank_a"])]
    return _best(hit, order=["cosine", "b_in_a"])


def _verbatim(lower: pd.Series, higher: pd.Series) -> pd.Series:
    """Whether each lower text (less its final stop) stands word for word in the higher one."""
    found = [
        normalise(a).casefold().rstrip(".,;: ") in normalise(b).casefold()
        for a, b in zip(lower, higher, strict=True)
    ]
    return pd.Series(found, index=lower.index, dtype=bool)


def restatements(pairs: pd.DataFrame) -> pd.DataFrame:
    """Higher statements that restate a lower statement or sentence, then add to it.

    A restatement is word for word, or keeps >= ``EXTENDS`` of the lower unit's content words
    at no wider scope (a wider scope is how a level legitimately builds on the one below).
    Pairs that are plain repeats (:func:`repeats`) are left out.
    """
    cand = pairs[pairs["whole_b"] & (pairs["n_tokens_a"] >= MIN_TOKENS)]
    cand = cand.assign(verbatim=_verbatim(cand["text_a"], cand["text_b"]))
    contained = (cand["a_in_b"] >= EXTENDS) & (cand["scope_rank_b"] <= cand["scope_rank_a"])
    hit = cand[cand["verbatim"] | contained]
    rep = repeats(pairs)
    is_repeat = pd.MultiIndex.from_frame(hit[["indicator_id_b", "indicator_id_a"]]).isin(
        pd.MultiIndex.from_frame(rep[["indicator_id_b", "indicator_id_a"]])
    )
    return _best(hit[~is_repeat], order=["verbatim", "whole_a", "a_in_b"])


def _finding(r, message: str) -> dict:
    return {
        "indicator_id": r.indicator_id_b,
        "related_id": r.indicator_id_a,
        "competency_id": r.competency_id_b,
        "level": r.level_b,
        "message": message,
    }


def _lower(r) -> str:
    """How to name the lower unit: the statement, or its sentence."""
    if r.whole_a:
        return f"the {r.level_name_a} statement {r.indicator_id_a}"
    return f"sentence {r.part_a} of the {r.level_name_a} statement {r.indicator_id_a}"


@rule("C001", "repeated-at-higher-level", "warning")
def repeated_at_higher_level(ctx: Context):
    """A statement is repeated, adding nothing, at a higher level of the same competency.

    **What it does.** Finds a higher-level statement that is the same as a lower-level
    statement (or sentence) of its competency, at no wider scope: cosine similarity of their
    content words >= 0.85, or >= 85 % of the higher statement's content words (4 or more)
    inside the lower one. The same words about a wider reach ("the organisation's workload"
    for "their own workload") are how levels should build, and are not flagged.

    **Why it matters.** Levels are cumulative: a holder of the higher level already has to show
    the lower statement, so the repeat adds length and no expectation.

    **Example.** Level 1 "I keep myself up to date"; level 3 "I keep myself up to date".

    **Fix.** Delete the higher statement, or rewrite it to say what more is expected.
    """
    for r in repeats(cross_level(ctx, same_competency=True)).itertuples(index=False):
        yield _finding(
            r,
            f"repeats {_lower(r)} and adds nothing (similarity {r.cosine:.2f}; "
            f"{r.b_in_a:.0%} of its content words are in the lower one)",
        )


@rule("C002", "restated-at-higher-level", "warning")
def restated_at_higher_level(ctx: Context):
    """A higher-level statement restates a lower-level one of its competency, then extends it.

    **What it does.** Finds a higher-level statement that contains a lower-level statement, or
    one sentence of it, of the same competency: word for word, or >= 85 % of its content words
    (4 or more) at no wider scope. A restatement that widens the scope ("the quality of my own
    work" to "the quality of our team's work") is how levels should build, and is not flagged.

    **Why it matters.** The lower statement already applies to the higher level; repeating it
    hides what the higher level really adds.

    **Example.** Level 1 "I am aware of my team's budget and financial targets."; level 2 "I am
    aware of my team's budget and financial targets. I contribute to achieving these...".

    **Fix.** Keep only the extension at the higher level ("I contribute to achieving my team's
    budget targets by ...").
    """
    for r in restatements(cross_level(ctx, same_competency=True)).itertuples(index=False):
        if r.verbatim:
            quote = "" if r.whole_a else f" ('{r.text_a.rstrip('.')}')"
            message = f"restates {_lower(r)} word for word{quote}, then extends it"
        else:
            message = (
                f"restates {_lower(r)} and extends it ({r.a_in_b:.0%} of the lower "
                "content words, at no wider scope)"
            )
        yield _finding(r, message)


@rule("C003", "near-duplicate-within-level", "warning")
def near_duplicate_within_level(ctx: Context):
    """Two statements at the same level say nearly the same thing.

    **What it does.** Finds pairs of statements at one level, in the same or different
    competencies, with cosine similarity of content words >= 0.6 (after stop words and common
    suffixes are removed, so rewordings still match).

    **Why it matters.** The holder is asked twice for one behaviour, and the two competencies
    overlap where the framework means them to be distinct.

    **Example.** "Has excellent verbal and written communication skills" and "Uses excellent
    communication skills (written and verbal)" at the same level.

    **Fix.** Merge them into one statement in the competency it belongs to.
    """
    p = ctx.pairs
    same = p[
        (p["level_rank_a"] == p["level_rank_b"])
        & p["whole_a"]
        & p["whole_b"]
        & (p["cosine"] >= NEAR)
    ]
    for r in same.itertuples(index=False):
        yield _finding(
            r, f"nearly duplicates {r.indicator_id_a} at the same level (similarity {r.cosine:.2f})"
        )


@rule("C004", "repeated-from-other-competency", "info")
def repeated_from_other_competency(ctx: Context):
    """A higher-level statement is already required by a lower level of another competency.

    **What it does.** Finds a higher-level statement that repeats, or stands inside (>= 85 %
    of its 4 or more content words), a lower-level statement of a *different* competency, at
    no wider scope.

    **Why it matters.** Cumulative levels already require it of the holder; the framework
    says it twice under two headings.

    **Example.** Skilled *Partnerships* "...excellent written and verbal communication skills..."
    and Supervisory *Managing Work* "Has excellent verbal and written communication skills".

    **Fix.** Keep the statement in one competency, or make the higher one ask for more.
    """
    for r in repeats(cross_level(ctx, same_competency=False)).itertuples(index=False):
        yield _finding(
            r,
            f"is already required at {r.level_name_a} by {r.indicator_id_a} in {r.competency_id_a} "
            f"({r.b_in_a:.0%} of its content words)",
        )
