"""Write textboxes.odt (LibreOffice-style text boxes) and, by LibreOffice, textboxes.docx.

The framework's text is compkit's own. Two boxes stand in the text (anchored to their
paragraph): a competency's definition, and a level's statements; one box is set on the page
(a banner): ``python make_textboxes.py`` then
``soffice --headless --convert-to docx textboxes.odt``.
"""

import zipfile
from pathlib import Path

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
)
MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)


def box(anchor: str, paras: list[str], y: str = "0.2cm") -> str:
    inner = "".join(f"<text:p>{p}</text:p>" for p in paras)
    page = 'text:anchor-page-number="1" draw:style-name="OnPage" ' if anchor == "page" else ""
    return (
        f'<draw:frame text:anchor-type="{anchor}" svg:width="8cm" svg:y="{y}" {page}'
        f'draw:z-index="0"><draw:text-box fo:min-height="1cm">{inner}</draw:text-box>'
        "</draw:frame>"
    )


def items(*texts: str) -> str:
    li = "".join(f"<text:list-item><text:p>{t}</text:p></text:list-item>" for t in texts)
    return f'<text:list text:style-name="Dots">{li}</text:list>'


body = (
    '<text:h text:outline-level="1">Team Framework</text:h>'
    + box("page", ["Draft for consultation"], "1cm")
    + '<text:h text:outline-level="2">Communication</text:h>'
    + "<text:p>" + box("paragraph", ["Sharing what we know so that others can act on it."])
    + "</text:p>"
    + '<text:h text:outline-level="3">Level 1</text:h>'
    + items("Listens to others.", "Asks questions when unsure.")
    + '<text:h text:outline-level="3">Level 2</text:h>'
    + "<text:p>" + box("paragraph", ["Explains complex ideas plainly.",
                                     "Adapts the message to the audience."]) + "</text:p>"
    + '<text:h text:outline-level="2">Planning</text:h>'
    + '<text:h text:outline-level="3">Level 1</text:h>' + items("Plans own work.")
    + '<text:h text:outline-level="3">Level 2</text:h>' + items("Plans the team\'s work.")
)  # fmt: skip
styles = (
    '<style:style style:name="OnPage" style:family="graphic"><style:graphic-properties '
    'style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="center" '
    'style:horizontal-rel="page"/></style:style>'
    '<text:list-style style:name="Dots"><text:list-level-style-bullet text:level="1" '
    'text:bullet-char="•"/></text:list-style>'
)
content = (
    f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.2">'
    f"<office:automatic-styles>{styles}</office:automatic-styles>"
    f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
)
out = Path(__file__).with_name("textboxes.odt")
with zipfile.ZipFile(out, "w") as zf:
    zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
    zf.writestr("content.xml", content)
    zf.writestr("META-INF/manifest.xml", MANIFEST)
