"""What a framework file about to be written over holds: is it one, whose, and does it parse.

:func:`replaceable` looks at the top-level keys, not a parse: the writer that follows
(:func:`compkit.write_yaml`) parses and checks the file whole, and :func:`malformed` words the
refusal when the file's own YAML does not parse, so an author's half-made edit is never lost.
"""

from __future__ import annotations

import os
import re

from .. import _atomic
from ..errors import UsageError

#: A block-style document's top-level ``id``: ``id: cis`` at the start of a line.
_TOP_ID = re.compile(r"""^id:[ \t]*(["']?)([^"'#\r\n]*?)\1[ \t]*(?:#.*)?$""", re.MULTILINE)


def _framework_id(text: str) -> str | None:
    """The top-level ``id`` of a framework file's text (None when it has none in block style)."""
    found = _TOP_ID.search(text)
    return found.group(2).strip() or None if found else None


#: A framework document's top-level ``competencies`` key, in block or flow (JSON) style.
_COMPETENCIES = re.compile(r'^(?:\{\s*)?["\']?competencies["\']?\s*:', re.MULTILINE)


def _not_framework(text: str) -> str | None:
    """Why ``text`` is not a framework document, or None when it reads as one.

    A look at the top-level keys, not a parse: the writer that follows parses and checks the
    file whole, and a 100,000-statement file would otherwise be parsed twice.
    """
    if "\x00" in text:
        return "binary data"
    if not _COMPETENCIES.search(text):
        return "no top-level 'competencies'"
    return None


def replaceable(
    path: str | os.PathLike, *, force: bool = False, id: str | None = None
) -> str | None:
    r"""The text of the framework file at ``path`` (None if there is none), or refuse it.

    A writer of framework files (``compkit import -o``, ``compkit ingest -o``) edits an
    existing framework file, or writes a new one; a file that holds anything else — another
    YAML document, a binary file, text that is not YAML — is refused, so a slip of the path
    never destroys someone's file, unless ``force`` says to replace it (then None: write anew).
    A framework file here is UTF-8 text with a top-level ``competencies`` key (or an empty
    file). Given the ``id`` of the framework to be written, a framework file of another
    framework (another top-level ``id``) is refused too: a new reading of the same framework
    replaces it, another framework needs ``force`` (then None: written anew).

    Raises
    ------
    compkit.UsageError
        When ``path`` holds something else (or another framework than ``id``) and ``force``
        is not set, is a folder, or has the suffix of another kind of file (``.docx``,
        ``.xlsx``; even with ``force``).

    Examples
    --------
    >>> import compkit, pathlib, tempfile
    >>> notes = pathlib.Path(tempfile.mkdtemp()) / "notes.yaml"
    >>> _ = notes.write_text("shopping: [milk]\n")
    >>> replaceable(notes)
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: ...notes.yaml: exists and is not a framework file (no top-level ...
    >>> replaceable(notes, force=True) is None
    True
    >>> replaceable(compkit.framework.bundled()["cis"]).startswith("# Children in Scotland")
    True
    >>> replaceable(compkit.framework.bundled()["cis"], id="wsx")
    Traceback (most recent call last):
    ...
    compkit.errors.UsageError: ...cis.yaml: holds the framework 'cis', not 'wsx' (the one to ...
    """
    target = _atomic.as_path(path)
    if target.is_dir():
        raise UsageError(f"{target}: is a folder; expected a framework file (.yaml) to write")
    _atomic.check_suffix(target, "yaml", {"yaml": (".yaml", ".yml")})
    if not target.is_file():
        return None
    why = None
    try:
        text = target.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        text, why = None, "not UTF-8 text"
    except OSError as exc:
        raise UsageError(f"{target}: cannot be read ({exc.strerror or exc})") from None
    if why is None and text.strip():
        why = _not_framework(text)
    if why is None:
        held = _framework_id(text) if id is not None else None
        if held is None or held == id:
            return text
        if force:
            return None
        raise UsageError(
            f"{target}: holds the framework {held!r}, not {id!r} (the one to write); nothing was "
            f"written; give another path, or --force (force=True) to replace {held!r} with {id!r}"
        )
    if force:
        return None
    raise UsageError(
        f"{target}: exists and is not a framework file ({why}); nothing was written; give "
        "another path, or force=True (--force) to replace it"
    )


def malformed(target, exc: Exception) -> UsageError | None:
    r"""The refusal to write over ``target``, a framework file whose YAML ``exc`` says is broken.

    None when ``exc`` is no YAML error. The message names the file, the line and the fault, as
    :func:`compkit.load` does, and the way out (mend it, or replace it with ``force``).

    Examples
    --------
    >>> import ruamel.yaml
    >>> try:
    ...     ruamel.yaml.YAML().load("levels:\n  - {id: x, name: [oops\n")
    ... except Exception as exc:
    ...     print(malformed("my.yaml", exc))  # doctest: +ELLIPSIS
    my.yaml:3: malformed YAML, column 1: expected ',' or ']', but got ... nothing was written; ...
    >>> malformed("my.yaml", ValueError("no")) is None
    True
    """
    from ruamel.yaml.error import YAMLError as RuamelError
    from yaml import YAMLError

    from ..framework._yaml import describe_yaml_error

    if not isinstance(exc, RuamelError | YAMLError):
        return None
    problem = describe_yaml_error(exc)
    at = f"{target}:{problem.line}" if problem.line else f"{target}"
    return UsageError(
        f"{at}: {problem.message}; nothing was written; mend the file, or force=True (--force) "
        "to replace it (its comments and layout are lost)"
    )
