"""A CSV saved as UTF-16 without its byte-order mark reads every character.

Was: read as Windows-1252, its zero bytes dropped, "’" and "“" lost without a word ("Knows
café’s “regulars”" came back as "Knows café s regulars ").
"""

from __future__ import annotations

import pytest

import compkit

TEXT = 'Competency,Level 1,Level 2\nService,"Knows café’s “regulars”",Greets them by name.\n'


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_reads_every_character(tmp_path, codec):
    path = tmp_path / "framework.csv"
    path.write_bytes(TEXT.encode(codec))
    result = compkit.ingest(path)
    assert result.framework.indicators.text.tolist() == [
        "Knows café’s “regulars”",
        "Greets them by name.",
    ]
    assert "read as UTF-16 text" in " ".join(e.message for e in result.report.notes)


def test_windows_1252_is_not_taken_for_utf16(tmp_path):
    path = tmp_path / "framework.csv"
    path.write_bytes(TEXT.encode("cp1252"))
    result = compkit.ingest(path)
    assert result.framework.indicators.text.tolist()[0] == "Knows café’s “regulars”"
