"""What the rules look at: indicators with scope, voice and similarity, computed once."""

from __future__ import annotations

from functools import cached_property

import pandas as pd

from ..model import Framework
from ..text import scope, voice
from .similarity import NEAR, similar_pairs, tokens


class Context:
    """A framework prepared for the rules; every derived table is computed once, on first use."""

    def __init__(self, framework: Framework):
        self.fw = framework

    @cached_property
    def indicators(self) -> pd.DataFrame:
        """The indicators with ``scope``, ``scope_rank``, ``voice`` and ``n_tokens`` columns."""
        ind = self.fw.indicators
        sc = scope(ind["text"])
        return ind.assign(
            scope=sc.astype(str),
            scope_rank=sc.cat.codes.astype("int64"),
            voice=voice(ind["text"]),
            n_tokens=ind["text"].map(lambda t: len(tokens(t))),
        )

    @cached_property
    def pairs(self) -> pd.DataFrame:
        """Similar statement pairs with both sides' attributes (``_a`` lower/first, ``_b``)."""
        ind = self.indicators.reset_index(drop=True)
        pairs = similar_pairs(ind["text"].tolist(), threshold=NEAR)
        cols = [
            "indicator_id",
            "competency_id",
            "level",
            "level_rank",
            "scope_rank",
            "n_tokens",
            "text",
        ]
        a = ind.loc[pairs["i"], cols].reset_index(drop=True).add_suffix("_a")
        b = ind.loc[pairs["j"], cols].reset_index(drop=True).add_suffix("_b")
        out = pd.concat([pairs.reset_index(drop=True), a, b], axis=1)
        # orient every pair so that side a is at the lower (or same) level
        swap = out["level_rank_a"] > out["level_rank_b"]
        for col in cols:
            out.loc[swap, [f"{col}_a", f"{col}_b"]] = out.loc[
                swap, [f"{col}_b", f"{col}_a"]
            ].to_numpy()
        out.loc[swap, ["contain_ij", "contain_ji"]] = out.loc[
            swap, ["contain_ji", "contain_ij"]
        ].to_numpy()
        return out.rename(columns={"contain_ij": "a_in_b", "contain_ji": "b_in_a"})
