"""compkit: staff competency frameworks as data you can analyse, compare, map and revise.

Load a bundled framework or your own YAML file, get tidy DataFrames and a networkx graph:

>>> import compkit
>>> cis = compkit.load("cis")
>>> cis.counts().sum().sum()
np.int64(62)
"""

from importlib.metadata import PackageNotFoundError, version

from .authoring.carry import carry_forward
from .authoring.case import from_case, read_case, to_case, write_case
from .authoring.documents import render, render_docx, render_html, render_markdown
from .authoring.editor import editor
from .authoring.harmonise import draft
from .authoring.versions import diff, render_changelog
from .authoring.workbook import (
    import_file,
    read_tables,
    read_workbook,
    write_tables,
    write_workbook,
)
from .authoring.yamledit import write_yaml
from .checks import check
from .compare.report import report_html, report_markdown, write_report
from .compare.tables import (
    cell_counts,
    compare_competencies,
    compare_levels,
    compare_overview,
    headline_differences,
    scope_by_level,
    statement_lengths,
    values_map,
    voice_shares,
)
from .compare.themes import assign_themes, theme_by_level, theme_coverage, theme_gaps
from .crosswalk import (
    align_levels,
    competency_matrix,
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
from .framework.frames import combine, summary
from .framework.graph import graph_summary, read_graphml, to_graph, write_graphml, write_node_link
from .framework.io import bundled, load, load_all, to_dict, write_json
from .framework.model import Framework

try:
    __version__ = version("compkit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

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
    "assign_themes",
    "bundled",
    "carry_forward",
    "cell_counts",
    "check",
    "combine",
    "compare_competencies",
    "compare_levels",
    "compare_overview",
    "competency_matrix",
    "diff",
    "draft",
    "editor",
    "export_crosswalk",
    "from_case",
    "graph_summary",
    "headline_differences",
    "import_file",
    "load",
    "load_all",
    "read_case",
    "read_graphml",
    "read_sssom",
    "read_tables",
    "read_workbook",
    "render",
    "render_changelog",
    "render_docx",
    "render_html",
    "render_markdown",
    "report_html",
    "report_markdown",
    "review_crosswalk",
    "scope_by_level",
    "statement_lengths",
    "suggest",
    "summary",
    "theme_by_level",
    "theme_coverage",
    "theme_gaps",
    "to_case",
    "to_dict",
    "to_graph",
    "values_map",
    "voice_shares",
    "write_case",
    "write_graphml",
    "write_json",
    "write_node_link",
    "write_report",
    "write_sssom",
    "write_tables",
    "write_workbook",
    "write_yaml",
]
