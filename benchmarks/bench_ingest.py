"""Ingest speed and memory: a 2,000-statement CSV, a 700-statement Word document, a long PDF table.

Prints the time to ingest each (after import) and the peak memory of the process; the targets
(issue 10) are under 3 s and under 300 MB each. Then a table of 1,450 rows over about 100 pages,
printed to PDF by LibreOffice from Word (when ``soffice`` is installed), read as compkit reads
it (on from the open table's lines since a cut) and as it did before (the whole run read again
at every page), with the ratio. Run: ``python benchmarks/bench_ingest.py``.
"""

import csv
import resource
import tempfile
import time
from pathlib import Path

import compkit
from compkit.ingest import ingest, pdffile
from compkit.testing import long_table_pdf


def make_csv(path: Path, n: int) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["Competency", "Level", "Indicator", "Polarity"])
        for k in range(n):
            out.writerow(
                [
                    f"Competency {k % 20 + 1}",
                    f"Level {k % 5 + 1}",
                    f"Shows behaviour number {k} with care and attention to detail",
                    "ineffective" if k % 7 == 0 else "effective",
                ]
            )


def make_docx(path: Path, n: int) -> None:
    comps = []
    for c in range(14):
        comps.append(
            {
                "id": f"c{c}",
                "name": f"Competency area {c + 1}",
                "indicators": [
                    {
                        "id": f"c{c}-{k}",
                        "level": f"l{k % 5 + 1}",
                        "text": f"Demonstrates skill {c}-{k} in everyday work with colleagues",
                    }
                    for k in range(n // 14)
                ],
            }
        )
    doc = {
        "schema_version": 2,
        "id": "bench",
        "title": "Benchmark framework",
        "organisation": "Bench",
        "levels": [{"id": f"l{k}", "name": f"Level {k}", "rank": k} for k in range(1, 6)],
        "competencies": comps,
    }
    compkit.render(compkit.framework.from_dict(doc), path, to="docx")


def timed(label: str, path: Path) -> None:
    start = time.perf_counter()
    result = ingest(path)
    n = len(result.framework.indicators)
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{label:<32} {n:>5} statements  {took:6.2f} s  peak RSS {peak:6.0f} MB")


def make_pdf_table(path: Path, rows: int) -> bool:
    """A Word table of ``rows`` rows of three levels, printed to PDF; False: no LibreOffice."""
    return long_table_pdf(path, rows) is not None


def pdf_table(path: Path) -> None:
    from pypdf import PdfReader

    pages = len(PdfReader(path).pages)
    start = time.perf_counter()
    once = pdffile.read_pdf(path)
    now = time.perf_counter() - start
    whole = pdffile._window
    pdffile._window = lambda run, carry: list(range(len(run)))  # as before: all again
    try:
        start = time.perf_counter()
        again = pdffile.read_pdf(path)
        before = time.perf_counter() - start
    finally:
        pdffile._window = whole
    same = "the same document" if repr(once) == repr(again) else "DIFFERENT documents"
    print(f"PDF table over {pages} pages: read on {now:6.2f} s, read again at every page")
    print(f"  {before:6.2f} s (before): {before / now:.1f} times faster, {same}")


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    make_csv(folder / "big.csv", 2000)
    make_docx(folder / "big.docx", 700)
    print("ingest (targets: < 3 s and < 300 MB each)")
    timed("CSV, long layout", folder / "big.csv")
    timed("Word (compkit render)", folder / "big.docx")
    if make_pdf_table(folder / "table.pdf", 1450):
        timed("PDF table (LibreOffice)", folder / "table.pdf")
        pdf_table(folder / "table.pdf")
    else:
        print("PDF table: LibreOffice (soffice) is not installed; not measured")


if __name__ == "__main__":
    main()
