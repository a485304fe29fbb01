"""The package shows the pipeline: each folder is one stage, and every import points down it."""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import REPO

PACKAGE = REPO / "scripts" / "casearchive"
STAGES = ("processes", "model", "load", "i18n", "render", "search", "publish", "mkdocs", "tools",
          "bench", "cli", "__main__")
"""The package's parts from the bottom of the pipeline up; a part may import only from its own
stage or stages before it."""


def _stage(module: str) -> str:
    """`casearchive.load.archive` → `load`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _module(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(relative.parts).removesuffix(".__init__")


def _imports(path: Path) -> set[str]:
    """Every casearchive module `path` imports, at the top or inside a function."""
    found: set[str] = set()
    package = _module(path).rsplit(".", 1)[0] if path.name != "__init__.py" else _module(path)
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("casearchive"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                base = ".".join([*package.split(".")[: len(package.split(".")) - node.level + 1],
                                 *([base] if base else [])])
            if base.startswith("casearchive"):
                found.update(f"{base}.{a.name}" if (PACKAGE.parent / f"{base}.{a.name}".replace(
                    ".", "/")).with_suffix(".py").exists() else base for a in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    return {_module(path): _imports(path) for path in sorted(PACKAGE.rglob("*.py"))}


def test_every_module_belongs_to_a_stage() -> None:
    stray = [m for m in _graph() if m != "casearchive" and _stage(m) not in STAGES]
    assert stray == []


def test_every_import_points_down_the_pipeline() -> None:
    upward = [f"{module} imports {target}" for module, targets in _graph().items()
              for target in targets if _stage(module) and _stage(target)
              and STAGES.index(_stage(target)) > STAGES.index(_stage(module))]
    assert upward == []


def test_no_import_cycle() -> None:
    graph = _graph()
    state: dict[str, int] = {}
    cycles: list[str] = []

    def visit(module: str, trail: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if target not in graph:
                continue
            if state.get(target) == 1:
                cycles.append(" → ".join([*trail[trail.index(target):], target]))
            elif target not in state:
                visit(target, [*trail, target])
        state[module] = 2

    for module in graph:
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_the_checker_sees_imports_inside_functions(tmp_path: Path) -> None:
    module = PACKAGE / "load" / "archive.py"
    assert "casearchive.processes" in _imports(module)
    assert "casearchive.load.yamlstrict" in _imports(module)
