"""Word (OOXML) pieces python-docx has no call for: page fields, shading, rows kept whole, language.

Shared by the framework documents (:mod:`compkit.authoring.documents`) and the comparison report
(:mod:`compkit.compare.report`), so both paginate the same way.
"""

from __future__ import annotations

__all__ = ["field", "keep_row", "set_language", "shade"]


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
