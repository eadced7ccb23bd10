"""Where a PDF text object moves on along its line to another cell: the text after it set apart.

pdfTeX and LuaTeX set a table row's cells in one text object (``BT`` ... ``ET``), moving from
one cell to the next along the baseline by a ``TJ`` number or by a ``Td`` / ``Tm`` to the same
height. pypdf's layout mode turns such a move into spaces by the font's space width, but places
each run of text it starts by the page's mean letter width, so the second cell's first line
drifts left of its wrapped lines (which begin runs of their own) and the row reads as other
columns than its header. :func:`cell_breaks` measures each move with the strings' widths, as
the font gives them (``/Widths``, or a CID font's ``/W``), and where the text moves on by an
em or more it shows an empty string raised off the line before going on: pypdf then ends the
run there, and the text after the move starts a run of its own, placed where it is drawn. A
move of less than an em (a word space, however stretched) is left as pypdf reads it; a font
whose widths are not given leaves its line's moves by ``Td`` / ``Tm`` unmeasured, not broken.
"""

from __future__ import annotations

__all__ = ["cell_breaks", "font_widths"]

RISE = 8.0  # ems the empty string is raised: well clear of any line pypdf would join it to


def font_widths(resources) -> dict:
    """Each font of a page's resources as a function of a string's advance in thousandths of an em.

    Parameters
    ----------
    resources : pypdf.generic.DictionaryObject or None
        The page's ``/Resources``.

    Returns
    -------
    dict
        Font name (``"/F1"``) to a function of bytes returning ``(thousandths, codes,
        spaces)``: the string's summed widths, how many character codes it holds and how many
        of them are a one-byte space (which word spacing widens). A font whose widths are not
        given in the file (a standard font, a Type 3 font) is left out.

    Examples
    --------
    >>> from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject
    >>> font = DictionaryObject({NameObject("/Subtype"): NameObject("/Type1"),
    ...     NameObject("/FirstChar"): NumberObject(32),
    ...     NameObject("/Widths"): ArrayObject([NumberObject(250), NumberObject(333)])})
    >>> widths = font_widths(DictionaryObject({NameObject("/Font"): DictionaryObject(
    ...     {NameObject("/F1"): font})}))
    >>> widths["/F1"](b" !!")
    (916.0, 3, 1)
    """
    fonts: dict = {}
    try:
        table = resources.get_object().get("/Font") if resources is not None else None
        table = table.get_object() if table is not None else {}
        for name, font in table.items():
            measure = _measure(font.get_object())
            if measure is not None:
                fonts[name] = measure
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        return fonts  # a font the file describes wrongly: the fonts read so far
    return fonts


def _measure(font):
    subtype = font.get("/Subtype")
    if subtype == "/Type0":
        return _cid_measure(font)
    widths = font.get("/Widths")
    if subtype == "/Type3" or widths is None:
        return None
    first = int(font.get("/FirstChar", 0))
    table = [float(w) for w in widths.get_object()]
    descriptor = font.get("/FontDescriptor")
    missing = float(descriptor.get_object().get("/MissingWidth", 0)) if descriptor else 0.0

    def measure(data: bytes) -> tuple[float, int, int]:
        total = 0.0
        for code in data:
            at = code - first
            total += table[at] if 0 <= at < len(table) else missing
        return total, len(data), data.count(32)

    return measure


def _cid_measure(font):
    encoding = font.get("/Encoding")
    if not (isinstance(encoding, str) and encoding.startswith("/Identity")):
        return None  # codes of another CMap may be one byte or several
    descendant = font["/DescendantFonts"].get_object()[0].get_object()
    default = float(descendant.get("/DW", 1000))
    widths: dict[int, float] = {}
    entries = list(descendant.get("/W", []) or [])
    at = 0
    while at + 1 < len(entries):
        first, then = int(entries[at]), entries[at + 1].get_object()
        if isinstance(then, list):
            widths.update({first + i: float(w) for i, w in enumerate(then)})
            at += 2
        elif at + 2 < len(entries):
            widths.update(dict.fromkeys(range(first, int(then) + 1), float(entries[at + 2])))
            at += 3
        else:
            break

    def measure(data: bytes) -> tuple[float, int, int]:
        codes = [int.from_bytes(data[i : i + 2], "big") for i in range(0, len(data) - 1, 2)]
        return sum(widths.get(code, default) for code in codes), len(codes), 0

    return measure


