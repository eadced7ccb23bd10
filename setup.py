"""Ship the bundled data inside the package.

The human-edited frameworks, cross-walks and theme vocabulary live at the top of the repository
(``data/``), where people edit them; a wheel copies them into ``compkit/_data/`` so that
``pip install .`` followed by ``compkit show cis`` works from any folder. All other settings are
in ``pyproject.toml``.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

DATA = ("frameworks", "crosswalks", "themes", "raw")


class BuildWithData(build_py):
    """``build_py`` that also copies ``data/<folder>`` into the built ``compkit/_data/``."""

    def run(self):
        super().run()
        source = Path(__file__).resolve().parent / "data"
        target = Path(self.build_lib) / "compkit" / "_data"
        for folder in DATA:
            if (source / folder).is_dir():
                shutil.copytree(source / folder, target / folder, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithData})
