"""A built wheel carries the bundled data: installed anywhere, `compkit show cis` works.

Builds the wheel as pip would (``pip wheel .``), installs it with ``--no-deps`` into a folder
of its own, and runs the command line from another folder, with that folder first on the path:
nothing from the source tree is in reach.
"""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    # the build backend comes from PyPI (pyproject's build-system), as on a user's machine
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    (built,) = out.glob("compkit-*.whl")
    return built


def test_wheel_ships_frameworks_themes_and_schemas(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "compkit/_data/frameworks/cis.yaml",
        "compkit/_data/frameworks/wsx.yaml",
        "compkit/_data/themes/themes.yaml",
        "compkit/_data/crosswalks/cis-wsx.sssom.tsv",
        "compkit/schema/framework.schema.json",
    ):
        assert name in names


def test_installed_wheel_shows_a_bundled_framework_from_any_folder(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target),
         str(wheel)],
        check=True,
        timeout=300,
    )  # fmt: skip
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target)}
    env.pop("COMPKIT_DATA", None)
    code = "import compkit, sys; print(compkit.__file__); from compkit.cli import main; sys.exit(main(sys.argv[1:]))"
    done = subprocess.run(
        [sys.executable, "-c", code, "show", "cis", "--role", "senior-officer"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    first, *rest = done.stdout.splitlines()
    assert Path(first).is_relative_to(target), "compkit was imported from the source tree"
    assert "I take responsibility for my own wellbeing" in "\n".join(rest)
