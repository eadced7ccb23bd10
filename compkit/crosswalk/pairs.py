"""The pairs sheet of a cross-walk: one row per mapping, in the reader's words.

Names stand beside ids (competency and level names, not ``people`` or ``l1``), relations are in
words ("narrower match") with the SKOS CURIE kept in its own column, and every column is named
after its framework ("CiS statement"), two frameworks of one name told apart. Used by the
workbook (:mod:`compkit.crosswalk.workbook`) and the review widget (the relation words).
"""

from __future__ import annotations

import pandas as pd

__all__ = ["RELATION_WORDS", "STATUS_WORDS", "TECHNICAL", "pairs_table", "stems_of"]

#: SKOS mapping relations in words (the subject's side first: "B is narrower than A").
RELATION_WORDS = {
    "skos:exactMatch": "exact match",
    "skos:closeMatch": "close match",
    "skos:broadMatch": "broader match",
    "skos:narrowMatch": "narrower match",
    "skos:relatedMatch": "related match",
}
#: Review statuses in words, as the workbook shows them.
STATUS_WORDS = {
    "suggested": "not reviewed",
    "accepted": "accepted",
    "rejected": "rejected",
    "unsure": "unsure",
    "changed": "accepted, relation changed",
    "no_match": "no counterpart",
}


def stems_of(fw) -> dict[str, str]:
    """The stem each statement completes ("You should:"), by statement id; none: not there.

    A stem is looked up for the statement's side: with a stem per side, an ineffective
    statement completes the ineffective side's stem, or none.

    Examples
    --------
    >>> import compkit
    >>> from dataclasses import replace
    >>> stems_of(compkit.load("cis"))  # CiS declares no stem
    {}
    >>> stems_of(replace(compkit.load("cis"), stem="You can:", ineffective_stem=""))["people-l1-1"]
    'You can:'
    """
    ind = fw.indicators
    cells = list(zip(ind["competency_id"], ind["level"], ind["polarity"], strict=True))
    stems = {cell: fw.stem_for(*cell) for cell in dict.fromkeys(cells)}
    return {i: stems[c] for i, c in zip(ind["indicator_id"], cells, strict=True) if stems[c]}


def _names(fw) -> tuple[dict[str, str], dict[str, str]]:
    return (
        {c.id: c.name for c in fw.competency_records},
        {lv.id: lv.name for lv in fw.level_records},
    )


def _bare(ids: pd.Series) -> pd.Series:
    return ids.astype(str).str.split(":", n=1).str[-1]


def _told_apart(fa, fb):
    """The two frameworks, renamed when they go by one name (a framework and its own draft).

    Every column is named after its framework ("CiS statement"): two frameworks both called
    "CiS" gave the pairs sheet one set of columns, the second framework's lost. Their ids tell
    them apart when they differ ("CiS (cis-draft)"), else their order ("CiS (A)", "CiS (B)").

    Examples
    --------
    >>> import compkit
    >>> from dataclasses import replace
    >>> cis = compkit.load("cis")
    >>> [f.label for f in _told_apart(cis, replace(cis, id="cis-draft"))]
    ['CiS (cis)', 'CiS (cis-draft)']
    >>> [f.label for f in _told_apart(cis, cis)], _told_apart(cis, "wsx")[1].label
    (['CiS (A)', 'CiS (B)'], 'WSX Mind')
    """
    from dataclasses import replace

    from ..framework.io import load

    fa, fb = load(fa), load(fb)
    if fa.label != fb.label:
        return fa, fb
    tags = (fa.id, fb.id) if fa.id != fb.id else ("A", "B")
    pair = zip((fa, fb), tags, strict=True)
    return tuple(replace(fw, short_name=f"{fw.label} ({tag})") for fw, tag in pair)


