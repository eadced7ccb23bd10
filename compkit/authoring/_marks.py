"""The structure marks compkit leaves, out of sight, in the documents it renders.

A document compkit renders says what it is, for a machine to read back: that compkit made it,
the marks' format version, the layout (by level or by competency, and whether a competency's
levels are table columns or rows), the level names lowest first, the framework's word for its
competencies, and the headings compkit adds that hold no statements (the list of competencies,
the introduction, the role profiles), the role names (a level's heading may name the roles
that require it: "Senior — Team leader"), the line naming the levels with no statements yet,
and the stems that head the effective side only
(Markdown says a stem of both sides once, over that side), and the stems Word and HTML
say once over a table of both sides. Word keeps the marks as custom
document properties (``compkit.layout``, ``compkit.level.1`` ..., each value at most 255
characters, as Word keeps them when it saves the file again), HTML as ``<meta>`` elements, and
Markdown as one HTML comment at its end, which renders as nothing. The marks describe the
structure only: ingest reads every statement from the visible text, and takes a mark only where
the text agrees with it (:mod:`compkit.ingest.marks`).
"""

from __future__ import annotations

import html
import json
import re
from typing import TYPE_CHECKING

from . import _layout as L

if TYPE_CHECKING:
    from ..framework.model import Framework

__all__ = [
    "FORMAT",
    "GENERATOR",
    "docx_part",
    "from_comment",
    "from_properties",
    "html_meta",
    "markdown_comment",
    "structure",
    "to_properties",
]

#: The version of the marks' format; a reader ignores marks of a newer format.
FORMAT = 1
GENERATOR = "compkit"
_PREFIX = "compkit."
_VALUE_LIMIT = 255  # Word keeps a custom property's text to 255 characters
_LISTS = ("levels", "role_names", "one_side_stems", "both_side_stems")
_COMMENT = re.compile(r"^\s*<!--\s*compkit-structure:\s*(\{.*\})\s*-->\s*$")
#: The Word custom properties' namespaces and the one property set id Word uses for them.
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"


def structure(fw: Framework, layout: str, *, sections: dict[str, str]) -> dict:
    """The marks of a rendered document: what made it and how it is laid out.

    Parameters
    ----------
    fw : Framework
        The framework rendered.
    layout : {"competency", "level"}
        The layout chosen.
    sections : dict
        Headings compkit added that hold no statements, by role: ``contents`` (the list of
        competencies), ``introduction``, ``roles`` (the role profiles).

    Examples
    --------
    >>> import compkit
    >>> marks = structure(compkit.load("wsx"), "level", sections={"roles": "Role profiles"})
    >>> marks["layout"], marks["levels"][:2], marks["competency_term"]
    ('level', ['Core', 'Skilled'], 'cluster')
    """
    from .._version import __version__

    widest = max((len(L.cells(fw, c)) for c in fw.competency_records), default=1)
    return {
        "generator": GENERATOR,
        "format": FORMAT,
        "version": __version__,
        "layout": layout,
        "grid": "columns" if widest <= 4 and not L.has_ineffective(fw) else "rows",
        "competency_term": fw.competency_term,
        "levels": [lv.name for lv in fw.level_records],
        "summary": L.summary(fw),
        "organisation": fw.organisation,
        **{k: v for k, v in sections.items() if v},
        **({"role_names": [r.name for r in fw.role_records]} if fw.role_records else {}),
        **({"empty_note": note} if (note := L.empty_note(fw)) else {}),
        **({"one_side_stems": one_side} if (one_side := _one_side_stems(fw)) else {}),
        **({"both_side_stems": both} if (both := _both_side_stems(fw)) else {}),
    }


def _one_side_stems(fw: Framework) -> list[str]:
    """The stems of the effective side only (Markdown says a stem of both sides once, over it)."""
    from ..framework.stems import side_stems

    scopes = (fw, *fw.level_records, *fw.competency_records)
    return sorted({good for good, bad in map(side_stems, scopes) if good and not bad})


def _both_side_stems(fw: Framework) -> list[str]:
    """The stems Word and HTML print once over a cell's table of both sides (shared by both)."""
    if not L.has_ineffective(fw):
        return []
    pairs = (
        (fw.stem_for(c.id, lv.id), fw.stem_for(c.id, lv.id, "ineffective"))
        for c in fw.competency_records
        for lv in fw.level_records
    )
    return sorted({good for good, bad in pairs if good and good == bad})


