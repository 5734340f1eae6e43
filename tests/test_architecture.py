"""The tree reads as the pipeline, and imports only point down it.

model ← signals ← sources | rules ← config ← engine ← scores ← report ← cli

Every `contentlint` import in lint/ and rules/ is checked, wherever it is written (module
level, inside a function, under TYPE_CHECKING): a stage may import its own floor and the
floors below, never one above. Sources and rules are siblings and never import each other;
a rule family imports only its own package and `rules/_shared`, never another family.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

#: Floors, bottom first. Modules of one floor may import each other (no cycles, below).
LAYERS: list[set[str]] = [
    {"contentlint", "contentlint.model"},
    {"contentlint.signals"},
    {"contentlint.sources", "contentlint.rules"},
    {"contentlint.config"},
    {"contentlint.engine"},
    {"contentlint.scores"},
    {"contentlint.report"},
    {"contentlint.cli"},
]
MAX_LINES = 650


def _modules() -> dict[str, Path]:
    mods: dict[str, Path] = {}
    for folder, package in ((REPO / "lint", "contentlint"), (REPO / "rules", "contentlint.rules")):
        for path in folder.rglob("*.py"):
            parts = [p for p in path.relative_to(folder).with_suffix("").parts if p != "__init__"]
            mods[".".join([package, *parts])] = path
    return mods


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The contentlint modules `name` imports (a `from pkg import mod` names the module)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in MODULES else target)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return {m for m in found if m == "contentlint" or m.startswith("contentlint.")}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def floor(module: str) -> int:
    best, depth = -1, -1
    for i, layer in enumerate(LAYERS):
        for prefix in layer:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > depth:
                best, depth = i, len(prefix)
    assert best >= 0, f"{module} belongs to no floor: add its folder to LAYERS"
    return best


def _stage(module: str) -> str:
    """The top-level stage a module is in (`contentlint.sources`, `contentlint.rules`, ...)."""
    parts = module.split(".")
    return ".".join(parts[:2]) if len(parts) > 1 else module


def test_every_module_is_on_a_floor():
    for name in MODULES:
        floor(name)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_imports_point_down_the_pipeline(name):
    mine = floor(name)
    wrong = [m for m in sorted(GRAPH[name]) if floor(m) > mine]
    assert not wrong, f"{name} (floor {mine}) imports from a floor above: {wrong}"
    siblings = {"contentlint.sources", "contentlint.rules"}
    if _stage(name) in siblings:
        other = siblings - {_stage(name)}
        crossing = [m for m in GRAPH[name] if _stage(m) in other]
        assert not crossing, f"{name}: sources and rules never import each other: {crossing}"


@pytest.mark.parametrize("name", sorted(m for m in MODULES if m.startswith("contentlint.rules.")))
def test_rule_families_do_not_import_each_other(name):
    parts = name.split(".")
    family = ".".join(parts[:3])
    for m in GRAPH[name]:
        if m.startswith("contentlint.rules.") and not m.startswith("contentlint.rules._shared"):
            assert m.startswith(family), f"{name} imports another rule family: {m}"


def test_no_import_cycles():
    seen: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        seen[node] = 1
        stack.append(node)
        for nxt in sorted(GRAPH.get(node, ())):
            if nxt not in MODULES or nxt == node:
                continue
            if seen.get(nxt) == 1:
                cycle = [*stack[stack.index(nxt) :], nxt]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if nxt not in seen:
                visit(nxt)
        stack.pop()
        seen[node] = 2

    for name in sorted(MODULES):
        if name not in seen:
            visit(name)


def test_the_layer_test_fails_on_an_upward_import(tmp_path):
    """The check above is not vacuous: a source importing the engine is caught."""
    bad = tmp_path / "bad.py"
    bad.write_text("from contentlint.engine.core import Engine\n", encoding="utf-8")
    imports = _imports("contentlint.sources.bad", bad)
    assert imports == {"contentlint.engine.core"}
    assert floor("contentlint.engine.core") > floor("contentlint.sources.bad")


@pytest.mark.parametrize("name", sorted(MODULES))
def test_modules_stay_small(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{name} has {lines} lines: split it by job"
