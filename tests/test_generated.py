"""The generated packages against the specs they come from.

Every operation of each spec is reachable as sync and async functions, and every example in
each spec round-trips through the generated attrs model of its schema (from_dict -> to_dict).
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openapi_python_client.strings import ClassName, snake_case

from mediaapis._spec import iter_operations, load_spec
from scripts.generate import TARGETS, differences
from volc_icp_client.models import TeamInfo, User

PACKAGES = [package for _, package in TARGETS.values()]
EXPECTED_OPERATIONS = {"rawugc_client": 50, "volc_icp_client": 3}


def operation_cases() -> Iterator[Any]:
    for package in PACKAGES:
        for _, _, op in iter_operations(package):
            yield pytest.param(package, op, id=f"{package}:{op['operationId']}")


def example_cases() -> Iterator[Any]:
    """(package, schema ref, example) for every example of a request or response body."""
    for package in PACKAGES:
        for _, _, op in iter_operations(package):
            bodies = [("request", op.get("requestBody", {}))]
            bodies += [(status, resolve(package, r)) for status, r in op["responses"].items()]
            for where, body in bodies:
                for media, content in body.get("content", {}).items():
                    if not media.endswith("json"):
                        continue  # multipart: the File field has no JSON form to compare
                    for name, example in content.get("examples", {}).items():
                        example = resolve(package, example)
                        yield pytest.param(
                            package,
                            content["schema"],
                            example["value"],
                            id=f"{package}:{op['operationId']}:{where}:{media}:{name}",
                        )


def resolve(package: str, node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = load_spec(package)
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_every_spec_operation_counted() -> None:
    for package, expected in EXPECTED_OPERATIONS.items():
        ids = [op["operationId"] for _, _, op in iter_operations(package)]
        assert len(ids) == expected, package
        assert len(set(ids)) == len(ids), f"duplicate operationIds in {package}"


@pytest.mark.parametrize(("package", "op"), list(operation_cases()))
def test_operation_is_generated_sync_and_async(package: str, op: dict[str, Any]) -> None:
    tag = snake_case(op["tags"][0])
    module = importlib.import_module(f"{package}.api.{tag}.{snake_case(op['operationId'])}")
    for name in ("sync", "sync_detailed"):
        assert inspect.isfunction(getattr(module, name)), name
    for name in ("asyncio", "asyncio_detailed"):
        assert inspect.iscoroutinefunction(getattr(module, name)), name


def normalise(value: Any) -> Any:
    """Compare JSON values with date-times parsed (the models re-serialise them as ISO 8601)."""
    if isinstance(value, dict):
        return {k: normalise(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    if isinstance(value, str) and len(value) >= 20 and value[10:11] == "T":
        try:
            return dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    return value


@pytest.mark.parametrize(("package", "schema", "example"), list(example_cases()))
def test_example_round_trips_through_model(
    package: str, schema: dict[str, Any], example: Any
) -> None:
    assert "$ref" in schema, "bodies reference a component schema, so they have a named model"
    name = schema["$ref"].rsplit("/", 1)[1]
    model = getattr(importlib.import_module(f"{package}.models"), ClassName(name, ""))
    parsed = model.from_dict(example)
    assert normalise(parsed.to_dict()) == normalise(example)
    assert model.from_dict(parsed.to_dict()) == parsed


def test_every_spec_has_examples() -> None:
    counts = {package: 0 for package in PACKAGES}
    for param in example_cases():
        counts[param.values[0]] += 1
    for package, _, op in ((p, path, op) for p in PACKAGES for path, _, op in iter_operations(p)):
        assert any(
            "examples" in c
            for r in op["responses"].values()
            for c in resolve(package, r).get("content", {}).values()
        ), f"{package}:{op['operationId']} has no response example"
    assert all(counts.values()), counts


def test_drift_check_reports_an_edited_file(tmp_path: Path) -> None:
    generated = Path(__file__).resolve().parent.parent / "generated"
    copy = tmp_path / "copy"
    shutil.copytree(generated, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert differences(generated, copy) == []
    victim = copy / "rawugc_client" / "client.py"
    victim.write_text(victim.read_text() + "# edited by hand\n")
    (copy / "volc_icp_client" / "extra.py").write_text("")
    assert differences(generated, copy) == ["rawugc_client/client.py", "volc_icp_client/extra.py"]


@pytest.mark.parametrize(
    "teams",
    [[{"Id": "7001", "Name": "默认团队"}], {"Id": "7001", "Name": "默认团队"}],
    ids=["array", "single object"],
)
def test_icp_user_teams_parse_in_either_shape(teams: Any) -> None:
    """The ICP page types TeamInfos/RoleInfos as one object under a plural name: both parse."""
    user = User.from_dict({"Id": 1, "TeamInfos": teams, "RoleInfos": {"Id": "1", "Name": "Admin"}})
    first = user.team_infos[0] if isinstance(user.team_infos, list) else user.team_infos
    assert isinstance(first, TeamInfo)
    assert first.name == "默认团队"
    assert user.to_dict()["TeamInfos"] == teams


SDK = Path(__file__).resolve().parent.parent / "generated" / "mediaapis_sdk"


def test_raw_response_classes_wrap_the_plain_methods() -> None:
    """Each operation is spelled out once per sync and async class; the ``with_raw_response``
    classes only wrap those methods (``to_raw_response_wrapper``), as openai-python's do."""
    import ast

    modules = sorted(SDK.glob("*/*.py"))
    raw_classes = 0
    for module in modules:
        for node in ast.parse(module.read_text(encoding="utf-8")).body:
            if not (isinstance(node, ast.ClassDef) and node.name.endswith("WithRawResponse")):
                continue
            raw_classes += 1
            defined = [
                f.name for f in node.body if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
            ]
            properties = [
                f.name
                for f in node.body
                if isinstance(f, ast.FunctionDef)
                and any(ast.unparse(d) == "cached_property" for d in f.decorator_list)
            ]
            assert sorted(defined) == sorted(["__init__", *properties]), (module.name, defined)
    assert raw_classes >= 2 * len([m for m in modules if not m.name.startswith("_")])
