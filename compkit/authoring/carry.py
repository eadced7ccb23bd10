"""Carry a cross-walk forward when one of its frameworks changes: nothing is silently dropped.

A reviewed cross-walk pairs statements of two frameworks. When one framework is revised,
:func:`carry_forward` reads :func:`compkit.diff` between its old and new version and updates
every pair that touches it: pairs whose statement is unchanged stay as they are (an id that
changed is followed); pairs of a reworded or moved statement are kept and marked for re-review;
a split statement's pairs are copied to each part and marked for re-review; merged statements'
pairs move to the merged statement, marked; pairs of a removed statement are retired with a
note. Every input row is accounted for in the output, with what happened to it in ``carry`` and
``carry_note``; two pairs that a merge carries onto the same pair become one row, whose note
names both (a cross-walk never holds a pair twice).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = ["CARRY", "carry_forward"]

_DECIDED = ("accepted", "changed", "rejected", "unsure", "no_match")

#: What can happen to a pair, from least to most attention needed.
CARRY = ("kept", "renamed", "re-review", "retired")


def _split_curie(value: str) -> tuple[str, str]:
    """``"wsx:qualities-core-1"`` -> ``("wsx:", "qualities-core-1")``; no prefix -> ``("", v)``."""
    if isinstance(value, str) and ":" in value and not value.startswith("http"):
        prefix, local = value.split(":", 1)
        return prefix + ":", local
    return "", value


def _by_id(r) -> str:
    """The diff's note with a move told by ids, as the rest of a cross-walk's notes are."""
    parts = []
    for part in (r.note or "").split("; "):
        if part.startswith("moved "):
            where = []
            if r.old_competency != r.new_competency:
                where.append(f"from {r.old_competency} to {r.new_competency}")
            if r.old_level != r.new_level:
                where.append(f"from level {r.old_level} to {r.new_level}")
            part = "moved " + " and ".join(where)
        if part:
            parts.append(part)
    return "; ".join(parts)


def _mark(row: dict, what: str, note: str) -> dict:
    """Record what happened in the row's own SSSOM columns (``comment``, ``review_status``).

    A pair to re-review goes back to ``suggested`` (the review widget asks again), saying what
    was decided before; a retired pair is ``rejected``: it no longer holds. An open row whose
    comment is the method's flag (no credible counterpart) keeps it as it is, the flag and no
    note, so the review workbook and widget still read it as the method's; what happened to
    the pair is the row's ``carry_note``. A decided row goes back to review whatever its
    comment: a reviewer's decision on the flag no longer holds once the statement changed.
    """
    from ..crosswalk.review import NO_CREDIBLE

    if what == "kept":
        return row
    status = row.get("review_status")
    if row.get("comment") == NO_CREDIBLE and what == "re-review" and status not in _DECIDED:
        return row  # an open suggestion: nothing decided to ask again
    said = []
    if what == "re-review" and status in _DECIDED:
        who = f" by {row['reviewer_label']}" if row.get("reviewer_label") else ""
        said.append(f"was {status}{_to(row) if status == 'changed' else ''}{who}")
        row["review_status"] = "suggested"
        if status == "changed" and row.get("suggested_predicate_id"):  # the method's relation
            row["predicate_id"] = row["suggested_predicate_id"]  # (else read back as changed)
        for key in ("predicate_modifier", "reviewer_label"):  # a suggestion again, as SSSOM reads
            if key in row:
                row[key] = ""
    elif what == "retired" and "review_status" in row:
        row["review_status"] = "rejected"
        row["predicate_modifier"] = "Not"  # no longer holds, for any SSSOM tool too
    text = f"carried forward: {what}" + (f" ({note})" if note else "")
    text += "".join(f"; {s}" for s in said)
    previous = row.get("comment")
    previous = "" if previous == NO_CREDIBLE else previous  # the method's flag: no note to keep
    row["comment"] = f"{text}. {previous}" if isinstance(previous, str) and previous else text
    return row


def _to(row: dict) -> str:
    """`` to narrower match``: the relation a reviewer changed a pair to, said in words."""
    from ..crosswalk.pairs import RELATION_WORDS

    relation = row.get("predicate_id")
    return f" to {RELATION_WORDS.get(relation, relation)}" if relation else ""


def carry_forward(
    crosswalk: pd.DataFrame | str | os.PathLike,
    old: Framework | str,
    new: Framework | str,
    *,
    side: str | None = "object",
    changes: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Update a cross-walk for a new version of the framework on one ``side`` of it.

    Parameters
    ----------
    crosswalk : pandas.DataFrame, path or bundled name
        The pairs (or the SSSOM file holding them, or ``"cis-wsx"``), with ``subject_id`` and
        ``object_id`` columns (SSSOM); ids may carry a
        prefix (``wsx:qualities-core-1``). A prefix naming the old version's id is
        changed to the new version's (two versions ingested from two files have two ids), so
        the carried cross-walk pairs the new version's statements; any other prefix is kept.
    old, new : Framework, bundled id or path
        The two versions of the framework on ``side``.
    side : {"subject", "object"} or None, default "object"
        Which column holds that framework's statements. None finds it (``compkit carry``
        without ``--side``): the one side whose ids name statements of ``old`` (the prefix
        or the header's ``subject_source`` / ``object_source`` naming ``old``'s id decides
        when both sides' ids do); when that cannot tell, a
        :class:`~compkit.errors.UsageError` asks for it.
    changes : pandas.DataFrame, optional
        ``compkit.diff(old, new, unchanged=True)``, when already computed.

    Returns
    -------
    pandas.DataFrame
        Every input row (a split statement's rows once per part; pairs merged onto one pair
        once, noting both), ids and labels updated, plus
        ``carry`` (kept, renamed, re-review, retired) and ``carry_note``. The SSSOM columns say
        it too, so the cross-walk can be written as it is (:func:`compkit.write_sssom`):
        ``comment`` tells what happened; a pair to re-review is ``suggested`` again (the review
        widget asks for it) and a retired one ``rejected``.

    Examples
    --------
    >>> import compkit, pandas as pd
    >>> pairs = pd.DataFrame({
    ...     "subject_id": ["cis:people-l1-1", "cis:people-l1-2", "cis:people-l1-3"],
    ...     "predicate_id": ["skos:closeMatch"] * 3,
    ...     "object_id": ["wsx:qualities-core-1", "wsx:qualities-core-2", "wsx:qualities-core-3"],
    ... })
    >>> doc = compkit.framework.to_dict("wsx")
    >>> core = doc["competencies"][0]["indicators"]
    >>> core[1]["text"] += " at all times"
    >>> del core[2]
    >>> out = compkit.carry_forward(pairs, "wsx", compkit.framework.build.from_dict(doc))
    >>> out[["object_id", "carry"]].values.tolist()
    [['wsx:qualities-core-1', 'kept'],
     ['wsx:qualities-core-2', 're-review'],
     ['wsx:qualities-core-3', 'retired']]
    """
    from ..errors import UsageError
    from ..framework.argument import framework_argument
    from .versions import diff

    if isinstance(crosswalk, (str, os.PathLike)):  # a file, or a bundled cross-walk's name
        from ..crosswalk.sssom import read_sssom

        crosswalk = read_sssom(crosswalk)
    if not isinstance(crosswalk, pd.DataFrame):
        raise UsageError(
            f"crosswalk: expected the cross-walk as a DataFrame (compkit.read_sssom), the path "
            f"of an SSSOM file or a bundled cross-walk's name, got {type(crosswalk).__name__}"
        )
    if side is not None and side not in ("subject", "object"):
        raise UsageError(f"side: unknown side {side!r}; expected one of: subject, object, None")
    a, b = framework_argument(old, "old"), framework_argument(new, "new")
    side = side or _which_side(crosswalk, a)
    column, label = f"{side}_id", f"{side}_label"
    if column not in crosswalk.columns:
        raise UsageError(f"the cross-walk has no {column!r} column; expected SSSOM columns")
    if changes is not None and not isinstance(changes, pd.DataFrame):
        raise UsageError(
            f"changes must be compkit.diff(old, new, unchanged=True), not {type(changes).__name__}"
        )
    table = changes if changes is not None else diff(a, b, unchanged=True)
    need = ["item", "change", "old_id", "new_id", "old_competency", "new_competency"]
    need += ["old_level", "new_level", "note"]
    if missing := [c for c in need if c not in table.columns]:
        raise UsageError(
            f"changes has no {', '.join(map(repr, missing))} column(s); expected the table of "
            "compkit.diff(old, new, unchanged=True) (or leave changes out)"
        )
    fate: dict[str, list[tuple[str | None, str, str]]] = {}
    for r in table[table["item"] == "indicator"].itertuples(index=False):
        if r.old_id is None:
            continue
        if r.change in ("unchanged", "reordered"):  # a new place in its cell: the same pair
            step = (r.new_id, "kept", "")
        elif r.change == "id changed":
            step = (r.new_id, "renamed", f"id changed from {r.old_id} to {r.new_id}")
        elif r.change == "removed":
            step = (
                None,
                "retired",
                f"statement {r.old_id} removed in {b.label} {b.version}".strip(),
            )
        else:
            note = _by_id(r)
            if note and not note.startswith(r.change):  # "moved from ...", not "moved: moved"
                note = f"{r.change}: {note}"
            step = (r.new_id, "re-review", note or r.change)
        fate.setdefault(r.old_id, []).append(step)
    texts = {i.id: i.text for i in b.indicator_records}
    known = {i.id for i in a.indicator_records}
    ours = [_split_curie(x)[1] for x in crosswalk[column] if x != "sssom:NoTermFound"]
    if ours and not known.intersection(ours):  # the wrong framework or side, not a new version
        other = "subject" if side == "object" else "object"
        raise UsageError(
            f"none of the cross-walk's {column} values (such as {ours[0]!r}) is a statement of "
            f"{a.label} ({a.id}); expected the old version of the {side}s' framework (or "
            f"side={other!r}, on the command line --side {other}, if it is the other one)"
        )
    rows: list[dict] = []
    came: dict[tuple, tuple[int, tuple]] = {}  # a carried pair -> (its row, the input pair)
    for record in crosswalk.to_dict("records"):
        prefix, local = _split_curie(record[column])
        if record[column] == "sssom:NoTermFound":  # "no counterpart": nothing on this side
            rows.append(record | {"carry": "kept", "carry_note": ""})
            continue
        steps = fate.get(local)
        if steps is None:
            why = "not a statement of the old version" if local not in known else "not compared"
            steps = [(None, "re-review", f"{local}: {why}")]
        for new_id, what, note in steps:
            out = dict(record)
            if new_id is not None:  # the new version's statement, named by the new version's id
                out[column] = (f"{b.id}:" if prefix == f"{a.id}:" else prefix) + new_id
                if label in out:
                    out[label] = texts[new_id]
            pair, was = (
                (out["subject_id"], out["object_id"]),
                (record["subject_id"], record["object_id"]),
            )
            if pair in came and came[pair][1] != was and what != "retired":
                _also(rows[came[pair][0]], record, local)  # two statements merged: one pair
                continue
            if what != "retired":
                came.setdefault(pair, (len(rows), was))
            was = out.get("review_status")
            out = _mark(out, what, note)
            if what == "re-review" and was in _DECIDED and out.get("review_status") != was:
                note = "; ".join(x for x in (note, f"decision re-opened (was {was})") if x)
            rows.append(out | {"carry": what, "carry_note": note})
    columns = list(crosswalk.columns) + ["comment"] * ("comment" not in crosswalk.columns)
    result = pd.DataFrame(rows, columns=[*columns, "carry", "carry_note"])
    result.attrs = dict(crosswalk.attrs)
    if a.id != b.id and isinstance(result.attrs.get("sssom"), dict):
        result.attrs["sssom"] = _renamed_header(result.attrs["sssom"], a.id, b.id, side)
    return result


