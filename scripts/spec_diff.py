"""List the breaking and additive changes between two OpenAPI 3.1 documents.

Breaking for a client built from the old document: a removed operation, parameter, request field
or response field; a newly required parameter or request field; a narrowed enum or bound in a
request; a widened enum in a response (generated clients with closed enums fail to parse it); a
changed type; a removed response status; a response field that stops being required. Everything
else that changes shape is additive.

    python scripts/spec_diff.py OLD NEW               # print both lists; exit 1 on breaking
    python scripts/spec_diff.py --baseline            # each openapi/*.yaml vs openapi/published/

With ``--baseline``, breaking changes fail only while ``info.version`` is unchanged: a new version
is how a breaking change is published.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from mediaapis._spec import Spec

ROOT = Path(__file__).resolve().parent.parent
# bound keyword -> True when a larger value is narrower (a lower bound)
LOWER_BOUNDS = {
    "minLength": True,
    "minItems": True,
    "minimum": True,
    "exclusiveMinimum": True,
    "minProperties": True,
}
UPPER_BOUNDS = {
    "maxLength": False,
    "maxItems": False,
    "maximum": False,
    "exclusiveMaximum": False,
    "maxProperties": False,
}


@dataclass(frozen=True)
class Change:
    breaking: bool
    where: str
    what: str

    def __str__(self) -> str:
        return f"{'BREAKING' if self.breaking else 'additive'}  {self.where}: {self.what}"


def load(path: Path) -> Mapping[str, Any]:
    text = path.read_text(encoding="utf-8")
    document: Mapping[str, Any] = (
        json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    )
    return document


class Doc(Spec):
    """A document indexed by the one spec reader (``mediaapis._spec.Spec``)."""

    def operations_by_key(self) -> dict[str, tuple[str, Mapping[str, Any]]]:
        """operationId (or ``METHOD path`` without one) -> ``(path, operation)``."""
        return {
            op.get("operationId", f"{method.upper()} {path}"): (path, op)
            for path, method, op in self.operations()
        }


def types_of(schema: Mapping[str, Any]) -> set[str]:
    kind = schema.get("type")
    if kind is None:
        return set()
    return set(kind) if isinstance(kind, list) else {kind}


def compare_schema(
    old: Doc, new: Doc, a: Any, b: Any, where: str, request: bool, depth: int = 0
) -> Iterator[Change]:
    """Changes of one schema; ``request`` decides which direction narrows."""
    a, b = old.resolve(a), new.resolve(b)
    if depth > 12 or not isinstance(a, Mapping) or not isinstance(b, Mapping):
        return
    # merge allOf members so properties declared through allOf are compared too
    a, b = flatten(old, a), flatten(new, b)
    ta, tb = types_of(a), types_of(b)
    if ta and tb and ta != tb:
        if (request and ta < tb) or (not request and tb < ta):
            yield Change(False, where, f"type widened {sorted(ta)} -> {sorted(tb)}")
        else:
            yield Change(True, where, f"type changed {sorted(ta)} -> {sorted(tb)}")
    if "enum" in a or "enum" in b:
        ea, eb = set(map(str, a.get("enum", []))), set(map(str, b.get("enum", [])))
        if "enum" in a and "enum" not in b:
            yield Change(not request, where, "enum removed (any value allowed)")
        elif "enum" in b and "enum" not in a:
            yield Change(request, where, f"enum added {sorted(eb)}")
        else:
            if ea - eb:
                yield Change(request, where, f"enum values removed {sorted(ea - eb)}")
            if eb - ea:
                yield Change(not request, where, f"enum values added {sorted(eb - ea)}")
    for keyword, lower in {**LOWER_BOUNDS, **UPPER_BOUNDS}.items():
        va, vb = a.get(keyword), b.get(keyword)
        if va == vb or not isinstance(va or vb, int | float):
            continue
        if va is None:
            narrowed = True
        elif vb is None:
            narrowed = False
        else:
            narrowed = vb > va if lower else vb < va
        text = f"{keyword} {va} -> {vb}"
        # a narrower bound breaks requests; responses only ever get more predictable
        yield Change(request and narrowed, where, ("narrowed " if narrowed else "widened ") + text)
    props_a, props_b = a.get("properties", {}), b.get("properties", {})
    req_a, req_b = set(a.get("required", [])), set(b.get("required", []))
    for name in sorted(set(props_a) | set(props_b)):
        sub = f"{where}.{name}"
        if name not in props_b:
            yield Change(True, sub, "field removed")
        elif name not in props_a:
            yield Change(
                request and name in req_b,
                sub,
                "required field added" if request and name in req_b else "field added",
            )
        else:
            yield from compare_schema(
                old, new, props_a[name], props_b[name], sub, request, depth + 1
            )
            if request and name in req_b and name not in req_a:
                yield Change(True, sub, "field became required")
            if not request and name in req_a and name not in req_b:
                yield Change(True, sub, "field no longer always present")
    if "items" in a and "items" in b:
        yield from compare_schema(
            old, new, a["items"], b["items"], f"{where}[]", request, depth + 1
        )


def flatten(doc: Doc, schema: Mapping[str, Any]) -> Mapping[str, Any]:
    if "allOf" not in schema:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    for member in schema["allOf"]:
        member = flatten(doc, doc.resolve(member))
        merged.setdefault("properties", {}).update(member.get("properties", {}))
        merged["required"] = sorted(
            set(merged.get("required", [])) | set(member.get("required", []))
        )
        for key, value in member.items():
            if key not in ("properties", "required", "if", "then", "else", "description"):
                merged.setdefault(key, value)
    return merged


def json_schema(doc: Doc, holder: Any) -> Any:
    content = doc.resolve(holder or {}).get("content", {})
    for media, body in content.items():
        if "json" in media or media == "multipart/form-data":
            return body.get("schema")
    return None


def diff(old_doc: Mapping[str, Any], new_doc: Mapping[str, Any]) -> list[Change]:
    old, new = Doc(old_doc), Doc(new_doc)
    ops_a, ops_b = old.operations_by_key(), new.operations_by_key()
    changes: list[Change] = []
    for op_id in sorted(set(ops_a) | set(ops_b)):
        if op_id not in ops_b:
            changes.append(Change(True, op_id, "operation removed"))
            continue
        if op_id not in ops_a:
            changes.append(Change(False, op_id, "operation added"))
            continue
        (path_a, a), (path_b, b) = ops_a[op_id], ops_b[op_id]
        if path_a != path_b:
            changes.append(Change(True, op_id, f"path changed {path_a} -> {path_b}"))
        changes.extend(compare_operation(old, new, op_id, a, b))
    return changes


def compare_operation(
    old: Doc, new: Doc, op_id: str, a: Mapping[str, Any], b: Mapping[str, Any]
) -> Iterator[Change]:
    params_a = {(p["in"], p["name"]): p for p in map(old.resolve, a.get("parameters", []))}
    params_b = {(p["in"], p["name"]): p for p in map(new.resolve, b.get("parameters", []))}
    for key in sorted(set(params_a) | set(params_b)):
        where = f"{op_id} {key[0]} parameter {key[1]}"
        if key not in params_b:
            yield Change(True, where, "parameter removed")
        elif key not in params_a:
            required = bool(params_b[key].get("required"))
            yield Change(
                required, where, "required parameter added" if required else "parameter added"
            )
        else:
            pa, pb = params_a[key], params_b[key]
            if pb.get("required") and not pa.get("required"):
                yield Change(True, where, "parameter became required")
            yield from compare_schema(old, new, pa.get("schema"), pb.get("schema"), where, True)
    body_a, body_b = json_schema(old, a.get("requestBody")), json_schema(new, b.get("requestBody"))
    if body_a is not None and body_b is not None:
        yield from compare_schema(old, new, body_a, body_b, f"{op_id} request", True)
    elif body_b is not None and new.resolve(b["requestBody"]).get("required"):
        yield Change(True, f"{op_id} request", "required request body added")
    responses_a, responses_b = a.get("responses", {}), b.get("responses", {})
    for status in sorted(set(responses_a) | set(responses_b)):
        where = f"{op_id} response {status}"
        if status not in responses_b:
            yield Change(True, where, "response removed")
        elif status not in responses_a:
            yield Change(False, where, "response added")
        else:
            ra, rb = json_schema(old, responses_a[status]), json_schema(new, responses_b[status])
            if ra is not None and rb is not None:
                yield from compare_schema(old, new, ra, rb, where, False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", nargs="?", type=Path)
    parser.add_argument("new", nargs="?", type=Path)
    parser.add_argument(
        "--baseline",
        action="store_true",
        help="compare each openapi/*.yaml with openapi/published/<name>.json",
    )
    args = parser.parse_args()
    if args.baseline:
        pairs = [
            (ROOT / "openapi" / "published" / f"{p.stem}.json", p)
            for p in sorted((ROOT / "openapi").glob("*.yaml"))
        ]
    elif args.old and args.new:
        pairs = [(args.old, args.new)]
    else:
        parser.error("give OLD and NEW, or --baseline")
    failed = False
    for old_path, new_path in pairs:
        if not old_path.exists():
            print(f"{new_path.name}: no published baseline yet ({old_path} missing)")
            continue
        old_doc, new_doc = load(old_path), load(new_path)
        changes = diff(old_doc, new_doc)
        breaking = [c for c in changes if c.breaking]
        bumped = old_doc["info"]["version"] != new_doc["info"]["version"]
        print(
            f"{new_path.name}: {len(breaking)} breaking, {len(changes) - len(breaking)} additive "
            f"change(s) since published {old_doc['info']['version']}"
        )
        for change in changes:
            print(f"  {change}")
        if breaking and not (args.baseline and bumped):
            failed = True
            print(
                f"  -> breaking changes need a new info.version, still {new_doc['info']['version']}"
                if args.baseline
                else "  -> breaking"
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
