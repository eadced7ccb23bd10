"""Statement ids across versions: how new ones are given, and whether a kept one is kept.

A framework records the ids of the statements removed from it (``retired_ids``), and compkit
never gives one of them to another statement (:func:`next_id` over :func:`taken_ids`: the
editor's edits, a draft's additions, a workbook's new rows). :func:`compkit.diff` pairs
statements by id first, and this module holds its one rule for a kept id (:func:`related`):

- when the newer version keeps the record and it accounts for every id the older one had and
  the newer has not (:func:`ids_kept`), no id can have passed to another statement: a kept id is
  its statement, reworded however much (as an update in the editor is), and an id the newer
  version retired is a removal;
- without the record, an id given by a publisher or an author (a UUID, "ENG-12") names one
  statement whatever its words, but an id that is only a statement's place in its cell
  (``people-l2-3``, as compkit and ingest number statements) may have passed to another statement
  when one was removed and another added in that cell (an older compkit did so, as may an edit by
  hand); such a pair is the statement reworded only when the two texts share content words.
"""

from __future__ import annotations

import re

#: The note of an added statement whose id a removed statement had.
REUSED = "takes the id of a removed statement"
_WORD = re.compile(r"\w+")
# Words too common to tell two statements of one cell apart.
_COMMON = frozenset(
    """a an the and or of to in on for with by at as is are be their they them it its this that
    from into can will who what when where how not but so if our your his her has have""".split()  # noqa: SIM905
)
#: Of a statement whose id is its place in a cell, the least share of content words (Dice) a
#: new text under that id must share with it to be the statement reworded. Of 67 statements the
#: FT reworded under their own (UUID) ids over 117 revisions, 60 share at least this much (the
#: other 7 are near replacements: "Learns and improves independently" -> "Takes ownership of
#: their personal development"); of 1,565 pairs of different statements in one FT cell, 206 do.
RELATED = 0.15


def _content(text: str) -> set[str]:
    """The content words of a statement, in lower case."""
    return {w for w in _WORD.findall(text.casefold()) if w not in _COMMON}


def taken_ids(doc: dict) -> set[str]:
    """The statement ids of a framework document that no new statement may have: used, retired.

    Examples
    --------
    >>> doc = {"competencies": [{"indicators": [{"id": "a-1"}]}], "retired_ids": ["a-2"]}
    >>> sorted(taken_ids(doc))
    ['a-1', 'a-2']
    """
    used = {i["id"] for c in doc["competencies"] for i in c["indicators"]}
    return used | set(doc.get("retired_ids") or ())


#: An id numbered by its last figures ("people-l1-3", "ENG-12", "C1.04"): what stands before
#: them ends in no letter or figure, what stands after opens with none and holds no figure, so
#: a UUID's or a hash's figures are no numbering.
_NUMBERED = re.compile(r"(?P<head>(?:.*[^A-Za-z0-9])?)(?P<n>\d{1,4})(?P<tail>(?:[^A-Za-z0-9]\D*)?)")


def _swap(head: str, old: str, new: str) -> str:
    """``head`` with the whole token ``old`` (a competency's or level's id) made ``new``."""
    if not old or old == new:
        return head
    return re.sub(rf"(?<![A-Za-z0-9]){re.escape(old)}(?![A-Za-z0-9])", new, head, count=1)


def id_pattern(like, competency: str, level: str) -> tuple[str, str, int] | None:
    """The numbering the ids ``like`` share, made that of the cell (``competency``, ``level``).

    Parameters
    ----------
    like : iterable of (str, str, str)
        Ids of statements near the new one, each with its competency and level id.
    competency, level : str
        The new statement's cell: a competency's or level's id standing whole in an id of
        ``like`` stands for the new one's.

    Returns
    -------
    tuple of (str, str, int) or None
        What stands before the number, after it, and the number's width when the ids pad it
        with zeros (else 1); None when no numbering is shared by more than half of ``like``.

    Examples
    --------
    >>> id_pattern([("stress-neg-1", "stress", "manager")], "workload", "manager")
    ('workload-neg-', '', 1)
    >>> id_pattern([("C1.01", "c1", "a"), ("C1.02", "c1", "a")], "c1", "a")
    ('C1.', '', 2)
    >>> id_pattern([("7ed8deae", "c", "l"), ("people-l1-2", "c", "l")], "c", "l") is None
    True
    """
    seen: dict[tuple[str, str, int], int] = {}
    like = list(like)
    for ident, comp, lvl in like:
        m = _NUMBERED.fullmatch(ident)
        if m is None:
            continue
        head = _swap(_swap(m["head"], comp, competency), lvl, level)
        width = len(m["n"]) if m["n"].startswith("0") and len(m["n"]) > 1 else 1
        key = (head, m["tail"], width)
        seen[key] = seen.get(key, 0) + 1
    if not seen:
        return None
    best = max(seen, key=lambda k: seen[k])
    return best if 2 * seen[best] > len(like) else None


