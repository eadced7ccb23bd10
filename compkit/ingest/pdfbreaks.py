"""A PDF paragraph that runs on over a page break or from one text column into the next.

:func:`~compkit.ingest.pdfparas.wrapped` joins a paragraph's lines while each stands one line
step under the last at its left edge; at the foot of a page, or of the left of two text
columns, the paragraph goes on at the top of the next page or column instead. Such a line
goes on with it when the paragraph ends open ("... in the decision-", "... and") or the line
opens in lower case, set in the paragraph's style, opening no list item.
"""

from __future__ import annotations

from .blocks import OPEN_END, clean, marker

__all__ = ["over_break", "over_note"]


def over_break(lines, styles, ys, xs, where, taken, i: int, j: int) -> int | None:
    """The first line of the next page or column when the paragraph ending at ``j`` runs on.

    The paragraph opens at line ``i``. Over a page: line ``j`` is its page's last, the other
    the next page's first (furniture set aside), at the paragraph's left edge, or a list
    item's at its wrapped lines' place (:func:`_hangs`). Over a column: the other line stands
    higher on the same page and right of line ``j`` by four type sizes or more (the next
    column's top), line ``j`` the lowest on its page but for two lines' height (a table's
    left cell ends anywhere), or, when the other line's column is the page's last, the
    lowest of its column and within six lines' height of the page's lowest (a column held
    short by widow control), and an item's wrapped line does run on ("• Understands all
    stages of the" / "development lifecycle and can" at the left column's foot, "identify
    opportunities for" at the right's top).
    """
    k = next((n for n in range(j + 1, len(lines)) if clean(lines[n])), None)
    if k is None or k >= min(len(styles), len(xs), len(ys)) or {i, k} & taken:
        return None
    page, text, before = where[j].get("page"), clean(lines[k]), clean(lines[j])
    if page is None or None in (xs[i], xs[j], xs[k]) or styles[i] is None:
        return None
    if styles[k] != styles[i] or styles[j] != styles[i] or marker(text)[1]:
        return None
    if marker(text)[0] is not None or not (OPEN_END.search(before) or text[:1].islower()):
        return None
    if where[k].get("page") == page + 1:
        if not marker(clean(lines[i]))[1]:
            return k if abs(xs[k] - xs[j]) <= 2 else None
        return k if _hangs(lines, xs, where, i, j, k) else None
    size = styles[i][0]
    column = None not in (ys[j], ys[k]) and ys[k] - ys[j] > 2 * size
    if where[k].get("page") != page or not column or xs[k] - xs[j] < 4 * size:
        return None
    on_page = [n for n, y in enumerate(ys) if y is not None and where[n].get("page") == page]
    low = min(ys[n] for n in on_page)
    if ys[j] - low <= 2 * size:
        return k  # the column's foot, not a table cell's end
    # a column held short (widow control): the lowest of its column, near the page's foot,
    # and the other the last column (a table's columns stand right of it)
    left = [ys[n] for n in on_page if xs[n] is not None and xs[n] < xs[k] - 2 * size]
    last = all(xs[n] is None or xs[n] < xs[k] + 4 * size for n in on_page)
    return k if ys[j] - min(left) <= size / 2 and ys[j] - low <= 6 * size and last else None


def _hangs(lines, xs, where, i: int, j: int, k: int) -> bool:
    """Whether a list item's wrapped line ``j`` goes on at line ``k``, atop the next page.

    Line ``k`` stands where the item's wrapped lines hang: at ``j``'s place, or (in a page
    of two columns, from the right column's foot to the left's top) as far right of a bullet
    on its page as ``j`` stands right of the item's own.
    """
    hang = xs[j] - xs[i]
    if j == i or hang <= 2:
        return False  # a line of one line, at its bullet's place: no wrapped line to go on
    if abs(xs[k] - xs[j]) <= 2:
        return True
    page = where[k].get("page")
    for n in range(k + 1, min(k + 200, len(lines))):
        if where[n].get("page") != page:
            break
        if xs[n] is not None and marker(clean(lines[n]))[1] and abs(xs[n] + hang - xs[k]) <= 2:
            return True
    return False


def over_note(where: list, k: int, j: int, first: dict) -> tuple:
    """The report's note on a paragraph (opening at ``first``) run on to line ``k``."""
    span = [n for place in where[k : j + 1] for n in place.get("lines", [])]
    page = where[k].get("page")
    kind = "column" if page == first.get("page") else "page"
    return (
        "repair",
        f"a paragraph runs on over a {kind} break (page {page}, lines {span[0]}-{span[-1]}): "
        f"joined to the paragraph ending its {kind} before",
        0.8,
        where[k],
    )
