"""Source documents given where a framework file is expected, and what to run on them instead.

A first-time user's first try is ``compkit check our-framework.docx``: the answer names the
document's kind and the command that reads it into a framework file (``compkit ingest``, or
``compkit import`` for what compkit itself wrote), not a YAML parser's complaint.
"""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["BINARY_KINDS", "SOURCE_KINDS", "looks_like_framework", "source_hint"]

#: Documents people hand over, by suffix: a framework file is compkit's YAML, these are read
#: into one by ``compkit ingest`` (or ``compkit import``, for what compkit itself wrote).
SOURCE_KINDS = {
    ".docx": "a Word document",
    ".doc": "a Word document",
    ".odt": "an OpenDocument text",
    ".rtf": "a rich-text document",
    ".pdf": "a PDF",
    ".xlsx": "a spreadsheet",
    ".xlsm": "a spreadsheet",
    ".xls": "a spreadsheet",
    ".ods": "a spreadsheet",
    ".pptx": "a presentation",
    ".csv": "a CSV file",
    ".tsv": "a tab-separated file",
    ".html": "a web page",
    ".htm": "a web page",
    ".md": "a Markdown file",
    ".markdown": "a Markdown file",
    ".txt": "a text file",
    ".json": "a JSON file",
}
BINARY_KINDS = {"a Word document", "an OpenDocument text", "a PDF", "a spreadsheet",
                 "a presentation"}  # fmt: skip


_FRAMEWORK_KEY = re.compile(r"^(?:schema_version|competencies|levels):", re.MULTILINE)


#: A page's front matter (Jekyll, Hugo) closed by a second '---' with the page's text below it.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?^---[ \t]*\r?\n\s*\S", re.DOTALL | re.MULTILINE)


def looks_like_framework(text: str) -> bool:
    r"""Whether a file of another suffix holds compkit YAML that merely has problems.

    A page whose front matter names ``levels:`` (Skylight's career pathways) is a source
    document all the same.

    Examples
    --------
    >>> looks_like_framework("schema_version: 1\nid: x\n")
    True
    >>> looks_like_framework("---\ntitle: PM\nlevels:\n  - I\n---\n\nA PM at Skylight ...\n")
    False
    """
    if _FRONT_MATTER.match(text) and "schema_version:" not in text:
        return False
    return _FRAMEWORK_KEY.search(text) is not None


def source_hint(path: Path, kind: str) -> str:
    """What to run on a source document given where a framework file was expected.

    A file of no bytes is no document yet, whatever its name says (an empty ``.xlsx`` was
    called "a spreadsheet" and sent to ``compkit ingest``, which refused it).
    """
    out = f"{path.with_suffix('.yaml').name}"
    if path.is_file() and path.stat().st_size == 0:
        return (
            f"the file is empty (0 bytes), not yet {kind}; expected a framework file (YAML), "
            "or a document saved whole to read with 'compkit ingest'"
        )
    if kind == "a JSON file":
        return (
            "a JSON file, not a compkit framework file (YAML); read it into one first: "
            f"'compkit import {path.name} -o {out}' for a CASE package, "
            f"'compkit ingest {path.name} -o {out}' for another framework data file"
        )
    also = (
        f" ('compkit import {path.name} -o {out}' for a workbook compkit wrote)"
        if kind == "a spreadsheet"
        else ""
    )
    return (
        f"{kind}, not a compkit framework file (YAML); read it into one first with "
        f"'compkit ingest {path.name} -o {out}'{also}, or in Python "
        f"compkit.ingest(path).write('{out}')"
    )
