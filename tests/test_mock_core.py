"""The shared mock core (``mediaapis_mocks._core``) on a tiny spec of its own.

Routing, parameter and body validation, multipart, strict responses, hooks and faults, the
clocks and ids: everything both mocks rely on, tested without either API's knowledge.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import httpx
import pytest
from starlette.applications import Starlette
from starlette.routing import Mount

from mediaapis_mocks._core import (
    Call,
    Clock,
    Fault,
    Ids,
    ManualClock,
    MockApp,
    Operation,
    Refused,
    Reply,
    ResponseConformanceError,
    parse_multipart,
)
from mediaapis_mocks.server import InProcessTransport, LoopbackServer

ERROR = {
    "description": "error",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
}
ITEM = {
    "description": "item",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}},
}
SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "tiny", "version": "1"},
    "paths": {
        "/items/{itemId}": {
            "parameters": [{"$ref": "#/components/parameters/ItemId"}],
            "get": {
                "operationId": "getItem",
                "parameters": [
                    {
                        "name": "verbose",
                        "in": "query",
                        "schema": {"type": "boolean", "default": False},
                    }
                ],
                "responses": {"200": ITEM, "400": ERROR, "404": ERROR, "503": ERROR},
            },
            "put": {
                "operationId": "putItem",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["name"],
                                "additionalProperties": False,
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "size": {"type": "integer", "default": 3},
                                },
                            }
                        }
                    },
                },
                "responses": {"200": ITEM, "400": ERROR},
            },
        },
        "/files": {
            "post": {
                "operationId": "uploadThing",
                "requestBody": {
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "additionalProperties": False,
                                "properties": {
                                    "file": {"type": "string", "format": "binary"},
                                    "note": {"type": "string"},
                                },
                            }
                        }
                    }
                },
                "responses": {"200": ITEM, "400": ERROR},
            }
        },
    },
    "components": {
        "parameters": {
            "ItemId": {"$ref": "#/components/parameters/ItemIdBase"},
            "ItemIdBase": {
                "name": "itemId",
                "in": "path",
                "required": True,
                "schema": {"type": "string", "pattern": "^i[0-9]+$"},
            },
        },
        "schemas": {
            "Item": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}},
            },
            "Error": {"type": "object", "required": ["message"]},
        },
    },
}


class Echo(MockApp):
    """A mock of the tiny spec that echoes what it received."""

    def __init__(self, *, strict: bool = True) -> None:
        super().__init__(SPEC, strict=strict)
        self.finished: list[Call | None] = []
        self.broken = False

    def error(
        self,
        op: Operation | None,
        status: int,
        message: str,
        errors: list[tuple[str, str]] | None = None,
    ) -> Reply:
        return Reply(status, {"message": message, "errors": [list(e) for e in errors or []]})

    HANDLERS: ClassVar[dict[str, str]] = {
        "getItem": "get_item",
        "putItem": "put_item",
        "uploadThing": "upload_thing",
    }

    def handler_name(self, operation_id: str) -> str:
        return self.HANDLERS[operation_id]

    def finish(self, call: Call | None, reply: Reply) -> Reply:
        self.finished.append(call)
        return reply

    def response_headers(self, request: Any) -> dict[str, str]:
        return {"X-Seen": request.url.path, "X-Which": "default"}

    def get_item(self, call: Call) -> Reply:
        if call.params["itemId"] == "i0":
            raise Refused(self.error(call.operation, 404, "no item i0"))
        if self.broken:
            return Reply(200, {"id": 5})
        return Reply(200, {"id": call.params["itemId"], "verbose": call.params.get("verbose")})

    def put_item(self, call: Call) -> Reply:
        defaults = self.spec.body_defaults(call.operation)
        return Reply(200, {"id": call.params["itemId"], **defaults, **call.body})

    def upload_thing(self, call: Call) -> Reply:
        file = call.files["file"]
        payload = {"id": "f", "note": call.body.get("note"), "name": file.filename}
        return Reply(200, {**payload, "type": file.content_type, "size": len(file.data)})


@pytest.fixture
def echo() -> Echo:
    return Echo()


@pytest.fixture
def http(echo: Echo) -> Iterator[httpx.Client]:
    with httpx.Client(transport=InProcessTransport(echo), base_url="http://mock") as client:
        yield client


def test_path_parameters_come_from_the_path_item_through_a_ref_chain(http: httpx.Client) -> None:
    response = http.get("/items/i1", params={"verbose": "true"})
    assert response.status_code == 200
    assert response.json() == {"id": "i1", "verbose": True}


@pytest.mark.parametrize(
    ("path", "field"), [("/items/x1", "itemId"), ("/items/i1?verbose=maybe", "verbose")]
)
def test_invalid_parameters_are_refused_naming_them(
    http: httpx.Client, echo: Echo, path: str, field: str
) -> None:
    response = http.get(path)
    assert response.status_code == 400
    assert [e[0] for e in response.json()["errors"]] == [field]
    call = echo.finished[-1]
    assert call is not None
    assert call.operation.operation_id == "getItem"


def test_unknown_paths_and_methods(http: httpx.Client, echo: Echo) -> None:
    missing = http.get("/nowhere")
    assert missing.status_code == 404
    assert missing.headers["X-Seen"] == "/nowhere"  # response_headers reach unrouted replies
    assert echo.finished[-1] is None
    wrong = http.delete("/items/i1")
    assert wrong.status_code == 405
    assert wrong.headers["Allow"] == "GET, PUT"


def test_refused_answers_at_once_and_reply_headers_win(http: httpx.Client, echo: Echo) -> None:
    response = http.get("/items/i0")
    assert response.status_code == 404
    assert response.json()["message"] == "no item i0"
    assert response.headers["X-Which"] == "default"


def test_json_body_validation_and_defaults(http: httpx.Client, echo: Echo) -> None:
    assert http.put("/items/i1", json={"name": "a"}).json() == {"id": "i1", "size": 3, "name": "a"}
    cases: list[tuple[dict[str, Any], str, str]] = [
        ({}, "body", "is required"),
        (
            {"content": b"{nope", "headers": {"content-type": "application/json"}},
            "body",
            "is not JSON",
        ),
        ({"json": {"name": "a", "color": "red"}}, "color", "is not a known field"),
        ({"json": {"size": 1}}, "name", "is required"),
        ({"content": b"x", "headers": {"content-type": "text/plain"}}, "Content-Type", "must be"),
    ]
    for kwargs, field, message in cases:
        response = http.put("/items/i1", **kwargs)
        assert response.status_code == 400, kwargs
        assert response.json()["errors"][0][0] == field
        assert message in response.json()["errors"][0][1]


def test_multipart_fields_and_files(http: httpx.Client) -> None:
    files = {"file": ("a b.png", b"\x89PNG-data", "image/png")}
    response = http.post("/files", data={"note": "hi"}, files=files)
    assert response.status_code == 200
    assert response.json() == {
        "id": "f",
        "note": "hi",
        "name": "a b.png",
        "type": "image/png",
        "size": 9,
    }
    missing = http.post("/files", data={"note": "hi"}, files={"other": ("x", b"1", "text/plain")})
    assert missing.status_code == 400
    assert ["file", "is required"] in missing.json()["errors"]
    as_json = http.post("/files", json={"file": "x"})
    assert as_json.status_code == 400
    assert as_json.json()["errors"][0][0] == "Content-Type"


def test_parse_multipart_refuses_malformed_bodies() -> None:
    with pytest.raises(ValueError, match="boundary"):
        parse_multipart("multipart/form-data", b"")
    with pytest.raises(ValueError, match="malformed"):
        parse_multipart("multipart/form-data; boundary=xx", b"--xx\r\nbroken")


def test_strict_mode_refuses_nonconforming_responses(echo: Echo) -> None:
    echo.broken = True
    with (
        httpx.Client(transport=InProcessTransport(echo), base_url="http://mock") as client,
        pytest.raises(ResponseConformanceError, match="getItem 200"),
    ):
        client.get("/items/i1")
    lenient = Echo(strict=False)
    lenient.broken = True
    with httpx.Client(transport=InProcessTransport(lenient), base_url="http://mock") as client:
        assert client.get("/items/i1").json() == {"id": 5}


def test_mounted_app_routes_below_its_root_path(echo: Echo) -> None:
    app = Starlette(routes=[Mount("/api/v1", app=echo)])
    with httpx.Client(transport=InProcessTransport(app), base_url="http://mock") as client:
        assert client.get("/api/v1/items/i7").json()["id"] == "i7"


def test_status_fault_before_skips_the_handler(http: httpx.Client, echo: Echo) -> None:
    echo.faults.add("getItem", Fault("status", status=503))
    response = http.get("/items/i1")
    assert response.status_code == 503
    assert "injected" in response.json()["message"]
    assert echo.calls.get("getItem") is None
    assert http.get("/items/i1").status_code == 200  # times=1: used up


def test_status_fault_after_runs_the_handler(http: httpx.Client, echo: Echo) -> None:
    echo.faults.add("*", Fault("status", status=500, after=True, times=None))
    for _ in range(2):
        assert http.get("/items/i1").status_code == 500  # undocumented status: not checked
    assert echo.calls["getItem"] == 2
    echo.faults.clear()
    assert http.get("/items/i1").status_code == 200


@pytest.mark.parametrize("after", [False, True])
def test_body_faults(http: httpx.Client, echo: Echo, after: bool) -> None:
    echo.faults.add("getItem", Fault("malformed", after=after))
    echo.faults.add("getItem", Fault("truncated", after=after))
    echo.faults.add("getItem", Fault("delay", seconds=0.01, after=after))
    for _ in range(2):
        with pytest.raises(json.JSONDecodeError):
            http.get("/items/i1").json()
    assert http.get("/items/i1").json()["id"] == "i1"  # delayed, then as usual


def test_drop_fault_ends_the_connection() -> None:
    echo = Echo()
    echo.faults.add("getItem", Fault("drop"))
    with LoopbackServer(echo) as server, httpx.Client(base_url=server.base_url) as client:
        with pytest.raises(httpx.HTTPError):
            client.get("/items/i1")
        assert client.get("/items/i1").status_code == 200


def test_faults_count_down_per_operation() -> None:
    faults = Fault("status", times=2), Fault("delay", times=None)
    echo = Echo()
    echo.faults.add("getItem", faults[0])
    echo.faults.add("*", faults[1])
    taken = [echo.faults.take("getItem") for _ in range(3)]
    assert taken == [faults[0], faults[0], faults[1]]
    assert echo.faults.take("putItem") is faults[1]


def test_clocks_and_ids() -> None:
    clock = ManualClock(100.0)
    clock.advance(2.5)
    assert clock.now() == 102.5
    with pytest.raises(TypeError):
        Clock().advance(1)
    first, again, other = Ids(3), Ids(3), Ids(4)
    made = (first.new("vid"), first.new(length=8), first.number(1, 6))
    assert made == (again.new("vid"), again.new(length=8), again.number(1, 6))
    assert made[0].startswith("vid_")
    assert len(made[0]) == 20
    assert len(made[1]) == 8
    assert other.new("vid") != made[0]


def test_spec_index_defaults_and_parameters(echo: Echo) -> None:
    get_item = echo.spec.operations["getItem"]
    assert [(p["name"], p["in"]) for _, p in echo.spec.parameters(get_item)] == [
        ("itemId", "path"),
        ("verbose", "query"),
    ]
    assert echo.spec.parameters(get_item)[0][0] == "/components/parameters/ItemIdBase"
    assert echo.spec.parameter_defaults(get_item) == {"verbose": False}
    assert echo.spec.body_defaults(echo.spec.operations["putItem"]) == {"size": 3}
    assert echo.spec.body_media_types(echo.spec.operations["uploadThing"]) == [
        "multipart/form-data"
    ]


# --- typos fail at once; the clock as a callable; the package's exports --------------------------


def test_an_unknown_fault_kind_is_refused_naming_the_valid_ones() -> None:
    with pytest.raises(ValueError, match="'stauts' is not one of 'status', 'delay'") as caught:
        Fault(kind="stauts")  # type: ignore[arg-type]
    assert "'rate_limit'" in str(caught.value)
    with pytest.raises(ValueError, match="times"):
        Fault("status", times=0)
    with pytest.raises(ValueError, match="status"):
        Fault("status", status=5030)


def test_an_unknown_operation_id_is_refused_naming_the_valid_ones(echo: Echo) -> None:
    with pytest.raises(ValueError, match="unknown operationId 'getItems'") as caught:
        echo.faults.add("getItems", Fault("status"))
    message = str(caught.value)
    assert "did you mean 'getItem'" in message
    assert "'*' or one of getItem, putItem, uploadThing" in message
    with pytest.raises(TypeError, match="needs a Fault"):
        echo.faults.add("getItem", "status")  # type: ignore[arg-type]
    echo.faults.add("*", Fault("status"))  # every operation: still fine


def test_manual_clock_is_a_callable_that_sleeps_on_itself() -> None:
    clock = ManualClock(1000.0)
    assert clock() == 1000.0
    clock.sleep(2.0)  # no real time
    assert clock() == 1002.0
    clock.advance_to(1001.0)  # never backwards
    assert clock() == 1002.0
    with pytest.raises(ValueError, match="seconds must be >= 0"):
        clock.advance(-1)

    async def two_sleepers() -> None:
        await asyncio.gather(clock.asleep(5.0), clock.asleep(3.0))

    asyncio.run(two_sleepers())
    assert clock() == 1007.0  # concurrent sleepers wake together: 5 s, not 8 s
    assert abs(Clock()() - time.time()) < 5


def test_package_exports_the_public_pieces() -> None:
    import mediaapis_mocks
    from mediaapis_mocks import _clock, _faults, _keys, icp, rawugc, server

    expected = {
        "Fault": _faults.Fault,
        "Faults": _faults.Faults,
        "ManualClock": _clock.ManualClock,
        "Clock": _clock.Clock,
        "RawUGCMock": rawugc.RawUGCMock,
        "ICPMock": icp.ICPMock,
        "LoopbackServer": server.LoopbackServer,
        "InProcessTransport": server.InProcessTransport,
        "TEST_KEY": _keys.TEST_KEY,
        "TEST_ACCESS_KEY": _keys.TEST_ACCESS_KEY,
    }
    for name, value in expected.items():
        assert getattr(mediaapis_mocks, name) is value
        assert name in mediaapis_mocks.__all__
        assert name in dir(mediaapis_mocks)
    assert rawugc.TEST_KEY is _keys.TEST_KEY  # old import paths keep working
    with pytest.raises(AttributeError, match="no attribute 'Faultt'"):
        _ = mediaapis_mocks.Faultt


def test_package_is_typed_for_mypy_strict(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[1]
    assert (root / "mocks" / "mediaapis_mocks" / "py.typed").is_file()
    user = tmp_path / "user_test.py"
    user.write_text(
        "from mediaapis_mocks import Fault, ManualClock, RawUGCMock, ICPMock, LoopbackServer\n"
        "from mediaapis_mocks import TEST_KEY\n"
        "mock = RawUGCMock(clock=ManualClock())\n"
        'mock.faults.add("generateVideo", Fault(kind="status", status=503, after=True))\n'
        "key: str = TEST_KEY\n"
        "server: LoopbackServer = LoopbackServer(ICPMock())\n"
        'bad = Fault(kind="stauts")\n'
    )
    # the mocks are checked strictly; the client packages they import are not under test here
    (tmp_path / "mypy.ini").write_text(
        "[mypy]\nstrict = True\n"
        "[mypy-mediaapis.*,rawugc_client.*,volc_icp_client.*,mediaapis_sdk.*]\n"
        "follow_imports = silent\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(user)],
        cwd=tmp_path,
        env={
            **os.environ,
            "MYPYPATH": os.pathsep.join(str(root / d) for d in ("mocks", "overrides", "generated")),
        },
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    lines = [line for line in done.stdout.splitlines() if "error:" in line]
    assert len(lines) == 1, done.stdout  # only the typo, found by the Literal type
    assert "user_test.py:7" in lines[0]
    assert "stauts" in lines[0]


def test_the_mocks_operations_read_the_clients_facts_model() -> None:
    """A mock's operation holds its entry and its facts (``mediaapis.spec``), not a second copy
    of what they state: id, method and path come from the facts, with the schemas' limits."""
    import dataclasses

    from mediaapis._spec import load_spec
    from mediaapis.spec import operations
    from mediaapis_mocks._core import Operation, SpecIndex

    assert [f.name for f in dataclasses.fields(Operation)] == ["pointer", "spec", "facts"]
    index = SpecIndex(load_spec("volc_icp_client"))
    op = index.operations["getMediaInfo"]
    assert (op.operation_id, op.method, op.path) == (
        op.facts.operation_id,
        op.facts.method,
        op.facts.path,
    )
    assert op.facts.batch == operations("icp")["getMediaInfo"].batch
