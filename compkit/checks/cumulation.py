"""Cumulation rules (C001, C002): statements repeated or restated at a higher level.

Levels are cumulative, so whatever a lower level asks is already asked of every higher level.
The rules read :attr:`Context.pairs <compkit.checks.context.Context.pairs>`, similar pairs of
statements and sentences found by :func:`~compkit.checks.similarity.similar_pairs`; the
thresholds (``REPEAT``, ``NEAR``, ``EXTENDS``) are documented there. Near-duplicates at one
level (C003) and repeats from another competency (C004) are in :mod:`compkit.checks.overlap`,
which reads the helpers here.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..framework.text import normalise
from .conditions import conditions
from .context import Context
from .grouping import also_at, chains, quoted
from .registry import rule
from .similarity import EXTENDS, REPEAT, cosine_between, stemmed_words
from .wording import (
    asks_the_same,
    changes_words,
    keeps_opening_clause,
    numbers_within,
    opening_words,
    parallel_wording,
    reworded,
    stems_differ,
)

#: Units with fewer content words than this are too short for the containment rules.
MIN_TOKENS = 4
#: Content words a higher statement must open with, in the order of a lower one's (C002).
OPENING = 5
#: Two competencies alike at this many levels are parallel tracks written from one template.
TEMPLATE_LEVELS = 3


def cross_level(ctx: Context, *, same_competency: bool) -> pd.DataFrame:
    """Similar pairs across levels, within one competency or across competencies."""
    p = ctx.pairs
    same = p["competency_id_a"] == p["competency_id_b"]
    return p[(p["level_rank_a"] < p["level_rank_b"]) & (same if same_competency else ~same)]


def parallel_tracks(ctx: Context, pairs: pd.DataFrame) -> pd.Series:
    """Whether each pair joins two competencies written from one template.

    Career ladders often describe parallel tracks (mobile, web client, servers) in the same
    words with the subject changed; two competencies whose whole statements of one polarity
    are near-duplicates (cosine >= ``NEAR``) at ``TEMPLATE_LEVELS`` levels or more are such
    tracks, and their likeness is by design. Each pair of competencies is compared once, when
    a rule first asks.
    """
    known: dict[str, bool] = ctx.shared.setdefault("tracks", {})  # type: ignore[assignment]
    key = _unordered(pairs)
    cross = pairs[pairs["competency_id_a"] != pairs["competency_id_b"]]
    new = cross[~key[cross.index].isin(known)]
    if not new.empty:
        wanted = set(zip(new["competency_id_a"], new["competency_id_b"], strict=True))
        known.update(dict.fromkeys(_unordered(new), False))
        known.update(dict.fromkeys(_tracks(ctx, wanted), True))
    return key.map(lambda k: known.get(k, False)).astype(bool)


def _tracks(ctx: Context, wanted: set[tuple[str, str]]) -> set[str]:
    """The pairs of competencies in ``wanted`` that are parallel tracks."""
    ind = ctx.indicators.reset_index(drop=True)
    alike = cosine_between(ind["text"].tolist(), ind["competency_id"].tolist(), wanted)
    a, b = ind.loc[alike["i"]].reset_index(drop=True), ind.loc[alike["j"]].reset_index(drop=True)
    same = (a["polarity"] == b["polarity"]).to_numpy()
    a, b = a[same], b[same]
    both = pd.DataFrame(
        {"competency_id_a": a["competency_id"], "competency_id_b": b["competency_id"]}
    )
    key = _unordered(both)
    levels = pd.concat([a["level"], b["level"]]).groupby(pd.concat([key, key])).nunique()
    return set(levels[levels >= TEMPLATE_LEVELS].index)


def _unordered(pairs: pd.DataFrame) -> pd.Series:
    a, b = pairs["competency_id_a"], pairs["competency_id_b"]
    return a.where(a < b, b) + "|" + b.where(a < b, a)


def _best(pairs: pd.DataFrame, *, order: list[str]) -> pd.DataFrame:
    """One row per (higher, lower) statement pair: the first after sorting on ``order``."""
    ranked = pairs.sort_values(order, ascending=False, kind="stable")
    return ranked.drop_duplicates(["indicator_id_b", "indicator_id_a"]).sort_index()


def repeats(pairs: pd.DataFrame, *, by_stem: bool = True) -> pd.DataFrame:
    """Higher statements that add nothing: every content word is in a lower unit.

    The higher statement has 4 or more content words, or is the same as the lower one (cosine
    >= ``REPEAT``); and it is at no wider scope: "the organisation's workload" for "their own
    workload" is how a level builds on the one below, not a repeat; nor is a statement under
    a stem that says more (``by_stem``).
    """
    inside = (pairs["only_b"] == 0) & (
        (pairs["n_tokens_b"] >= MIN_TOKENS) | (pairs["cosine"] >= REPEAT)
    )
    hit = pairs[pairs["whole_b"] & inside & (pairs["scope_rank_b"] <= pairs["scope_rank_a"])]
    # the higher asks what the lower asks: "5 years" adds to "2 years", "own" is no "delegate"
    hit = hit[asks_the_same(hit["text_b"], hit["text_a"])]
    hit = hit[~changes_words(hit["text_a"], hit["text_b"])]  # "no support" for "minimal"
    hit = hit[~stems_differ(hit)] if by_stem else hit  # "With guidance, I can:" grows
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
    at no wider scope (a wider scope is how a level legitimately builds on the one below),
    and adds a word. Pairs that are plain repeats (:func:`repeats`) are left out.
    """
    cand = pairs[pairs["whole_b"] & (pairs["n_tokens_a"] >= MIN_TOKENS) & (pairs["only_b"] > 0)]
    cand = cand.assign(verbatim=_verbatim(cand["text_a"], cand["text_b"]))
    contained = (cand["a_in_b"] >= EXTENDS) & (cand["scope_rank_b"] <= cand["scope_rank_a"])
    loose = contained & ~cand["verbatim"]  # "board level" for "peer level", "a wide range"
    contained[loose] = ~reworded(cand.loc[loose, "text_a"], cand.loc[loose, "text_b"])
    hit = cand[(cand["verbatim"] | contained) & asks_the_same(cand["text_a"], cand["text_b"])]
    return _best(_less(hit, repeats(pairs, by_stem=False)), order=["verbatim", "whole_a", "a_in_b"])


