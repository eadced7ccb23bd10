"""Save a framework to its YAML file, changing only what changed (round-trip YAML, atomic).

:func:`write_yaml` edits an existing framework file in place with ruamel.yaml's round-trip
mode: comments, key order, quoting, flow or block style and indentation of everything untouched
stay as the author wrote them; items are matched by id, so a reworded statement changes one
line and a new statement is inserted where it belongs, in the style of its neighbours. A new
file is written in the house style of ``data/frameworks/*.yaml`` (block style, one line per
short record, ``source: {...}`` in flow style). Either way the text is read back with
:func:`compkit.load`'s validator and must give the same framework before it replaces the file,
atomically.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from .. import _atomic
from ..errors import CompkitError, UsageError
from ._filetext import malformed, replaceable
from ._reuse import keep_retired

__all__ = ["dump_yaml", "edit_yaml", "write_yaml"]


class _Lazy:
    """PyYAML's resolver and emitter analysis, built on first use."""

    def __init__(self, build):
        self._build, self._obj = build, None

    def __getattr__(self, name):
        if self._obj is None:
            self._obj = self._build()
        return getattr(self._obj, name)


def _analyser():
    import yaml

    return yaml.emitter.Emitter(io.StringIO(), allow_unicode=True)


def _resolver():
    import yaml

    return yaml.resolver.Resolver()


_ANALYSER, _RESOLVER = _Lazy(_analyser), _Lazy(_resolver)


def _yaml():
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # one statement, one line: diffs show exactly what was reworded
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def write_yaml(framework, path: str | os.PathLike | None = None, *, force: bool = False) -> Path:
    """Write a framework to a YAML file, keeping everything untouched as it was.

    Parameters
    ----------
    framework : Framework, bundled id or path
        The framework to write.
    path : path, optional
        The file; default: the file the framework was loaded from. When it exists it is edited
        in place (round trip: comments, key order and formatting of untouched parts are kept);
        otherwise a new file is written in the house style.
    force : bool, default False
        Replace a file at ``path`` that is not a framework file (see :func:`replaceable`);
        without it such a file is refused, untouched. With it, another framework's file (another
        id) is written anew, not edited (its comments were about the other framework).

    Returns
    -------
    pathlib.Path
        The written file, which :func:`compkit.load` reads back as the same framework.

    Raises
    ------
    compkit.UsageError
        When no path is given and the framework was not loaded from a file, ``path`` is not a
        path or has the suffix of another kind of file (``.docx``, ``.xlsx``), or it holds
        something other than a framework, or a framework whose YAML does not parse (its file
        and line said), and ``force`` is not set.

    Examples
    --------
    >>> import compkit, shutil, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> copy = shutil.copy(compkit.framework.bundled()["cis"], folder / "cis.yaml")
    >>> doc = compkit.framework.to_dict(copy)
    >>> doc["competencies"][0]["indicators"][1]["text"] = "I ask for help when I need it."
    >>> out = compkit.write_yaml(compkit.framework.build.from_dict(doc), copy)
    >>> compkit.load(out).indicator("people-l1-2").text
    'I ask for help when I need it.'
    >>> before = compkit.framework.bundled()["cis"].read_text().splitlines()
    >>> [line for line in out.read_text().splitlines() if line not in before]
    ['        text: I ask for help when I need it.']
    """
    from ..framework.io import load, to_dict

    fw = load(framework)
    target = _atomic.as_path(path) if path is not None else fw.path
    if target is None:
        raise UsageError(
            f"framework '{fw.id}' was not loaded from a file; give the path to write it to"
        )
    doc = to_dict(fw)
    old = replaceable(target, force=force, id=fw.id if force else None)  # forced: anew
    keep_retired(old, doc)
    try:
        text = edit_yaml(old, doc) if old and old.strip() else dump_yaml(doc)
    except Exception as exc:  # the file's own YAML is broken: said, replaced only if forced
        refused = malformed(target, exc)
        if refused is None:
            raise
        if not force:
            raise refused from None
        text = dump_yaml(doc)
    _check(text, doc, target)
    return _atomic.write_text(target, text)


