"""The project's own promises: two-command setup, environment.yml in step with pyproject.toml."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def normalise(requirement: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-\[\]]+)\s*(.*)$", requirement)
    name, spec = match.group(1).lower().replace("_", "-"), match.group(2).replace(" ", "")
    return re.sub(r"\[.*\]", "", name), spec


def test_environment_yml_matches_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = {normalise(r) for r in project["dependencies"]}
    for extra in project["optional-dependencies"].values():
        wanted |= {normalise(r) for r in extra}
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    listed = set()
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            listed |= {normalise(r) for r in dep.get("pip", []) if not r.startswith("-")}
        elif not dep.startswith(("python", "pip")):
            listed.add(normalise(dep))
    assert listed == wanted
    python = next(d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python"))
    assert python.replace(" ", "") in {"python=3.11", "python>=3.11"}


def test_readme_opens_with_the_two_commands():
    text = (ROOT / "README.md").read_text()
    first_block = re.search(r"```(?:bash|sh)?\n(.*?)```", text, re.S).group(1)
    assert [line.strip() for line in first_block.strip().splitlines()] == ["make lab", "make test"]
    assert text.index("make lab") < text.index("##")


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_constraints_pin_every_dependency():
    pins = {
        line.split("==")[0].lower().replace("_", "-")
        for line in (ROOT / "requirements" / "constraints.txt").read_text().splitlines()
        if "==" in line
    }
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    names = {normalise(r)[0] for r in project["dependencies"]}
    names |= {normalise(r)[0] for extra in project["optional-dependencies"].values() for r in extra}
    assert names <= pins


def test_notebooks_are_numbered():
    names = [p.name for p in (ROOT / "notebooks").glob("*.ipynb")]
    assert names and all(re.match(r"^\d\d-[a-z0-9-]+\.ipynb$", n) for n in names)