def _less(hit: pd.DataFrame, other: pd.DataFrame) -> pd.DataFrame:
    """``hit`` less the (higher, lower) statement pairs that are in ``other``."""
    keys = ["indicator_id_b", "indicator_id_a"]
    taken = pd.MultiIndex.from_frame(hit[keys]).isin(pd.MultiIndex.from_frame(other[keys]))
    return hit[~taken]


def same_openings(ctx: Context) -> pd.DataFrame:
    """Pairs of statements of one competency and polarity at two levels that open alike.

    "Acts as a positive role model for innovation, creativity and change" and, a level up,
    "Act as a positive role model for innovation and inspires others": the first ``OPENING``
    content words, stemmed, in order, are the same. Columns as :attr:`Context.pairs`.
    """
    ind = ctx.indicators
    # "Acts" and "Act": the stemmer keeps short words whole, so drop a final -s here too
    rows, codes, vocab = stemmed_words(ind["text"].tolist())
    nth = np.arange(len(rows)) - np.searchsorted(rows, rows)  # position in its statement
    words = pd.Series(vocab, dtype=object).str.replace(r"(?<=[^s])s$", "", regex=True).to_numpy()
    grid = np.full((len(ind), OPENING), "", dtype=object)  # the first words, a column each
    early = nth < OPENING
    grid[rows[early], nth[early]] = words[codes[early]]
    first = pd.Series(grid[:, 0], index=ind.index, dtype=object)
    for k in range(1, OPENING):
        first = first + " " + grid[:, k]
    whole = np.bincount(rows[early], minlength=len(ind)) == OPENING
    first = first.where(whole, "")  # fewer words than an opening: none
    ind = ind.assign(opening=first)[first.str.count(" ") == OPENING - 1]
    cols = ["indicator_id", "competency_id", "level", "level_name", "level_rank", "text"]
    merged = ind.merge(ind, on=["competency_id", "polarity", "opening"], suffixes=("_a", "_b"))
    merged = merged[merged["level_rank_a"] < merged["level_rank_b"]]
    merged = merged.assign(competency_id_a=merged["competency_id"])
    merged = merged.assign(competency_id_b=merged["competency_id"], whole_a=True, part_a=0)
    keep = [f"{c}_{s}" for c in cols for s in "ab"] + ["whole_a", "part_a"]
    merged = merged[
        numbers_within(merged["text_a"].map(lambda t: opening_words(t, OPENING)), merged["text_b"])
    ]
    return merged[keep].reset_index(drop=True)


