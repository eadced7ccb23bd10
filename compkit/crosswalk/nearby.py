"""The frameworks of a cross-walk file, found by their ids where a user keeps them.

A cross-walk names its frameworks only by the CURIE prefixes of its ids (``bf-ic:...``). To show
competency and level names, and statements a row names only by id, the review widget needs the
frameworks themselves: a bundled one by its id, another from a framework file whose ``id:`` is
the prefix, in the cross-walk's folder, a ``frameworks/`` folder beside it (``data/crosswalks/``
and ``data/frameworks/``) or the current folder. A file is used only when every id of its side
of the cross-walk is one of its statements.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .guards import NO_TERM, bundled_framework

__all__ = ["find_framework", "framework_hint"]

_ID = re.compile(r"(?m)^id:[ \t]*['\"]?([^'\"\s#]+)")
_SUFFIXES = (".yaml", ".yml")
#: Files looked at per folder, at most (a folder of thousands is not searched through).
_MAX_FILES = 200


def _folders(crosswalk_path: Path) -> list[Path]:
    here = crosswalk_path.resolve().parent
    found = [here, here / "frameworks", here.parent / "frameworks", Path.cwd()]
    found.append(Path.cwd() / "data" / "frameworks")
    return [p for p in dict.fromkeys(found) if p.is_dir()]


def _declared_id(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    m = _ID.search(head)
    return m.group(1) if m else None


def find_framework(crosswalk: pd.DataFrame, column: str, prefix: str, crosswalk_path):
    """The framework whose statements ``column``'s ids with ``prefix`` are, or ``None``.

    Examples
    --------
    >>> import compkit
    >>> cw = compkit.read_sssom("cis-wsx")
    >>> find_framework(cw, "object_id", "wsx", "cis-wsx.sssom.tsv").id
    'wsx'
    >>> find_framework(cw, "object_id", "unknown", "cis-wsx.sssom.tsv") is None
    True
    """
    from ..errors import CompkitError
    from ..framework.io import load

    if not prefix:
        return None
    if (fw := bundled_framework(prefix)) is not None:
        return fw
    ids = crosswalk[column].dropna().astype(str)
    wanted = set(ids[ids.str.startswith(prefix + ":") & (ids != NO_TERM)].str[len(prefix) + 1 :])
    for folder in _folders(Path(crosswalk_path)):
        files = sorted(p for p in folder.iterdir() if p.suffix.lower() in _SUFFIXES)
        for path in files[:_MAX_FILES]:
            if not path.name.endswith(".ingest.yaml") and _declared_id(path) == prefix:
                try:
                    fw = load(path)
                except CompkitError:
                    continue
                if wanted <= set(fw.indicators["indicator_id"]):
                    return fw
    return None


def framework_hint(path, missing: list[str], a_or_b: dict[str, str]) -> str:
    """What to pass so that the review widget shows names, for the prefixes not found.

    Examples
    --------
    >>> print(framework_hint("cw.sssom.tsv", ["bf-ic"], {"bf-ic": "a", "bf-mgr": "b"}))
    Competencies and levels show as ids: no framework file with id bf-ic was found beside \
cw.sssom.tsv. To see their names, open it with the framework files: \
review_crosswalk('cw.sssom.tsv', a='path/to/bf-ic.yaml', b=..., reviewer=...).
    """
    if not missing:
        return ""
    name = Path(path).name
    args = ", ".join(
        f"{side}='path/to/{prefix}.yaml'" if prefix in missing else f"{side}=..."
        for prefix, side in a_or_b.items()
    )
    files = " or ".join(missing)
    return (
        f"Competencies and levels show as ids: no framework file with id {files} was found "
        f"beside {name}. To see their names, open it with the framework files: "
        f"review_crosswalk({name!r}, {args}, reviewer=...)."
    )
