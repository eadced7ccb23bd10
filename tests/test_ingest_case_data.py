"""CASE data pointed to ``compkit ingest`` is sent to ``compkit import``, whatever its shape."""

from __future__ import annotations

import json

import pytest

import compkit


@pytest.mark.parametrize(
    "data",
    [
        {"CFDocuments": [{"identifier": "x", "title": "A framework"}]},
        {"CFItems": [{"identifier": "y", "fullStatement": "Writes clear code."}]},
        {"CFPackage": {"CFDocument": {"identifier": "x", "title": "A framework"}}},
    ],
    ids=["a server's list of documents", "items without their document", "a wrapped package"],
)
def test_case_data_is_sent_to_import(tmp_path, data):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")
    with pytest.raises(compkit.CompkitError, match="compkit import"):
        compkit.ingest(path)
