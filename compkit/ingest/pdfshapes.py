"""List bullets a PDF draws as shapes, not characters: each item's line marked as an item.

A web browser printing a page (Chromium's "Save as PDF") draws a list's bullets as small
filled or stroked paths (a disc, a circle, a square) beside the item's text: the text layer
holds the items' words but no bullet, so items without a full stop run together in one
statement. :class:`BulletShapes` watches pypdf's content-stream operators while the page's
text is extracted and keeps every small, roughly square path; :func:`bulleted` marks with
"• " each line whose first text stands right of such a shape on the line's height, as a
bullet character would stand. A table's rules and a cell's shading are no such shapes (too
long or too large), nor is a shape with no line of text beside it.
"""

from __future__ import annotations

from .blocks import marker

__all__ = ["BulletShapes", "bulleted"]

_FILL = {b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s"}


class BulletShapes:
    """Collect the small square-ish paths a page draws: ``(centre x, centre y, width)``.

    Pass :meth:`visit` as pypdf's ``visitor_operand_before``.

    Examples
    --------
    >>> shapes = BulletShapes()
    >>> one = [1, 0, 0, 1, 0, 0]
    >>> for op, args in [(b"re", [70, 700, 4, 4]), (b"f", []), (b"re", [0, 0, 400, 1]),
    ...                  (b"f", [])]:
    ...     shapes.visit(op, args, one, one)
    >>> shapes.found
    [(72.0, 702.0, 4.0)]
    """

    def __init__(self) -> None:
        self.found: list[tuple[float, float, float]] = []
        self._paths: list[list[tuple[float, float]]] = []

    def visit(self, op, args, cm, tm) -> None:
        """Read one operator: grow the current path, or keep its small pieces when drawn."""
        try:
            if op == b"m":
                self._paths.append([self._at(cm, args[0], args[1])])
            elif op in (b"l", b"c", b"v", b"y") and self._paths:
                pairs = zip(args[0::2], args[1::2], strict=False)
                self._paths[-1].extend(self._at(cm, x, y) for x, y in pairs)
            elif op == b"re":
                x, y, w, h = (float(a) for a in args[:4])
                corners = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
                self._paths.append([self._at(cm, a, b) for a, b in corners])
            elif op in _FILL:
                self.found += [s for s in map(_small, self._paths) if s is not None]
                self._paths = []
            elif op == b"n":
                self._paths = []  # a clipping path, not drawn
        except (TypeError, ValueError, IndexError):
            self._paths = []

    @staticmethod
    def _at(cm, x, y) -> tuple[float, float]:
        x, y = float(x), float(y)
        a, b, c, d, e, f = (float(v) for v in cm)
        return a * x + c * y + e, b * x + d * y + f


def _small(points: list[tuple[float, float]]) -> tuple[float, float, float] | None:
    """A path's centre and width when it is a bullet's size: 1.5-8 points, about square."""
    if len(points) < 3:
        return None
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    w, h = max(xs) - min(xs), max(ys) - min(ys)
    if not (1.5 <= w <= 8 and 1.5 <= h <= 8 and 0.6 <= w / h <= 1.6):
        return None
    return round((max(xs) + min(xs)) / 2, 1), round((max(ys) + min(ys)) / 2, 1), round(w, 1)


def bulleted(lines: list[str], styles: list, ys: list, xs: list, shapes: list) -> int:
    """Mark with "• " each line a drawn bullet stands before; how many were marked.

    A shape stands before a line when its centre is at the line's height (from a fifth of
    the text's size below its baseline to its size above) and it ends left of the line's
    first text, less than three times the text's size away. ``lines`` and ``xs`` are changed
    in place: the line starts at its bullet, its wrapped lines at their hanging indent.

    Examples
    --------
    >>> lines = ["Shares progress", "with the team", "Plans work"]
    >>> bulleted(lines, [(11.0, False)] * 3, [700.0, 687.0, 674.0], [80.0, 80.0, 80.0],
    ...          [(72.0, 703.0, 4.0), (72.0, 677.0, 4.0)])
    2
    >>> lines
    ['• Shares progress', 'with the team', '• Plans work']
    """
    marked = 0
    for cx, cy, w in shapes:
        best = None
        for k, (line, style, y, x) in enumerate(zip(lines, styles, ys, xs, strict=True)):
            if style is None or y is None or x is None or not line.strip():
                continue
            size = style[0]
            gap = x - (cx + w / 2)
            beside = -0.2 * size <= cy - y <= size and 0 <= gap < 3 * size
            if beside and (best is None or gap < best[1]):
                best = (k, gap)
        if best is not None:
            text = lines[best[0]]
            number, bullet, _ = marker(text.strip())
            if number is None and not bullet:
                lines[best[0]] = f"• {text.lstrip()}"
                xs[best[0]] = cx - w / 2  # the line starts at its bullet, as a glyph's would
                marked += 1
    return marked
