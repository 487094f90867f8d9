"""Every request example of ``openapi/rawugc.yaml`` is served by the RawUGC mock (2xx).

Schemathesis' examples phase sends them; a mock that refuses its own spec's examples (the
``https://cdn.rawugc.com/uploads/org_123/…`` URLs once got 400 "unknown upload") makes the
spec and the mock disagree. Ids that must name something that exists (a video to caption,
accounts to post to, a scrape to plan from, the item a path names) are replaced with ids of
things made first; everything else is sent exactly as the spec writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from mediaapis._spec import load_spec
from mediaapis_mocks import TEST_KEY, ManualClock, RawUGCMock
from mediaapis_mocks.server import InProcessTransport

SPEC = load_spec("rawugc_client")
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def body_examples() -> Iterator[tuple[str, str, str, str, str, Any]]:
    """(operationId, method, path, media type, example name, value) of every body example."""
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            content = op.get("requestBody", {}).get("content", {}) if isinstance(op, dict) else {}
            for media_type, media in content.items():
                for name, example in media.get("examples", {}).items():
                    yield op["operationId"], method, path, media_type, name, example["value"]


EXAMPLES = list(body_examples())


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[httpx.Client, dict[str, Any]]]:
    """A mock, a client, and the ids the examples' references are replaced with."""
    clock = ManualClock()
    mock = RawUGCMock(clock=clock, rate_limit=10_000)
    headers = {"Authorization": f"Bearer {TEST_KEY}"}
    with httpx.Client(
        transport=InProcessTransport(mock), base_url="http://mock", headers=headers
    ) as client:
        video = _post(client, "generateVideo")
        clock.advance(3600)  # completed: it can take captions and overlays
        accounts = [a["accountId"] for a in client.get("/social/accounts").json()["accounts"]]
        scrape = _post(client, "scrapeTiktok")
        ids = {"videoId": video.json()["videoId"], "accountIds": accounts[:1]}
        ids["scrapeId"] = scrape.json()["scrapeId"]
        yield client, ids


def _post(client: httpx.Client, operation_id: str) -> httpx.Response:
    """POST the first body example of an operation."""
    path, value = next((e[2], e[5]) for e in EXAMPLES if e[0] == operation_id)
    return client.post(path, json=value)


def _made(client: httpx.Client, ids: dict[str, Any], path: str) -> str:
    """The id of a new item of the collection ``path`` names (made from its create example)."""
    collection = path.split("/{")[0]
    create = next(
        value
        for _, method, p, _, _, value in EXAMPLES
        if method == "post" and p == collection and isinstance(value, dict)
    )
    made = client.post(collection, json=_with_ids(create, ids))
    assert made.is_success, made.text
    found: str = made.json().get("id") or made.json()["postId"]
    return found


def _with_ids(value: dict[str, Any], ids: dict[str, Any]) -> dict[str, Any]:
    return {key: ids.get(key, item) for key, item in value.items()}


@pytest.mark.parametrize(
    ("operation_id", "method", "path", "media_type", "name", "value"),
    EXAMPLES,
    ids=[f"{e[0]}-{e[4]}" for e in EXAMPLES],
)
def test_every_request_example_is_served(
    served: tuple[httpx.Client, dict[str, Any]],
    operation_id: str,
    method: str,
    path: str,
    media_type: str,
    name: str,
    value: Any,
) -> None:
    client, ids = served
    url = re.sub(r"\{\w+\}", lambda _: _made(client, ids, path), path)
    if media_type == "multipart/form-data":
        response = client.request(method, url, files={"file": ("bottle.png", PNG, "image/png")})
    else:
        response = client.request(method, url, json=_with_ids(value, ids))
    assert response.is_success, f"{operation_id} example {name!r}: {response.text}"


def test_the_examples_use_upload_urls_the_mock_did_not_make() -> None:
    uploads = [e for e in EXAMPLES if "cdn.rawugc.com/uploads/org_123/" in repr(e[5])]
    assert {e[0] for e in uploads} >= {"createProduct", "generateImage", "updateProduct"}
