"""Make a self-written grid whose six level columns stand under three bands, printed from Word.

The header takes two rows, as the European EntreComp framework prints its eight levels in
four stages: "Strand" over the rows' names, then "Foundation", "Intermediate" and "Advanced" each
merged over two columns, and under them a name per column ("Notice", "Try", "Practise",
"Adapt", "Guide", "Shape"), words no list of level names knows. Two competencies, each a
heading over its table, a row per strand; some cells blank. ``bands.pdf`` is LibreOffice's
print of ``bands.docx``; run ``python make_bands.py`` here to make both again.
"""

from __future__ import annotations

import sys
from pathlib import Path

BANDS = ["Foundation", "Intermediate", "Advanced"]
LEVELS = ["Notice", "Try", "Practise", "Adapt", "Guide", "Shape"]
# competency -> strand -> statement per level ("" for a blank cell; all self-written)
GRID = {
    "Caring for the garden": {
        "Water and soil": [
            "I can tell when a plant needs water.",
            "I can water the beds on a rota without being reminded.",
            "I can keep a simple record of which beds were watered and when.",
            "I can change how often we water when the weather turns dry or wet.",
            "I can show a new volunteer how to check the soil before watering.",
            "I can plan the garden's water use across a whole season.",
        ],
        "Tools": [
            "I can name the tools in the shed and what each is for.",
            "I can clean a tool and put it back where it belongs.",
            "I can sharpen shears safely with someone watching.",
            "",
            "I can teach a group how to carry and store tools safely.",
            "I can decide which tools the garden should buy next year.",
        ],
    },
    "Working with neighbours": {
        "Listening": [
            "I can listen to a neighbour's idea without interrupting.",
            "I can ask a neighbour what they would like to grow.",
            "",
            "I can bring two different wishes for a bed together.",
            "I can run a short meeting where every neighbour is heard.",
            "I can shape the garden's plans around what the street asks for.",
        ],
    },
}


def main(folder: Path) -> Path:
    """Write ``bands.docx`` in ``folder`` and print it to ``bands.pdf`` with LibreOffice."""
    from compkit.testing import word_page, word_to_pdf

    d = word_page(size=9, landscape=True)
    d.add_heading("Community garden skills", level=0)
    for comp, strands in GRID.items():
        d.add_heading(comp, level=1)
        table = d.add_table(rows=2 + len(strands), cols=1 + len(LEVELS))
        table.style = d.styles["Table Grid"]
        top, names = table.rows[0].cells, table.rows[1].cells
        top[0].text = "Strand"
        for b, band in enumerate(BANDS):
            top[1 + 2 * b].merge(top[2 + 2 * b]).text = band
        for k, level in enumerate(LEVELS):
            names[1 + k].text = level
        top[0].merge(names[0])
        for row, (strand, cells) in zip(table.rows[2:], strands.items(), strict=True):
            row.cells[0].text = strand
            for cell, text in zip(row.cells[1:], cells, strict=True):
                cell.text = text
    word = Path(folder) / "bands.docx"
    d.save(word)
    return word_to_pdf(word)


if __name__ == "__main__":
    print(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent))
