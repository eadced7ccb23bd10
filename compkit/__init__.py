"""compkit: staff competency frameworks as data you can analyse, compare, map and revise.

Wherever a framework is asked for, give a bundled id (``"cis"``, ``"wsx"``) or the path of a
framework YAML file. The verbs, by job:

Load and explore
    ``load``, ``load_all``, ``combine``, ``to_graph``; a ``Framework`` holds the tables
    (``indicators``, ``competencies``, ``levels``, ...), ``counts()`` (by id; ``names=True``
    to read it by name) and ``profile()``.
Check (a linter)
    ``check``: consistency findings, one row each (``docs/rules.md``).
Compare two frameworks
    ``headline_differences``, ``theme_gaps``, ``write_report`` (HTML, Word or Markdown).
Cross-walk (which statements of one match the other's)
    ``suggest``, ``align_levels``, ``read_sssom``, ``write_sssom``, ``export_crosswalk``,
    ``review_crosswalk``.
Author a revised framework and publish it
    ``diff``, ``draft``, ``carry_forward``, ``editor``, ``import_file``, ``render``,
    ``write_yaml``.
Bring one in from Word, a spreadsheet, CSV, PDF, a web page or text
    ``ingest``.
Errors
    Every bad file or argument raises a ``CompkitError`` (``FrameworkFileError``,
    ``FrameworkNotFoundError``, ``CrosswalkError``, ``WorkbookError``, ``ThemeFileError``,
    ``UsageError``) whose message names the file, the line, what is wrong and what was
    expected.

``help(compkit.load)`` and the like give each verb's parameters and an example to run.
Everything else is reached through its capability: ``compkit.framework`` (the model, loading,
frames, graph), ``compkit.checks``, ``compkit.crosswalk``, ``compkit.compare``,
``compkit.authoring`` and ``compkit.ingest`` (``docs/architecture.md`` maps the package).

>>> import compkit
>>> cis = compkit.load("cis")
>>> cis.counts().sum().sum()
np.int64(62)
>>> cis.counts(names=True).loc["Working with others"].tolist()
[3, 4, 3, 3]
>>> try:
...     compkit.load("no-such-framework")
... except compkit.CompkitError as exc:
...     print(type(exc).__name__)
FrameworkNotFoundError
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING

from ._version import __version__
from .errors import (
    CompkitError,
    CrosswalkError,
    FrameworkFileError,
    FrameworkNotFoundError,
    ThemeFileError,
    UsageError,
    WorkbookError,
)

if TYPE_CHECKING:  # what the verbs are, for readers and tools; at run time they load on use
    from .authoring import carry_forward, diff, draft, editor, import_file, render, write_yaml
    from .checks import check
    from .compare import headline_differences, theme_gaps, write_report
    from .crosswalk import (
        align_levels,
        export_crosswalk,
        read_sssom,
        review_crosswalk,
        suggest,
        write_sssom,
    )
    from .framework import Framework, combine, load, load_all, to_graph
    from .ingest import ingest

#: Each verb's capability. ``import compkit`` loads none of them (nor pandas): the first use
#: of a verb loads its capability, so ``compkit --help`` starts at once and a Ctrl-C while a
#: command starts up is the command's own (exit 130, one line), not a traceback.
_HOMES = {
    **dict.fromkeys(
        ("carry_forward", "diff", "draft", "editor", "import_file", "render", "write_yaml"),
        "authoring",
    ),
    "check": "checks",
    **dict.fromkeys(("headline_differences", "theme_gaps", "write_report"), "compare"),
    **dict.fromkeys(
        (
            "align_levels",
            "export_crosswalk",
            "read_sssom",
            "review_crosswalk",
            "suggest",
            "write_sssom",
        ),
        "crosswalk",
    ),
    **dict.fromkeys(("Framework", "combine", "load", "load_all", "to_graph"), "framework"),
    "ingest": "ingest",
}


def __getattr__(name: str):
    """A verb (``compkit.load``) or a capability (``compkit.framework``), loaded on first use."""
    if name in _HOMES:
        value = getattr(importlib.import_module(f".{_HOMES[name]}", __name__), name)
        globals()[name] = value
        return value
    if not name.startswith("__"):
        try:
            return importlib.import_module(f".{name}", __name__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """``compkit`` itself: the verb ``ingest`` stays the verb when its subpackage loads.

    Python binds a subpackage to its parent's name when it first loads (``compkit.ingest``,
    the package); ``compkit.ingest`` is the verb, as ``from .ingest import ingest`` made it.
    """

    def __setattr__(self, name: str, value) -> None:
        if name in _HOMES and isinstance(value, types.ModuleType):
            value = getattr(value, name)
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


__all__ = [
    "CompkitError",
    "CrosswalkError",
    "Framework",
    "FrameworkFileError",
    "FrameworkNotFoundError",
    "ThemeFileError",
    "UsageError",
    "WorkbookError",
    "__version__",
    "align_levels",
    "carry_forward",
    "check",
    "combine",
    "diff",
    "draft",
    "editor",
    "export_crosswalk",
    "headline_differences",
    "import_file",
    "ingest",
    "load",
    "load_all",
    "read_sssom",
    "render",
    "review_crosswalk",
    "suggest",
    "theme_gaps",
    "to_graph",
    "write_report",
    "write_sssom",
    "write_yaml",
]
