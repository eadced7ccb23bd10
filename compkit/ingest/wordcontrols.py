"""Word's content controls (``w:sdt``) opened: their contents read in place, as Word shows them.

Templates wrap their parts in content controls: a rich-text control round a section or a
table, a plain-text control round a field typed in a paragraph, a repeating section round a
table's rows, and Word's own table of contents (a control of the "Table of Contents"
gallery). python-docx reads only paragraphs and tables standing directly in the body, a cell
or a paragraph's runs, so whatever a control held was left out without a word. Each control
is replaced by its contents here, in place (:func:`open_content_controls`); a control still
showing its placeholder ("Click or tap here to enter text.") keeps its place with its text
left out, which is Word's prompt, not the author's; the table of contents is set aside, as a
contents page holds only the headings again. A contents page converted to text (or written
outside a control) is found by its entries' styles, "TOC 1" or "Contents 1", and set aside too
(:func:`drop_contents_page`): read as it stood, it was the introduction. The report counts each.
"""

from __future__ import annotations

import re

from .._words import plural

__all__ = ["drop_contents_page", "open_content_controls"]

#: Word's and LibreOffice's styles of a contents page's entries and heading ("TOC 2", "Contents 1")
_CONTENTS = re.compile(r"^(?:toc|contents)\s*(?:\d|heading)$", re.IGNORECASE)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _gallery(sdt) -> str:
    found = sdt.find(f"{_W}sdtPr/{_W}docPartObj/{_W}docPartGallery")
    return (found.get(f"{_W}val") or "") if found is not None else ""


def open_content_controls(body) -> list[tuple[str, str, float]]:
    """Replace each content control under ``body`` by its contents; notes for the report.

    Examples
    --------
    >>> import docx
    >>> from docx.oxml import parse_xml
    >>> d = docx.Document()
    >>> ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    >>> d.element.body.insert(0, parse_xml(
    ...     f'<w:sdt {ns}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Plans work.</w:t></w:r>'
    ...     '</w:p></w:sdtContent></w:sdt>'))
    >>> [p.text for p in d.paragraphs]
    []
    >>> open_content_controls(d.element.body)[0][1]
    "1 content control (a template's fields or sections) read as the text held"
    >>> [p.text for p in d.paragraphs]
    ['Plans work.']
    """
    opened = prompts = entries = 0
    for sdt in reversed(list(body.iter(f"{_W}sdt"))):  # the innermost first
        parent = sdt.getparent()
        content = sdt.find(f"{_W}sdtContent")
        if "Contents" in _gallery(sdt) and parent.tag in (f"{_W}body", f"{_W}tc"):
            entries += sum(
                1 for p in sdt.iter(f"{_W}p") if "".join(t.text or "" for t in p.iter(f"{_W}t"))
            )
            parent.remove(sdt)
            if parent.tag == f"{_W}tc" and parent.find(f"{_W}p") is None:
                parent.append(parent.makeelement(f"{_W}p", {}))  # a cell keeps a paragraph
            continue
        if sdt.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None and content is not None:
            for t in content.iter(f"{_W}t"):  # Word's prompt, not the author's text
                prompts += bool(t.text)
                t.text = ""
        place = parent.index(sdt)
        for child in list(content) if content is not None else []:
            parent.insert(place, child)
            place += 1
        parent.remove(sdt)
        opened += 1
    notes = []
    if opened:
        said = plural(opened, "content control")
        notes.append(
            ("guess", f"{said} (a template's fields or sections) read as the text held", 0.9)
        )
    if prompts:
        said = plural(prompts, "placeholder prompt")
        notes.append(("guess", f"{said} of empty content controls left out", 0.9))
    if entries:
        said = f"Word's table of contents ({plural(entries, 'entry')})"
        notes.append(("unused", f"{said} set aside: it repeats the headings", 0.9))
    return notes


def drop_contents_page(word) -> list[tuple[str, str, float]]:
    r"""Set aside body paragraphs in a contents page's styles ("TOC 1", "Contents Heading").

    A table of contents converted to text (or written by older Word, outside a control) keeps
    its entries' styles: they repeat the headings with page numbers, and were read as the
    introduction. A note for the report, or none.

    Examples
    --------
    >>> import docx
    >>> d = docx.Document()
    >>> _ = d.styles.add_style("TOC 1", 1)
    >>> _ = d.add_paragraph("Planning\t2", style="TOC 1")
    >>> _ = d.add_paragraph("Plans work.")
    >>> drop_contents_page(d)[0][1], [p.text for p in d.paragraphs]
    ('a contents page (1 entry) set aside: it repeats the headings', ['Plans work.'])
    """
    ids = {s.style_id for s in word.styles if _CONTENTS.match(getattr(s, "name", "") or "")}
    if not ids:
        return []
    body = word.element.body
    found = [
        p
        for p in body.findall(f"{_W}p")
        if (style := p.find(f"{_W}pPr/{_W}pStyle")) is not None and style.get(f"{_W}val") in ids
    ]
    entries = sum(1 for p in found if "".join(t.text or "" for t in p.iter(f"{_W}t")).strip())
    for p in found:
        body.remove(p)
    if not entries:
        return []
    return [
        (
            "unused",
            f"a contents page ({plural(entries, 'entry')}) set aside: it repeats the headings",
            0.9,
        )
    ]
