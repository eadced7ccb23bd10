"""Read and write framework files: find bundled frameworks, load and validate YAML, export JSON.

A framework file is YAML in the format of the published JSON Schema
(``compkit/schema/framework.schema.json``, see ``docs/format.md``). Loading validates the whole
file and reports every problem at once, each with its file and line, then builds an immutable
:class:`~compkit.framework.model.Framework`.
"""

from __future__ import annotations

import json
import os
import reprlib
from pathlib import Path
from typing import Any

from .. import _atomic
from ..errors import FrameworkFileError, FrameworkNotFoundError, InputError, Problem, UsageError
from ._yaml import describe_yaml_error, load_yaml
from .build import from_dict
from .filedoc import clean as _clean
from .filedoc import needed_version as _needed_version
from .filedoc import source_dict as _src_dict
from .filedoc import stem_doc as _stem_doc
from .limits import file_kind, read_text
from .model import Framework, Indicator
from .sourcedocs import BINARY_KINDS, SOURCE_KINDS, looks_like_framework, source_hint
from .validate import validate_data

__all__ = ["bundled", "data_dir", "from_dict", "load", "load_all", "to_dict", "write_json"]

FrameworkLike = Framework | str | os.PathLike


def data_dir() -> Path:
    """The folder of bundled data: frameworks, cross-walks, themes and the raw sources.

    ``COMPKIT_DATA`` names another folder; otherwise the ``data/`` folder of a source checkout
    (where people edit the files), else the copy a wheel installs inside the package
    (``compkit/_data/``).

    Examples
    --------
    >>> (data_dir() / "frameworks").is_dir()
    True
    """
    env = os.environ.get("COMPKIT_DATA")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parents[1]
    checkout = here.parent / "data"
    return checkout if (checkout / "frameworks").is_dir() else here / "_data"


def bundled() -> dict[str, Path]:
    """Bundled framework ids and their files, from ``data/frameworks/*.yaml``.

    Examples
    --------
    >>> sorted(bundled())
    ['cis', 'wsx']
    """
    folder = data_dir() / "frameworks"
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))}


def load(framework: FrameworkLike) -> Framework:
    """Load a framework from a bundled id (``"cis"``, ``"wsx"``) or the path of a YAML file.

    Parameters
    ----------
    framework : str, path or Framework
        A bundled id, a path, or an already loaded framework (returned as is).

    Returns
    -------
    Framework
        The immutable framework.

    Raises
    ------
    compkit.FrameworkNotFoundError
        When ``framework`` is neither a bundled id nor an existing file.
    compkit.FrameworkFileError
        When the file is malformed; the message lists every problem with its line.

    Examples
    --------
    >>> import compkit
    >>> compkit.load("wsx")
    <Framework 'wsx': Staff Competency Framework (WSX Mind); 5 levels, 4 clusters, 153 indicators>
    """
    if isinstance(framework, Framework):
        return framework
    if not isinstance(framework, str | os.PathLike) or isinstance(framework, bytes):
        raise UsageError(
            f"expected a framework, a bundled id ({', '.join(bundled())}) or the path of a "
            f"framework file, got {_given(framework)}"
        )
    return _load_cached(_resolve(framework))


def _given(value) -> str:
    """What was given where a framework was expected, said briefly: never a whole table's repr.

    Examples
    --------
    >>> _given(42), _given({"id": "x", "levels": []})
    ('int 42', 'a dict; compkit.framework.build.from_dict makes a framework of one')
    >>> import pandas as pd
    >>> _given(pd.DataFrame({"a": [1]}))
    'DataFrame'
    """
    if isinstance(value, dict):
        return "a dict; compkit.framework.build.from_dict makes a framework of one"
    if isinstance(value, int | float | bytes | type(None) | list | tuple):
        said = f"{type(value).__name__} {reprlib.repr(value)}"
        return said if len(said) <= 120 else f"{said[:117]}..."
    return type(value).__name__  # a table or an object: its name, not its contents


_CACHE: dict[Path, tuple[int, int, Framework]] = {}


def _load_cached(path: Path) -> Framework:
    stat = path.stat()
    hit = _CACHE.get(path)
    if hit and hit[:2] == (stat.st_mtime_ns, stat.st_size):
        return hit[2]
    fw = read_framework(path)
    _CACHE[path] = (stat.st_mtime_ns, stat.st_size, fw)
    return fw


