"""Build, once, the models of the default cross-walk ensemble that are made at install time.

Two of the default ensemble's three encoders are rewritten from their PyPI packages into 8-bit
models the first time compkit is installed (``make install`` and Binder's ``postBuild`` run this
module; conda users run it by hand):

- all-mpnet-base-v2 (:mod:`.mpnetbuild`, 114 MB kept, ``mpnet-q8``);
- paraphrase-MiniLM-L3-v2 (:mod:`.l3build`, 18 MB kept, ``minilm-l3-q8``).

Each is written to :func:`.mpnetbuild.models_dir` (``$COMPKIT_MODELS`` or
``<sys.prefix>/share/compkit/models``) and left alone when already there.

Run: ``python -m compkit.crosswalk.modelbuild`` (``--force`` to build again).
"""

from __future__ import annotations

import argparse
import subprocess
import sys

from . import l3build, mpnetbuild

__all__ = ["BUILDERS", "main"]

#: Folder name -> builder of each model made at install time.
BUILDERS = {mpnetbuild.MODEL_NAME: mpnetbuild.build, l3build.MODEL_NAME: l3build.build}


def main(argv: list[str] | None = None) -> int:
    """Build every model of :data:`BUILDERS`; 0 when all are there, 2 when one could not be."""
    parser = argparse.ArgumentParser(
        prog="python -m compkit.crosswalk.modelbuild",
        description="Build the 8-bit models of compkit's default cross-walk ensemble.",
    )
    parser.add_argument("--force", action="store_true", help="build again even if they are there")
    args = parser.parse_args(argv)
    for name, build in BUILDERS.items():
        try:
            folder = build(force=args.force)
        except (OSError, subprocess.CalledProcessError, ImportError) as exc:
            print(f"compkit: could not build {name}: {exc}", file=sys.stderr)
            return 2
        size = sum(f.stat().st_size for f in folder.iterdir()) / 1e6
        print(f"{name}: {folder} ({size:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