def dump_yaml(framework_or_doc) -> str:
    """A framework (or framework document) as YAML text in the house style.

    Examples
    --------
    >>> print(dump_yaml("cis").split("levels:")[1][:52])
    <BLANKLINE>
      - id: l1
        name: Level 1
        rank: 1
      - id: l2
    """
    from ..framework.io import to_dict

    doc = framework_or_doc if isinstance(framework_or_doc, dict) else to_dict(framework_or_doc)
    return _dump(_node(doc, key=None, depth=0))


def edit_yaml(text: str, doc: dict[str, Any]) -> str:
    """Apply a framework document to YAML text, changing only the parts that differ."""
    yaml = _yaml()
    _guess_indent(yaml, text)
    tree = yaml.load(text)
    if not isinstance(tree, dict):
        return dump_yaml(doc)
    _merge_map(tree, doc, depth=0)
    return _dump(tree, yaml)


def _dump(tree, yaml=None) -> str:
    yaml = yaml or _yaml()
    _quote_for_pyyaml(tree)
    buf = io.StringIO()
    yaml.dump(tree, buf)
    return buf.getvalue()


def _quote_for_pyyaml(node, flow: bool = False) -> None:
    """Quote plain strings that compkit's loader (PyYAML, YAML 1.1) would read differently.

    ruamel.yaml writes YAML 1.2, where ``no`` is a string and ``a?b`` may stand plain inside
    ``[...]``; PyYAML reads ``no`` as false and rejects the latter. Strings the author quoted
    keep their quotes; untouched plain strings were read by PyYAML already and stay plain.
    """
    flow = flow or bool(getattr(node, "fa", None) and node.fa.flow_style())
    if isinstance(node, dict):
        for pos, key in enumerate(list(node)):
            value = node[key]
            if type(value) is str and _needs_quotes(value, flow):
                value = node[key] = _quoted(value)
            else:
                _quote_for_pyyaml(value, flow)
            if type(key) is str and _needs_quotes(key, flow):
                del node[key]
                node.insert(pos, _quoted(key), value)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            if type(value) is str and _needs_quotes(value, flow):
                node[i] = _quoted(value)
            else:
                _quote_for_pyyaml(value, flow)


def _needs_quotes(text: str, flow: bool) -> bool:
    import yaml

    if _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) != "tag:yaml.org,2002:str":
        return True
    analysis = _ANALYSER.analyze_scalar(text)
    return not (analysis.allow_flow_plain if flow else analysis.allow_block_plain)


def _quoted(text: str):
    """Double quotes, as the bundled files have them; single quotes around text with ``"``."""
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, SingleQuotedScalarString

    if '"' in text and _ANALYSER.analyze_scalar(text).allow_single_quoted:
        return SingleQuotedScalarString(text)
    return DoubleQuotedScalarString(text)


def _guess_indent(yaml, text: str) -> None:
    """Use the file's own indentation (read from its text, without parsing it twice).

    ``mapping``: a block mapping nested in another; ``offset``: where a block sequence's dash
    stands under its key; ``sequence``: where the item's content starts (dash + 2).
    """
    import itertools
    import re

    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    mapping = offset = None
    for here, after in itertools.pairwise(lines):
        key = re.match(r"^( *)[^\s#:-][^:]*:\s*(#.*)?$", here)
        if not key:
            continue
        child = re.match(r"^( *)(- )?[^\s#]", after)
        depth = len(child.group(1)) - len(key.group(1)) if child else 0
        if child and child.group(2) and offset is None and depth >= 0:
            offset = depth
        elif child and not child.group(2) and mapping is None and depth > 0:
            mapping = depth
        if mapping is not None and offset is not None:
            break
    offset = 2 if offset is None else offset
    yaml.indent(mapping=mapping or 2, sequence=offset + 2, offset=offset)


def _check(text: str, doc: dict, target: Path) -> None:
    from ..framework.io import from_text, to_dict

    back = to_dict(from_text(text, file=target))
    if back != doc:
        raise CompkitError(
            f"{target}: the edited YAML would not read back as the same framework; nothing was "
            "written (please report this with the file)"
        )


# -- new nodes in the house style ----------------------------------------------------------------


