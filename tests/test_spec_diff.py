"""The breaking-change check finds each kind of change, on small pairs and on the real specs."""

from __future__ import annotations

import copy
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts.spec_diff import diff

ROOT = Path(__file__).resolve().parent.parent

BASE: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/things": {
            "post": {
                "operationId": "createThing",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}
                ],
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/New"}}
                    },
                },
                "responses": {
                    "201": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}
                        },
                    },
                    "400": {"description": "bad"},
                },
            }
        },
        "/things/{id}": {
            "get": {
                "operationId": "getThing",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"200": {"description": "ok"}},
            }
        },
    },
    "components": {
        "schemas": {
            "New": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string", "maxLength": 200},
                    "kind": {"type": "string", "enum": ["a", "b"]},
                    "size": {"type": "integer"},
                },
            },
            "Thing": {
                "type": "object",
                "required": ["id", "status"],
                "properties": {
                    "id": {"type": "string"},
                    "status": {"type": "string", "enum": ["new", "done"]},
                },
            },
        }
    },
}


def schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    found: dict[str, Any] = spec["components"]["schemas"][name]
    return found


def post(spec: dict[str, Any]) -> dict[str, Any]:
    found: dict[str, Any] = spec["paths"]["/things"]["post"]
    return found


Edit = Callable[[dict[str, Any]], object]  # what an edit returns is ignored

BREAKING: dict[str, tuple[Edit, str]] = {
    "removed operation": (lambda s: s["paths"].pop("/things/{id}"), "operation removed"),
    "removed request field": (
        lambda s: schema(s, "New")["properties"].pop("size"),
        "field removed",
    ),
    "removed response field": (
        lambda s: schema(s, "Thing")["properties"].pop("status"),
        "field removed",
    ),
    "narrowed enum": (
        lambda s: schema(s, "New")["properties"]["kind"].update(enum=["a"]),
        "enum values removed",
    ),
    "narrowed bound": (
        lambda s: schema(s, "New")["properties"]["name"].update(maxLength=100),
        "narrowed maxLength 200 -> 100",
    ),
    "narrowed parameter bound": (
        lambda s: post(s)["parameters"][0]["schema"].update(maximum=50),
        "narrowed maximum",
    ),
    "newly required field": (
        lambda s: schema(s, "New")["required"].append("size"),
        "field became required",
    ),
    "new required field": (
        lambda s: (
            schema(s, "New")["properties"].update(x={"type": "string"}),
            schema(s, "New")["required"].append("x"),
        ),
        "required field added",
    ),
    "changed type": (
        lambda s: schema(s, "New")["properties"]["size"].update(type="string"),
        "type changed",
    ),
    "response enum widened": (
        lambda s: schema(s, "Thing")["properties"]["status"].update(enum=["new", "done", "x"]),
        "enum values added",
    ),
    "removed response": (lambda s: post(s)["responses"].pop("400"), "response removed"),
    "new required parameter": (
        lambda s: post(s)["parameters"].append(
            {"name": "q", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "required parameter added",
    ),
}

ADDITIVE: dict[str, tuple[Edit, str]] = {
    "added operation": (
        lambda s: s["paths"]["/things"].update(
            get={"operationId": "listThings", "responses": {"200": {"description": "ok"}}}
        ),
        "operation added",
    ),
    "added optional field": (
        lambda s: schema(s, "New")["properties"].update(note={"type": "string"}),
        "field added",
    ),
    "request enum widened": (
        lambda s: schema(s, "New")["properties"]["kind"].update(enum=["a", "b", "c"]),
        "enum values added",
    ),
    "widened bound": (
        lambda s: schema(s, "New")["properties"]["name"].update(maxLength=500),
        "widened maxLength",
    ),
    "added response field": (
        lambda s: schema(s, "Thing")["properties"].update(url={"type": "string"}),
        "field added",
    ),
    "added optional parameter": (
        lambda s: post(s)["parameters"].append(
            {"name": "q", "in": "query", "schema": {"type": "string"}}
        ),
        "parameter added",
    ),
}


def changed(edit: Edit) -> dict[str, Any]:
    spec = copy.deepcopy(BASE)
    edit(spec)
    return spec


def test_identical_specs_have_no_changes() -> None:
    assert diff(BASE, copy.deepcopy(BASE)) == []


@pytest.mark.parametrize("kind", list(BREAKING))
def test_breaking_change_detected(kind: str) -> None:
    edit, text = BREAKING[kind]
    changes = diff(BASE, changed(edit))
    assert any(c.breaking and text in c.what for c in changes), changes


@pytest.mark.parametrize("kind", list(ADDITIVE))
def test_additive_change_is_not_breaking(kind: str) -> None:
    edit, text = ADDITIVE[kind]
    changes = diff(BASE, changed(edit))
    assert changes, "the change was not seen at all"
    assert any(text in c.what for c in changes), changes
    assert not any(c.breaking for c in changes), changes


def test_cli_fails_on_breaking_and_passes_on_additive(tmp_path: Path) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(BASE))
    script = [sys.executable, str(ROOT / "scripts" / "spec_diff.py"), str(old), str(new)]
    new.write_text(yaml.safe_dump(changed(ADDITIVE["added optional field"][0])))
    assert subprocess.run(script, capture_output=True).returncode == 0
    new.write_text(yaml.safe_dump(changed(BREAKING["removed request field"][0])))
    done = subprocess.run(script, capture_output=True, text=True)
    assert done.returncode == 1
    assert "BREAKING" in done.stdout


def test_real_spec_against_itself_and_a_real_break() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "rawugc.yaml").read_text())
    assert diff(spec, copy.deepcopy(spec)) == []
    broken = copy.deepcopy(spec)
    video = broken["paths"]["/videos/generate"]["post"]
    body_ref = video["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    body = broken["components"]["schemas"][body_ref.rsplit("/", 1)[1]]
    body["properties"]["prompt"]["maxLength"] = 100
    assert any(c.breaking and "prompt" in c.where for c in diff(spec, broken))
