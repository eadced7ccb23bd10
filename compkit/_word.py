"""Word (OOXML) pieces python-docx has no call for: page fields, shading, rows kept whole, language.

Shared by the framework documents (:mod:`compkit.authoring.documents`) and the comparison report
(:mod:`compkit.compare.report`), so both paginate the same way.
"""

from __future__ import annotations

__all__ = ["field", "keep_row", "set_language", "set_title", "shade"]


def field(paragraph, code: str) -> None:
    """Append a Word field (``PAGE``, ``NUMPAGES``) that Word and LibreOffice fill in on layout.

    Examples
    --------
    >>> import docx
    >>> para = docx.Document().add_paragraph("Page ")
    >>> field(para, "PAGE")
    >>> "PAGE" in para._p.xml
    True
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str) -> None:
        fld = OxmlElement("w:fldChar")
        fld.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(fld)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {code} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run("1")
    char("end")


def shade(cell, fill: str) -> None:
    """Fill a table cell (python-docx's, or its ``w:tc``) with a colour (hex, ``"FCE4C8"``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    getattr(cell, "_tc", cell).get_or_add_tcPr().append(shd)


def keep_row(row, *, header: bool = False) -> None:
    """Never split ``row`` across pages (``w:cantSplit``); a header row repeats on every page.

    ``row`` is a python-docx table row or its ``w:tr`` element.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = getattr(row, "_tr", row).get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:  # once: Word refuses a repeated flag
        flag = OxmlElement("w:cantSplit")
        flag.set(qn("w:val"), "true")
        tr_pr.insert(0, flag)
    if header and tr_pr.find(qn("w:tblHeader")) is None:
        head = OxmlElement("w:tblHeader")
        head.set(qn("w:val"), "true")
        tr_pr.append(head)


def set_language(doc, tag: str) -> None:
    """Make ``tag`` (``en-GB``, ``en-US``) the language of every run and of the document.

    python-docx's template says en-US; a British framework's document should say en-GB, or
    Word marks "organisation" and "behaviour" as misspelt. Sets the styles' default run
    language and the core property.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_pr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), tag)
    doc.core_properties.language = tag


#: The longest text Word's core properties (title, author) hold; python-docx refuses more
_CORE_LIMIT = 255


def set_title(doc, title: str, author: str) -> None:
    """Set the document's title and author properties, each cut to the 255 characters they hold.

    The properties are what a file browser and Word's Info pane show; the document's own pages
    keep the whole title. A longer one (an author list prefixed to a title) is cut at a word
    with an ellipsis rather than refused.

    Examples
    --------
    >>> import docx
    >>> doc = docx.Document()
    >>> set_title(doc, "A, " * 100 + "Foundational Competencies", "Me")
    >>> len(doc.core_properties.title), doc.core_properties.title[-5:]
    (251, 'A, A…')
    >>> set_title(doc, "Staff Competency Framework", "WSX Mind")
    >>> doc.core_properties.title, doc.core_properties.author
    ('Staff Competency Framework', 'WSX Mind')
    """

    def cut(text: str) -> str:
        text = " ".join(str(text).split())
        if len(text) <= _CORE_LIMIT:
            return text
        head = text[: _CORE_LIMIT - 1]
        return (head.rsplit(" ", 1)[0] if " " in head else head).rstrip(" ,;:-–—") + "…"

    doc.core_properties.title = cut(title)
    doc.core_properties.author = cut(author)
