"""compkit: staff competency frameworks as data you can analyse, compare, map and revise.

The verbs people type are here; everything else is reached through its capability:
:mod:`compkit.framework` (the model, loading, frames, graph), :mod:`compkit.checks`,
:mod:`compkit.crosswalk`, :mod:`compkit.compare` and :mod:`compkit.authoring`
(``docs/architecture.md`` maps the package).

>>> import compkit
>>> cis = compkit.load("cis")
>>> cis.counts().sum().sum()
np.int64(62)
"""

from ._version import __version__
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
from .errors import (
    CompkitError,
    CrosswalkError,
    FrameworkFileError,
    FrameworkNotFoundError,
    ThemeFileError,
    UsageError,
    WorkbookError,
)
from .framework import Framework, combine, load, load_all, to_graph
from .ingest import ingest

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