def _finding(r, message: str) -> dict:
    return {
        "indicator_id": r.indicator_id_b,
        "related_id": r.indicator_id_a,
        "competency_id": r.competency_id_b,
        "level": r.level_b,
        "message": message,
    }


def _lower(r) -> str:
    """How to name the lower unit, quoted: the statement, or its sentence."""
    if r.whole_a:
        return f"the {r.level_name_a} statement {quoted(r.text_a, 12)}"
    a = "an" if r.level_name_a[:1] in "AEIOUaeiou" else "a"  # "of an Associate statement"
    return f"sentence {r.part_a} of {a} {r.level_name_a} statement, {quoted(r.text_a, 12)},"


@rule("C001", "repeated-at-higher-level", "warning")
def repeated_at_higher_level(ctx: Context):
    """A statement is repeated, adding nothing, at a higher level of the same competency.

    **What it does.** In a cumulative framework, finds a higher-level statement every content
    word of which (4 or more, or the same words: cosine >= 0.85) is in a lower-level statement,
    or sentence, of its competency and polarity, at no wider scope, with no number the lower one
    lacks, in figures or words ("5 years" does not repeat "2 years", nor "six to eight" "two or
    three"), asking what the lower asks (C003's test: no verb "own" for "delegate", no words set
    in each other's places, "high risk and low reversibility" for "low risk and high
    reversibility", no "A/B" the lower lacks). A higher statement with one word more ("major
    contributions") or one word changed ("complex error cases" for "simple"; "high business
    risk" for "medium", though "high" is in the lower one too; "with no support" for "with
    minimal support") says how the level grows, and is not flagged; nor is a statement repeated
    in a framework that is not cumulative, where the repeat is how the higher level keeps it,
    nor one under a level stem that says more ("At basic level and with autonomy ..., I can:"
    over "At basic level and with guidance, I can:"), nor one that drops a limit of the lower
    one ("select safety measures" for "select well-defined and routine safety measures"), nor a
    condition of the level that each level's entry repeats, not a behaviour of its holder
    ("Nominated by a maintainer", "With no objections from other maintainers":
    :mod:`compkit.checks.conditions`). A statement repeated at several levels is one finding, at
    its first repeat, naming the others: repeated at levels 4 to 7, it is one finding, not six.

    **Why it matters.** Levels are cumulative: a holder of the higher level already has to show
    the lower statement, so the repeat adds length and no expectation.

    **Example.** Level 1 "I keep myself up to date"; level 3 "I keep myself up to date".

    **Fix.** Delete the higher statement, or rewrite it to say what more is expected.
    """
    if not ctx.fw.cumulative:
        return
    found = repeats(cross_level(ctx, same_competency=True))
    voices = found["indicator_id_b"].map(ctx.indicators.set_index("indicator_id")["voice"])
    for chain in chains(found[~conditions(found["text_b"], voices)]):
        r, again = next(chain.itertuples(index=False)), chain.iloc[1:]
        yield _finding(
            r,
            f"repeats {_lower(r)} and adds nothing (similarity {r.cosine:.2f}; "
            "every content word is in the lower one)" + also_at(again, "repeat", "repeats"),
        )


