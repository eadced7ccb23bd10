"""Benchmark the comparison report: time and size for the seeds and for a large pair.

Prints, for the two bundled frameworks (CiS and WSX Mind) and for a large synthetic pair of
about 2,500 statements in all (700 + 1,800, built by ``compkit.testing.large_framework``, with
clusters, six levels and negative indicators), the seconds to write the report as HTML and as
Word, and the size of each file. With ``--pages`` it also converts the Word reports to PDF with
LibreOffice (``soffice``) and counts their pages.

Targets (issue 11): the large pair in under 10 s, its HTML under 2 MB.

    .venv/bin/python benchmarks/bench_report.py [--pages] [--out build/bench-report]
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import compkit
from compkit.testing import large_framework


def _pages(docx: Path) -> int | None:
    soffice = shutil.which("soffice")
    if soffice is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
            check=True,
            capture_output=True,
            timeout=600,
        )
        pdf = Path(tmp) / f"{docx.stem}.pdf"
        found = re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes())
        return len(found)


def run(name: str, slug: str, a, b, out: Path, *, pages: bool) -> dict:
    row = {"pair": name}
    for fmt in ("html", "docx"):
        path = out / f"{slug}.{fmt}"
        start = time.perf_counter()
        compkit.write_report(a, b, path, date="2027-01-15")
        row[f"{fmt} s"] = round(time.perf_counter() - start, 2)
        row[f"{fmt} MB"] = round(path.stat().st_size / 1e6, 2)
        if fmt == "docx" and pages:
            row["Word pages"] = _pages(path)
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", action="store_true", help="count Word pages (LibreOffice)")
    parser.add_argument("--out", default="build/bench-report", help="where the reports go")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    small = large_framework(700, seed=1)
    big = large_framework(1800, seed=2)
    small = dataclasses.replace(small, id="large-a", short_name="Large A")
    big = dataclasses.replace(big, id="large-b", short_name="Large B")
    n = len(small.indicators) + len(big.indicators)
    seeds = (compkit.load("cis"), compkit.load("wsx"))
    sizes = f"{len(small.indicators)} + {len(big.indicators)} = {n}"
    rows = [
        run("seeds (CiS 62 + WSX Mind 153)", "seeds", *seeds, out, pages=args.pages),
        run(f"large pair ({sizes})", "large", small, big, out, pages=args.pages),
    ]
    keys = list(rows[0])
    print(" | ".join(keys))
    for row in rows:
        print(" | ".join(str(row.get(k, "")) for k in keys))
    large = rows[1]
    ok = large["html s"] < 10 and large["html MB"] < 2
    verdict = "ok" if ok else "OVER TARGET"
    print(
        f"large pair: HTML in {large['html s']} s (target < 10), {large['html MB']} MB (< 2): "
        + verdict
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