def to_properties(marks: dict) -> list[tuple[str, str]]:
    """The marks as Word custom properties: (name, text), a list as ``name.1``, ``name.2`` ...

    A text longer than Word keeps (255 characters) is left out: a reader takes a missing
    level name as one it cannot check, never as a different name.

    Examples
    --------
    >>> to_properties({"generator": "compkit", "format": 1, "levels": ["Core", "Skilled"]})
    ... # doctest: +NORMALIZE_WHITESPACE
    [('compkit.generator', 'compkit'), ('compkit.format', '1'), ('compkit.levels', '2'),
     ('compkit.level.1', 'Core'), ('compkit.level.2', 'Skilled')]
    """
    out = []
    for key, value in marks.items():
        if key in _LISTS:
            out.append((f"{_PREFIX}{key}", str(len(value))))
            single = key[:-1]
            out += [
                (f"{_PREFIX}{single}.{n}", str(v))
                for n, v in enumerate(value, 1)
                if len(str(v)) <= _VALUE_LIMIT
            ]
        elif len(str(value)) <= _VALUE_LIMIT:
            out.append((f"{_PREFIX}{key}", str(value)))
    return out


def from_properties(props: dict[str, str]) -> dict | None:
    """The marks from Word custom properties (see :func:`to_properties`); None without them.

    Examples
    --------
    >>> from_properties(dict(to_properties({"generator": "compkit", "format": 1,
    ...                                     "levels": ["Core", "Skilled"]})))
    {'generator': 'compkit', 'format': 1, 'levels': ['Core', 'Skilled']}
    >>> from_properties({"Client": "ACME"}) is None
    True
    """
    ours = {k[len(_PREFIX) :]: v for k, v in props.items() if k.startswith(_PREFIX)}
    if ours.get("generator") != GENERATOR:
        return None
    out: dict = {}
    for key, value in ours.items():
        if key in _LISTS:
            count = int(value) if value.isdigit() else 0
            single = key[:-1]
            out[key] = [ours.get(f"{single}.{n}", "") for n in range(1, count + 1)]
        elif "." not in key:
            out[key] = int(value) if key == "format" and value.isdigit() else value
    return out


def markdown_comment(marks: dict) -> str:
    r"""The marks as one Markdown line: an HTML comment, which renders as nothing.

    Examples
    --------
    >>> print(markdown_comment({"generator": "compkit", "levels": ["a -->"]}))
    <!-- compkit-structure: {"generator": "compkit", "levels": ["a --\u003e"]} -->
    """
    text = json.dumps(marks, ensure_ascii=False).replace(">", "\\u003e").replace("<", "\\u003c")
    return f"<!-- compkit-structure: {text} -->"


def from_comment(line: str) -> dict | None:
    """The marks from a line :func:`markdown_comment` wrote; None for any other line.

    Examples
    --------
    >>> from_comment(markdown_comment({"generator": "compkit", "levels": ["a -->"]}))
    {'generator': 'compkit', 'levels': ['a -->']}
    >>> from_comment("<!-- a note -->") is None
    True
    """
    m = _COMMENT.match(line)
    if m is None:
        return None
    try:
        marks = json.loads(m.group(1))
    except ValueError:
        return None
    return marks if isinstance(marks, dict) and marks.get("generator") == GENERATOR else None


_META = re.compile(r'<meta\s+name="compkit-structure"\s+content="([^"]*)"\s*/?>', re.IGNORECASE)


def from_meta(line: str) -> dict | None:
    """The marks from a line holding the ``<meta>`` :func:`html_meta` wrote; None otherwise.

    Examples
    --------
    >>> from_meta(html_meta({"generator": "compkit", "levels": ["a <b>"]})[1])
    {'generator': 'compkit', 'levels': ['a <b>']}
    >>> from_meta('<meta name="description" content="x">') is None
    True
    """
    m = _META.search(line)
    if m is None:
        return None
    try:
        marks = json.loads(html.unescape(m.group(1)))
    except ValueError:
        return None
    return marks if isinstance(marks, dict) and marks.get("generator") == GENERATOR else None


def html_meta(marks: dict) -> list[str]:
    """The marks as HTML ``<meta>`` elements: the generator, and the whole as JSON."""
    e = html.escape
    text = json.dumps(marks, ensure_ascii=False)
    return [
        f'<meta name="generator" content="{e(GENERATOR)} {e(str(marks.get("version", "")))}">',
        f'<meta name="compkit-structure" content="{e(text)}">',
    ]


def docx_part(doc, marks: dict) -> None:
    """Add the marks to a python-docx document as its custom properties part."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from lxml import etree

    root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    for pid, (name, value) in enumerate(to_properties(marks), 2):
        prop = etree.SubElement(root, f"{{{CUSTOM_NS}}}property")
        prop.set("fmtid", _FMTID)
        prop.set("pid", str(pid))
        prop.set("name", name)
        try:
            etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
        except ValueError:  # a character XML cannot hold: the mark is left out
            root.remove(prop)
    blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    package = doc.part.package
    part = Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, blob, package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)
