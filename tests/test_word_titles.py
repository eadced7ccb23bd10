"""A title longer than Word's 255-character properties still gives a document, whole on its page.

An ingested paper's title may carry its author list ("Goth, Alves, ... and Wittke: Foundational
Competencies", 289 characters): python-docx refused it as a core property (ValueError), so
render, redline and the Word report raised a traceback.
"""

import dataclasses
import io

import docx

import compkit
from compkit.authoring import render_redline

LONG = ", ".join(f"Author{n:02d}" for n in range(30)) + ": Foundational Competencies"


def _long_titled():
    return dataclasses.replace(compkit.load("wsx"), title=LONG, short_name="")


def test_render_keeps_the_whole_title_on_the_page_and_a_cut_one_in_the_properties(tmp_path):
    out = compkit.render(_long_titled(), tmp_path / "fw.docx")
    doc = docx.Document(out)
    assert len(LONG) > 255 and LONG in "\n".join(p.text for p in doc.paragraphs)
    title = doc.core_properties.title
    assert len(title) <= 255 and title.endswith("…") and LONG.startswith(title[:-1])


def test_the_redline_and_the_report_write_their_documents(tmp_path):
    fw = _long_titled()
    doc = docx.Document(io.BytesIO(render_redline(compkit.load("wsx"), fw)))
    assert len(doc.core_properties.title) <= 255
    out = compkit.write_report(fw, "cis", tmp_path / "r.docx", crosswalk=False, appendix=False)
    assert len(docx.Document(out).core_properties.title) <= 255
