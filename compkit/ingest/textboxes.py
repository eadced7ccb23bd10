"""Text boxes in a Word document: text the reader does not place, reported, never lost silently.

A designer's framework may set a competency's definition, a callout or even statements in a
text box (``w:txbxContent`` inside a drawing). Its paragraphs belong to no place in the flow
of the text, and python-docx's paragraphs do not include them: they were dropped with no word.
:func:`text_box_notes` names each box's text in the ingest report as not read, so the user can
add what matters by hand. Word writes a box twice (a drawing and a VML fallback): said once.
"""

from __future__ import annotations

from .blocks import clean

__all__ = ["text_box_notes"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


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
