"""Round 24 probe of frameworks arriving as PDF, and of the words naming a side (helper A).

Mended (each test fails on the code before):

- the ``levels`` and ``polarity`` hints were held in a context variable while ``api.ingest``
  read a PDF, since ``documents._read`` called ``read_pdf(path)`` with none: they are now
  keywords of :func:`~compkit.ingest.pdffile.read_pdf`, handed down as a
  :class:`~compkit.ingest.pdfhint.Given` to whatever reads a header (101 PDF inputs, 286
  readings with and without hints, byte for byte the same: /tmp/s24/work/A/measure.py).
"""

from __future__ import annotations

from pathlib import Path

import compkit
from compkit.testing import fixture_script

DATA = Path(__file__).parent / "data" / "ingest"
# the verb bound before this file loads compkit.ingest.pdffile: loaded first, the subpackage
# took the verb's name in the tests run after (fc6209b's lazy verbs; test_ingest_probe23a)
INGEST = compkit.ingest


def test_the_hints_are_keywords_of_the_pdf_reader():
    from compkit.ingest.pdffile import read_pdf

    # was: read_pdf(path) took no hint; api.ingest held them in a context variable meanwhile
    made = fixture_script(DATA / "probe23-pdf" / "make_hinted.py")
    bare = read_pdf(DATA / "probe23-pdf" / "hinted.pdf")
    hinted = read_pdf(DATA / "probe23-pdf" / "hinted.pdf", levels=made.LEVELS)
    assert not any(r.in_table for r in bare.regions)
    heads = {lb.text for r in hinted.regions if r.in_table for lb in r.labels}
    assert set(made.LEVELS) <= heads
