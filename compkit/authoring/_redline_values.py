"""The values of a tracked-changes document: each value's name and description, changes tracked.

A value stands under its name (a renamed value shows both names; an added one is inserted, a
removed one struck out where it stood), its description tracked word by word, as the documents
print the values' table. The section is written when a value changed (added, removed, renamed
or described otherwise), so accepting every change gives the new version's values and rejecting
every change the old; the diff's table said so before, and the Word document said nothing.
"""

from __future__ import annotations

from ._tracked import _described, _heading, _Tracker

__all__ = ["write_values"]


def write_values(doc, a, b, maps: dict[str, dict[str, str]], tracker: _Tracker) -> None:
    """Add the values of ``b`` with their changes since ``a``, when a value changed.

    Parameters
    ----------
    doc : docx.Document
        The tracked-changes document being written.
    a, b : Framework
        The old version and the new.
    maps : dict
        Which old value is which new one (``_structure.match``; ``maps["value"]``).
    tracker : _Tracker
        The revision marks' maker.

    Examples
    --------
    >>> import io, docx, compkit
    >>> from compkit.authoring.redline import render_redline
    >>> doc = compkit.framework.to_dict("cis")
    >>> doc["values"][0]["description"] = "We say what we think."
    >>> new = compkit.framework.build.from_dict(doc)
    >>> body = docx.Document(io.BytesIO(render_redline("cis", new))).element.body
    >>> [t.text for t in body.xpath(".//w:ins/w:r/w:t")]
    ['We say what we think.']
    """
    ids = maps.get("value", {})
    back = {n: o for o, n in ids.items()}
    before = {v.id: v for v in a.value_records}
    pairs = [(before.get(back.get(v.id, "")), v) for v in b.value_records]
    for k, value in enumerate(a.value_records):  # a removed value: struck where it stood
        if value.id not in ids:
            above = {v.id for v in a.value_records[:k]}
            at = max((n + 1 for n, (x, _) in enumerate(pairs) if x and x.id in above), default=0)
            pairs.insert(at, (value, None))
    if all(
        x is not None and y is not None and (x.name, x.description) == (y.name, y.description)
        for x, y in pairs
    ):
        return  # no value changed: the pages show the competencies' values as they are
    title = "Values"  # inserted with the first value, deleted with the last
    _heading(
        doc, tracker, 1, title if a.value_records else None, title if b.value_records else None
    )
    for x, y in pairs:
        _heading(doc, tracker, 2, x.name if x else None, y.name if y else None)
        _described(
            doc, tracker, (x.description or "") if x else "", (y.description or "") if y else ""
        )