def _resolve(framework: str | os.PathLike) -> Path:
    text = os.fspath(framework)
    if not isinstance(text, str):
        raise UsageError(f"expected a bundled id or a path, got {reprlib.repr(framework)}")
    known = bundled()
    if text in known:
        return known[text]
    if not text.strip():  # Path("") is the current folder: "is a folder" would puzzle
        raise FrameworkNotFoundError(
            f"no framework named: got an empty {'path' if text == '' else repr(text)}; expected "
            f"a bundled id ({', '.join(known)}) or the path of a framework YAML file"
        )
    path = Path(text).expanduser()
    if path.is_file():
        return path.resolve()
    if path.is_dir():
        raise FrameworkNotFoundError(
            f"{text}: is a folder; expected the path of a framework YAML file"
        )
    if path.exists():  # a pipe, a device: reading one could wait for ever
        raise FrameworkNotFoundError(
            f"{text}: not a regular file (a pipe or a device); expected the path of a framework "
            "YAML file"
        )
    ids = ", ".join(known) or "none found in " + str(data_dir() / "frameworks")
    if path.suffix or os.sep in text or "/" in text:
        raise FrameworkNotFoundError(
            f"{text}: no such framework file; expected the path of a framework YAML file "
            f"or a bundled id ({ids})"
        )
    raise FrameworkNotFoundError(
        f"unknown framework {text!r}; expected a bundled id ({ids}) or the path of a "
        "framework YAML file"
    )


def load_all() -> dict[str, Framework]:
    """Load every bundled framework, keyed by id.

    Examples
    --------
    >>> import compkit
    >>> {k: len(v.indicators) for k, v in compkit.load_all().items()}
    {'cis': 62, 'wsx': 153}
    """
    return {key: _load_cached(path) for key, path in bundled().items()}


def read_framework(path: str | os.PathLike) -> Framework:
    """Read and validate one framework file (no cache); see :func:`load`.

    The file passes the guards of :mod:`compkit.framework.limits` first: size, encoding (UTF-8,
    or UTF-16 with a byte-order mark), nesting depth and YAML aliases.
    """
    path = Path(path)
    if not path.exists():
        raise FrameworkNotFoundError(f"{path}: no such framework file")
    # what the bytes say first (a workbook renamed .yaml), else the suffix
    found = file_kind(path)
    kind = found or SOURCE_KINDS.get(path.suffix.casefold())
    if found and found not in BINARY_KINDS:  # a zip, a damaged or locked or old Office file
        raise FrameworkFileError(path, [Problem("", _not_source(path, found))])
    if kind in BINARY_KINDS:  # never a framework file: say what to do instead of "not UTF-8"
        raise FrameworkFileError(path, [Problem("", source_hint(path, kind))])
    try:
        text = read_text(path)
    except InputError as exc:
        message = str(exc).removeprefix(f"{path}: ")
        if kind and message.startswith("not UTF-8"):  # a CSV from Excel: ingest reads it
            message = source_hint(path, kind).replace(", not a", ", not UTF-8, and not a", 1)
        raise FrameworkFileError(path, [Problem("", message)]) from None
    try:
        return from_text(text, file=path)
    except FrameworkFileError as exc:
        if kind is None or looks_like_framework(text):
            raise
        raise FrameworkFileError(path, [Problem("", source_hint(path, kind))]) from exc


def _not_source(path: Path, found: str) -> str:
    """What to do with a file that is no document compkit reads (a zip, a locked file)."""
    if "password" in found:
        todo = "open it, save it again without a password"
    elif "old-format" in found:
        todo = "save it as .docx or .xlsx"
    elif "damaged" in found:
        todo = "save it again from the program that made it"
    else:
        todo = "take out the document or workbook it holds"
    return (
        f"{found}, not a compkit framework file (YAML); {todo}, then read it into a "
        f"framework file with 'compkit ingest FILE -o {path.with_suffix('.yaml').name}'"
    )


def from_text(text: str, *, file: str | os.PathLike = "<string>") -> Framework:
    """Parse and validate YAML text (``file`` names it in messages)."""
    import yaml

    try:
        data, lines, problems = load_yaml(text)
    except yaml.YAMLError as exc:
        raise FrameworkFileError(file, [describe_yaml_error(exc, text)]) from None
    problems += validate_data(data, lines)
    if problems:
        raise FrameworkFileError(file, problems)
    fw = from_dict(data, validate=False)
    path = Path(file) if file != "<string>" else None
    return fw if path is None else _with_path(fw, path)


