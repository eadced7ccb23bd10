"""What a framework file's text says before it is parsed: is it one, and whose (its top-level id).

A look at the top-level keys, not a parse, for :func:`compkit.authoring.yamledit.replaceable`:
the writer that follows parses and checks the file whole.
"""

from __future__ import annotations

import re

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
