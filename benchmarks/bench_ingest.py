"""Ingest speed and memory: a 2,000-statement CSV and a 700-statement Word document.

Prints the time to ingest each (after import) and the peak memory of the process; the targets
(issue 10) are under 3 s and under 300 MB each. Run: ``python benchmarks/bench_ingest.py``.
"""

import csv
import resource
import tempfile
import time
from pathlib import Path

import compkit
from compkit.ingest import ingest


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


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    make_csv(folder / "big.csv", 2000)
    make_docx(folder / "big.docx", 700)
    print("ingest (targets: < 3 s and < 300 MB each)")
    timed("CSV, long layout", folder / "big.csv")
    timed("Word (compkit render)", folder / "big.docx")


if __name__ == "__main__":
    main()