def _with_path(fw: Framework, path: Path) -> Framework:
    from dataclasses import replace

    return replace(fw, path=path)


def to_dict(framework: FrameworkLike) -> dict[str, Any]:
    """The framework as a document in the file format (plain dicts and lists, JSON-ready).

    ``from_dict(to_dict(fw))`` gives back an equal framework.

    Examples
    --------
    >>> import compkit
    >>> doc = compkit.framework.to_dict("cis")
    >>> doc["id"], len(doc["competencies"]), doc["roles"][0]["requires"]["others"]
    ('cis', 6, 'l3')
    """
    fw = load(framework)
    by_comp: dict[str, list[Indicator]] = {c: [] for c in fw.competency_ids}
    for ind in fw.indicator_records:
        by_comp[ind.competency].append(ind)
    doc: dict[str, Any] = {
        "schema_version": max(fw.schema_version, _needed_version(fw)),
        "id": fw.id,
        "title": fw.title,
        "organisation": fw.organisation,
        "short_name": fw.short_name,
        "version": fw.version,
        "licence": fw.licence,
        "notes": fw.notes,
        "competency_term": fw.competency_term,
        "cumulative": fw.cumulative,
        "language": None if fw.language == "en-GB" else fw.language,
        "stem": _stem_doc(fw),
        "source": _clean(
            {"file": fw.source_file, "description": fw.source_description, "url": fw.source_url}
        ),
        "introduction": [
            _clean({"text": p.text, "source": _src_dict(p.source)}) for p in fw.introduction
        ],
        "rules": {k: list(v) for k, v in fw.rules.items()},
        "levels": [
            _clean(
                {
                    "id": lv.id,
                    "name": lv.name,
                    "rank": lv.rank,
                    "description": lv.description,
                    "stem": _stem_doc(lv),
                    "source": _src_dict(lv.source),
                }
            )
            for lv in fw.level_records
        ],
        "groups": [
            _clean(
                {
                    "id": g.id,
                    "name": g.name,
                    "description": g.description,
                    "source": _src_dict(g.source),
                }
            )
            for g in fw.group_records
        ],
        "values": [
            _clean(
                {
                    "id": v.id,
                    "name": v.name,
                    "description": v.description,
                    "source": _src_dict(v.source),
                }
            )
            for v in fw.value_records
        ],
        "competencies": [
            {
                **_clean(
                    {
                        "id": c.id,
                        "name": c.name,
                        "description": c.description,
                        "group": c.group,
                        "values": list(c.values),
                        "levels": list(c.levels),
                        "stem": _stem_doc(c),
                        "source": _src_dict(c.source),
                        "undefined": [
                            _clean(
                                {
                                    "level": u.level,
                                    "note": u.note,
                                    "polarity": u.polarity,
                                    "source": _src_dict(u.source),
                                }
                            )
                            for u in c.undefined
                        ],
                    }
                ),
                "indicators": [
                    _clean(
                        {
                            "id": i.id,
                            "level": i.level,
                            "text": i.text,
                            "polarity": None if i.polarity == "effective" else i.polarity,
                            "source": _src_dict(i.source),
                            "repair": {"kind": i.repair.kind, "note": i.repair.note}
                            if i.repair
                            else None,
                            "mirrors": i.mirrors,
                            "note": i.note or None,
                        }
                    )
                    for i in by_comp[c.id]
                ],
            }
            for c in fw.competency_records
        ],
        "roles": [
            _clean(
                {
                    "id": r.id,
                    "name": r.name,
                    "description": r.description,
                    "requires": dict(r.requires),
                    "source": _src_dict(r.source),
                }
            )
            for r in fw.role_records
        ],
        "retired_ids": list(fw.retired_ids or ()),  # written only when some id was retired
    }
    keep = {"schema_version", "id", "title", "organisation", "levels", "competencies", "cumulative"}
    return {k: v for k, v in doc.items() if k in keep or v not in ("", None, [], {})}


def write_json(framework: FrameworkLike, path: str | os.PathLike) -> Path:
    """Write the framework document as JSON (the file format, :func:`load` reads it), atomically."""
    text = json.dumps(to_dict(framework), ensure_ascii=False, indent=2) + "\n"
    return _atomic.write_text(path, text)
