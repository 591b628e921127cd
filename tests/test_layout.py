"""The shape of the package: imports only go down the layers, no module imports another that
imports it back, the command line alone knows typer and the renderer alone knows rich.

The same check from a shell: `python -m pytest tests/test_layout.py -q`.
"""
from __future__ import annotations

import ast
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "qa"
# Each part of the library and the parts below it it may import; the layers go
# cli / api -> claims / evaluate -> search -> index -> documents -> text -> the plain values;
# the renderers (terminal, HTML) know only the values and their wording (`qa.describe`).
BOTTOM = {"qa.errors", "qa.types", "qa.terminal", "qa.inputs", "qa.encode", "qa.frozen"}
MAY_IMPORT = {
    "qa.text": BOTTOM,
    "qa.documents": BOTTOM | {"qa.text"},
    "qa.index": BOTTOM | {"qa.text", "qa.documents"},
    "qa.search": BOTTOM | {"qa.text", "qa.documents", "qa.index"},
    "qa.claims": BOTTOM | {"qa.text", "qa.documents", "qa.index", "qa.search"},
    "qa.evaluate": BOTTOM,
    "qa.render": {"qa.types", "qa.terminal", "qa.describe"},
    "qa.report": {"qa.types", "qa.terminal", "qa.describe", "qa.errors"},
    "qa.describe": set(),
    "qa.plaintext": {"qa.types"},
}
PARTS = set(MAY_IMPORT) | BOTTOM
# The Python API sits on top, like cli.py: it may use every part, and no part uses it but the
# MCP server, which serves it.
MAY_IMPORT["qa.api"] = PARTS
MAY_IMPORT["qa.mcp_server"] = PARTS | {"qa.api", "qa"}
# The package names the API (lazily, so that `import qa` stays cheap).
API_USERS = {"qa", "qa.mcp_server"}


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every module `path` imports, at the top or inside a function, resolved to full names."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


@lru_cache(maxsize=1)
def library_modules() -> dict[str, set[str]]:
    modules = {module_name(p): imports_of(p) for p in PACKAGE.rglob("*.py")}
    known = set(modules)
    # keep only imports of modules that exist (`from .x import name` also yields `x.name`)
    return {name: {i for i in imported if i in known} for name, imported in modules.items()}


def part_of(module: str) -> str:
    for part in sorted(MAY_IMPORT, key=len, reverse=True):
        if module == part or module.startswith(part + "."):
            return part
    return module


@pytest.mark.parametrize("module", sorted(library_modules()))
def test_imports_only_go_down(module):
    part = part_of(module)
    if part not in MAY_IMPORT:
        return  # the plain values, and the package itself
    allowed = MAY_IMPORT[part] | {part}
    for imported in library_modules()[module]:
        assert part_of(imported) in allowed or imported in allowed, \
            f"{module} imports {imported}, a part above or beside it"


def test_nothing_in_the_library_imports_the_api():
    users = {name for name, imported in library_modules().items() if "qa.api" in imported}
    assert users <= API_USERS


def test_no_import_cycle():
    graph = library_modules()
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if nxt == node or nxt == "qa":
                continue
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join(path + [nxt])
            if nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for module in graph:
        if module not in state:
            visit(module, [module])


def test_only_the_command_line_knows_typer_and_only_the_renderer_knows_rich():
    for path in PACKAGE.rglob("*.py"):
        imported = imports_of(path)
        assert not any(i == "typer" or i.startswith("typer.") for i in imported), path
        if path.name != "render.py":
            assert not any(i == "rich" or i.startswith("rich.") for i in imported), path
