"""Generate the typed resource clients (``mediaapis_sdk``) from the specs' ``x-sdk-name``.

openapi-python-client parses each spec (its own parser and naming rules, so every name and
type here is the one its generated functions and models use); this step reads the endpoints it
built, together with the vendor extensions (``x-sdk-name``, ``x-pagination``, ``x-rawugc-job``),
and renders the templates in ``templates/sdk/``: one module per resource with a sync and an
async class, each with its ``with_raw_response`` twin (the plain methods wrapped by
``mediaapis._resource.to_raw_response_wrapper``, not spelled out again), and one client module
per API whose resources are lazily built attributes. The output is formatted with the pinned
ruff, so it is reproducible byte for byte; ``scripts/generate.py`` runs this step and its drift
check covers the output.

    python scripts/generate_sdk.py OUT_DIR
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import yaml
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.strings import PythonIdentifier

from mediaapis._spec import Spec
from mediaapis.spec import Job, facts_of

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "sdk"
PACKAGE = "mediaapis_sdk"
# names the resource methods reserve for per-call options
RESERVED = frozenset({"body", "timeout", "extra_headers", "idempotency_key", "self"})


@dataclass(frozen=True)
class API:
    """One spec and how its client is built."""

    name: str  # sub-package of mediaapis_sdk
    spec: str
    config: str
    package: str  # the generated package of openapi-python-client
    client: str  # client class name (and Async<client>)
    base: str  # "module:Class" the client classes extend
    title: str


APIS = (
    API(
        "rawugc",
        "openapi/rawugc.yaml",
        "config/rawugc.yaml",
        "rawugc_client",
        "RawUGC",
        "mediaapis.rawugc.client:RawUGC",
        "RawUGC API",
    ),
    API(
        "icp",
        "openapi/volc-icp.yaml",
        "config/volc-icp.yaml",
        "volc_icp_client",
        "ICP",
        "mediaapis.icp.client:BaseICP",
        "Volcengine ICP media-pull OpenAPI",
    ),
)


def camel(dotted: str) -> str:
    """``social.posts`` -> ``SocialPosts``."""
    return "".join(part.title().replace("_", "") for part in dotted.split("."))


def raw(value: Any) -> str:
    """The plain text of a spec string (openapi-python-client wraps them as untrusted)."""
    return value.get_untrusted_value() if hasattr(value, "get_untrusted_value") else str(value)


def text(value: Any) -> str:
    """An untrusted spec string made safe for a docstring."""
    plain = raw(value) if value is not None else ""
    return plain.replace("\\", "\\\\").replace('"""', "'''").strip()


def code(value: Any) -> str:
    """Python source of a PythonCode object."""
    return value.as_unembedded_code() if hasattr(value, "as_unembedded_code") else str(value)


class _Builtins(ast.NodeTransformer):
    """``list`` -> ``builtins.list`` in an annotation: a resource method named ``list`` shadows
    the builtin inside its class."""

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id == "list":
            return ast.copy_location(ast.Attribute(ast.Name("builtins"), "list"), node)
        return node


def annotation(value: Any) -> str:
    """An annotation's source, as it must read inside a resource class."""
    tree = _Builtins().visit(ast.parse(code(value), mode="eval"))
    return ast.unparse(ast.fix_missing_locations(tree))


@dataclass
class Argument:
    """One parameter of a resource method."""

    name: str
    annotation: str
    default: str | None  # None: required
    doc: str


@dataclass
class Method:
    """One resource method (an operation) and what its body needs."""

    name: str
    operation_id: str
    module: str
    module_alias: str
    summary: str
    notes: list[str]
    positional: list[Argument]
    keywords: list[Argument]
    body_model: str | None  # flattened body: its model class
    body_fields: list[Argument]  # the model's fields (required first)
    body_annotation: str | None  # a body passed only as body= (not a model)
    body_required: bool
    returns: str
    parse: str
    envelope: str = ""  # the 2xx body member holding the result (x-sdk-result), "" for the body
    paging: Mapping[str, Any] | None = None
    batch: Mapping[str, Any] | None = None
    item: str | None = None
    job: Job | None = None
    waited: str | None = None  # the poll operation's model
    paid: bool = False  # spends credits or publishes: takes idempotency_key=
    completed: Mapping[str, Any] | None = None  # its Completed<Model>: class, base, fields


