"""OpenDocument text files written by hand, for tests of the .odt reader.

:func:`write_odt` writes the smallest .odt LibreOffice and compkit both open: a ``mimetype``,
a ``content.xml`` holding the given body and styles, and a manifest. Tests give the body as
ODF markup (:func:`odt_heading` for a heading), so each pins one shape of the format.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

__all__ = ["ODT_NAMESPACES", "odt_heading", "write_odt"]

#: The namespaces a hand-written content.xml declares.
ODT_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)


def write_odt(path: Path, body: str, styles: str = "", *, automatic: bool = True) -> Path:
    """Write an .odt whose text is ``body`` (ODF markup) and whose styles are ``styles``.

    ``automatic`` puts the styles among the document's automatic styles (as LibreOffice writes
    a paragraph's own formatting), else among its named styles (``office:styles``).

    Examples
    --------
    >>> import tempfile, zipfile
    >>> out = write_odt(Path(tempfile.mkdtemp()) / "a.odt", odt_heading("Skills", 1))
    >>> zipfile.ZipFile(out).read("mimetype")
    b'application/vnd.oasis.opendocument.text'
    """
    part = "office:automatic-styles" if automatic else "office:styles"
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NAMESPACES}>'
        f"<{part}>{styles}</{part}>"
        f"<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        zf.writestr("content.xml", content)
        zf.writestr("META-INF/manifest.xml", "<manifest/>")
    return path


def odt_heading(text: str, level: int) -> str:
    """A heading of ``level`` as ODF markup.

    Examples
    --------
    >>> odt_heading("Skills", 2)
    '<text:h text:outline-level="2">Skills</text:h>'
    """
    return f'<text:h text:outline-level="{level}">{text}</text:h>'