def next_id(stem: str, taken: set[str], like=(), *, cell: tuple[str, str] | None = None) -> str:
    """The id of a new statement, numbered one past the highest of its kind in ``taken``.

    Past the highest, not the first gap: a gap may be a removed statement's number. The id
    follows the numbering of the ids ``like`` (:func:`id_pattern`: the new statement's
    neighbours, each with its competency and level) in the new one's ``cell`` (competency and
    level ids) when they share one ("stress-neg-4" gives "stress-neg-5"), else it is
    ``<stem>-<n>``.

    Examples
    --------
    >>> next_id("people-l1", {"people-l1-1", "people-l1-4", "people-l2-9"})
    'people-l1-5'
    >>> taken = {"stress-pos-1", "stress-neg-1", "stress-neg-2"}
    >>> like = [("stress-neg-2", "stress", "manager")]
    >>> next_id("stress-manager", taken, like, cell=("stress", "manager"))
    'stress-neg-3'
    """
    like = list(like)
    found = id_pattern(like, *cell) if like and cell else None
    head, tail, width = found or (f"{stem}-", "", 1)
    pattern = re.compile(rf"{re.escape(head)}(\d+){re.escape(tail)}")
    numbers = [int(m.group(1)) for t in taken if (m := pattern.fullmatch(t))]
    return f"{head}{max(numbers, default=0) + 1:0{width}d}{tail}"


def ids_kept(a, b) -> bool:
    """Whether version ``b`` keeps a record of retired ids that accounts for version ``a``.

    So it does when ``b`` keeps the record (``retired_ids`` is not None: the file has the key, or
    compkit's edits made ``b``), holds every id ``a`` retired, and retires every statement id of
    ``a`` that ``b`` has not. Then no id of ``a`` has passed to another statement in ``b``.

    Examples
    --------
    >>> import compkit
    >>> from compkit.authoring.edits import remove_indicator
    >>> cis = compkit.load("cis")
    >>> ids_kept(cis, remove_indicator(cis, "people-l1-3")), ids_kept(cis, cis)
    (True, False)
    """
    if b.retired_ids is None:
        return False
    retired = set(b.retired_ids)
    now = {i.id for i in b.indicator_records}
    gone = {i.id for i in a.indicator_records} - now
    return set(a.retired_ids or ()) <= retired and gone <= retired


def related(old, new, *, kept: bool = False) -> bool:
    """Whether ``new``, under the id of ``old``, is that statement (reworded), not another.

    ``kept``: the newer version's record accounts for the older (:func:`ids_kept`), so the id
    cannot have passed to another statement.

    Examples
    --------
    >>> from types import SimpleNamespace as S
    >>> old = S(id="people-l1-3", competency="people", level="l1", text="Shares what they learn")
    >>> related(old, S(**{**vars(old), "text": "Shares their learning with the team"}))
    True
    >>> related(old, S(**{**vars(old), "text": "Writes clear documentation"}))
    False
    >>> related(S(**{**vars(old), "id": "7ed8deae"}), S(**{**vars(old), "id": "7ed8deae",
    ...     "text": "Writes clear documentation"}))
    True
    >>> related(old, S(**{**vars(old), "text": "Writes clear documentation"}), kept=True)
    True
    """
    if kept:
        return True
    place = re.compile(rf"{re.escape(old.competency)}-{re.escape(old.level)}-\d+")
    if not place.fullmatch(old.id) or (new.competency, new.level) != (old.competency, old.level):
        return True
    a, b = _content(old.text), _content(new.text)
    return 2 * len(a & b) >= RELATED * max(len(a) + len(b), 1)


def keep_retired(old_text: str | None, doc: dict) -> None:
    r"""Carry into ``doc`` the retired ids of the framework file it is written over.

    A framework read from a source that keeps no record (a workbook exported before the record
    existed, a new ingest of the same document) would otherwise drop the file's record: the ids
    it retired stay retired, but for any the framework written uses again (a new reading of the
    source numbers statements afresh).

    Examples
    --------
    >>> doc = {"competencies": [{"indicators": [{"id": "a-1"}]}]}
    >>> keep_retired("competencies: []\nretired_ids: [a-1, a-2]\n", doc)
    >>> doc["retired_ids"]
    ['a-2']
    """
    import yaml

    try:
        old = yaml.safe_load(old_text or "")
    except yaml.YAMLError:
        return
    kept = old.get("retired_ids") if isinstance(old, dict) else None
    if not isinstance(kept, list):
        return
    used = {i["id"] for c in doc["competencies"] for i in c["indicators"]}
    merged = [str(i) for i in kept if str(i) not in used]
    merged += [i for i in doc.get("retired_ids") or () if i not in merged]
    if merged:
        doc["retired_ids"] = merged


def new_statement_id(
    doc: dict,
    competency: str,
    level: str,
    polarity: str = "effective",
    taken: set[str] | None = None,
) -> str:
    """The next number after every id in use or retired, in the framework's own numbering.

    The numbering is that of the nearest statements sharing one: the cell's of the same
    polarity, the competency's, the framework's, then the cell's, competency's and framework's
    of either polarity (HSE's "...-neg-4" gives "...-neg-5"); else ``people-l1-5``. ``taken``
    (default: every id of ``doc`` in use or retired) holds ids given already in one pass.

    Examples
    --------
    >>> import compkit
    >>> from compkit.framework.io import to_dict
    >>> new_statement_id(to_dict(compkit.load("cis")), "people", "l1")
    'people-l1-4'
    """
    rows = [
        (i["id"], c["id"], i["level"], i.get("polarity", "effective"))
        for c in doc["competencies"]
        for i in c["indicators"]
    ]
    like = []
    for sided in (True, False):
        for near in ("cell", "competency", "framework"):
            like = [
                (ident, comp, lvl)
                for ident, comp, lvl, pol in rows
                if (pol == polarity or not sided)
                and (near == "framework" or comp == competency)
                and (near != "cell" or lvl == level)
            ]
            if like:
                break
        if like:
            break
    taken = taken_ids(doc) if taken is None else taken
    return next_id(f"{competency}-{level}", taken, like, cell=(competency, level))
