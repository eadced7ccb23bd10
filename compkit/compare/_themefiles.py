"""Read the theme vocabulary and the reviewer's overrides (YAML), every problem with its line.

The files live in ``data/themes/`` (``themes.yaml``, ``overrides.yaml``); their format is described
in their own header comments and in :mod:`compkit.compare.themes`.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pandas as pd

from ..errors import Problem, ThemeFileError

__all__ = ["read_overrides", "read_vocabulary", "themes_dir"]

_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def themes_dir() -> Path:
    """The folder of the bundled theme files, ``data/themes/``."""
    from ..framework.io import data_dir

    return data_dir() / "themes"


# -- reading the two files ----------------------------------------------------------------------
def _read_yaml(path: Path, kind: str, key: str):
    import yaml

    from ..framework._yaml import describe_yaml_error, load_yaml

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ThemeFileError(
            path, [Problem("", f"no such {kind} file; expected a YAML file with '{key}:'")]
        ) from None
    try:
        data, lines, problems = load_yaml(text)
    except yaml.YAMLError as exc:
        raise ThemeFileError(path, [describe_yaml_error(exc)]) from None
    if problems:
        raise ThemeFileError(path, problems)
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise ThemeFileError(
            path, [Problem("", f"expected a mapping with a '{key}:' list of entries", 1)]
        )
    return data[key], lines


def read_vocabulary(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """Read a theme vocabulary (default: the bundled ``data/themes/themes.yaml``).

    Parameters
    ----------
    path : path, optional
        A YAML file with a ``themes:`` list; each theme has ``id``, ``name``, ``description``
        and ``keywords`` (regular expressions).

    Returns
    -------
    pandas.DataFrame
        One row per theme, in file order: ``theme_id, theme, description, keywords`` (a tuple
        of patterns).

    Raises
    ------
    compkit.ThemeFileError
        Listing every problem with its line: a missing field, a duplicate id, a keyword that is
        not a valid regular expression.

    Examples
    --------
    >>> vocab = read_vocabulary()
    >>> len(vocab), vocab["theme_id"].head(3).tolist()
    (18, ['wellbeing', 'learning', 'self-awareness'])
    """
    path = Path(path) if path is not None else themes_dir() / "themes.yaml"
    items, lines = _read_yaml(path, "theme vocabulary", "themes")
    problems, rows, seen = [], [], {}
    for i, item in enumerate(items):
        where = ("themes", i)
        if not isinstance(item, dict):
            problems.append(
                Problem(
                    f"themes[{i}]",
                    "expected a theme (id, name, description, keywords)",
                    lines.line(where),
                )
            )
            continue
        tid = item.get("id")
        for field in ("id", "name", "description"):
            if not isinstance(item.get(field), str) or not item.get(field, "").strip():
                problems.append(
                    Problem(
                        f"themes[{i}].{field}",
                        f"theme {tid or i!r}: '{field}' is missing or empty; expected text",
                        lines.line((*where, field)) or lines.line(where),
                    )
                )
        if isinstance(tid, str) and not _ID.match(tid):
            problems.append(
                Problem(
                    f"themes[{i}].id",
                    f"theme id {tid!r} is not valid; use lower-case letters, digits and '-'",
                    lines.line((*where, "id")),
                )
            )
        if isinstance(tid, str) and tid in seen:
            problems.append(
                Problem(
                    f"themes[{i}].id",
                    f"duplicate theme id {tid!r} (first on line {seen[tid]}); ids must differ",
                    lines.line((*where, "id")),
                )
            )
        seen.setdefault(tid, lines.line((*where, "id")))
        keywords = item.get("keywords")
        if not isinstance(keywords, list) or not keywords:
            problems.append(
                Problem(
                    f"themes[{i}].keywords",
                    f"theme {tid!r}: 'keywords' must be a non-empty list of regular expressions",
                    lines.line((*where, "keywords")) or lines.line(where),
                )
            )
            keywords = []
        for k, kw in enumerate(keywords):
            try:
                re.compile(str(kw))
            except re.error as exc:
                problems.append(
                    Problem(
                        f"themes[{i}].keywords[{k}]",
                        f"theme {tid!r}: keyword {kw!r} is not a valid regular expression "
                        f"({exc}); escape special characters with a backslash",
                        lines.line((*where, "keywords", k)),
                    )
                )
        rows.append(
            {
                "theme_id": tid,
                "theme": item.get("name"),
                "description": item.get("description"),
                "keywords": tuple(str(k) for k in keywords),
            }
        )
    if problems:
        raise ThemeFileError(path, problems)
    return pd.DataFrame(rows, columns=["theme_id", "theme", "description", "keywords"])


def read_overrides(
    path: str | os.PathLike | None = None, *, vocabulary: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Read manual theme overrides (default: the bundled ``data/themes/overrides.yaml``).

    Each entry names a ``framework``, an ``indicator``, the themes to ``add`` and/or
    ``remove``, and a ``note`` saying why.

    Returns
    -------
    pandas.DataFrame
        One row per (entry, theme): ``framework, indicator_id, theme_id, action`` (add or
        remove), ``note`` and ``line`` (of the entry's ``indicator:`` in the file).

    Raises
    ------
    compkit.ThemeFileError
        Listing every problem with its line: a missing field, a theme not in the vocabulary.

    Examples
    --------
    >>> o = read_overrides()
    >>> sorted(o["action"].unique())
    ['add', 'remove']
    """
    path = Path(path) if path is not None else themes_dir() / "overrides.yaml"
    vocab = read_vocabulary() if vocabulary is None else vocabulary
    known = set(vocab["theme_id"])
    items, lines = _read_yaml(path, "theme overrides", "overrides")
    problems, rows = [], []
    for i, item in enumerate(items):
        where = ("overrides", i)
        line = lines.line(where)
        if not isinstance(item, dict):
            problems.append(
                Problem(
                    f"overrides[{i}]",
                    "expected an entry (framework, indicator, add/remove, note)",
                    line,
                )
            )
            continue
        for field in ("framework", "indicator", "note"):
            if not isinstance(item.get(field), str) or not item[field].strip():
                problems.append(
                    Problem(
                        f"overrides[{i}].{field}",
                        f"override {i + 1}: '{field}' is missing or empty; expected text",
                        lines.line((*where, field)) or line,
                    )
                )
        if not item.get("add") and not item.get("remove"):
            problems.append(
                Problem(
                    f"overrides[{i}]",
                    f"override {i + 1} ({item.get('indicator')}): give 'add:' and/or "
                    "'remove:' with a list of theme ids",
                    line,
                )
            )
        for action in ("add", "remove"):
            themes = item.get(action) or []
            if isinstance(themes, str):
                themes = [themes]
            for k, tid in enumerate(themes):
                if tid not in known:
                    problems.append(
                        Problem(
                            f"overrides[{i}].{action}[{k}]",
                            f"override {i + 1} ({item.get('indicator')}): unknown theme "
                            f"{tid!r}; expected one of: {', '.join(sorted(known))}",
                            lines.line((*where, action, k)) or line,
                        )
                    )
                    continue
                rows.append(
                    {
                        "framework": item.get("framework"),
                        "indicator_id": item.get("indicator"),
                        "theme_id": tid,
                        "action": action,
                        "note": str(item.get("note", "")).strip(),
                        "line": lines.line((*where, "indicator")) or line,
                    }
                )
    if problems:
        raise ThemeFileError(path, problems)
    cols = ["framework", "indicator_id", "theme_id", "action", "note", "line"]
    return pd.DataFrame(rows, columns=cols)