def _node(value: Any, *, key: Any, like: Any = None, depth: int = 2) -> Any:
    """Plain data as ruamel nodes in the house style.

    Block style throughout, except lists of plain values (``values: [care, courage]``) and the
    ``source: {...}`` of an item, which stay on one line; ``depth`` 1 is a top-level key. A new
    item takes the style of its neighbour ``like``, and the quotes of its fields.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            theirs = like.get(k) if isinstance(like, dict) else None  # the neighbour's field:
            out[k] = _node(v, key=k, like=theirs, depth=depth + 1)  # a new competency's
            if isinstance(v, str) and type(theirs).__name__ in _QUOTES:  # statements quoted
                out[k] = type(theirs)(v)  # in quotes as the neighbour's same field is
        flow = key == "source" and depth > 1
        if like is not None and hasattr(like, "fa"):
            flow = like.fa.flow_style()
        if flow:
            out.fa.set_flow_style()
        else:
            out.fa.set_block_style()
        return out
    if isinstance(value, list):
        first = like[0] if isinstance(like, list) and like else None  # as the neighbour's items
        out = CommentedSeq(_node(v, key=key, like=first, depth=depth + 1) for v in value)
        if all(not isinstance(v, dict | list) for v in value):
            out.fa.set_flow_style()
        else:
            out.fa.set_block_style()
        return out
    return value


#: ruamel's quoted scalars: a new item's text is quoted as its neighbour's same field.
_QUOTES = ("DoubleQuotedScalarString", "SingleQuotedScalarString")


# -- merging a document into an existing tree ----------------------------------------------------


# Values that the file format treats as absent: an author may write them, to_dict leaves them out.
_DEFAULTS = {
    "polarity": "effective",
    "competency_term": "competency",
    "cumulative": True,
    "language": "en-GB",  # ingest writes the language it guessed; to_dict leaves en-GB out
}


def _merge_map(tree, new: dict, *, keep_defaults: bool = True, depth: int = 0) -> None:
    for key in [k for k in tree if k not in new]:
        value = _plain(tree[key])
        default = value in ("", None, [], {}) or _DEFAULTS.get(key, ...) == value
        if not (keep_defaults and default):
            del tree[key]
    previous = None
    for key, value in new.items():
        if key in tree:
            tree[key] = _merge(tree[key], value, key, depth + 1)
        elif _DEFAULTS.get(key, ...) == value:  # a default the author left out stays out
            continue
        else:
            pos = list(tree).index(previous) + 1 if previous in tree else 0
            tree.insert(pos, key, _node(value, key=key, depth=depth + 1))
        previous = key


def _merge(old: Any, new: Any, key: Any, depth: int) -> Any:
    if _plain(old) == new and type(_plain(old)) is type(new):
        return old
    if isinstance(old, dict) and isinstance(new, dict):
        # empty rule lists are meaningful: to_dict keeps them
        _merge_map(old, new, keep_defaults=key != "rules", depth=depth)
        return old
    if isinstance(old, list) and isinstance(new, list):
        return _merge_seq(old, new, key, depth)
    if isinstance(old, str) and isinstance(new, str) and type(old) is not str:
        return type(old)(new)  # keep the quoting or block style of the old scalar
    return _node(new, key=key, depth=depth)


def _merge_seq(old, new: list, key: Any, depth: int):
    from ruamel.yaml.comments import CommentedSeq

    def ident(item):
        return item.get("id") if isinstance(item, dict) else None

    by_id = all(isinstance(v, dict) and "id" in v for v in new) and all(
        isinstance(v, dict) and "id" in v for v in old
    )
    if not by_id:
        if len(old) == len(new) and all(isinstance(v, dict) for v in new):
            for i, v in enumerate(new):
                old[i] = _merge(old[i], v, key, depth + 1)
            return old
        out = _node(new, key=key, depth=depth)
        if isinstance(old, CommentedSeq) and isinstance(out, CommentedSeq):
            if old.fa.flow_style():
                out.fa.set_flow_style()
            else:
                out.fa.set_block_style()
        return out
    wanted = [ident(v) for v in new]
    for i in reversed(range(len(old))):
        if ident(old[i]) not in wanted:
            del old[i]
    for pos, item in enumerate(new):
        found = next((i for i in range(pos, len(old)) if ident(old[i]) == item["id"]), None)
        if found is None:
            like = old[pos] if pos < len(old) else (old[pos - 1] if pos else None)
            old.insert(pos, _node(item, key=key, like=like, depth=depth + 1))
            continue
        if found != pos:
            moved = old[found]
            del old[found]
            old.insert(pos, moved)
        old[pos] = _merge(old[pos], item, key, depth + 1)
    return old


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    return value
