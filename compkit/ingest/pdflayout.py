"""A PDF page's layout text with each run of text set where it is drawn, not where it began.

pypdf's layout mode places every piece of text shown by ``Tj`` (or a string in a ``TJ`` array)
at the text position of its operator, and moves that position on only for a ``TJ`` number or a
positioning operator (``Td``, ``Tm`` ...). A ``Tj`` that follows another with no such operator
between (Chromium shows a ligature glyph, "ﬀ", in a ``Tj`` of its own, between the word's
other letters) is set back at the previous piece's start, so the gap to the next positioned
piece (``Td``) is measured from the wrong end: "diﬀer     ent" in a paragraph, and in a table
the next cell's text runs into the split word ("diﬀer entAdapts"). The PDF standard moves the
text position on by each string's width. :func:`layout_text` reads a copy of the page whose
strings are each followed by a zero ``TJ`` adjustment, which makes pypdf move on by the
string's measured width: a word's pieces then join where no gap is drawn, and two words stay
apart by the space drawn between them (their gap against the font's space width, as pypdf
measures any gap). A page turned by its ``/Rotate`` entry (a landscape table on a portrait
page, as LaTeX sets one) draws its text sideways, which pypdf's layout mode leaves out
("Rotated text discovered"): the copy's text is drawn turned back upright, as the page is shown.
The page itself, and its plain text, are left as they are.
"""

from __future__ import annotations

from compkit.ingest.pdfadvance import cell_breaks, font_widths

__all__ = ["LineStyles", "layout_text", "upright", "upright_page"]


def layout_text(page) -> str:
    """A page's layout-mode text, each string of text moving the text position on by its width.

    Parameters
    ----------
    page : pypdf.PageObject
        The page to read.

    Returns
    -------
    str
        pypdf's ``extract_text(extraction_mode="layout")`` of a copy of the page in which a
        string shown after another without positioning starts where the other ends; the page's
        own text when its content stream cannot be read.

    Examples
    --------
    >>> import io
    >>> from pypdf import PdfReader, PdfWriter
    >>> from pypdf.generic import ContentStream, DictionaryObject, NameObject
    >>> writer = PdfWriter()
    >>> page = writer.add_blank_page(300, 100)
    >>> helvetica = DictionaryObject({NameObject("/Type"): NameObject("/Font"),
    ...     NameObject("/Subtype"): NameObject("/Type1"),
    ...     NameObject("/BaseFont"): NameObject("/Helvetica")})
    >>> page[NameObject("/Resources")] = DictionaryObject(
    ...     {NameObject("/Font"): DictionaryObject({NameObject("/F1"): helvetica})})
    >>> stream = ContentStream(None, None)
    >>> stream.set_data(b"BT /F1 12 Tf 10 50 Td (Works on di) Tj (ff) Tj (er) Tj"
    ...     b" 80.688 0 Td (ent teams) Tj ET")  # 'ent' is drawn right after 'differ'
    >>> page.replace_contents(stream)
    >>> buffer = io.BytesIO()
    >>> _ = writer.write(buffer)
    >>> read = PdfReader(buffer).pages[0]
    >>> read.extract_text(extraction_mode="layout").strip()
    'Works on differ                     ent teams'
    >>> layout_text(read).strip()
    'Works on different teams'
    """
    from pypdf import PageObject
    from pypdf.generic import ArrayObject, ContentStream, NameObject, NumberObject, StreamObject

    def shown(item) -> bool:
        return isinstance(item, (str, bytes))

    try:
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        if not isinstance(contents, (ArrayObject, StreamObject)):
            return page.extract_text(extraction_mode="layout") or ""
        stream = ContentStream(contents, page.pdf, "bytes")
        operations = []
        for operands, op in stream.operations:
            if op == b"Tj" and operands and shown(operands[0]):
                operands, op = [ArrayObject([operands[0]])], b"TJ"
            if op == b"TJ" and operands and isinstance(operands[0], ArrayObject):
                items: list = []
                for item in operands[0]:
                    if items and shown(item) and shown(items[-1]):
                        items.append(NumberObject(0))
                    items.append(item)
                if items and shown(items[-1]):
                    items.append(NumberObject(0))
                operands = [ArrayObject(items)]
            operations.append((operands, op))
        operations = cell_breaks(operations, font_widths(page.get("/Resources")))
        turn = upright(page)
        if turn is not None:
            operations = [([], b"q"), (turn, b"cm"), *operations, ([], b"Q")]
        stream.operations = operations
        copy = PageObject(page.pdf, page.indirect_reference)
        copy.update(page)
        copy[NameObject("/Contents")] = stream
        if turn is not None:
            copy[NameObject("/Rotate")] = NumberObject(0)
    except (KeyError, TypeError, ValueError, AttributeError):
        return page.extract_text(extraction_mode="layout") or ""
    return copy.extract_text(extraction_mode="layout") or ""


