"""What the rules look at: a framework's statements with scope, voice and similarity, computed once.

The similarity rules compare *units*: every statement as a whole and, for statements of several
sentences, each sentence on its own, so that a level-1 sentence restated inside a longer level-2
statement is found even when the rest of the level-1 statement differs.

The rules read words from statements whose curly quotation marks and apostrophes are straight
(:func:`plain`: "don’t" reads as "don't"), so that a framework that keeps its marks as published
is checked exactly as one typed with straight marks; the text as written is kept beside it
(``written``), for the rules on the marks themselves and for quoting words in messages.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cached_property

import pandas as pd

from ..framework.model import Framework
from ..framework.text import scope, scope_names
from .similarity import NEAR, similar_pairs, token_counts
from .voice import voice
from .words import BARE_INSTITUTIONS, METHOD_NAMES, TOOL_NAMES

#: Curly quotation marks and apostrophes, each read as its straight mark (one character for one).
_STRAIGHT = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'}
)
#: A word with an apostrophe inside it ("don’t", "organisation’s").
_APOSTROPHE_WORD = re.compile(r"\w+(?:['\u2018\u2019\u02bc]\w+)+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_MID_CAPITAL = re.compile(r"(?<=[a-z,] )([A-Z][A-Za-z]+)")
_PAIR_COLUMNS = [
    "indicator_id",
    "competency_id",
    "level",
    "level_name",
    "level_rank",
    "polarity",
    "part",
    "whole",
    "scope_rank",
    "n_tokens",
    "text",
    "stem",
]


def plain(text: str) -> str:
    """``text`` with its curly quotation marks and apostrophes straight, character for character.

    Examples
    --------
    >>> print(plain("Doesn\u2019t share the team\u2019s \u201cwins\u201d"))
    Doesn't share the team's "wins"
    """
    return text.translate(_STRAIGHT)


def as_written(said: str, written: str) -> str:
    """``said`` (words quoted from ``plain(written)``) with its apostrophes as ``written`` has them.

    Examples
    --------
    >>> as_written("'don't' looks misspelt", "We don\u2019t")
    "'don\u2019t' looks misspelt"
    """
    swaps = {}
    for m in _APOSTROPHE_WORD.finditer(written):
        swaps.setdefault(plain(m.group(0)), m.group(0))
    if not swaps or not said:
        return said
    return _APOSTROPHE_WORD.sub(lambda m: swaps.get(m.group(0), m.group(0)), said)


def sentences(text: str) -> list[str]:
    """Split a statement into sentences (a full stop, ! or ? followed by a capital).

    Examples
    --------
    >>> sentences("I am aware of the budget. I contribute to it. e.g. by saving")
    ['I am aware of the budget.', 'I contribute to it. e.g. by saving']
    """
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


class Context:
    """A framework prepared for the rules; every derived table is computed once, on first use."""

    def __init__(self, framework: Framework):
        self.fw = framework
        #: Results several rules share, computed by the first that needs them (by name).
        self.shared: dict[str, object] = {}

    @cached_property
    def indicators(self) -> pd.DataFrame:
        """The indicators with ``stem``, ``scope``, ``scope_rank``, ``voice``, ``n_tokens``.

        ``stem`` is the words the statement completes (:meth:`Framework.stem_for`), "" if none.
        ``text`` and ``stem`` have their curly marks straight (:func:`plain`); ``written`` is
        the statement as written.
        """
        ind = self.fw.indicators
        ind = ind.assign(written=ind["text"], text=ind["text"].map(plain))
        if "polarity" not in ind.columns:
            ind = ind.assign(polarity="effective")
        keys = list(zip(ind["competency_id"], ind["level"], ind["polarity"], strict=True))
        stems = {k: plain(self.fw.stem_for(*k)) for k in dict.fromkeys(keys)}  # a side's own
        stem = pd.Series([stems[k] for k in keys], index=ind.index, dtype=object)
        sc = scope(ind["text"], scope_names(self.fw))
        return ind.assign(
            stem=stem,
            scope=sc.astype(str),
            scope_rank=sc.cat.codes.astype("int64"),
            voice=voice(ind["text"], stem),
            n_tokens=token_counts(ind["text"].tolist()),
        )

    @cached_property
    def rows(self) -> list:
        """``(indicator_id, text)`` of every statement, as named tuples, for rules that loop."""
        return list(self.indicators[["indicator_id", "text"]].itertuples(index=False))

    @cached_property
    def units(self) -> pd.DataFrame:
        """Statements (``part`` 0) and, for multi-sentence ones, their sentences (1, 2, ...)."""
        ind = self.indicators
        parts = ind["text"].map(sentences)
        split = ind.assign(sentence=parts)[parts.map(len) > 1].explode("sentence")
        split = split.assign(text=split["sentence"], part=split.groupby(level=0).cumcount() + 1)
        units = pd.concat([ind.assign(part=0), split.drop(columns="sentence")])
        units = units.sort_index(kind="stable").reset_index(drop=True)
        whole = (units["part"] == 0).to_numpy()
        # whole statements keep the scope and word counts already found; sentences get theirs
        rank = units["scope_rank"].to_numpy().copy()
        count = units["n_tokens"].to_numpy().copy()
        parts = units.loc[~whole, "text"].tolist()
        rank[~whole] = scope(parts, scope_names(self.fw)).cat.codes.astype("int64").to_numpy()
        count[~whole] = token_counts(parts)
        return units.assign(whole=whole, scope_rank=rank, n_tokens=count)

    @cached_property
    def pairs(self) -> pd.DataFrame:
        """Similar unit pairs of two statements, both sides' attributes (``_a`` the lower level).

        Within a competency, every pair that reaches the thresholds; across competencies, the
        pairs in which one unit's content words are all in the other (see
        :func:`~compkit.checks.similarity.similar_pairs` with ``groups``): what the rules that
        look across competencies report.

        Only pairs of one polarity: an ineffective statement is never paired with an effective
        one. Columns: ``cosine``, ``a_in_b`` and ``b_in_a`` (containment, see
        :func:`~compkit.checks.similarity.similar_pairs`), ``only_a`` and ``only_b`` (how many
        content words each side has that the other lacks), and ``<column>_a`` / ``<column>_b``
        for ``indicator_id``, ``competency_id``, ``level``, ``level_name``, ``level_rank``,
        ``polarity``, ``part``, ``whole``, ``scope_rank``, ``n_tokens``, ``text`` (of the
        unit) and ``stem`` (of its cell).
        """
        units = self.units
        pairs = similar_pairs(
            units["text"].tolist(), threshold=NEAR, groups=units["competency_id"].tolist()
        )
        a = units.loc[pairs["i"], _PAIR_COLUMNS].reset_index(drop=True).add_suffix("_a")
        b = units.loc[pairs["j"], _PAIR_COLUMNS].reset_index(drop=True).add_suffix("_b")
        out = pd.concat([pairs.reset_index(drop=True), a, b], axis=1)
        # an ineffective statement is never a repeat of an effective one: often its opposite
        out = out[
            (out["indicator_id_a"] != out["indicator_id_b"])
            & (out["polarity_a"] == out["polarity_b"])
        ]
        # orient every pair so that side a is at the lower (or the same) level
        swap = out["level_rank_a"] > out["level_rank_b"]
        flipped = out.rename(
            columns={
                **{f"{c}_a": f"{c}_b" for c in _PAIR_COLUMNS},
                **{f"{c}_b": f"{c}_a" for c in _PAIR_COLUMNS},
                "contain_ij": "contain_ji",
                "contain_ji": "contain_ij",
            }
        )
        out = pd.concat([out[~swap], flipped[swap][out.columns]]).sort_index()
        out = out.rename(columns={"contain_ij": "a_in_b", "contain_ji": "b_in_a"})
        shared = (out["a_in_b"] * out["n_tokens_a"]).round()
        return out.assign(
            only_a=(out["n_tokens_a"] - shared).astype("int64"),
            only_b=(out["n_tokens_b"] - shared).astype("int64"),
        ).reset_index(drop=True)

    @cached_property
    def proper_nouns(self) -> frozenset[str]:
        """Words the framework capitalises mid-sentence twice or more, its names, allowed words.

        The words of the organisation's name, short name, the framework's title and its value
        names count too, the names of working methods ("Agile", "Scrum": ``METHOD_NAMES``), of
        workplace tools that are common words ("Slack", "Zoom": ``TOOL_NAMES``), institutions
        named without an article ("Congress", "Parliament": ``BARE_INSTITUTIONS``) and
        ``rules: {allow_words: [...]}``. Competency and level names do not: a heading pasted
        onto a statement is a typical conversion leftover.
        """
        fw = self.fw
        words: set[str] = set(fw.rules.get("allow_words", ())) | METHOD_NAMES | TOOL_NAMES
        words |= BARE_INSTITUTIONS  # "mandated by Congress"
        counts = Counter(
            m.group(1) for t in self.indicators["text"] for m in _MID_CAPITAL.finditer(t)
        )
        words |= {w for w, k in counts.items() if k >= 2}
        names = [fw.organisation, fw.short_name, fw.title, *(v.name for v in fw.value_records)]
        words |= set(re.findall(r"[A-Z][A-Za-z]+", " ".join(n for n in names if n)))
        return frozenset(words)