@dataclass
class Resource:
    """A node of the resource tree: its methods and sub-resources."""

    path: str
    methods: list[Method] = field(default_factory=list)
    children: dict[str, Resource] = field(default_factory=dict)

    @property
    def cls(self) -> str:
        return camel(self.path)

    @property
    def module(self) -> str:
        return self.path.replace(".", "_")


def parse(api: API) -> tuple[GeneratorData, dict[str, Any]]:
    """openapi-python-client's view of the spec, and the spec itself."""
    spec_path = ROOT / api.spec
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / api.config), MetaType.NONE, spec_path, "utf-8", False, None
    )
    document = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    data = GeneratorData.from_dict(document, config=config)
    if not isinstance(data, GeneratorData):
        raise SystemExit(f"{api.spec}: {data}")
    return data, document


def imports_of(prop: PropertyProtocol, package: str, into: set[str]) -> None:
    """Add the imports a property's type needs (absolute, in the generated package)."""
    for line in (
        *prop.get_imports(prefix=f"{package}."),
        *prop.get_lazy_imports(prefix=f"{package}."),
    ):
        into.add(
            line.replace("from ...", f"from {package}.").replace("from ..", f"from {package}.")
        )


def argument(prop: PropertyProtocol, *, sentinel: bool = False) -> Argument:
    """A method argument for a parameter or body field, typed as the generator types it."""
    declaration = code(prop.to_string())
    name, _, rest = declaration.partition(": ")
    typed, _, default = rest.partition(" = ")
    typed = annotation(typed)
    doc = text(prop.description) if getattr(prop, "description", None) else ""
    if sentinel:
        return Argument(name, typed, default or ("NOT_GIVEN" if prop.required else "UNSET"), doc)
    return Argument(name, typed, default or None, doc)


def success(endpoint: Endpoint) -> PropertyProtocol | None:
    """The property of the 2xx answer (None for 204)."""
    found = [r for r in endpoint.responses.patterns if str(r.status_code.pattern).startswith("2")]
    if not found:
        raise SystemExit(f"{endpoint.name}: no 2xx response")
    props = {code(r.prop.get_type_string()): r.prop for r in found}
    if len(props) != 1:
        raise SystemExit(f"{endpoint.name}: several 2xx types {sorted(props)}")
    prop = next(iter(props.values()))
    return None if code(prop.get_type_string()) == "None" else prop


def member(model: PropertyProtocol, spec_name: str) -> PropertyProtocol:
    """The property of ``model`` named ``spec_name`` in the spec."""
    assert isinstance(model, ModelProperty)
    for prop in (*(model.required_properties or []), *(model.optional_properties or [])):
        if raw(prop.name) == spec_name:
            return prop
    raise SystemExit(f"{model.class_info.name} has no property {spec_name}")


def attribute_path(model: PropertyProtocol, dotted: str) -> tuple[list[str], PropertyProtocol]:
    """Python attribute names along a dotted spec path, and the last property."""
    names, prop = [], model
    for part in dotted.split("."):
        prop = member(prop, part)
        names.append(str(prop.python_name))
    return names, prop


def endpoint_path(document: Mapping[str, Any], operation: Mapping[str, Any]) -> str:
    """The path key of an operation of ``document``."""
    for path, _, op in Spec(document).operations():
        if op is operation:
            return path
    raise SystemExit(f"{operation['operationId']} is not in the document")


