"""The checks of a cross-walk file's rows (:func:`compkit.read_sssom`), one problem per fault.

Each row's cells are checked against SSSOM and compkit's slots. A fault that repeats down a
column is said once with how many rows have it, not once a row: a file whose header was lost
(a program that kept the table without its ``#`` lines) has every id's prefix undeclared, and a
spreadsheet that rewrote every date does so on every row; a wall of hundreds of lines hides
the one thing to do.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import Problem

__all__ = ["check_rows", "tidy"]

#: Problems of one kind (a column's fault) said row by row, at most; the rest are counted.
SHOWN = 5


def check_rows(columns: list[str], rows: list, meta: dict, spec: dict) -> list[Problem]:
    """Every problem of the rows, each kind said at most :data:`SHOWN` times then counted.

    ``spec`` holds what :mod:`compkit.crosswalk.sssomspec` defines: ``mandatory`` columns,
    ``predicates``, review ``statuses``, ``numeric`` columns and ``prefix`` (a CURIE's prefix).

    Examples
    --------
    >>> rows = [(n, ["x:a", "skos:closeMatch", "y:b", "semapv:ManualMappingCuration"])
    ...         for n in range(3, 10)]
    >>> cols = ["subject_id", "predicate_id", "object_id", "mapping_justification"]
    >>> from compkit.crosswalk.sssomspec import ROW_SPEC
    >>> for p in check_rows(cols, rows, {"curie_map": {"y": "https://ex.org/y/"}}, ROW_SPEC):
    ...     print(p.line, p.message)  # doctest: +NORMALIZE_WHITESPACE
    3 subject_id 'x:a': prefix 'x' is not declared in the header's curie_map (likewise in 6
      more rows, lines 4 to 9)
    """
    mandatory, predicates, statuses = spec["mandatory"], spec["predicates"], spec["statuses"]
    numeric, prefix = spec["numeric"], spec["prefix"]
    declared = set(meta.get("curie_map") or {}) | {"sssom", "skos", "semapv"}
    found: list[tuple[tuple, int, str]] = []  # (kind, line, message)
    skos = ", ".join(predicates)
    for i, cells in rows:
        tidy(columns, cells, spec)
        rec = dict(zip(columns, cells, strict=True))
        said = [((col, "empty"), f"empty {col}") for col in mandatory if not rec[col]]
        for col in ("subject_id", "object_id"):
            p = prefix(rec[col])
            if rec[col] and p not in declared:
                said.append(((col, "prefix", p), f"{col} {rec[col]!r}: prefix {p or '(none)'!r} "
                             "is not declared in the header's curie_map"))  # fmt: skip
        if rec["predicate_id"] and rec["predicate_id"] not in predicates:
            said.append((("predicate_id",), f"predicate_id {rec['predicate_id']!r} is not a "
                         f"SKOS mapping predicate; expected one of: {skos} (or its label, "
                         "as 'close match')"))  # fmt: skip
        just = rec["mapping_justification"]
        if just and not str(just).startswith("semapv:"):
            said.append((("mapping_justification",), f"mapping_justification {just!r} is not a "
                         "SEMAPV term (e.g. semapv:ManualMappingCuration)"))  # fmt: skip
        if rec.get("predicate_modifier", "") not in ("", "Not"):
            said.append((("predicate_modifier",), f"predicate_modifier "
                         f"{rec['predicate_modifier']!r}: expected Not or empty"))  # fmt: skip
        status = rec.get("review_status", "")
        if status not in ("", *statuses):
            said.append((("review_status",), f"review_status {status!r}: expected one of: "
                         f"{', '.join(statuses)}"))  # fmt: skip
        elif bad := _contradiction(status, rec.get("predicate_modifier", "")):
            said.append((("review_status", "modifier"), bad))
        for c in (*numeric, "mapping_date"):
            if rec.get(c) and (bad := _bad_value(c, rec[c])):
                said.append(((c,), bad))
        found += [(kind, i, message) for kind, message in said]
    return _counted(found, declared == {"sssom", "skos", "semapv"})


def _key(value: str) -> str:
    """A value as typed with case, spaces, hyphens, underscores and a ``skos:`` put aside."""
    return re.sub(r"[\s_-]+", "", value.strip().lower().removeprefix("skos:"))


def tidy(columns: list[str], cells: list[str], spec: dict) -> None:
    """Mend, in place, a review status, relation or ``Not`` typed unambiguously by hand.

    A reviewer editing the file in a spreadsheet types "Accepted " or "no match", or the SKOS
    relation's label "close match", or copies the words compkit's workbook and review widget
    show ("broader match", "not reviewed", "no counterpart", "accepted, relation changed", "not
    needed, statement settled"):
    each names one value only, read as it. A value that names none ("close", "ok") is left as
    typed, and refused by :func:`check_rows`.

    Examples
    --------
    >>> from compkit.crosswalk.sssomspec import ROW_SPEC
    >>> cells = ["Accepted ", "close match", "NOT", "No match"]
    >>> cols = ["review_status", "predicate_id", "predicate_modifier", "comment"]
    >>> tidy(cols, cells, ROW_SPEC); cells
    ['accepted', 'skos:closeMatch', 'Not', 'No match']
    >>> cells = ["no-match", "close", "not really"]
    >>> tidy(cols[:3], cells, ROW_SPEC); cells
    ['no_match', 'close', 'not really']
    >>> cells = ["Accepted, relation changed", "Narrower match"]
    >>> tidy(cols[:2], cells, ROW_SPEC); cells
    ['changed', 'skos:narrowMatch']
    >>> cells = ["Not needed, statement settled"]
    >>> tidy(cols[:1], cells, ROW_SPEC); cells
    ['suggested']
    """
    from .pairs import RELATION_WORDS, STATUS_WORDS
    from .workbooksettled import NOT_NEEDED

    known = {
        "review_status": spec["statuses"],
        "predicate_id": spec["predicates"],
        "predicate_modifier": ("Not",),
    }
    shown = {"review_status": STATUS_WORDS, "predicate_id": RELATION_WORDS}
    for k, col in enumerate(columns):
        if col in known and not cells[k].strip():
            cells[k] = ""  # a cell of spaces is empty
        elif col in known and cells[k] not in known[col]:
            said = [v for v in known[col] if _key(v) == _key(cells[k])]
            said = said or [  # the words compkit itself shows for a value
                v for v, words in shown.get(col, {}).items() if _key(words) == _key(cells[k])
            ]
            if col == "review_status" and _key(cells[k]) == _key(NOT_NEEDED):
                said = ["suggested"]  # a settled statement's fresh candidate: open
            cells[k] = said[0] if len(said) == 1 else cells[k]


def _counted(found: list[tuple[tuple, int, str]], no_curie_map: bool) -> list[Problem]:
    """The problems, a kind past :data:`SHOWN` rows (an undeclared prefix: past one) counted."""
    by_kind: dict[tuple, list[tuple[int, str]]] = {}
    for kind, line, message in found:
        by_kind.setdefault(kind, []).append((line, message))
    problems = []
    for kind, said in by_kind.items():
        shown = 1 if kind[1:2] == ("prefix",) else SHOWN
        rest = said[shown:]
        kept = [Problem("", message, line) for line, message in said[:shown]]
        if rest and shown == 1:
            more = f"{len(rest)} more row{'s' * (len(rest) > 1)}"
            where = (
                f"line {rest[0][0]}" if len(rest) == 1 else f"lines {rest[0][0]} to {rest[-1][0]}"
            )
            kept[0] = Problem("", f"{kept[0].message} (likewise in {more}, {where})",
                              kept[0].line)  # fmt: skip
        elif rest:
            kept.append(Problem("", f"and {len(rest)} more rows with a bad {kind[0]}, lines "
                                f"{rest[0][0]} to {rest[-1][0]}", rest[0][0]))  # fmt: skip
        problems += kept
    if no_curie_map and any(kind[1:2] == ("prefix",) for kind in by_kind):
        first = min(line for kind, line, _ in found if kind[1:2] == ("prefix",))
        problems.append(Problem("", "the file has no curie_map: its metadata header (the lines "
                                "starting '#' above the table) is missing, as when a program "
                                "saved the table without them; put the header back (from the "
                                "file as compkit wrote it) or declare each prefix under "
                                "'# curie_map:'", first))  # fmt: skip
    return problems


def _contradiction(status: str, modifier: str) -> str:
    """What is wrong when a decision and SSSOM's negation disagree (a hand edit), or ``""``.

    compkit writes ``predicate_modifier: Not`` on every rejected row and on no other, so that
    any SSSOM tool reads a rejection as one. A row a reviewer turned from rejected to a
    decision that holds, in ``review_status`` alone, says both: refused. A row turned rejected
    without the ``Not`` is read as rejected and gets its ``Not`` (:func:`write_sssom`).

    >>> _contradiction("accepted", "Not")[:60]
    "review_status 'accepted' but predicate_modifier 'Not' (the m"
    >>> _contradiction("rejected", ""), _contradiction("suggested", "Not")
    ('', '')
    """
    if modifier == "Not" and status not in ("", "suggested", "rejected"):
        return (
            f"review_status {status!r} but predicate_modifier 'Not' (the mapping rejected): "
            "to keep the decision, empty predicate_modifier; else write review_status rejected"
        )
    return ""


def _bad_value(col: str, value: str) -> str:
    """What is wrong with a cell of a number or date column, or ``""``."""
    if col == "mapping_date":
        with contextlib.suppress(ValueError):
            if dt.date.fromisoformat(value).isoformat() == value:
                return ""
        return f"mapping_date {value!r} is not a date in SSSOM's form YYYY-MM-DD (2026-11-23)"
    with contextlib.suppress(ValueError):
        if np.isfinite(number := float(value)):
            whole = col != "rank" or number.is_integer()
            return "" if whole else f"rank {value!r} is not a whole number"
    comma = re.fullmatch(r"-?\d+,\d+", value) and " (write a decimal point, not a comma)"
    return f"{col} {value!r} is not a number{comma or ''}"


def wrong_file(path: Path) -> str:
    """What is wrong with a file given as a cross-walk, told by its size and bytes (or ``""``).

    An empty file, a Word document, a PDF, a password-protected or old-format Office file; a
    workbook is left to :func:`~compkit.crosswalk.guards.binary_kind`, which names
    ``compkit take-review``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "cw.sssom.tsv"
    >>> _ = p.write_bytes(b"")
    >>> wrong_file(p)[:50]
    'the file is empty (0 bytes); expected a cross-walk'
    """
    from ..framework.limits import file_kind

    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:  # unreadable: read_text's message says so
        return ""
    found = "the file is empty (0 bytes)" if empty else file_kind(path)
    if not found or found == "a spreadsheet":
        return ""
    return (
        f"{found}; expected a cross-walk in SSSOM TSV text: give the .sssom.tsv file that "
        "'compkit crosswalk A B -o cw.sssom.tsv' wrote"
    )


def category_curies(frame, *, bare: bool = False):
    """The competencies in ``subject_category``/``object_category`` as CURIEs, or bare again.

    SSSOM's ``subject_category`` is the conceptual category the subject belongs to, "a term
    from a controlled vocabulary" (a CURIE, preferred) or a string; a statement's is its
    competency. A bare competency id ("people") is neither: the file writes it in the
    framework's prefix, which the header's ``curie_map`` declares (``cis:people``), and
    reading takes the prefix off again, so a frame holds the bare id as before. A value with
    another prefix, or none (a file written before), is left as it is.

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"subject_id": ["cis:people-l1-1"], "subject_category": ["people"],
    ...     "object_id": ["sssom:NoTermFound"], "object_category": [""]})
    >>> category_curies(f)[["subject_category", "object_category"]].values.tolist()
    [['cis:people', '']]
    >>> category_curies(category_curies(f), bare=True)["subject_category"].tolist()
    ['people']
    """
    out = frame.copy()
    for side in ("subject", "object"):
        ids, col = f"{side}_id", f"{side}_category"
        if ids not in out.columns or col not in out.columns or out[col].isna().all():
            continue
        prefix = out[ids].astype(str).str.extract(r"^([^:\s]+):", expand=False).fillna("")
        value = out[col].astype(object).where(out[col].notna(), "").astype(str)
        lead = prefix + ":"
        usable = (prefix != "") & (prefix != "sssom") & (value != "")
        mine = usable & pd.Series(
            [v.startswith(p) for v, p in zip(value, lead, strict=True)], index=out.index
        )
        if bare:
            out[col] = value.where(~mine, [v[len(p) :] for v, p in zip(value, lead, strict=True)])
        else:  # a value in the framework's prefix already is written as it is
            out[col] = value.where(~usable | mine, lead + value)
    return out