def cell_breaks(operations: list, fonts: dict) -> list:
    """``operations`` with an empty string shown raised wherever a line's text moves on an em.

    Parameters
    ----------
    operations : list of (operands, operator)
        A page's content stream, as ``pypdf.generic.ContentStream.operations`` holds it.
    fonts : dict
        :func:`font_widths` of the page's resources.

    Returns
    -------
    list of (operands, operator)
        The same operations, a ``TJ`` array parted at a number moving the text on by an em or
        more, and after each such number, or a ``Td`` / ``Tm`` moving on as far along the
        same baseline past the text already shown there, ``Ts`` raising the text by
        :data:`RISE` ems, an empty ``Tj`` and ``Ts`` setting the rise back.

    Examples
    --------
    >>> from pypdf.generic import ArrayObject, ByteStringObject, NameObject, NumberObject
    >>> ops = [([], b"BT"), ([NameObject("/F1"), NumberObject(10)], b"Tf"),
    ...     ([ArrayObject([ByteStringObject(b"A"), NumberObject(-3000),
    ...     ByteStringObject(b"B")])], b"TJ"), ([], b"ET")]
    >>> [op.decode() for _, op in cell_breaks(ops, {})]
    ['BT', 'Tf', 'TJ', 'Ts', 'Tj', 'Ts', 'TJ', 'ET']
    """
    from pypdf.generic import ArrayObject, ByteStringObject, FloatObject

    state = {"font": None, "size": 0.0, "Tc": 0.0, "Tw": 0.0, "Tz": 100.0, "TL": 0.0, "Ts": 0.0}
    line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
    advance: float | None = 0.0
    shown = False
    out: list = []
    pending = False

    def number(value) -> float:
        return float(value) if isinstance(value, (int, float)) else 0.0

    def em() -> float:
        return abs(state["size"]) or 1.0

    def apart() -> None:
        rise = state["Ts"]
        out.append(([FloatObject(round(rise + RISE * em(), 3))], b"Ts"))
        out.append(([ByteStringObject(b"")], b"Tj"))
        out.append(([FloatObject(rise)], b"Ts"))

    def width(data) -> float | None:
        measure = fonts.get(state["font"])
        if measure is None or not isinstance(data, bytes):
            return None
        thousandths, codes, spaces = measure(data)
        scale = state["Tz"] / 100.0
        size = state["size"]
        return (thousandths / 1000.0 * size + codes * state["Tc"] + spaces * state["Tw"]) * scale

    def show(data) -> None:
        nonlocal advance, shown
        step = width(data)
        advance = None if advance is None or step is None else advance + step
        shown = shown or bool(data)

    def new_line(move_x: float, move_y: float) -> None:
        nonlocal advance, shown, pending
        a, b, c, d, e, f = line
        pending = move_y == 0 and shown and advance is not None and move_x - advance >= em()
        line[4], line[5] = e + move_x * a + move_y * c, f + move_x * b + move_y * d
        advance, shown = 0.0, shown and move_y == 0

    for operands, op in operations:
        values = [number(v) for v in operands]
        if op == b"BT":
            line[:] = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]
            advance, shown = 0.0, False
        elif op == b"Tf" and len(operands) >= 2:
            state["font"], state["size"] = operands[0], values[1]
        elif op in (b"Tc", b"Tw", b"Tz", b"TL", b"Ts") and values:
            state[op.decode()] = values[0]
        elif op in (b"Td", b"TD") and len(values) >= 2:
            if op == b"TD":
                state["TL"] = -values[1]
            new_line(values[0], values[1])
        elif op == b"T*":
            new_line(0.0, -state["TL"])
        elif op == b"Tm" and len(values) >= 6:
            a, b, c, d, e, f = line
            along = values[:4] == [a, b, c, d] or (b == c == values[1] == values[2] == 0)
            along = along and abs(values[5] - f) < 1e-3 and shown and a != 0
            gap = (values[4] - e) / a - advance if along and advance is not None else 0.0
            pending = gap >= em()
            line[:] = values[:6]
            advance, shown = 0.0, along
        elif op in (b"'", b'"'):
            if op == b'"' and len(values) >= 3:
                state["Tw"], state["Tc"] = values[0], values[1]
            new_line(0.0, -state["TL"])
            if operands:
                show(operands[-1])
        elif op == b"Tj" and operands:
            show(operands[0])
        elif op == b"TJ" and operands and isinstance(operands[0], ArrayObject):
            part: list = []
            for item in operands[0]:
                if isinstance(item, (bytes, str)):
                    show(item)
                    part.append(item)
                    continue
                part.append(item)
                move = -number(item) / 1000.0 * state["size"] * state["Tz"] / 100.0
                if advance is not None:
                    advance += move
                if shown and move >= em():
                    out.append(([ArrayObject(part)], b"TJ"))
                    apart()
                    part = []
            if part:
                out.append(([ArrayObject(part)], b"TJ"))
            continue
        out.append((operands, op))
        if pending:
            apart()
            pending = False
    return out
