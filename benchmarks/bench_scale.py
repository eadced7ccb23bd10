"""A sector-wide library: 100,000 statements through every step, against the targets of issue 14.

The framework comes from :func:`compkit.testing.large_framework` (clusters, six cumulative levels,
about 20 % negative indicators, 3 % repeats, 1 % typos), written as YAML once. Each step is timed
once, after imports; "peak RSS" is the process's high-water mark after the step (tracemalloc
would slow the steps several-fold); the ratio is the time over the target.

Run: ``.venv/bin/python benchmarks/bench_scale.py [N_STATEMENTS] [STEP ...]``
(steps: load, check, workbook, docx, report, case; default all).
"""

import resource
import sys
import tempfile
import time
from pathlib import Path

import yaml

import compkit
from compkit import authoring, compare
from compkit.testing import large_document

#: step -> target in seconds (issue 14)
TARGETS = {"load": 5, "check": 30, "workbook": 20, "docx": 30, "report": 30, "case": 10}


def timed(step: str, run) -> None:
    start = time.perf_counter()
    try:
        note = run() or ""
    except Exception as exc:
        note = f"failed: {type(exc).__name__}: {str(exc)[:80]}"
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    target = TARGETS[step]
    print(
        f"{step:<9} {seconds:8.2f} s  peak RSS {peak:6.0f} MiB  target {target:>3} s  "
        f"ratio {seconds / target:5.2f}  {note}",
        flush=True,
    )


def main(n: int = 100_000, steps: tuple[str, ...] = tuple(TARGETS)) -> None:
    folder = Path(tempfile.mkdtemp(prefix="compkit-scale-"))
    source = folder / "large.yaml"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    source.write_text(
        yaml.dump(large_document(n), Dumper=dumper, sort_keys=False, allow_unicode=True),
        encoding="utf-8",
    )
    print(f"{n:,} statements; YAML {source.stat().st_size / 2**20:,.1f} MiB in {folder}")
    fw = compkit.framework.read_framework(source)
    if "load" in steps:
        timed("load", lambda: compkit.framework.read_framework(source) and "parse + validate")
    if "check" in steps:
        timed("check", lambda: f"{len(compkit.check(fw).to_frame()):,} findings")
    if "workbook" in steps:
        book = authoring.write_workbook(fw, folder / "large.xlsx")
        timed(
            "workbook", lambda: f"import {len(authoring.import_file(book).framework.indicators):,}"
        )
    if "docx" in steps:
        timed("docx", lambda: authoring.render(fw, folder / "large.docx", to="docx") and "render")
    if "report" in steps:
        half = n // 2
        other = compkit.testing.large_framework(half, seed=1)
        timed("report", lambda: compare.write_report(fw, other, folder / "r.html") and "HTML")
    if "case" in steps:
        package = authoring.write_case(fw, folder / "large.json")
        timed("case", lambda: f"import {len(authoring.read_case(package).indicators):,}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000, tuple(sys.argv[2:]) or tuple(TARGETS))