def _also(row: dict, record: dict, local: str) -> None:
    """Fold a second input pair carried onto the same pair (merged statements) into ``row``."""
    status = record.get("review_status")
    said = f"also carried from {local}" + (f" (was {status})" if status in _DECIDED else "")
    row["carry_note"] = "; ".join(x for x in (row["carry_note"], said) if x)
    row["comment"] = f"{row['comment']}; {said}" if row.get("comment") else said
    if row["carry"] in ("kept", "renamed"):  # two decisions now meet on one pair: ask again
        was = row.get("review_status")
        _mark(row, "re-review", said)
        row["carry"] = "re-review"
        if was in _DECIDED:
            row["carry_note"] += f"; decision re-opened (was {was})"


def _which_side(crosswalk: pd.DataFrame, old: Framework) -> str:
    """The side of ``crosswalk`` whose statements are ``old``'s, or a UsageError saying why not.

    A side is ``old``'s when some of its ids are statements of ``old``; when both sides' are
    (two versions of one framework, or statement ids alike), the side whose prefix or header
    (``subject_source``, ``object_source``) names ``old``'s id, if only one does.
    """
    from ..errors import UsageError

    known = {i.id for i in old.indicator_records}
    meta = crosswalk.attrs.get("sssom") if isinstance(crosswalk.attrs.get("sssom"), dict) else {}
    found, named = [], []
    for side in ("subject", "object"):
        if f"{side}_id" not in crosswalk.columns:
            continue
        ids = [_split_curie(x) for x in crosswalk[f"{side}_id"] if x != "sssom:NoTermFound"]
        if known.intersection(local for _, local in ids):
            found.append(side)
        if meta.get(f"{side}_source") == f"{old.id}:" or any(p == f"{old.id}:" for p, _ in ids):
            named.append(side)
    for choice in (found, [s for s in found if s in named], named):
        if len(choice) == 1:
            return choice[0]
    if not found and not named:
        return "object"  # nothing to tell by: the check of the ids below says what is wrong
    raise UsageError(
        f"the cross-walk's subjects and objects both could be {old.label} ({old.id}): "
        f"{'their ids name its statements' if found else 'both sides name its id'}, and "
        "nothing tells which is the old version; expected side='subject' or side='object' "
        "(on the command line --side subject or --side object)"
    )