def upright_page(page):
    """``page`` as shown: a copy drawn turned back by its ``/Rotate`` (``page`` if unturned).

    Every reader of positions (lines' baselines and left edges, a page's top and bottom) then
    reads the page as its reader sees it: the copy's text is drawn upright on a media box of
    the shown width and height, at the origin. A page pypdf cannot turn is kept as it is.

    Examples
    --------
    >>> from pypdf import PdfWriter
    >>> page = PdfWriter().add_blank_page(200, 100)
    >>> upright_page(page) is page
    True
    >>> page.rotation = 270
    >>> shown = upright_page(page)
    >>> shown.rotation, [float(v) for v in shown.mediabox]
    (0, [0.0, 0.0, 100.0, 200.0])
    """
    from pypdf import PageObject
    from pypdf.generic import (
        ArrayObject,
        ContentStream,
        NameObject,
        NumberObject,
        RectangleObject,
        StreamObject,
    )

    turn = upright(page)
    if turn is None:
        return page
    try:
        contents = page.get("/Contents")
        contents = contents.get_object() if contents is not None else None
        if contents is not None and not isinstance(contents, (ArrayObject, StreamObject)):
            return page
        copy = PageObject(page.pdf, page.indirect_reference)
        copy.update(page)
        if contents is not None:  # a page with no contents draws nothing to turn
            stream = ContentStream(contents, page.pdf, "bytes")
            stream.operations = [([], b"q"), (turn, b"cm"), *stream.operations, ([], b"Q")]
            copy[NameObject("/Contents")] = stream
        copy[NameObject("/Rotate")] = NumberObject(0)
        box = page.mediabox
        wide, high = float(box.width), float(box.height)
        if page.rotation % 180:
            wide, high = high, wide
        copy[NameObject("/MediaBox")] = RectangleObject((0, 0, wide, high))
        for key in ("/CropBox", "/TrimBox", "/BleedBox", "/ArtBox"):
            copy.pop(NameObject(key), None)
    except (KeyError, TypeError, ValueError, AttributeError):
        return page
    return copy


def upright(page) -> list | None:
    """The ``cm`` operands drawing a page turned by its ``/Rotate`` as shown (None: unturned).

    Examples
    --------
    >>> from pypdf import PdfWriter
    >>> page = PdfWriter().add_blank_page(200, 100)
    >>> upright(page) is None
    True
    >>> page.rotation = 90
    >>> [round(float(v)) for v in upright(page)]  # (x, y) -> (y, 200 - x): shown upright
    [0, -1, 1, 0, 0, 200]
    """
    from pypdf import Transformation
    from pypdf.generic import FloatObject

    turned = page.rotation % 360
    if not turned:
        return None
    box = page.mediabox
    left, bottom = float(box.left), float(box.bottom)
    width, height = float(box.width), float(box.height)
    move = Transformation().translate(-left - width / 2, -bottom - height / 2).rotate(-turned)
    corners = [
        move.apply_on((x, y)) for x in (left, left + width) for y in (bottom, bottom + height)
    ]
    move = move.translate(-min(x for x, _ in corners), -min(y for _, y in corners))
    return [FloatObject(round(v, 6)) for v in move.ctm]


class LineStyles(dict):
    """A page's plain lines' styles by their text, found again in another order of pieces.

    The layout text sets each piece where it is drawn, the plain text in the order it is
    drawn: a pictograph drawn after its heading's word but set before it ("Topic 1: 😀
    Attitude", plain "Topic 1: Attitude😀") reads alike once :meth:`index` has keyed each
    text also by its characters, spaces aside, in order (two texts sharing that key and set
    differently keep neither style).

    Examples
    --------
    >>> styles = LineStyles({"Topic 1: Attitude😀": ("bold", 700)})
    >>> styles.index().get("Topic 1: 😀 Attitude")
    ('bold', 700)
    >>> styles.get("Attitude") is None
    True
    """

    def index(self) -> LineStyles:
        """Key each text also by its sorted characters; returns ``self``."""
        unordered: dict = {}
        for key, value in list(self.items()):
            sort = _unordered(key)
            unordered[sort] = value if unordered.get(sort, value) == value else (None, None)
        self.update(unordered)
        return self

    def get(self, key, default=None):
        """The style of ``key``, or of a text holding its characters in another order."""
        if key in self:
            return self[key]
        return super().get(_unordered(key), default)


def _unordered(text: str) -> str:
    return "\0" + "".join(sorted(text.replace(" ", "")))