def pairs_table(mappings: pd.DataFrame, fa, fb) -> tuple[pd.DataFrame, dict[str, str]]:
    """The pairs sheet: one row per mapping, headers in words; and what each column means.

    Works on suggestions (:func:`compkit.suggest`) and on cross-walk frames
    (:func:`compkit.read_sssom`).

    Examples
    --------
    >>> import compkit
    >>> table, meaning = pairs_table(compkit.suggest("cis", "wsx", top=1), "cis", "wsx")
    >>> table.loc[0, ["CiS competency", "CiS level", "Relation"]].tolist()
    ['Supporting our people', 'Level 1', 'close match']
    """
    from ..framework.io import load
    from .alsoat import also_at_of, subject_also_at

    fa, fb = _told_apart(load(fa), load(fb))
    a, b = fa.label, fb.label
    comp_a, level_a = _names(fa)
    comp_b, level_b = _names(fb)
    m = mappings.reset_index(drop=True)
    crosswalk = "review_status" in m.columns and "mapping_justification" in m.columns
    comp_col = ("subject_category", "object_category")
    if not crosswalk:
        comp_col = ("subject_competency", "object_competency")
    none = pd.Series("", index=m.index)
    said_not = m.get("predicate_modifier", none).fillna("").eq("Not")
    no_relation = (  # rejected pairs and "no counterpart" rows relate nothing
        said_not
        | m.get("review_status", none).isin(["rejected", "no_match"])
        | m["object_id"].astype(str).str.endswith("NoTermFound")
    )
    relation = m["predicate_id"].where(~no_relation, "")
    polarity = {"effective": "effective", "ineffective": "ineffective (negative)"}
    cols: dict[str, tuple[pd.Series, str]] = {
        f"{a} id": (_bare(m["subject_id"]), f"the {a} statement's id in its framework file"),
        f"{a} competency": (m[comp_col[0]].map(comp_a).fillna(m[comp_col[0]]),
                            f"the {fa.competency_term} of the {a} statement"),
        f"{a} level": (m["subject_level"].map(level_a).fillna(m["subject_level"]),
                       f"the level of the {a} statement"),
        f"{a} statement": (m["subject_label"], f"the {a} statement, word for word"),
        f"{a} polarity": (m.get("subject_polarity", none).map(polarity).fillna(""),
                          "effective (what to show) or ineffective (what not to do)"),
        "Rank": (m["rank"], f"the candidate's rank among the suggestions for the {a} statement"),
        f"{b} id": (_bare(m["object_id"]).replace("NoTermFound", ""),
                    f"the {b} statement's id (empty: no counterpart)"),
        f"{b} competency": (m[comp_col[1]].map(comp_b).fillna(m[comp_col[1]]),
                            f"the {fb.competency_term} of the {b} statement"),
        f"{b} level": (m["object_level"].map(level_b).fillna(m["object_level"]),
                       f"the level of the {b} statement"),
        f"{b} statement": (m["object_label"], f"the {b} statement, word for word"),
        f"{b} polarity": (m.get("object_polarity", none).map(polarity).fillna(""),
                          "effective or ineffective"),
        "Relation": (relation.map(RELATION_WORDS).fillna(relation),
                     f"how the {b} statement relates to the {a} one: exact, close, broader "
                     f"(says more than the {a} one), narrower (says less) or related; empty "
                     "for a rejected pair or no counterpart"),
        "Relation (SKOS)": (relation, "the same relation as a SKOS term, for tools"),
    }  # fmt: skip
    again = subject_also_at(m, fa)
    if again.ne("").any():  # a text the subject framework repeats: its rows ask again
        cols = _after(cols, f"{a} statement", f"{a} also at", (
            again, f"the other places in {a} where the same {a} statement stands word for word "
            "(its rows here are the same question asked again); empty: nowhere else"))  # fmt: skip
    also = also_at_of(m, fb)
    if also.ne("").any():  # a text the object framework repeats: no empty column otherwise
        cols = _after(cols, f"{b} statement", f"{b} also at", (
            also, f"the other places in {b} where the same {b} statement stands word for word "
            f"(its levels; another {fb.competency_term} is named before its level); empty: "
            "nowhere else"))  # fmt: skip
    if crosswalk:
        cols |= {
            "Review": (
                m["review_status"].map(STATUS_WORDS).fillna("").where(~said_not, "rejected"),
                "what the reviewer decided: not reviewed, accepted, rejected, unsure, "
                "accepted with another relation, or no counterpart",
            ),
            "Similarity": (m["similarity_score"], "how alike the two statements read, 0 to 1"),
            "Score": (m["match_score"], "the ranking score (higher is better)"),
            "Reviewer": (
                m["reviewer_label"].fillna("").astype(str).str.replace("|", ", "),
                "who decided (two names: a decision both reviewers made); where several "
                "review, type your name in the rows you decide (take-review reads it)",
            ),
            "Date": (m["mapping_date"], "when"),
            "Note": (m["comment"], _note_meaning(m, b)),
            "Why suggested": (m.get("explanation", none), "what the method's score rests on"),
        }
    else:
        if "review_status" in m:  # suggestions honouring a reviewed cross-walk
            cols["Review"] = (m["review_status"].map(STATUS_WORDS).fillna(""),
                              "what the reviewed cross-walk decided: not reviewed, accepted, "
                              "accepted with another relation, or no counterpart")  # fmt: skip
        cols |= {
            "Score": (m["score"], "the ranking score (higher is better; compare within a row's "
                      "statement)"),
            "z-score": (m["zscore"], "the score in standard deviations above all pairs' mean"),
            "Meaning similarity": (m["semantic"], "cosine of the sentence embeddings, -1 to 1"),
            "Word overlap": (m["lexical"], "cosine of the TF-IDF word vectors, 0 to 1"),
            "In suggested set": (m.get("in_set", none).map({True: "yes", False: "no"}),
                                 "yes: one of the statement's suggested counterparts"),
            "Each other's best": (m.get("mutual", none).map({True: "yes", False: "no"}).fillna(""),
                                  f"yes: no other {a} statement matches this {b} one better "
                                  "(a close match must be)"),
            "No credible counterpart": (m["unmatched"].map({True: "yes", False: "no"}),
                                        f"yes: even the best {b} candidates are weak"),
            "Why suggested": (m.get("why", none), "shared words, then each signal's share of "
                              "the score (meaning, words, word alignment, competency, level)"),
        }  # fmt: skip
    technical = [f"{a} polarity", f"{b} polarity", "Relation (SKOS)", "z-score",
                 "Meaning similarity", "Word overlap", "Similarity",
                 "Each other's best"]  # fmt: skip
    order = [k for k in cols if k not in technical] + [k for k in technical if k in cols]
    table = pd.DataFrame({k: cols[k][0] for k in order})
    return table, {k: cols[k][1] for k in order}


#: The method's flag in the comment of a flagged statement's undecided rows (the words of
#: ``compkit.crosswalk.review.NO_CREDIBLE``, which this module cannot import: review reads
#: files whose row checks use this module's words)
_FLAG = "no credible counterpart suggested"


def _note_meaning(m: pd.DataFrame, b: str) -> str:
    """The Note column's meaning: the reviewer's note, and the method's flag when it is there."""
    said = "the reviewer's note"
    if m["comment"].fillna("").astype(str).eq(_FLAG).any():
        said += (
            f"; '{_FLAG}' on a statement's undecided rows is the method's flag (even the "
            f"best {b} candidates are weak), not a reviewer's note; the 'No counterpart' "
            "sheet lists these statements as the method's"
        )
    return said


def _after(cols: dict, key: str, new: str, value) -> dict:
    """``cols`` with ``new`` inserted just after ``key``."""
    items = list(cols.items())
    at = [k for k, _ in items].index(key) + 1
    return dict([*items[:at], (new, value), *items[at:]])


#: Columns of the pairs sheet left out of the printed page (kept on screen, to the right).
TECHNICAL = ("polarity", "Relation (SKOS)", "z-score", "Meaning similarity", "Word overlap",
             "Similarity", "Each other's best")  # fmt: skip
