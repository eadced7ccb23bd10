"""The SSSOM vocabulary of a cross-walk file: its columns, predicates, justifications, states.

What :mod:`compkit.crosswalk.sssom` writes and :mod:`compkit.crosswalk.sssomread` reads agree
on: the columns in file order, the mandatory ones, the SKOS predicates and SEMAPV
justifications allowed, the review states, the extension slots with what each holds, the
prefixes every file declares, and what the row checks (:mod:`compkit.crosswalk._sssomrows`)
hold a row to.
"""

from __future__ import annotations

import re

import pandas as pd

from .guards import NO_TERM

__all__ = ["BASE_IRI", "BUILT_IN", "CROSSWALK_COLUMNS", "EXTENSION_SLOTS", "FORMULA",
           "JUSTIFICATIONS", "MANDATORY", "NO_TERM", "NUMERIC", "PREDICATES",
           "REVIEW_STATUSES", "ROW_SPEC", "columns_of", "curie_prefix"]  # fmt: skip

#: IRI base of framework indicators: ``cis:people-l1-1`` expands to ``BASE_IRI + "cis/..."``.
BASE_IRI = "https://w3id.org/compkit/"
#: SKOS mapping predicates a cross-walk may use.
PREDICATES = ("skos:exactMatch", "skos:closeMatch", "skos:broadMatch", "skos:narrowMatch",
              "skos:relatedMatch")  # fmt: skip
#: SEMAPV justifications: manual review, or the matching method that suggested the mapping.
JUSTIFICATIONS = {
    "manual": "semapv:ManualMappingCuration",
    "review": "semapv:MappingReview",
    "lexical": "semapv:LexicalSimilarityThresholdMatching",
    "embedding": "semapv:SemanticSimilarityThresholdMatching",
    "hybrid": "semapv:CompositeMatching",
}
#: Review states: a suggestion not yet reviewed, then what the reviewer decided.
REVIEW_STATUSES = ("suggested", "accepted", "rejected", "unsure", "changed", "no_match")
#: Extension slots (non-standard SSSOM columns) and what they hold.
EXTENSION_SLOTS = {
    "review_status": "review state: " + ", ".join(REVIEW_STATUSES),
    "suggested_predicate_id": "the relation the method suggested (differs when changed)",
    "match_score": "the ranking score the method gave (hybrid: includes context)",
    "rank": "the candidate's rank among the subject's suggestions",
    "subject_level": "the subject indicator's level",
    "object_level": "the object indicator's level",
    "subject_polarity": "the subject indicator's polarity: effective or ineffective",
    "object_polarity": "the object indicator's polarity: effective or ineffective",
    "explanation": "why the method suggested the pair: shared words and each signal's share",
    "review_history": "earlier decisions on the pair, oldest first (date, reviewer, decision)",
}
#: Columns of a cross-walk frame, in file order.
CROSSWALK_COLUMNS = ["subject_id", "subject_label", "subject_category", "predicate_id",
                     "predicate_modifier", "object_id", "object_label", "object_category",
                     "mapping_justification", "similarity_score", "similarity_measure",
                     "mapping_tool", "reviewer_label", "mapping_date", "comment",
                     *EXTENSION_SLOTS]  # fmt: skip
MANDATORY = ("subject_id", "predicate_id", "object_id", "mapping_justification")
BUILT_IN = {
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "semapv": "https://w3id.org/semapv/vocab/",
    "sssom": "https://w3id.org/sssom/",
    "compkit": BASE_IRI + "vocab/",
}
NUMERIC = ("similarity_score", "match_score", "rank")
_TYPES = {"match_score": "xsd:double", "rank": "xsd:integer"}
FORMULA = ("=", "+", "-", "@")
_CURIE = re.compile(r"^([A-Za-z_][A-Za-z0-9_.-]*):(\S+)$")


def columns_of(frame: pd.DataFrame) -> list[str]:
    """:data:`CROSSWALK_COLUMNS`, then the frame's other columns (a reviewer's own), in order."""
    return [*CROSSWALK_COLUMNS, *(c for c in frame.columns if c not in CROSSWALK_COLUMNS)]


def curie_prefix(curie: str) -> str:
    """A CURIE's prefix (``cis`` of ``cis:people-l1-1``), or ``""`` when it is none."""
    m = _CURIE.match(str(curie))
    return m.group(1) if m else ""


#: What the row checks (:mod:`compkit.crosswalk._sssomrows`) hold a row to.
ROW_SPEC = {"mandatory": MANDATORY, "predicates": PREDICATES, "statuses": REVIEW_STATUSES,
            "numeric": NUMERIC, "prefix": curie_prefix}  # fmt: skip
