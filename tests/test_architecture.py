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


# One place decides each of paging, batching and the servers: the spec extensions that state
# them are read by the facts model (mediaapis.spec) alone, the spec's servers by the spec index
# (mediaapis._spec) alone, and a list argument is split into batches by the typed resource's
# Batch (mediaapis._resource) alone.
SCRIPTS = ROOT.parent / "scripts"
READERS = {
    "x-rawugc-job": "mediaapis.spec",
    "x-rawugc-credits": "mediaapis.spec",
    "x-rawugc-publishes": "mediaapis.spec",
    "x-rawugc-reconcile": "mediaapis.spec",
    "x-idempotent": "mediaapis.spec",
    "x-pagination": "mediaapis.spec",
    "x-sdk-batch": "mediaapis.spec",
    "x-volc-batch-limit": "mediaapis.spec",
    "servers": "mediaapis._spec",
}


def keys_read(source: str) -> set[str]:
    """The spec keys of ``READERS`` a module's code names (docstrings and messages aside)."""
    return {
        node.value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in READERS
    }


def test_only_the_facts_model_reads_paging_batching_and_servers() -> None:
    sources = {name: path.read_text(encoding="utf-8") for name, path in modules().items()}
    sources.update(
        {f"scripts.{p.stem}": p.read_text(encoding="utf-8") for p in SCRIPTS.glob("*.py")}
    )
    found = {
        (name, key)
        for name, source in sources.items()
        for key in keys_read(source)
        if READERS[key] != name
    }
    assert found == set()


def test_the_key_check_finds_a_reader() -> None:
    """The check can fail: the CLI's former reading of the raw operation is found."""
    assert keys_read('if "x-pagination" in op:\n    pass\nurl = spec["servers"][0]') == {
        "x-pagination",
        "servers",
    }


def batch_splitting(source: str) -> list[str]:
    """What in a module's source splits a list into batches itself: a stepped ``range``, or a
    generator that yields a list once ``len`` of it reaches a size."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "range":
            if len(node.args) == 3:
                found.append(f"stepped range (line {node.lineno})")
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            inner = list(ast.walk(node))
            yielded = {
                n.value.id
                for n in inner
                if isinstance(n, ast.Yield) and isinstance(n.value, ast.Name)
            }
            measured = {
                n.left.args[0].id
                for n in inner
                if isinstance(n, ast.Compare)
                and isinstance(n.left, ast.Call)
                and getattr(n.left.func, "id", None) == "len"
                and n.left.args
                and isinstance(n.left.args[0], ast.Name)
            }
            if yielded & measured:
                found.append(f"{node.name} yields sized chunks (line {node.lineno})")
    return found


def test_only_the_typed_resource_splits_batches() -> None:
    found = {
        name: hits
        for name, path in modules().items()
        if (hits := batch_splitting(path.read_text(encoding="utf-8")))
    }
    assert set(found) == {"mediaapis._resource"}, found


def test_the_batch_check_finds_a_splitter() -> None:
    """The check can fail: ICP's former ``_batches`` is found."""
    source = (
        "def _batches(ids, size):\n"
        "    batch = []\n"
        "    for i in ids:\n"
        "        batch.append(i)\n"
        "        if len(batch) == size:\n"
        "            yield batch\n"
        "            batch = []\n"
    )
    assert batch_splitting(source) == ["_batches yields sized chunks (line 1)"]
