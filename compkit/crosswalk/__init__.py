"""Cross-walks between frameworks: suggest, review and export indicator mappings (SSSOM).

The analyst's and consultant's central task: for every indicator of framework A, which
indicators of framework B express the same behaviour, how closely, and at which level.

- :func:`suggest` ranks candidates (lexical TF-IDF, embeddings, or the default hybrid that also
  weighs competency, level and scope, then re-ranks with a word alignment), within polarity,
  computed in blocks (:func:`topk`) so large taxonomies fit in memory; each with a score, a
  SKOS relation, a flag for indicators with no counterpart, the suggested set and the reasons.
- :func:`evaluate`, :func:`relation_confusion` and :func:`set_scores` measure suggestions against
  a gold set (``make bench``).
- :func:`align_levels`, :func:`level_matrix` and :func:`competency_matrix` compare the two
  structures; :func:`plot_level_alignment` draws the alignment.
- A cross-walk file is SSSOM TSV (:func:`read_sssom`, :func:`write_sssom`) holding suggestions
  and decisions (:func:`to_crosswalk`, :func:`decide`, :func:`update`, :func:`merge`,
  :func:`agreement`); :func:`review_crosswalk` opens the review widget.
- :func:`export_crosswalk` writes CSV, formatted XLSX or SSSOM TSV; a reviewer's decisions made
  in the workbook's drop-downs come back with :func:`read_review_workbook`.

Examples
--------
>>> import compkit
>>> s = compkit.suggest("cis", "wsx", top=5)
>>> s.columns[:6].tolist()
['subject_id', 'subject_label', 'subject_competency', 'subject_level', 'rank', 'object_id']
"""

from .embeddings import (
    BACKENDS,
    DEFAULT_BACKEND,
    DEFAULT_BACKENDS,
    EmbeddingBackendError,
    available,
    embed,
)
from .evaluate import evaluate, read_gold, relation_confusion, set_scores
from .export import export_crosswalk
from .levels import (
    align_levels,
    competency_matrix,
    level_matrix,
    plot_competency_matrix,
    plot_level_alignment,
)
from .review import DECISIONS, agreement, decide, honour, merge, pending, to_crosswalk, update
from .sssom import CROSSWALK_COLUMNS, NO_TERM, PREDICATES, read_sssom, write_sssom
from .suggest import METHODS, SUGGESTION_COLUMNS, Weights, suggest
from .topk import select_topk, topk
from .widget import ReviewWidget, review_crosswalk
from .workbook import unmatched
from .workbookreview import read_review_workbook

__all__ = [
    "BACKENDS",
    "CROSSWALK_COLUMNS",
    "DECISIONS",
    "DEFAULT_BACKEND",
    "DEFAULT_BACKENDS",
    "METHODS",
    "NO_TERM",
    "PREDICATES",
    "SUGGESTION_COLUMNS",
    "EmbeddingBackendError",
    "ReviewWidget",
    "Weights",
    "agreement",
    "align_levels",
    "available",
    "competency_matrix",
    "decide",
    "embed",
    "evaluate",
    "export_crosswalk",
    "honour",
    "level_matrix",
    "merge",
    "pending",
    "plot_competency_matrix",
    "plot_level_alignment",
    "read_gold",
    "read_review_workbook",
    "read_sssom",
    "relation_confusion",
    "review_crosswalk",
    "select_topk",
    "set_scores",
    "suggest",
    "to_crosswalk",
    "topk",
    "unmatched",
    "update",
    "write_sssom",
]