def build_method(
    api: API,
    document: Mapping[str, Any],
    endpoint: Endpoint,
    operation: Mapping[str, Any],
    name: str,
    imports: set[str],
) -> Method:
    """A :class:`Method` for an endpoint of openapi-python-client."""
    index = Spec(document)
    envelope = str(document.get("x-sdk-result", ""))  # the body member methods return
    path, verb = next((p, m) for p, m, op in index.operations() if op is operation)
    facts = facts_of(api.name, path, verb, operation, document=index)
    notes = []
    if facts.credits is not None:
        cost = facts.credits.cost
        notes.append(
            f"Spends credits ({cost} per call)." if cost else "Spends credits (see creditsUsed)."
        )
    if facts.publishes:
        notes.append("Can publish to a social account, which cannot be undone.")
    if facts.spends_credits or facts.publishes:
        notes.append("Sent once: a lost answer is looked up (x-rawugc-reconcile);")
        notes.append("idempotency_key= makes a repeat return the recorded answer.")
    positional = [argument(p) for p in endpoint.path_parameters]
    keywords = []
    # not arguments: parameters with one allowed value (ICP's Action, Version) and headers the
    # client sends on every request (x-sdk-client-header: RawUGC-Version)
    path_params = document["paths"][endpoint_path(document, operation)].get("parameters", [])
    constants = set()
    for param in (index.resolve(p) for p in (*path_params, *operation.get("parameters", []))):
        one_value = len(index.resolve(param.get("schema", {})).get("enum", [])) == 1
        if one_value or param.get("x-sdk-client-header") is True:
            constants.add(param["name"])
    for prop in (*endpoint.query_parameters, *endpoint.header_parameters):
        if raw(prop.name) in constants:
            continue
        keywords.append(argument(prop))
    for prop in (*endpoint.path_parameters, *endpoint.query_parameters):
        imports_of(prop, api.package, imports)
    body_model = body_annotation = None
    body_fields: list[Argument] = []
    body_required = False
    if len(endpoint.bodies) > 1:
        raise SystemExit(f"{endpoint.name}: several request bodies")
    for body in endpoint.bodies:
        prop = body.prop
        imports_of(prop, api.package, imports)
        body_required = prop.required
        if isinstance(prop, ModelProperty):
            body_model = prop.class_info.name
            fields = [*(prop.required_properties or []), *(prop.optional_properties or [])]
            for sub in fields:
                imports_of(sub, api.package, imports)
            body_fields = [argument(sub, sentinel=True) for sub in fields]
        else:
            body_annotation = annotation(prop.get_type_string(no_optional=True))
    # a model body is its fields, one keyword each (a field may be called "body": createMessage)
    taken = [a.name for a in (*positional, *keywords, *body_fields)]
    reserved = RESERVED - {"body"} if body_model else RESERVED
    clash = reserved.intersection(taken) or {n for n in taken if taken.count(n) > 1}
    if clash:
        raise SystemExit(f"{operation['operationId']}: argument names {sorted(clash)} clash")
    result = success(endpoint)
    if result is not None and envelope:
        result = member(result, envelope)
    if result is None:
        returns, parse_expr = "None", "_none"
    else:
        imports_of(result, api.package, imports)
        returns = code(result.get_type_string(no_optional=True))
        if not isinstance(result, ModelProperty):
            raise SystemExit(f"{operation['operationId']}: result {returns} is not a model")
        parse_expr = f"{returns}.from_dict"
    tag = str(endpoint.tags[0])
    method = Method(
        name=name,
        operation_id=operation["operationId"],
        module=f"{api.package}.api.{tag}",
        module_alias=f"_{endpoint.name}",
        summary=text(endpoint.summary) or operation["operationId"],
        notes=notes,
        positional=positional,
        keywords=keywords,
        body_model=body_model,
        body_fields=body_fields,
        body_annotation=body_annotation,
        body_required=body_required,
        returns=returns,
        parse=parse_expr,
    )
    method.envelope = envelope
    method.paid = facts.spends_credits or facts.publishes  # takes idempotency_key=
    method.job = facts.job
    method.endpoint_name = str(endpoint.name)  # type: ignore[attr-defined]
    method.result_prop = result  # type: ignore[attr-defined]
    paging = facts.paging
    if paging is not None:
        assert result is not None
        assert paging.total_pages is not None
        items, items_prop = attribute_path(result, strip(paging.items, envelope))
        total, _ = attribute_path(result, strip(paging.total_pages, envelope))
        assert isinstance(items_prop, ListProperty)
        imports_of(items_prop.inner_property, api.package, imports)
        method.item = annotation(items_prop.inner_property.get_type_string(no_optional=True))
        if paging.page_in == "query":
            name = pyname(paging.page_name, endpoint)
            page_attr = next(a.name for a in keywords if a.name == name)
        else:
            page_attr = str(member(endpoint.bodies[0].prop, paging.page_name).python_name)
        method.paging = {
            "in": paging.page_in,
            "attr": page_attr,
            "first": paging.first,
            "items": tuple(items),
            "total": tuple(total),
        }
    batch = facts.batch
    if batch is not None:
        assert result is not None
        assert batch.limit is not None
        field_prop = member(endpoint.bodies[0].prop, batch.parameter_name)
        items, items_prop = attribute_path(result, strip(batch.items, envelope))
        assert isinstance(items_prop, ListProperty)
        imports_of(items_prop.inner_property, api.package, imports)
        method.item = annotation(items_prop.inner_property.get_type_string(no_optional=True))
        method.batch = {
            "attr": str(field_prop.python_name),
            "limit": batch.limit,
            "items": tuple(items),
        }
    return method