@rule("C002", "restated-at-higher-level", "warning")
def restated_at_higher_level(ctx: Context):
    """A higher-level statement restates a lower-level one of its competency, then extends it.

    **What it does.** In a cumulative framework, finds a higher-level statement that contains a
    lower-level statement, or one sentence of it, of the same competency and polarity: word for
    word, or >= 85 % of its content words (4 or more) at no wider scope, or that opens with the
    same five content words in the same order, where the words the two share make a whole clause
    of the lower one ("Act as a positive role model for innovation and inspires others" for
    "Acts as a positive role model for innovation, creativity and change"), and keeps its
    numbers ("between 1 and 3 years" is not restated in "between 3 and 5 years") and what the
    lower one asks (C003's test: "own" is not "delegate", "low risk and high reversibility" is
    not "high risk and low reversibility"). A lower statement, or sentence, restated at several
    levels is one finding, at its first restatement, naming the others. A restatement that
    widens the scope ("the quality of my own work" to "the quality of our team's work") is how
    levels should build, and is not flagged; nor is one that keeps the lower statement's words
    but swaps one for another ("... in BrightHR at management/board level" a level above "... at
    peer level") or puts words among them ("differentiate a variety of risks" for "differentiate
    risks"; "across a whole squad of engineers" for "in other engineers", its last word closing
    both), or parts from it mid-clause ("run design sessions that include senior leaders" for
    "run a design session with your team"): that says how it grows.

    **Why it matters.** The lower statement already applies to the higher level; repeating it
    hides what the higher level really adds.

    **Example.** Level 1 "I am aware of my team's budget and financial targets."; level 2 "I am
    aware of my team's budget and financial targets. I contribute to achieving these...".

    **Fix.** Keep only the extension at the higher level ("I contribute to achieving my team's
    budget targets by ...").
    """
    if not ctx.fw.cumulative:
        return
    pairs = cross_level(ctx, same_competency=True)
    found = restatements(pairs)
    opening = _less(_less(same_openings(ctx), found), repeats(pairs, by_stem=False))
    opening = opening[~parallel_wording(opening["text_a"], opening["text_b"])]
    opening = opening[keeps_opening_clause(opening["text_a"], opening["text_b"])]
    opens = opening["text_a"].map(lambda t: opening_words(t, OPENING))
    opening = opening[asks_the_same(opens, opening["text_b"])]  # "Owns ..." beside "Delegates"
    reach = dict(zip(ctx.indicators["indicator_id"], ctx.indicators["scope_rank"], strict=True))
    wider = opening["indicator_id_b"].map(reach) > opening["indicator_id_a"].map(reach)
    opening = opening[~wider].assign(verbatim=False, opens=True)  # a wider reach: levels build
    both = pd.concat([found.assign(opens=False), opening], ignore_index=True)
    # a lower statement (or sentence) restated at several levels is one finding, naming them;
    # a sentence the levels between repeat word for word is restated from its first level
    first = both.assign(words=both["text_a"].map(_plain)).sort_values("level_rank_a", kind="stable")
    both = first.drop_duplicates(["indicator_id_b", "words"]).sort_index()
    unit = both["indicator_id_a"] + "#" + both["part_a"].fillna(0).astype(int).astype(str)
    for _, group in both.assign(unit=unit).groupby("unit", sort=False):
        group = group.sort_values("level_rank_b", kind="stable")
        r, again = next(group.itertuples(index=False)), group.iloc[1:]
        if r.opens:
            lower = f"the {r.level_name_a} statement"  # its opening quoted, not its whole
            message = (
                f"opens as {lower} {quoted(opening_words(r.text_a, OPENING) + ' ...')} does, "
                "restating it before it adds more"
            )
        elif r.verbatim:
            message = f"restates {_lower(r)} word for word, then extends it"
        else:
            message = (
                f"restates {_lower(r)} and extends it ({r.a_in_b:.0%} of the lower "
                "content words, at no wider scope)"
            )
        yield _finding(r, message + also_at(again, "restate", "restates"))


#: A similarity that prints as 1.00: the statements have the same content words.
_IDENTICAL = 0.995


def _plain(text: str) -> str:
    """A statement's words, for telling identical statements: case, spaces and stops aside."""
    return " ".join(normalise(text).casefold().rstrip(".;: ").split())
