"""Word's transparent wrappers opened, so the text they hold is read as Word shows it.

Word wraps words it recognised in a smart tag (``w:smartTag``: a place, a date, a person's
name; Word 2003 and 2007 wrote them freely and later versions keep them), a schema's elements
in custom XML (``w:customXml``: round runs, paragraphs, table rows or cells), a field's result
in a simple field (``w:fldSimple``: a cross-reference, a hyperlink, a document property) and
right-to-left or embedded text in ``w:dir`` / ``w:bdo``. python-docx reads only the runs and
hyperlinks standing directly in a paragraph, and only the paragraphs, tables, rows and cells
standing directly in their parent, so a statement lost its tagged words without a word
("Works with partners in" for "... in New Zealand") and custom XML round a row lost the row.
:func:`open_wrappers` puts each wrapper's content in its place, its own properties left out,
and counts them for the report. Content controls (``wordcontrols.py``) and tracked changes
(``revisions.py``) are opened by their own modules, which decide what of them Word shows.
"""

from __future__ import annotations

from .._words import plural

__all__ = ["open_wrappers"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: wrappers whose content Word shows as it stands, with the words the report uses for them
_WRAPPERS = {
    f"{_W}smartTag": "smart tag",
    f"{_W}customXml": "custom XML element",
    f"{_W}fldSimple": "simple field",
    f"{_W}dir": "text direction wrapper",
    f"{_W}bdo": "text direction wrapper",
}
#: a wrapper's own properties and data: no text of the document
_OWN = (f"{_W}smartTagPr", f"{_W}customXmlPr", f"{_W}fldData")


def open_wrappers(body) -> list[tuple[str, str, float]]:
    """Replace each transparent wrapper under ``body`` by its content, in place; the note.

    Parameters
    ----------
    body : lxml element
        The document's ``w:body`` (``docx.Document(...).element.body``).

    Returns
    -------
    list of tuple
        The ingest report's note counting the wrappers opened, or nothing when none were.

    Examples
    --------
    >>> from lxml import etree
    >>> w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    >>> body = etree.fromstring(
    ...     f'<w:body xmlns:w="{w}"><w:p><w:r><w:t>Works with partners in </w:t></w:r>'
    ...     '<w:smartTag w:element="place"><w:smartTagPr/><w:smartTag w:element="country-region">'
    ...     "<w:r><w:t>New Zealand</w:t></w:r></w:smartTag></w:smartTag>"
    ...     '<w:r><w:t>.</w:t></w:r></w:p></w:body>'
    ... )
    >>> open_wrappers(body)
    [('guess', '2 smart tags read through: their words kept, as Word shows them', 0.9)]
    >>> "".join(body.itertext())
    'Works with partners in New Zealand.'
    """
    counts: dict[str, int] = {}
    # deepest first, so a wrapper inside another is opened before its parent moves it
    for el in reversed(list(body.iter(*_WRAPPERS))):
        parent = el.getparent()
        if parent is None:
            continue
        at = parent.index(el)
        kept = [child for child in el if child.tag not in _OWN]
        for k, child in enumerate(kept):
            parent.insert(at + k, child)
        parent.remove(el)
        name = _WRAPPERS[el.tag]
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return []
    said = ", ".join(plural(n, name) for name, n in counts.items())
    return [("guess", f"{said} read through: their words kept, as Word shows them", 0.9)]