def pyname(spec_name: str, endpoint: Endpoint) -> str:
    """The Python name the generator gave a query parameter."""
    for prop in endpoint.query_parameters:
        if raw(prop.name) == spec_name:
            return str(prop.python_name)
    raise SystemExit(f"{endpoint.name}: no query parameter {spec_name}")


def strip(dotted: str, envelope: str) -> str:
    """A response path relative to the result member."""
    prefix = f"{envelope}." if envelope else ""
    if not dotted.startswith(prefix):
        raise SystemExit(f"{dotted} is not under {envelope}")
    return dotted[len(prefix) :]


def identifier(operation: Mapping[str, Any]) -> str:
    """The generator's Python name of an operation (its module and function names)."""
    return str(PythonIdentifier(operation["operationId"], prefix=""))


def tree(api: API) -> tuple[Resource, dict[str, set[str]]]:
    """The resource tree of one API, with the imports its modules need."""
    data, document = parse(api)
    by_name = {
        str(endpoint.name): endpoint
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    root = Resource("")
    methods: dict[str, Method] = {}
    imports: dict[str, set[str]] = {}
    for item in document["paths"].values():
        for operation in item.values():
            if not isinstance(operation, Mapping) or "operationId" not in operation:
                continue
            sdk_name = operation.get("x-sdk-name")
            if not sdk_name:
                raise SystemExit(f"{operation['operationId']} has no x-sdk-name")
            *parents, name = sdk_name.split(".")
            node = root
            for depth in range(len(parents)):
                key = ".".join(parents[: depth + 1])
                node = node.children.setdefault(parents[depth], Resource(key))
            own = imports.setdefault(node.path, set())
            method = build_method(
                api, document, by_name[identifier(operation)], operation, name, own
            )
            if any(m.name == name for m in node.methods) or name in node.children:
                raise SystemExit(f"x-sdk-name {sdk_name} is used twice")
            node.methods.append(method)
            methods[operation["operationId"]] = method
    for node_path, node in walk(root):
        jobs = [m for m in node.methods if m.job]
        if len(jobs) > 1:
            raise SystemExit(f"{node_path}: more than one job operation")
        for method in jobs:
            assert method.job is not None
            poll = methods[method.job.poll_operation]
            method.waited = poll.returns
            method.completed = completed_model(
                api, poll, method.job.result_fields, imports.setdefault(node_path, set())
            )
    return root, imports


def completed_model(
    api: API, poll: Method, result_fields: Iterable[str], imports: set[str]
) -> Mapping[str, Any]:
    """``Completed<Model>``: the poll operation's model with the fields the spec's
    ``x-rawugc-job`` ``resultFields`` guarantee on completion typed as set (no None, no
    Unset), for what the waits return."""
    model = poll.result_prop  # type: ignore[attr-defined]
    fields = []
    for spec_name in result_fields:
        prop = member(model, spec_name)
        inner = getattr(prop, "inner_properties", None) or [prop]
        types = [
            annotation(p.get_type_string(no_optional=True))
            for p in inner
            if code(p.get_type_string(no_optional=True)) != "None"
        ]
        for part in inner:
            imports_of(part, api.package, imports)
        fields.append({"name": str(prop.python_name), "spec": spec_name, "type": " | ".join(types)})
    return {"cls": f"Completed{poll.returns}", "base": poll.returns, "fields": fields}


def names(api: API, root: Resource) -> str:
    """The ``_names`` module of an API: the generator's Python names, for code that reads the
    spec at run time (the wait helpers, the CLI, the mocks) without renaming things itself."""
    data, document = parse(api)
    modules = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            modules[str(endpoint.name)] = f"{api.package}.api.{endpoint.tags[0]}.{endpoint.name}"
    operations = {}
    for item in document["paths"].values():
        for operation in item.values():
            if isinstance(operation, Mapping) and "operationId" in operation:
                operations[operation["operationId"]] = modules[identifier(operation)]
    parameters = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            props = [
                *endpoint.path_parameters,
                *endpoint.query_parameters,
                *endpoint.header_parameters,
            ]
            parameters[str(endpoint.name)] = {raw(p.name): str(p.python_name) for p in props}
    by_operation = {
        operation_id: parameters[module.rsplit(".", 1)[1]]
        for operation_id, module in operations.items()
    }
    attributes = {}
    for model in data.models:
        props = [*(model.required_properties or []), *(model.optional_properties or [])]
        attributes[model.class_info.name] = {raw(p.name): str(p.python_name) for p in props}
    lines = [
        f'"""Python names of the {api.title} spec, as openapi-python-client gave them."""',
        "",
        "# operationId -> the generated module of its functions",
        f"MODULES: dict[str, str] = {dict(sorted(operations.items()))!r}",
        "# operationId -> {spec parameter name: argument name}",
        f"PARAMETERS: dict[str, dict[str, str]] = {dict(sorted(by_operation.items()))!r}",
        "# operationId -> (resource module, sync class, async class, method)",
        f"RESOURCES: dict[str, tuple[str, str, str, str]] = {resources(api, root)!r}",
        "# model class -> {spec property name: attribute name}",
        f"ATTRIBUTES: dict[str, dict[str, str]] = {dict(sorted(attributes.items()))!r}",
        "",
    ]
    return "\n".join(lines)


def resources(api: API, root: Resource) -> dict[str, tuple[str, str, str, str]]:
    """Where each operation's typed method lives, for code that calls it by operationId."""
    found = {}
    for _, node in walk(root):
        module = f"{PACKAGE}.{api.name}.{node.module}"
        for method in node.methods:
            found[method.operation_id] = (module, node.cls, f"Async{node.cls}", method.name)
    return dict(sorted(found.items()))


def walk(node: Resource) -> Iterable[tuple[str, Resource]]:
    """Every resource below ``node`` (not the root itself)."""
    for child in node.children.values():
        yield child.path, child
        yield from walk(child)


def render(out: Path) -> None:
    """Write ``mediaapis_sdk`` under ``out`` and format it."""
    env = jinja2.Environment(  # noqa: S701 - renders Python source, not HTML
        loader=jinja2.FileSystemLoader(TEMPLATES),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    package = out / PACKAGE
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(
        env.get_template("package_init.py.jinja").render(apis=APIS)
    )
    (package / "py.typed").write_text("")
    for api in APIS:
        root, imports = tree(api)
        folder = package / api.name
        folder.mkdir()
        base_module, base_class = api.base.split(":")
        client = env.get_template("client.py.jinja").render(
            api=api, root=root, base_module=base_module, base_class=base_class
        )
        (folder / "__init__.py").write_text(client)
        (folder / "_names.py").write_text(names(api, root))
        for path, node in walk(root):
            module = env.get_template("resource.py.jinja").render(
                api=api, node=node, imports=sorted(imports.get(path, set()))
            )
            (folder / f"{node.module}.py").write_text(module)
    ruff = str(Path(sys.executable).parent / "ruff")
    settings = ["--isolated", "--line-length", "100", "--target-version", "py311"]
    subprocess.run(
        [ruff, "check", *settings, "--select", "F401,I", "--fix", "--quiet", str(package)],
        check=True,
    )
    subprocess.run([ruff, "format", *settings, "--quiet", str(package)], check=True)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    render(Path(sys.argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
