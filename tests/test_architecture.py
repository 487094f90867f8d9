"""The package's shape: no import cycles (imports under TYPE_CHECKING and inside functions
count: a cycle in types is still two modules that each need the other), and a shared core
that imports no API package."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "overrides"
CORE = {
    "mediaapis._clock",
    "mediaapis._errors",
    "mediaapis._lazy",
    "mediaapis._lifecycle",
    "mediaapis._pacing",
    "mediaapis._pages",
    "mediaapis._resource",
    "mediaapis._sentinel",
    "mediaapis._spec",
    "mediaapis._stack",
    "mediaapis._transport",
    "mediaapis._validation",
    "mediaapis.errors",
    "mediaapis.spec",
}
APIS = ("mediaapis.rawugc", "mediaapis.icp", "mediaapis.mcp", "mediaapis.cli")


def modules() -> dict[str, Path]:
    found = {}
    for path in ROOT.rglob("*.py"):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def imports() -> dict[str, set[str]]:
    """Module -> the package's modules it imports (anywhere in it)."""
    found = modules()
    graph: dict[str, set[str]] = {name: set() for name in found}
    for name, path in found.items():
        package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = package.split(".")
                    parts = parts[: len(parts) - (node.level - 1)]
                    base = ".".join([*parts, *([node.module] if node.module else [])])
                subs = [f"{base}.{alias.name}" for alias in node.names]
                targets += [sub for sub in subs if sub in found]
                if len([sub for sub in subs if sub in found]) < len(subs):
                    targets.append(base)
            elif isinstance(node, ast.Import):
                targets += [alias.name for alias in node.names]
            graph[name] |= {target for target in targets if target in found and target != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_import_cycles() -> None:
    assert cycles(imports()) == []


def test_the_shared_core_imports_no_api_package() -> None:
    graph = imports()
    assert set(graph) >= CORE, CORE - set(graph)
    leaks = {
        core: sorted(target for target in graph[core] if target.startswith(APIS)) for core in CORE
    }
    assert {core: found for core, found in leaks.items() if found} == {}


def test_the_cycle_finder_finds_a_cycle() -> None:
    """The check can fail: two modules that import each other are a cycle."""
    assert cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}}) == [["a", "b"]]


# The error map of each API is its profile's (``Profile.returned_error`` and the stack): the
# command line and the MCP server print and return the typed error they get, never an error
# document they read themselves.
FRONT_ENDS = ("mediaapis.cli", "mediaapis.mcp")
ERROR_MAPPERS = {"error_from_body", "error_from_document", "status_error", "unwrap"}
ERROR_MEMBERS = {"ResponseMetadata", "RequestId", "CodeN", "detail", "instance"}


def error_parsing(source: str) -> list[str]:
    """What in a module's source maps error answers itself: an import of an API's error
    mapper, a member name of problem details or of the Volcengine envelope, a comparison of
    an HTTP status."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            found += [f"imports {a.name}" for a in node.names if a.name in ERROR_MAPPERS]
        elif isinstance(node, ast.Attribute) and node.attr in ERROR_MAPPERS:
            found.append(f"calls {node.attr}")
        elif isinstance(node, ast.Constant) and node.value in ERROR_MEMBERS:
            found.append(f"reads {node.value!r} (line {node.lineno})")
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(isinstance(s, ast.Attribute) and s.attr == "status_code" for s in sides):
                found.append(f"compares a status (line {node.lineno})")
    return found


def test_the_cli_and_the_mcp_server_map_no_errors_themselves() -> None:
    fronts = {name: path for name, path in modules().items() if name.startswith(FRONT_ENDS)}
    assert "mediaapis.cli" in fronts
    assert "mediaapis.mcp.calls" in fronts
    found = {name: error_parsing(path.read_text(encoding="utf-8")) for name, path in fronts.items()}
    assert {name: hits for name, hits in found.items() if hits} == {}


def test_the_error_parsing_check_finds_a_parser() -> None:
    """The check can fail: the CLI's former reading of the envelope is found."""
    source = (
        "from .icp.errors import error_from_body\n"
        "def report(response, fields):\n"
        "    metadata = fields.get('ResponseMetadata')\n"
        "    return response.status_code >= 400\n"
    )
    assert len(error_parsing(source)) == 3
