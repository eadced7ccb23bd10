"""A Word document's paragraphs set wholly in bold or italics as notes on their level.

Markdown and web pages read a level's emphasised note as its description, not a statement:
"__Experience: Typically requires a minimum of 2 years.__" under each level (a fact of the
level, :mod:`.levelnotes`) and, where the statements are plain paragraphs, any paragraph of
five words or more set wholly in bold or italics (:mod:`.emphasised`). The same ladder saved
as Word read both as statements (Postman's OSPO ladder: 61 for 52). :func:`word_notes` writes
the document's paragraphs in reading order as Markdown would show them (headings, items, the
emphasis of a paragraph wholly in bold or italics) and applies the same two rules.
"""

from __future__ import annotations

from dataclasses import replace

from .blocks import Document, clean
from .emphasised import emphasised_paragraphs
from .levelnotes import level_notes, notes_entry

__all__ = ["word_notes"]


def _emphasis(p) -> str:
    """The mark of a paragraph wholly in bold ("__") or in italics ("_"), else none ("")."""
    runs = [r for r in p.runs if r.text.strip()]
    if not runs:
        return ""
    if all(r.bold for r in runs):
        return "__"
    return "_" if all(r.italic for r in runs) else ""


def word_notes(doc: Document, word) -> None:
    """Mark a Word document's notes on their levels as asides (see the module), and say so.

    Examples
    --------
    >>> import docx
    >>> from compkit.ingest.blocks import Label, Para, Region
    >>> word = docx.Document()
    >>> _ = word.add_paragraph("Ships code to production.")
    >>> _ = word.add_paragraph().add_run("At this point one helps the others grow.").italic = True
    >>> paras = [Para(p.text, {"paragraph": k}, key=f"P{k}") for k, p in enumerate(word.paragraphs)]
    >>> doc = Document([Region((Label("Engineer II", "Heading 1"),), paras)])
    >>> word_notes(doc, word)
    >>> [p.aside for p in doc.regions[0].paras]
    [False, True]
    """
    marks = {}
    for k, p in enumerate(q for q in word.iter_inner_content() if hasattr(q, "runs")):
        if mark := _emphasis(p):
            marks[f"P{k}"] = mark
    if not marks:
        return
    lines, keys, shown = [], [], None
    for region in doc.regions:
        if region.labels and region.labels[-1] is not shown:
            shown = region.labels[-1]
            lines += ["# " + clean(shown.text), ""]
            keys += [None, None]
        for p in region.paras:
            listed = p.bullet or p.number is not None
            mark = "" if listed else marks.get(p.key, "")
            lines += [("- " if listed else "") + mark + clean(p.text) + mark, ""]
            keys += [p.key, None]
    found = {keys[i] for i in level_notes(lines) | emphasised_paragraphs(lines)} - {None}
    if not found:
        return
    for region in doc.regions:
        region.paras = [replace(p, aside=True) if p.key in found else p for p in region.paras]
    texts = [clean(p.text) for r in doc.regions for p in r.paras if p.key in found]
    at = [p.source.get("paragraph", 0) + 1 for r in doc.regions for p in r.paras if p.key in found]
    entry = notes_entry(texts, at)
    doc.notes.append((entry[0], entry[1], entry[2], entry[3].replace("line", "paragraph")))
