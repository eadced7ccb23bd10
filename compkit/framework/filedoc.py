"""What a framework file says beside its records: source locations, stems, its version.

:func:`~compkit.framework.io.to_dict` writes a framework as its file's document with these:
a source location with only the keys it has, a stem as one string or one per side, empty
entries dropped, and the lowest file-format version that can say everything the framework holds.
"""

from __future__ import annotations

from typing import Any

from .model import Framework, SourceRef
from .stems import side_stems

__all__ = ["clean", "needed_version", "source_dict", "stem_doc"]


def source_dict(s: SourceRef) -> dict:
    """A source location as the file writes it: only the keys it has.

    Examples
    --------
    >>> source_dict(SourceRef(lines=(4, 5), page=2))
    {'page': 2, 'lines': [4, 5]}
    """
    out: dict[str, Any] = {}
    if s.file:
        out["file"] = s.file
    for key in ("page", "sheet", "cell", "table", "paragraph"):
        value = getattr(s, key)
        if value not in (None, ""):
            out[key] = value
    if s.lines:
        out["lines"] = list(s.lines)
    if s.numbers:
        out["numbers"] = list(s.numbers)
    if s.ref:
        out["ref"] = s.ref
    return out


def needed_version(fw: Framework) -> int:
    """2 when the framework uses anything version 1 of the file format cannot say, else 1.

    Examples
    --------
    >>> from compkit import load
    >>> needed_version(load("cis"))
    1
    """
    items = (*fw.level_records, *fw.competency_records)
    records = (
        *fw.introduction,
        *items,
        *fw.group_records,
        *fw.value_records,
        *fw.indicator_records,
        *fw.role_records,
    )
    sources = [x.source for x in records]
    v2 = (
        fw.language != "en-GB"
        or any(side_stems(fw))
        or any(any(side_stems(x)) for x in items)
        or any(c.undefined for c in fw.competency_records)
        or any(i.mirrors or i.note for i in fw.indicator_records)
        or any(lv is None for r in fw.role_records for _, lv in r.requires)
        or any(
            s.file
            or s.sheet
            or s.cell
            or s.page is not None
            or s.paragraph is not None
            or s.table is not None
            for s in sources
        )
    )
    return 2 if v2 else 1


def clean(d: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional entries so documents stay as short as the author wrote them.

    Examples
    --------
    >>> clean({"text": "x", "note": "", "mirrors": None})
    {'text': 'x'}
    """
    return {k: v for k, v in d.items() if v not in ("", None, (), [], {})}


def stem_doc(item) -> str | dict[str, str]:
    """A scope's stem as the file writes it: one string, or a mapping with a stem per side."""
    if getattr(item, "ineffective_stem", None) is None:
        return item.stem
    return clean(dict(zip(("effective", "ineffective"), side_stems(item), strict=True)))
