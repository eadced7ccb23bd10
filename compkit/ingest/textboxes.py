"""Text boxes in a Word document: placed where they stand in the text, or reported.

A designer's framework may set a competency's definition, a callout or even statements in a
text box (``w:txbxContent`` inside a drawing); python-docx's paragraphs do not include them,
so they were dropped with no word. A box that moves with the text (inline, or anchored to its
paragraph, line, character or column) stands where its anchor paragraph does:
:func:`place_text_boxes` moves its paragraphs in after the paragraph holding it, and the report
says so. A box positioned on the page or its margins (a banner, a sidebar) has no place in the
flow: :func:`text_box_notes` names its text in the report as not read, so the user can add
what matters by hand. Word writes a box twice (a drawing and a VML fallback): read once.
"""

from __future__ import annotations

import re

from .blocks import clean

__all__ = ["place_text_boxes", "text_box_notes"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_FALLBACK = f"{_MC}Fallback"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
#: how a floating box is placed on the page rather than in the text
_ON_PAGE = ("page", "margin", "leftMargin", "rightMargin", "topMargin", "bottomMargin")


def _on_page(box) -> bool:
    """Whether a box is positioned on the page or its margins (not in the flow of the text)."""
    for el in box.iterancestors():
        for pos in el.findall(f"{_WP}positionH") + el.findall(f"{_WP}positionV"):
            if pos.get("relativeFrom") in _ON_PAGE:
                return True
        style = el.get("style") or ""
        if re.search(r"mso-position-(?:horizontal|vertical)-relative:\s*(?:page|margin)", style):
            return True
    return False


def place_text_boxes(body) -> list[tuple[str, str, float]]:
    """Move each text box that stands in the text in after the paragraph holding it, in place.

    Returns the report's notes: one saying how many boxes were read in place (and the first
    one's text), and :func:`text_box_notes`' for the boxes positioned on the page.

    Examples
    --------
    >>> from lxml import etree
    >>> w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    >>> body = etree.fromstring(
    ...     f'<w:body xmlns:w="{w}"><w:p><w:r><w:t>Communication</w:t></w:r><w:r><w:pict>'
    ...     '<w:txbxContent><w:p><w:r><w:t>Means sharing.</w:t></w:r></w:p></w:txbxContent>'
    ...     '</w:pict></w:r></w:p></w:body>'
    ... )
    >>> place_text_boxes(body)
    [('guess', "1 text box read after the paragraph holding it ('Means sharing.')", 0.6)]
    >>> ["".join(p.itertext()) for p in body]
    ['Communication', 'Means sharing.']
    """
    placed = []
    for box in list(body.iter(f"{_W}txbxContent")):
        if any(a.tag == _FALLBACK for a in box.iterancestors()) or _on_page(box):
            continue  # the VML copy of a drawing's box (dropped with it), or a box on the page
        anchor = next((a for a in box.iterancestors(f"{_W}p")), None)
        holder = next((a for a in box.iterancestors(f"{_MC}AlternateContent")), None)
        holder = holder if holder is not None else next(box.iterancestors(f"{_W}r"), None)
        if anchor is None or holder is None or holder.getparent() is None:
            continue
        texts = [clean("".join(t.text or "" for t in p.iter(f"{_W}t"))) for p in box.iter(f"{_W}p")]
        at = anchor
        for child in list(box):
            if child.tag in (f"{_W}p", f"{_W}tbl"):
                at.addnext(child)
                at = child
        holder.getparent().remove(holder)
        placed.append(" / ".join(t for t in texts if t))
    notes = text_box_notes(body)
    if [t for t in placed if t]:
        first = next(t for t in placed if t)
        shown = first if len(first) <= 60 else first[:57] + "..."
        said = f"{len(placed)} text box{'es' if len(placed) > 1 else ''} read after the paragraph"
        said += f" holding {'each' if len(placed) > 1 else 'it'} ({shown!r})"
        notes.insert(0, ("guess", said, 0.6))
    return notes


def text_box_notes(body) -> list[tuple[str, str, float]]:
    """One "unused" note per text box of a document body holding text (a box written twice once).

    Examples
    --------
    >>> from lxml import etree
    >>> w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    >>> body = etree.fromstring(
    ...     f'<w:body xmlns:w="{w}"><w:p><w:r><w:txbxContent><w:p><w:r>'
    ...     '<w:t>Communication means sharing.</w:t></w:r></w:p></w:txbxContent></w:r></w:p>'
    ...     '</w:body>'
    ... )
    >>> text_box_notes(body)
    [('unused', "a text box holds 'Communication means sharing.': not read (its place in the text is not known)", 0.5)]
    """  # noqa: E501
    out, seen = [], set()
    for box in body.iter(f"{_W}txbxContent"):
        if any(a.tag == _FALLBACK for a in box.iterancestors()):
            continue  # the VML copy of a drawing's box
        paras = [clean("".join(t.text or "" for t in p.iter(f"{_W}t"))) for p in box.iter(f"{_W}p")]
        text = " / ".join(t for t in paras if t)
        if text and text not in seen:
            seen.add(text)
            shown = text if len(text) <= 80 else text[:77] + "..."
            said = f"a text box holds {shown!r}: not read (its place in the text is not known)"
            out.append(("unused", said, 0.5))
    return out
