"""The consistency rules, by family: structure, cumulation, progression, text quality, values.

Each rule yields dicts with ``message`` and, where it applies, ``indicator_id``,
``related_id``, ``competency_id`` and ``level``. Thresholds are module constants, documented in
the rules that use them and tested in ``tests/test_checks.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

import pandas as pd

from ..text import SCOPES, normalise
from .context import Context
from .registry import rule
from .similarity import EXTENDS, NEAR, REPEAT

#: Statements with fewer content words than this are too short for containment rules.
MIN_TOKENS = 4
#: A statement this many scope steps below its level's typical scope is flagged (P001).
SCOPE_DROP = 3
#: A competency's widest scope dropping this many steps from one level to the next is flagged.
SHRINK = 2
#: Fewer words than this make a statement a fragment (T003).
MIN_WORDS = 3
#: A share of statements in one voice at or above this sets the framework's pattern (T007).
VOICE_SHARE = 0.8


# -- Structure -------------------------------------------------------------------------------


@rule("S001", "empty-cell", "warning")
def empty_cell(ctx: Context):
    """A competency has no statement at a level it is described at.

    **What it does.** Finds competency × level cells with no indicator, where the competency
    applies at that level (all levels, unless the competency lists its ``levels:``).

    **Why it matters.** A holder of that level gets no guidance for the competency, and
    comparisons read the gap as "nothing new expected".

    **Example.** A framework with levels 1-4 whose *Sustainability* has statements at levels
    1, 2 and 4 only.

    **Fix.** Write the level's statements, or declare ``levels:`` on the competency to say it
    is described at some levels only.
    """
    counts = ctx.fw.counts()
    for comp in ctx.fw.competency_records:
        for level in comp.levels or ctx.fw.level_ids:
            if counts.loc[comp.id, level] == 0:
                yield {
                    "competency_id": comp.id,
                    "level": level,
                    "message": f"{comp.name} has no statements at {ctx.fw.level(level).name}",
                }


@rule("S002", "numbering-gap", "warning")
def numbering_gap(ctx: Context):
    """The source numbering of a cell skips or repeats a number.

    **What it does.** Within each competency × level cell, compares the source's own numbers
    (``source.numbers``, including numbers joined by a recorded repair) with 1..n.

    **Why it matters.** A gap usually means a statement was lost in conversion; a repeat, that
    two were merged or pasted twice.

    **Example.** A cell numbered 1, 2, 4, 5.

    **Fix.** Find the missing statement in the source, or record the repair that explains it.
    """
    for (comp, level), cell in ctx.fw.indicators.groupby(["competency_id", "level"], sort=False):
        nums = [int(n) for s in cell["source_numbers"] if s for n in s.split(",")]
        if not nums:
            continue
        seen = Counter(nums)
        missing = sorted(set(range(1, max(nums) + 1)) - set(nums))
        repeated = sorted(n for n, k in seen.items() if k > 1)
        if missing or repeated:
            parts = ([f"missing {', '.join(map(str, missing))}"] if missing else []) + (
                [f"repeated {', '.join(map(str, repeated))}"] if repeated else []
            )
            yield {
                "competency_id": comp,
                "level": level,
                "message": f"numbering of {comp} at {level}: {'; '.join(parts)}",
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
                    "message": f"{kind} id '{ident}' is used {k} times",
                }


@rule("S004", "role-level-not-cumulative", "warning")
def role_level_not_cumulative(ctx: Context):
    """A role requires a level whose lower levels it does not also require.

    **What it does.** In a framework that is not cumulative (``cumulative: false``), flags a
    role that requires a level above the lowest of a competency: nothing then makes the role
    meet the levels below.

    **Why it matters.** Readers assume a senior role includes the basics; in a non-cumulative
    framework it does not unless the role says so.

    **Example.** ``cumulative: false`` and a role requiring *Leading* at level 3.

    **Fix.** Declare the framework cumulative, or profile the role at each level it needs.
    """
    if ctx.fw.cumulative:
        return
    for role in ctx.fw.role_records:
        for comp, level in role.requires:
            if ctx.fw.level(level).rank > 1:
                yield {
                    "competency_id": comp,
                    "level": level,
                    "message": f"role '{role.id}' requires {comp} at {level}, but the "
                    "framework is not cumulative, so the lower levels are not "
                    "required with it",
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
            if comp not in comps:
                yield {"message": f"role '{role.id}' requires unknown competency '{comp}'"}
            elif level not in levels:
                yield {
                    "competency_id": comp,
                    "message": f"role '{role.id}' requires unknown level '{level}'",
                }
            elif comps[comp].levels and level not in comps[comp].levels:
                yield {
                    "competency_id": comp,
                    "level": level,
                    "message": f"role '{role.id}' requires {comp} at {level}, a level it is "
                    f"not described at ({', '.join(comps[comp].levels)})",
                }


# -- Cumulation ------------------------------------------------------------------------------


def _cross_level(ctx: Context, *, same_competency: bool) -> pd.DataFrame:
    p = ctx.pairs
    same = p["competency_id_a"] == p["competency_id_b"]
    return p[(p["level_rank_a"] < p["level_rank_b"]) & (same if same_competency else ~same)]


def _repeats(pairs: pd.DataFrame) -> pd.DataFrame:
    """Higher statement adds nothing: the same statement, or wholly inside the lower one."""
    inside = (pairs["b_in_a"] >= EXTENDS) & (pairs["n_tokens_b"] >= MIN_TOKENS)
    return pairs[(pairs["cosine"] >= REPEAT) | inside]


def _restatements(pairs: pd.DataFrame) -> pd.DataFrame:
    """Higher statement repeats the lower one and adds to it, at no wider scope."""
    verbatim = [
        normalise(b).casefold().startswith(normalise(a).casefold().rstrip("."))
        or normalise(a).casefold().rstrip(".") in normalise(b).casefold()
        for a, b in zip(pairs["text_a"], pairs["text_b"], strict=True)
    ]
    contained = (
        (pairs["a_in_b"] >= EXTENDS)
        & (pairs["n_tokens_a"] >= MIN_TOKENS)
        & (pairs["scope_rank_b"] <= pairs["scope_rank_a"])
    )
    keep = (
        (contained | pd.Series(verbatim, index=pairs.index, dtype=bool))
        & (pairs["cosine"] < REPEAT)
        & (pairs["b_in_a"] < EXTENDS)
    )
    return pairs[keep]


def _pair_findings(pairs: pd.DataFrame, template: str):
    for r in pairs.itertuples(index=False):
        yield {
            "indicator_id": r.indicator_id_b,
            "related_id": r.indicator_id_a,
            "competency_id": r.competency_id_b,
            "level": r.level_b,
            "message": template.format(r=r, cos=r.cosine, a_in_b=r.a_in_b, b_in_a=r.b_in_a),
        }


@rule("C001", "repeated-at-higher-level", "warning")
def repeated_at_higher_level(ctx: Context):
    """A statement is repeated, adding nothing, at a higher level of the same competency.

    **What it does.** Finds a higher-level statement that is the same as a lower-level one of
    its competency (cosine similarity of content words >= 0.85), or whose content words all
    but stand inside it (>= 85 % of them, for statements of 4 or more content words).

    **Why it matters.** Levels are cumulative: a holder of the higher level already has to show
    the lower statement, so the repeat adds length and no expectation.

    **Example.** Level 1 "I keep myself up to date"; level 3 "I keep myself up to date".

    **Fix.** Delete the higher statement, or rewrite it to say what more is expected.
    """
    yield from _pair_findings(
        _repeats(_cross_level(ctx, same_competency=True)),
        "repeats the lower-level statement {r.indicator_id_a} ({r.level_a}) adding nothing "
        "(similarity {cos:.2f}; {b_in_a:.0%} of its words are in the lower one)",
    )


@rule("C002", "restated-at-higher-level", "warning")
def restated_at_higher_level(ctx: Context):
    """A higher-level statement restates a lower-level one of its competency, then extends it.

    **What it does.** Finds a higher-level statement that contains a lower-level statement of
    the same competency word for word, or >= 85 % of its content words, at no wider scope.

    **Why it matters.** The lower statement already applies to the higher level; repeating it
    hides what the higher level really adds.

    **Example.** Level 1 "I am aware of my team's budget and financial targets."; level 2 "I am
    aware of my team's budget and financial targets. I contribute to achieving these...".

    **Fix.** Keep only the extension at the higher level ("I contribute to achieving my team's
    budget targets by ...").
    """
    pairs = _restatements(_cross_level(ctx, same_competency=True))
    for finding in _pair_findings(
        pairs,
        "restates the lower-level statement {r.indicator_id_a} ({r.level_a}) and extends "
        "it ({a_in_b:.0%} of the lower statement's words)",
    ):
        a = pairs.loc[pairs["indicator_id_b"] == finding["indicator_id"]]
        lower = normalise(a["text_a"].iloc[0]).casefold().rstrip(".")
        if lower in normalise(a["text_b"].iloc[0]).casefold():
            finding["message"] = (
                f"restates the lower-level statement "
                f"{finding['related_id']} word for word, then extends it"
            )
        yield finding


@rule("C003", "near-duplicate-within-level", "warning")
def near_duplicate_within_level(ctx: Context):
    """Two statements at the same level say nearly the same thing.

    **What it does.** Finds pairs of statements at one level, in the same or different
    competencies, with cosine similarity of content words >= 0.6 (after stop words and common
    suffixes are removed, so rewordings still match).

    **Why it matters.** The holder is asked twice for one behaviour, and the two competencies
    overlap where the framework means them to be distinct.

    **Example.** "Has excellent verbal and written communication skills" and "Uses sound
    communication skills (written and verbal)" at the same level.

    **Fix.** Merge them into one statement in the competency it belongs to.
    """
    p = ctx.pairs
    same = p[(p["level_rank_a"] == p["level_rank_b"]) & (p["cosine"] >= NEAR)]
    yield from _pair_findings(
        same, "nearly duplicates {r.indicator_id_a} at the same level (similarity {cos:.2f})"
    )


@rule("C004", "repeated-from-other-competency", "info")
def repeated_from_other_competency(ctx: Context):
    """A higher-level statement is already required by a lower level of another competency.

    **What it does.** Finds a higher-level statement whose content words (4 or more) stand
    inside a lower-level statement of a *different* competency (>= 85 %).

    **Why it matters.** Cumulative levels already require it of the holder; the framework
    says it twice under two headings.

    **Example.** Skilled *Partnerships* "...excellent written and verbal communication skills..."
    and Supervisory *Managing Work* "Has excellent verbal and written communication skills".

    **Fix.** Keep the statement in one competency, or make the higher one ask for more.
    """
    yield from _pair_findings(
        _repeats(_cross_level(ctx, same_competency=False)),
        "is already required at {r.level_a} by {r.indicator_id_a} in {r.competency_id_a} "
        "({b_in_a:.0%} of its words)",
    )


# -- Progression -----------------------------------------------------------------------------


@rule("P001", "scope-below-level", "info")
def scope_below_level(ctx: Context):
    """A statement's scope is well below what its level implies.

    **What it does.** Classifies each statement's scope (self < people one line-manages < a
    team or service < the organisation or sector; see :func:`compkit.text.scope`) and flags a
    statement at a level above the lowest whose scope is three steps below the level's typical
    (most common) scope: a *self* statement at a level whose statements are typically about
    the organisation or sector.

    **Why it matters.** Higher levels are meant to reach further; a personal-conduct statement
    among organisation-wide ones may belong at a lower level, or may need its reach stated.

    **Example.** At an executive level of organisation-wide statements: "Manages ambiguity and
    pressure in a self-reflective and positive way".

    **Fix.** Move it to the level where it belongs, or say how far it reaches at this level.
    """
    ind = ctx.indicators
    typical = ind.groupby("level")["scope_rank"].agg(lambda s: s.mode().max())
    lowest = ctx.fw.level_ids[0]
    for r in ind.itertuples(index=False):
        want = int(typical[r.level])
        if r.level != lowest and r.scope_rank <= want - SCOPE_DROP:
            yield {
                "indicator_id": r.indicator_id,
                "competency_id": r.competency_id,
                "level": r.level,
                "message": f"scope '{r.scope}' at {r.level_name}, where statements are "
                f"typically '{SCOPES[want]}'",
            }


@rule("P002", "scope-shrinks", "warning")
def scope_shrinks(ctx: Context):
    """A competency's widest scope is much narrower at a level than at the level below.

    **What it does.** For each competency, compares the widest scope of its statements at each
    level with the widest at the level below, and flags a drop of two or more steps (say from
    *team* to *self*).

    **Why it matters.** Cumulative levels should widen reach as they rise; a narrowing means
    the higher level asks less of its holder than the lower one did.

    **Example.** Level 2 "...for the team's budget"; level 3 only "...my own budget".

    **Fix.** Widen the higher level's statements, or reorder the levels' content.
    """
    ind = ctx.indicators
    widest = ind.groupby(["competency_id", "level_rank"])["scope_rank"].max()
    names = dict(zip(ind["level_rank"], ind["level_name"], strict=False))
    ids = dict(zip(ind["level_rank"], ind["level"], strict=False))
    for comp, per_level in widest.groupby(level=0):
        ranks = per_level.droplevel(0)
        for lower, upper in zip(ranks.index, ranks.index[1:], strict=False):
            if ranks[upper] <= ranks[lower] - SHRINK:
                yield {
                    "competency_id": comp,
                    "level": ids[upper],
                    "message": f"{comp}: widest scope at {names[upper]} is "
                    f"'{SCOPES[ranks[upper]]}', narrower than "
                    f"'{SCOPES[ranks[lower]]}' at {names[lower]}",
                }


@rule("P003", "level-adds-nothing", "warning")
def level_adds_nothing(ctx: Context):
    """Every statement of a competency at a level repeats a lower level.

    **What it does.** Flags a competency × level cell whose statements are all repeats
    (rule C001) of lower-level statements of the competency.

    **Why it matters.** The level then expects nothing more than the level below, so the
    level boundary means nothing for this competency.

    **Example.** Level 3 of *Communication* repeats level 2's two statements.

    **Fix.** Write what the level adds, or leave the competency out of the level.
    """
    reps = _repeats(_cross_level(ctx, same_competency=True))
    repeated = set(reps["indicator_id_b"])
    for (comp, level), cell in ctx.indicators.groupby(["competency_id", "level"], sort=False):
        if level != ctx.fw.level_ids[0] and set(cell["indicator_id"]) <= repeated:
            yield {
                "competency_id": comp,
                "level": level,
                "message": f"{comp} at {level} adds nothing over the lower levels",
            }


# -- Text quality ----------------------------------------------------------------------------


@rule("T001", "fragment-lower-case-start", "warning")
def fragment_lower_case_start(ctx: Context):
    """A statement starts in lower case.

    **What it does.** Flags statements whose first letter is lower case.

    **Why it matters.** It is usually the tail of a statement broken across numbers or lines.

    **Example.** "to be creative in their approach to their ideas".

    **Fix.** Join it to the statement it continues (record the repair), or capitalise it.
    """
    for r in ctx.indicators.itertuples(index=False):
        if r.text[:1].islower():
            yield {
                "indicator_id": r.indicator_id,
                "message": "starts in lower case: a fragment of a neighbouring statement?",
            }


@rule("T002", "fragment-trailing-comma", "warning")
def fragment_trailing_comma(ctx: Context):
    """A statement ends with a comma, colon, semicolon or dash.

    **What it does.** Flags statements whose last character promises more text.

    **Why it matters.** The statement was cut off, or its end was lost in conversion.

    **Example.** "I create organisational structures and systems that are robust and can
    withstand scrutiny,".

    **Fix.** Complete the statement, or end it with a full stop.
    """
    for r in ctx.indicators.itertuples(index=False):
        if r.text.rstrip()[-1:] in {",", ":", ";", "-", "–"}:
            yield {
                "indicator_id": r.indicator_id,
                "message": f"ends with '{r.text.rstrip()[-1]}': the statement looks cut off",
            }


@rule("T003", "fragment-too-short", "info")
def fragment_too_short(ctx: Context):
    """A statement has fewer than three words.

    **What it does.** Flags statements of one or two words.

    **Why it matters.** Too short to say what behaviour is expected, or how well.

    **Example.** "Is flexible".

    **Fix.** Say what the holder does, and to what standard.
    """
    for r in ctx.indicators.itertuples(index=False):
        if len(r.text.split()) < MIN_WORDS:
            yield {
                "indicator_id": r.indicator_id,
                "message": f"only {len(r.text.split())} words: too short to describe a behaviour",
            }


_STRAY_END = re.compile(r"\b([a-z][a-z']+)\s+([A-Z][a-z]+)[.\s]*$")


@rule("T004", "stray-word", "warning")
def stray_word(ctx: Context):
    """A statement ends with a stray capitalised word left over from document conversion.

    **What it does.** Flags a statement ending in a capitalised word after a lower-case one,
    where the word is not a proper noun of the framework (a word it capitalises elsewhere
    mid-sentence, or one listed in ``rules: {allow_words: [...]}``).

    **Why it matters.** Table conversion pastes headings and cell fragments onto statements
    ("...service users Person"); readers stumble on them.

    **Example.** "Uses communication effectively to assist planning between managers, team
    members and service users Person".

    **Fix.** Delete the stray word (record the repair), or allow it if it is a name.
    """
    proper = _proper_nouns(ctx)
    for r in ctx.indicators.itertuples(index=False):
        m = _STRAY_END.search(r.text)
        if m and m.group(2) not in proper:
            yield {
                "indicator_id": r.indicator_id,
                "message": f"ends with a stray capitalised word '{m.group(2)}'",
            }


def _proper_nouns(ctx: Context) -> set[str]:
    """Words the framework capitalises in the middle of a sentence, and its allowed words."""
    words: set[str] = set(ctx.fw.rules.get("allow_words", ()))
    texts = list(ctx.indicators["text"]) + [c.name for c in ctx.fw.competency_records]
    texts += [ctx.fw.organisation, ctx.fw.title, ctx.fw.short_name]
    counts: Counter[str] = Counter()
    for t in texts:
        for m in re.finditer(r"(?<=[a-z,] )([A-Z][A-Za-z]+)", t):
            counts[m.group(1)] += 1
    words |= {w for w, k in counts.items() if k >= 2}
    words |= set(re.findall(r"[A-Z][A-Za-z]+", f"{ctx.fw.organisation} {ctx.fw.short_name}"))
    return words


@cache
def _speller():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=1)


#: Common words missing from the bundled dictionary.
EXTRA_WORDS = frozenset({"etc", "quo", "multi", "wellbeing", "equalities", "co", "pre", "re"})
#: A known word this rare, next to a one-letter edit this many times commoner, is a typo.
RARE, COMMONER = 1.5e-7, 100
_AMERICAN = [
    (re.compile(r"is(ation|ations|ational|e|es|ed|ing|er|ers)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"our(s|ed|ing|al|able)?$"), r"or\1"),
    (re.compile(r"tred$"), "tered"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
]


def _american(word: str) -> str:
    """The American spelling of a British word form (-ise, -yse, -our, -tre), else the word."""
    for pattern, repl in _AMERICAN:
        word = pattern.sub(repl, word)
    return word


def _likely_typo(word: str) -> str | None:
    """A correction when ``word`` is unknown, or a rare word next to a far commoner one."""
    sp = _speller()
    w = word.lower().removesuffix("'s").removesuffix("'")
    if w in EXTRA_WORDS or w.isupper():
        return None
    american = _american(w)
    if american != w and american in sp:
        return None  # a British spelling
    if w not in sp:
        return sp.correction(w) or ""
    freq = sp.word_usage_frequency(w)
    if freq >= RARE:
        return None
    nearby = sp.known(sp.edit_distance_1(w)) - {w}
    best = max(nearby, key=sp.word_usage_frequency, default=None)
    if best and sp.word_usage_frequency(best) >= COMMONER * max(freq, 1e-12):
        return best
    return None


@rule("T005", "misspelling", "warning")
def misspelling(ctx: Context):
    """A word is misspelt.

    **What it does.** Checks every word against an English dictionary that ships with the
    package (pyspellchecker), reading British spellings (-ise, -our, -tre) as correct and
    allowing the framework's own proper nouns and ``rules: {allow_words: [...]}``. A real but
    rare word (frequency < 1.5e-7) one letter away from a word 100 times commoner is flagged
    too ("Wiling" for "Willing"). Real words in the wrong place ("practises" for the noun
    "practices") need a reader.

    **Why it matters.** Typos undermine a document that sets standards for staff.

    **Example.** "Wiling to lead the team".

    **Fix.** Correct the word, or add it to ``allow_words`` if it is a name or a term of art.
    """
    proper = _proper_nouns(ctx)
    seen: dict[str, str | None] = {}
    for r in ctx.indicators.itertuples(index=False):
        for i, m in enumerate(re.finditer(r"[A-Za-z][A-Za-z']*[A-Za-z]|[A-Za-z]", r.text)):
            word = m.group(0)
            if word in proper or (i > 0 and word[0].isupper()) or len(word) < 3:
                continue
            if word.lower() not in seen:
                seen[word.lower()] = _likely_typo(word)
            fix = seen[word.lower()]
            if fix is not None:
                hint = f"; did you mean '{fix}'?" if fix and fix != word.lower() else ""
                yield {"indicator_id": r.indicator_id, "message": f"'{word}' looks misspelt{hint}"}


_LEANS = re.compile(
    r"^\s*(Likewise|Similarly|Also|As above|As before|In addition|"
    r"Furthermore|This|These|The same)\b[,\s]",
    re.IGNORECASE,
)


@rule("T006", "leans-on-neighbour", "warning")
def leans_on_neighbour(ctx: Context):
    """A statement only makes sense after its neighbour ("Likewise, ...").

    **What it does.** Flags statements that open with a word pointing at another statement:
    Likewise, Similarly, Also, As above, In addition, Furthermore, This, These.

    **Why it matters.** Statements are read, assessed and mapped one at a time; a statement
    that leans on the one before loses its meaning when it stands alone.

    **Example.** "Likewise, must be open to other suggestions".

    **Fix.** Say it in full: "Is open to other people's suggestions, even when...".
    """
    for r in ctx.indicators.itertuples(index=False):
        if m := _LEANS.match(r.text):
            yield {
                "indicator_id": r.indicator_id,
                "message": f"opens with '{m.group(1)}': it leans on a neighbouring statement",
            }


@rule("T007", "voice-breaks-pattern", "warning")
def voice_breaks_pattern(ctx: Context):
    """A statement breaks the framework's grammatical voice.

    **What it does.** Finds the framework's pattern (first person "I ..." or third-person verbs
    "Manages ...", when at least 80 % of statements follow it) and flags the statements that
    do not: the other person, an imperative ("Act as ..."), a bare verb after an adverb
    ("Constantly seek ..."), or no verb at all ("Actively involved in ...").

    **Why it matters.** A consistent voice lets every statement complete "The holder ..." or
    "I ..."; a break reads as an instruction or a fragment.

    **Example.** In a third-person framework: "Act as a positive role model for innovation".

    **Fix.** Rewrite in the framework's voice: "Acts as a positive role model ...".
    """
    ind = ctx.indicators
    share = ind["voice"].value_counts(normalize=True)
    pattern = share.index[0] if len(share) else None
    if pattern is None or pattern == "other" or share.iloc[0] < VOICE_SHARE:
        return
    example = {"first": "I ...", "third": "Manages ..."}[pattern]
    for r in ind[ind["voice"] != pattern].itertuples(index=False):
        yield {
            "indicator_id": r.indicator_id,
            "message": f"not in the framework's {pattern}-person voice ('{example}', "
            f"{share.iloc[0]:.0%} of statements)",
        }


# -- Values ----------------------------------------------------------------------------------


@rule("V001", "value-not-expressed", "warning")
def value_not_expressed(ctx: Context):
    """A declared value is expressed by no competency.

    **What it does.** Lists values that no competency names in its ``values:``.

    **Why it matters.** A value nobody is assessed against is a slogan, not a standard.

    **Example.** Values BRAVE and KIND declared; no competency expresses KIND.

    **Fix.** Attach the value to the competencies that express it, or drop it.
    """
    used = {v for c in ctx.fw.competency_records for v in c.values}
    for value in ctx.fw.value_records:
        if value.id not in used:
            yield {"message": f"value '{value.name}' is expressed by no competency"}


_VALUES_MENTION = re.compile(
    r"\b(?:core|organisational|our|its|the)\s+values\b|\bvalues of\b", re.IGNORECASE
)


@rule("V002", "values-not-declared", "warning")
def values_not_declared(ctx: Context):
    """The framework refers to its values but declares none.

    **What it does.** When a framework declares no values, looks for references to them in
    its introduction and statements ("core values", "the values of ...").

    **Why it matters.** Statements that ask staff to act on the organisation's values cannot
    be assessed, or compared with another framework's values, when the values are not named.

    **Example.** "Individual competencies are directly aligned with WSX Mind's core values"
    with no values listed.

    **Fix.** Declare the values (``values:``) and attach them to competencies.
    """
    if ctx.fw.value_records:
        return
    hits = [("", p.text) for p in ctx.fw.introduction if _VALUES_MENTION.search(p.text)]
    hits += [
        (r.indicator_id, r.text)
        for r in ctx.indicators.itertuples(index=False)
        if _VALUES_MENTION.search(r.text)
    ]
    if hits:
        where = ", ".join(i or "introduction" for i, _ in hits[:6]) + (
            " ..." if len(hits) > 6 else ""
        )
        yield {"message": f"refers to its values {len(hits)} times ({where}) but declares none"}


@rule("V003", "value-name-variant", "info")
def value_name_variant(ctx: Context):
    """One declared value looks like a shortened form of another.

    **What it does.** Flags a value whose name is the start of another value's name.

    **Why it matters.** Usually one value printed incompletely ("COLLABORATIVE" for
    "COLLABORATIVE AND KIND"); comparisons then count two values where there is one.

    **Example.** Values "COLLABORATIVE" and "COLLABORATIVE AND KIND".

    **Fix.** Use one name for the value everywhere, or make the difference explicit.
    """
    names = {v.id: v.name.casefold() for v in ctx.fw.value_records}
    for vid, name in names.items():
        for other_id, other in names.items():
            if other_id != vid and other.startswith(name + " "):
                users = [c.id for c in ctx.fw.competency_records if vid in c.values]
                yield {
                    "message": f"value '{vid}' (used by {', '.join(users) or 'no competency'})"
                    f" looks like a shortened form of '{other_id}'"
                }