def _renamed_header(meta: dict, old: str, new: str, side: str) -> dict:
    """An SSSOM header naming the new version's id where it named the old one's.

    The old prefix stays declared: a retired pair still names the old version's statement.

    >>> meta = {"curie_map": {"v1": "https://w3id.org/compkit/v1/"}, "subject_source": "v1:",
    ...         "mapping_set_title": "Cross-walk v1 to ft (compkit)"}
    >>> out = _renamed_header(meta, "v1", "v2", "subject")
    >>> out["curie_map"]["v2"], out["subject_source"], out["mapping_set_title"]
    ('https://w3id.org/compkit/v2/', 'v2:', 'Cross-walk v2 to ft (compkit)')
    """
    import re

    out = dict(meta)
    curies = dict(out.get("curie_map") or {})
    if old in curies and new not in curies:
        base = str(curies[old])
        curies[new] = base[: -len(old) - 1] + new + "/" if base.endswith(f"/{old}/") else base
    out["curie_map"] = curies
    word = re.compile(rf"(?<![\w-]){re.escape(old)}(?![\w-])")
    if isinstance(out.get("mapping_set_title"), str):  # "Cross-walk v1 to ft (compkit)"
        out["mapping_set_title"] = word.sub(new, out["mapping_set_title"])
    if isinstance(out.get("mapping_set_id"), str):  # ".../crosswalks/v1-ft.sssom.tsv"
        was, now = (f"/{old}-", f"/{new}-") if side == "subject" else (f"-{old}.", f"-{new}.")
        out["mapping_set_id"] = out["mapping_set_id"].replace(was, now)
    if out.get(f"{side}_source") == f"{old}:":
        out[f"{side}_source"] = f"{new}:"
    return out
