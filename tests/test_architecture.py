"""The package's shape (docs/architecture.md): imports point one way, rooms stay small.

Every import in ``compkit/`` -- at module level or inside a function, but not under
``if TYPE_CHECKING:`` -- is read with :mod:`ast` and resolved to the module it names. Run
``python -m pytest tests/test_architecture.py`` to check; a failure names the cycle or the file.
"""

import ast
from pathlib import Path

import networkx as nx
import pytest

import compkit

PACKAGE = Path(compkit.__file__).parent
#: capability subpackages, each above the framework and below the CLI
LAYERS = {
    "framework": 0,
    "checks": 1,
    "crosswalk": 1,
    "compare": 2,
    "authoring": 2,
    "ingest": 3,
    "cli": 4,
    "testing": 4,
    "__main__": 5,  # ``python -m compkit``: the CLI's entry point, above everything
}
MAX_LINES = 450
MAX_TOP_MODULES = 8


def module_name(path: Path) -> str:
    parts = ("compkit", *path.relative_to(PACKAGE).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(name: str) -> set[str]:
    """The compkit modules that module `name` imports."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _type_checking(child):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name.startswith("compkit"))
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - child.level + 1]
                    target = ".".join([*base, child.module] if child.module else base)
                else:
                    target = child.module or ""
                if not target.startswith("compkit"):
                    continue
                for alias in child.names:
                    sub = f"{target}.{alias.name}"
                    found.add(sub if sub in MODULES else target)
            visit(child)

    visit(ast.parse(path.read_text("utf-8")))
    found.discard(name)
    return found


GRAPH = nx.DiGraph((m, t) for m in MODULES for t in imports(m))
GRAPH.add_nodes_from(MODULES)


def layer(name: str) -> int | None:
    parts = name.split(".")
    return LAYERS.get(parts[1]) if len(parts) > 1 else None


def test_no_import_cycle():
    cycles = [" -> ".join([*c, c[0]]) for c in nx.simple_cycles(GRAPH)]
    assert cycles == [], "import cycles:\n" + "\n".join(cycles)


def test_nothing_imports_the_top_level_package():
    importers = sorted(m for m, t in GRAPH.edges if t == "compkit" and m != "compkit")
    assert importers == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_point_down(name):
    """A module imports only its own subpackage, lower layers and top-level helpers."""
    here = layer(name)
    if here is None:
        return
    upward = [
        t
        for t in GRAPH.successors(name)
        if layer(t) is not None and t.split(".")[1] != name.split(".")[1] and layer(t) >= here
    ]
    assert upward == [], f"{name} imports from its own layer or above: {upward}"


def test_top_level_helpers_import_no_capability():
    """errors, _atomic and the other top-level helpers sit below every subpackage."""
    for name in MODULES:
        if name.count(".") == 1 and layer(name) is None:
            assert [t for t in GRAPH.successors(name) if layer(t) is not None] == [], name


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_is_small(name):
    lines = len(MODULES[name].read_text("utf-8").splitlines())
    assert lines <= MAX_LINES, f"{MODULES[name]}: {lines} lines; split it by job"


def test_few_modules_at_the_top():
    top = sorted(p.name for p in PACKAGE.glob("*.py"))
    assert len(top) <= MAX_TOP_MODULES, top


def test_public_api_is_small_and_explicit():
    assert 20 <= len(compkit.__all__) <= 40
    assert all(hasattr(compkit, name) for name in compkit.__all__)
