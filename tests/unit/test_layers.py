"""The house reads top-down (README, "Code layout"): handlers and scheduling above bot/; inside bot/ the
services above the outbox, the outbox above the repositories, the repositories above the models; and no
module imports, however indirectly, one that imports it back. Read from the source, so a new import that
breaks a rule fails here, not in a review."""

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("bot", "handlers", "scheduling")
COMPOSITION_ROOT = {"bot.app", "bot.bootstrap"}  # they wire everything, so they may import anything


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_imports(tree: ast.Module, module: str, is_package: bool) -> Iterator[str]:
    """Modules imported when the module runs (imports only for type checkers left out)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []  # skip what only type checkers read
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                package = module.split(".") if is_package else module.split(".")[:-1]
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _graph() -> dict[str, set[str]]:
    files = [path for package in PACKAGES for path in (ROOT / package).rglob("*.py")]
    names = {_module_name(path) for path in files}
    graph: dict[str, set[str]] = {}
    for path in files:
        module = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = _runtime_imports(tree, module, path.name == "__init__.py")
        graph[module] = {name for name in imported if name in names and name != module}
    return graph


GRAPH = _graph()


def _layer(module: str) -> str:
    for prefix in ("bot.services", "bot.outbox", "bot.repositories", "bot.models", "bot.policy"):
        if module == prefix or module.startswith(prefix + "."):
            return prefix
    return module.split(".")[0]


# What each layer must not import (by module prefix).
FORBIDDEN = {
    "bot": ("handlers", "scheduling", "demo", "telegram", "twilio"),
    "bot.models": ("bot.repositories", "bot.outbox", "bot.services", "bot.uow", "bot.policy"),
    "bot.policy": ("bot.repositories", "bot.outbox", "bot.services", "bot.uow", "bot.models"),
    "bot.repositories": ("bot.outbox", "bot.services", "bot.uow"),
    "bot.outbox": ("bot.services", "bot.uow"),
    "scheduling": ("handlers",),
}


def _all_imports(path: Path) -> set[str]:
    module = _module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return set(_runtime_imports(tree, module, path.name == "__init__.py"))


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_imports_a_layer_above_its_own(package: str) -> None:
    breaks = []
    for path in (ROOT / package).rglob("*.py"):
        module = _module_name(path)
        if module in COMPOSITION_ROOT:
            continue
        rules = [FORBIDDEN.get(module.split(".")[0], ()), FORBIDDEN.get(_layer(module), ())]
        for imported in _all_imports(path):
            for forbidden in (name for rule in rules for name in rule):
                if imported == forbidden or imported.startswith(forbidden + "."):
                    breaks.append(f"{module} imports {imported}")
    assert sorted(set(breaks)) == []


def test_no_module_imports_itself_back_through_others() -> None:
    """No import cycle among the modules of bot/, handlers/ and scheduling/ (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for other in sorted(GRAPH.get(module, ())):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in on_stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(GRAPH):
        if module not in index:
            visit(module)
    assert cycles == []


def test_the_rule_reader_sees_the_imports_it_checks() -> None:
    """The graph is not empty by accident: a few imports known to be there are found."""
    assert "bot.outbox" in GRAPH["bot.services.context"]
    assert "bot.models" in GRAPH["bot.outbox.rows"]
    assert "bot.services.inbound" in GRAPH["handlers.inbound_batch"]
