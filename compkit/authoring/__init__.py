"""Author a revised framework: edit, validate, compare versions, draft, publish.

- Spreadsheets: :func:`write_workbook` / :func:`read_workbook` (XLSX) and :func:`write_tables` /
  :func:`read_tables` (CSV), :func:`import_file` for any of them or a CASE package;
- saving: :func:`write_yaml` changes only what changed in a framework file;
- editing: the pure edits of :mod:`~compkit.authoring.edits` and the :func:`editor` widget;
- versions: :func:`diff`, :func:`render_changelog`, :func:`render_redline` (Word, tracked
  changes), :func:`carry_forward` (a cross-walk follows);
- drafting: :func:`draft` proposes a harmonised framework from two frameworks and a cross-walk;
- publishing: :func:`render` (Word, HTML, Markdown) and 1EdTech CASE 1.1 (:func:`to_case`, …);
- exporting in any format, by name or suffix: :func:`export` (the XLSX is the workbook).

Examples
--------
>>> from compkit import authoring
>>> authoring.diff("wsx", "wsx")["change"].unique().tolist()
[]
"""

from .carry import carry_forward
from .case import from_case, read_case, to_case, write_case
from .changelog import render_changelog
from .documents import render, render_docx, render_html, render_markdown
from .edits import add_indicator, move_indicator, remove_indicator, set_note, set_text
from .exports import export
from .harmonise import draft
from .redline import render_redline
from .versions import diff, word_diff
from .widget import editor
from .workbook import import_file, read_tables, read_workbook, write_tables, write_workbook
from .yamledit import write_yaml

__all__ = [
    "add_indicator",
    "carry_forward",
    "diff",
    "draft",
    "editor",
    "export",
    "from_case",
    "import_file",
    "move_indicator",
    "read_case",
    "read_tables",
    "read_workbook",
    "remove_indicator",
    "render",
    "render_changelog",
    "render_docx",
    "render_html",
    "render_markdown",
    "render_redline",
    "set_note",
    "set_text",
    "to_case",
    "word_diff",
    "write_case",
    "write_tables",
    "write_workbook",
    "write_yaml",
]
