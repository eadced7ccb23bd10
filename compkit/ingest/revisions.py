"""Tracked changes left in a Word document, read as accepted (as Word shows "No Markup").

A framework under revision often arrives with its tracked changes still in it: words inserted
(``w:ins``), words deleted (``w:del``), text moved (``w:moveFrom`` / ``w:moveTo``). python-docx
reads a paragraph's own runs only, so an inserted word or a wholly inserted statement was
silently lost while a deleted word was left out: the text read was neither the old version
nor the new one. :func:`accept_changes` reads the document as it stands with every change
accepted -- insertions and moves kept in place, deletions and moved-from text left out -- and
says how many changes it accepted, so the user can check them against the document.
Comments (a separate part of the file) are never text of the document and stay unread.
"""

from __future__ import annotations

__all__ = ["accept_changes"]

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: wrappers whose content is the accepted text: kept, unwrapped in place
_KEPT = (f"{_W}ins", f"{_W}moveTo")
#: wrappers whose content the accepted text drops
_DROPPED = (f"{_W}del", f"{_W}moveFrom")


def accept_changes(body) -> list[tuple[str, str, float]]:
    """Accept the tracked changes in a document body's XML, in place; the note saying so.

    Only changes to the text are accepted: an insertion's runs take its place, a deletion's
    runs are removed. Marks on a paragraph's or run's properties (a formatting change, a
    deleted paragraph mark) are left as they are.

    Parameters
    ----------
    body : lxml element
        The document's ``w:body`` (``docx.Document(...).element.body``).

    Returns
    -------
    list of tuple
        The ingest report's note counting the changes accepted, or nothing when none were.

    Examples
    --------
    >>> from lxml import etree
    >>> w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    >>> body = etree.fromstring(
    ...     f'<w:body xmlns:w="{w}"><w:p><w:r><w:t>Listens </w:t></w:r>'
    ...     '<w:ins><w:r><w:t>well </w:t></w:r></w:ins>'
    ...     '<w:del><w:r><w:delText>badly </w:delText></w:r></w:del>'
    ...     '<w:r><w:t>to others.</w:t></w:r></w:p></w:body>'
    ... )
    >>> accept_changes(body)
    [('guess', 'tracked changes left in, read as accepted (1 insertions, 1 deletions)', 0.6)]
    >>> "".join(body.itertext())
    'Listens well to others.'
    """
    counts = {"inserted": 0, "deleted": 0}
    for el in list(body.iter(*_DROPPED)):
        if el.getparent() is not None and el.getparent().tag != f"{_W}rPr":
            el.getparent().remove(el)
            counts["deleted"] += 1
    for el in list(body.iter(*_KEPT)):
        parent = el.getparent()
        if parent is None or parent.tag in (f"{_W}rPr", f"{_W}pPr"):
            continue  # a mark on properties (an inserted paragraph mark): no text
        at = parent.index(el)
        for k, child in enumerate(list(el)):
            parent.insert(at + k, child)
        parent.remove(el)
        counts["inserted"] += 1
    if not any(counts.values()):
        return []
    said = f"{counts['inserted']} insertions, {counts['deleted']} deletions"
    return [("guess", f"tracked changes left in, read as accepted ({said})", 0.6)]
