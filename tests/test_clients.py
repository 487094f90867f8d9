"""The typed resource clients (``mediaapis.RawUGC`` / ``AsyncRawUGC`` / ``ICP`` / ``AsyncICP``).

Generated from the specs' ``x-sdk-name``; exercised against both mocks over loopback sockets.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx
import pytest

from mediaapis import ICP, AsyncICP, AsyncRawUGC, RawUGC, fields_of
from mediaapis._spec import iter_operations
from mediaapis.rawugc import RateLimit
from mediaapis_mocks.icp import TEST_ACCESS_KEY, TEST_SECRET_KEY, ICPMock
from mediaapis_mocks.rawugc import TEST_KEY, RawUGCMock
from mediaapis_mocks.server import LoopbackServer
from rawugc_client.models import (
    GenerateMusicRequest,
    GenerateVideoRequest,
    Video,
    VideoGenerationAccepted,
)
from volc_icp_client.models import ListUsersRequest, ListUsersResult, Owner

if TYPE_CHECKING:
    from tests.conftest import MakeICP

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("rawugc_client", "volc_icp_client")
IMAGE_MODEL: Any = "nano-banana-2"
FAST = {"video": 0.05, "image": 0.05, "music": 0.05}


@pytest.fixture(scope="module")
def rawugc_mock() -> RawUGCMock:  # the plugin's fixture is per test; these share one server
    return RawUGCMock(rate_limit=100_000, durations=FAST, queue_seconds=0.0)


@pytest.fixture(scope="module")
def rawugc_url(rawugc_mock: RawUGCMock) -> Iterator[str]:
    with LoopbackServer(rawugc_mock) as server:
        yield server.base_url


@pytest.fixture(scope="module")
def icp_url() -> Iterator[str]:
    with LoopbackServer(ICPMock()) as server:
        yield server.base_url


@pytest.fixture
def client(rawugc_url: str, rawugc_mock: RawUGCMock) -> Iterator[RawUGC]:
    rawugc_mock.reset()
    with RawUGC(TEST_KEY, base_url=rawugc_url, rate_limit=RateLimit(enabled=False)) as api:
        yield api


@pytest.fixture
def icp(make_icp: MakeICP) -> ICP:
    return make_icp()


def first_user(users: ListUsersResult) -> int:
    assert users.users
    return users.users[0].id


def sdk_names(package: str) -> dict[str, str]:
    return {op["operationId"]: op.get("x-sdk-name", "") for _, _, op in iter_operations(package)}


# -- the spec names every operation -------------------------------------------------------


@pytest.mark.parametrize("package", PACKAGES)
def test_every_operation_has_a_unique_sdk_name(package: str) -> None:
    names = sdk_names(package)
    missing = [op for op, name in names.items() if not name]
    assert missing == []
    assert len(set(names.values())) == len(names)
    for name in names.values():
        assert all(part.isidentifier() and part == part.lower() for part in name.split("."))


@pytest.mark.parametrize("cls", [RawUGC, AsyncRawUGC, ICP, AsyncICP])
def test_every_operation_is_a_method_of_the_client(cls: type[Any]) -> None:
    package = "rawugc_client" if "RawUGC" in cls.__name__ else "volc_icp_client"
    kwargs: dict[str, Any] = (
        {"api_key": "rk_test_x"}
        if package == "rawugc_client"
        else {"access_key_id": "AK", "secret_access_key": "SK"}
    )
    api = cls(**kwargs, base_url="http://127.0.0.1:9")
    for operation_id, name in sdk_names(package).items():
        *path, method = name.split(".")
        node = api
        for part in path:
            node = getattr(node, part)
        assert callable(getattr(node, method)), operation_id
        assert callable(getattr(node.with_raw_response, method)), operation_id


# -- the snippet, line by line against the mocks ---------------------------------


def test_rawugc_snippet(client: RawUGC, rawugc_mock: RawUGCMock) -> None:
    accepted = client.videos.generate(model="veo3", prompt="A cat reviews headphones")
    assert isinstance(accepted, VideoGenerationAccepted)
    seen: list[str] = []
    video = client.videos.generate_and_wait(
        model="veo3", prompt="...", on_progress=lambda v: seen.append(str(v.status))
    )
    assert isinstance(video, Video)
    assert video.status == "completed"
    assert video.url
    assert seen
    assert seen[-1] == "completed"
    edit = client.videos.add_captions(video_id=video.video_id, language="en")
    assert edit.version == 2
    ids = [v.video_id for v in client.videos.list(status="completed")]
    assert video.video_id in ids
    raw = client.videos.with_raw_response.get(video.video_id)
    assert raw.status_code == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.parse().video_id == video.video_id
    assert raw.operation == "getVideo"
    characters = client.characters.list()
    assert characters.count == len(characters.characters)


def test_icp_snippet(icp: ICP) -> None:
    users = icp.users.list(user_type="All")
    assert users.users
    owner = Owner(type_="PERSON", id=first_user(users))
    media = list(icp.media.list(owner=owner, page_size=1))  # one item a page: every page read
    assert len(media) > 1
    ids = [m.basic_info.media_id for m in media]
    infos = icp.media.get_info(media_ids=ids)
    assert [i.basic_info.media_id for i in infos] == ids


# -- arguments, bodies, options ------------------------------------------------------------


def test_a_model_built_elsewhere_is_sent_with_fields_of(client: RawUGC, icp: ICP) -> None:
    body = GenerateVideoRequest(model="veo3", prompt="from a model")
    accepted = client.videos.generate(**fields_of(body))
    assert accepted.video_id.startswith("vid_")
    track = client.music.generate(**fields_of(GenerateMusicRequest(prompt="lofi")))
    assert track.music_id  # its defaulted fields go as the model has them
    users = icp.users.list(**fields_of(ListUsersRequest(user_type="All")))
    assert users.users
    with pytest.raises(TypeError, match="fields_of takes a generated request model, got dict"):
        fields_of({"model": "veo3"})


def test_missing_required_field_names_it(client: RawUGC) -> None:
    with pytest.raises(TypeError, match=r"missing 1 required keyword-only argument: 'model'"):
        client.videos.generate(prompt="no model")  # type: ignore[call-arg]


def test_a_field_called_body_keeps_its_name(client: RawUGC) -> None:
    message = client.messages.create(name="hello", body="Hello {name}")
    assert message is not None


def test_per_call_timeout_headers_and_operation_reach_the_request(
    rawugc_url: str, rawugc_mock: RawUGCMock
) -> None:
    seen: list[httpx.Request] = []
    hooks = {"request": [seen.append]}
    limits = RateLimit(enabled=False)
    with RawUGC(TEST_KEY, base_url=rawugc_url, rate_limit=limits, event_hooks=hooks) as api:
        video = api.videos.generate(model="veo3", prompt="x")
        api.videos.get(video.video_id, timeout=3.5, extra_headers={"X-Trace": "t1"})
    request = seen[-1]
    assert request.url.path == f"/videos/{video.video_id}"
    assert request.headers["x-trace"] == "t1"
    assert request.extensions["timeout"]["read"] == 3.5
    assert request.extensions["mediaapis.operation"] == "getVideo"
    assert seen[0].extensions["mediaapis.operation"] == "generateVideo"


def test_rawugc_request_id_is_the_header_when_sent(client: RawUGC) -> None:
    raw = client.characters.with_raw_response.list()
    assert raw.request_id == raw.headers.get("x-request-id")


def test_icp_raw_response_carries_the_request_id(icp: ICP) -> None:
    raw = icp.users.with_raw_response.list(user_type="All")
    assert raw.request_id
    assert raw.parse().users


# -- pages and batches --------------------------------------------------------------------


def test_pages_iterate_every_item_of_every_page(client: RawUGC, rawugc_mock: RawUGCMock) -> None:
    for n in range(5):
        client.images.generate(model=IMAGE_MODEL, prompt=f"image {n}")
    page = client.images.list(limit=2)
    assert len(page.items) == 2
    assert page.number == 1
    assert page.has_next_page()
    pages = list(page.iter_pages())
    assert [len(p.items) for p in pages] == [2, 2, 1]
    assert len(list(client.images.list(limit=2))) == 5


def test_icp_pages_count_from_zero(icp: ICP) -> None:
    users = icp.users.list(user_type="All")
    page = icp.media.list(owner=Owner(type_="PERSON", id=first_user(users)), page_size=1)
    assert page.number == 0
    assert page.has_next_page()
    assert page.get_next_page().number == 1


def batch_sizes(icp: ICP, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str], list[int]]:
    """(a user's media ids, the number of ids each GetMediaInfo request sends from now)."""
    users = icp.users.list(user_type="All")
    owner = Owner(type_="PERSON", id=first_user(users))
    known = [m.basic_info.media_id for m in icp.media.list(owner=owner)]
    sizes: list[int] = []
    http: httpx.Client = icp.client.get_httpx_client()
    send = http.send

    def counting(request: httpx.Request, **kwargs: Any) -> httpx.Response:
        sizes.append(len(json.loads(request.content)["MediaIds"]))
        return send(request, **kwargs)

    monkeypatch.setattr(http, "send", counting)
    return known, sizes


def test_batches_follow_the_spec_limit(icp: ICP, monkeypatch: pytest.MonkeyPatch) -> None:
    known, sizes = batch_sizes(icp, monkeypatch)
    ids = (known * 20)[:45]
    infos = icp.media.get_info(media_ids=ids)
    assert sizes == [20, 20, 5]
    assert {i.basic_info.media_id for i in infos} == set(known)  # the mock answers each id once


def test_raw_variants_answer_the_one_request_a_method_sends(
    icp: ICP, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``with_raw_response`` runs the plain method and answers its request's raw response: a
    paged list's first page, a batch sent whole (one request, as the raw variants always
    did); the plain methods still page and batch."""
    owner = Owner(type_="PERSON", id=first_user(icp.users.list(user_type="All")))
    known = [m.basic_info.media_id for m in icp.media.list(owner=owner)]
    http: httpx.Client = icp.client.get_httpx_client()
    sent: list[str] = []
    send = http.send

    def counting(request: httpx.Request, **kwargs: Any) -> httpx.Response:
        sent.append(request.url.params["Action"])
        return send(request, **kwargs)

    monkeypatch.setattr(http, "send", counting)
    page = icp.media.with_raw_response.list(owner=owner, page_size=1)
    assert (page.status_code, page.operation, sent) == (200, "getMediaList", ["GetMediaList"])
    assert len(page.parse().media_infos or []) == 1
    assert page.request_id
    batch = icp.media.with_raw_response.get_info(media_ids=known[:3])
    assert sent[1:] == ["GetMediaInfo"]
    assert batch.operation == "getMediaInfo"
    assert len(icp.media.get_info(media_ids=known[:3])) == len(set(known[:3]))
    assert [m.basic_info.media_id for m in icp.media.list(owner=owner, page_size=1)] == known


def test_raw_variants_are_the_plain_methods_wrapped(client: RawUGC) -> None:
    raw = client.videos.with_raw_response
    assert raw.get.__wrapped__ == client.videos.get  # type: ignore[attr-defined]
    assert client.research.with_raw_response.content_plans is (
        client.research.content_plans.with_raw_response
    )
    assert not hasattr(raw, "generate_and_wait")  # waits are no single request
    assert not hasattr(raw, "wait_many")


def test_a_string_of_ids_is_refused(icp: ICP) -> None:
    with pytest.raises(TypeError, match="media_ids must be a list"):
        icp.media.get_info(media_ids="7161003855421587982")  # type: ignore[arg-type]


def test_empty_batch_sends_nothing(icp: ICP) -> None:
    assert icp.media.get_info(media_ids=[]) == []


# -- jobs ---------------------------------------------------------------------------------


def test_wait_by_id_and_wait_many(client: RawUGC) -> None:
    first = client.music.generate(prompt="lofi")
    track = client.music.wait(first.music_id)
    assert track.status == "completed"
    started = [client.images.generate(model=IMAGE_MODEL, prompt=f"p{n}") for n in range(3)]
    done = client.images.wait_many(started)
    assert [d.image_id for d in done] == [s.image_id for s in started]
    assert all(d.status == "completed" for d in done)


# -- async --------------------------------------------------------------------------------


async def test_async_clients(rawugc_url: str, icp_url: str, rawugc_mock: RawUGCMock) -> None:
    rawugc_mock.reset()
    async with AsyncRawUGC(
        TEST_KEY, base_url=rawugc_url, rate_limit=RateLimit(enabled=False)
    ) as api:
        video = await api.videos.generate_and_wait(model="veo3", prompt="async")
        assert video.url
        page = await api.videos.list(limit=1)
        assert page.number == 1
        assert [v.video_id async for v in page] == [video.video_id]
        assert [v.video_id async for v in api.videos.list(limit=1)] == [video.video_id]
        raw = await api.videos.with_raw_response.get(video.video_id)
        assert raw.parse().status == "completed"
    async with AsyncICP(TEST_ACCESS_KEY, TEST_SECRET_KEY, base_url=icp_url) as icp:
        users = await icp.users.list(user_type="All")
        owner = Owner(type_="PERSON", id=first_user(users))
        media = [m async for m in icp.media.list(owner=owner, page_size=1)]
        infos = await icp.media.get_info(media_ids=[m.basic_info.media_id for m in media])
        assert len(infos) == len(media) > 1


# -- what a user's type checker and importer see -------------------------------------------

USER_FILE = """
from mediaapis import ICP, APIResponse, RawUGC, fields_of
from rawugc_client.models import GenerateVideoRequest, VideoList
from volc_icp_client.models import ListUsersRequest, ListUsersResult, Owner

client = RawUGC()
accepted = client.videos.generate(model="veo3", prompt="A cat reviews headphones")
video = client.videos.generate_and_wait(model="veo3", prompt="...", on_progress=print)
client.videos.add_captions(video_id=video.video_id, language="en")
for v in client.videos.list(status="completed"):
    print(v.video_id)
raw = client.videos.with_raw_response.get("vid_123")
print(raw.headers, raw.request_id, raw.parse().url)
first: APIResponse[VideoList] = client.videos.with_raw_response.list(limit=2)
request = GenerateVideoRequest(model="veo3", prompt="A dog")  # a model built elsewhere
print(first.parse().videos, client.videos.with_raw_response.generate(**fields_of(request)))
icp = ICP()
users = icp.users.list(user_type="All")
for media in icp.media.list(owner=Owner(type_="PERSON", id=2)):
    print(media.basic_info)
infos = icp.media.get_info(media_ids=["7161003855421587982"])
print(accepted.video_id, users.users, infos[0].basic_info)
"""

MISTAKES = {
    "attribute": ("raw.parse().url", "raw.parse().urll", 'has no attribute "urll"'),
    "keyword": ('list(status="completed")', 'list(statuz="completed")', '"statuz"'),
    # each mistake names its argument (no overload hides which one is wrong)
    "enum": (
        'generate(model="veo3", prompt="A cat',
        'generate(model="veo4", prompt="A cat',
        'Argument "model" to "generate" of "Videos" has incompatible type "Literal[\'veo4\']"',
    ),
    "str": (
        'generate_and_wait(model="veo3"',
        'generate_and_wait(model=str("veo3")',
        'Argument "model" to "generate_and_wait" of "Videos" has incompatible type "str"',
    ),
    "missing": (
        'add_captions(video_id=video.video_id, language="en")',
        'add_captions(language="en")',
        'Missing named argument "video_id" for "add_captions" of "Videos"',
    ),
    "icp": ('users.list(user_type="All")', 'users.list(usertype="All")', '"usertype"'),
    "raw": ("with_raw_response.list(limit=2)", "with_raw_response.list(limt=2)", '"limt"'),
    "raw model": ("first.parse().videos", "first.parse().video", 'has no attribute "video"'),
}


def run_mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    (tmp_path / "service.py").write_text(textwrap.dedent(source))
    config = tmp_path / "mypy.ini"
    # as for an installed package: the generated function packages are not the user's to fix
    config.write_text(
        "[mypy]\nstrict = True\n"
        "[mypy-rawugc_client.*]\nignore_errors = True\n"
        "[mypy-volc_icp_client.*]\nignore_errors = True\n"
    )
    env = {"MYPYPATH": f"{ROOT / 'generated'}:{ROOT / 'overrides'}", "PATH": "/usr/bin:/bin"}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(config), "--cache-dir",
         str(tmp_path / ".mypy_cache"), "service.py"],  # a fresh cache: no stale verdict
        cwd=tmp_path, capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip


def test_user_file_passes_mypy_strict(tmp_path: Path) -> None:
    result = run_mypy(tmp_path, USER_FILE)
    assert result.returncode == 0, result.stdout


def test_mistakes_fail_mypy_strict(tmp_path: Path) -> None:
    source = USER_FILE
    for good, bad, _ in MISTAKES.values():
        assert good in source
        source = source.replace(good, bad)
    result = run_mypy(tmp_path, source)
    assert result.returncode == 1
    for name, (_, _, expected) in MISTAKES.items():
        line = next(n for n, text in enumerate(source.splitlines(), 1) if MISTAKES[name][1] in text)
        assert f"service.py:{line}: error" in result.stdout, (name, result.stdout)
        assert expected in result.stdout


def test_import_is_lazy() -> None:
    code = (
        "import sys, mediaapis; from mediaapis import RawUGC, ICP; "
        "prefixes = ('mediaapis_sdk.', 'rawugc_client.models', 'volc_icp_client.models'); "
        "print(sorted(m for m in sys.modules if m.startswith(prefixes)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['mediaapis_sdk.icp', 'mediaapis_sdk.rawugc']"


def test_attrs_and_the_generated_clients_load_with_the_first_client() -> None:
    """``import mediaapis`` (a CLI's start, a worker's import) costs no attrs: the generated
    clients' attrs classes load when a client is built (the import bench row)."""
    heavy = ("attrs", "rawugc_client.client", "volc_icp_client.client")
    code = (
        "import sys, mediaapis; from mediaapis import RawUGC, ICP; "
        f"print([m for m in {heavy!r} if m in sys.modules]); "
        "RawUGC('k'); ICP(access_key_id='a', secret_access_key='s'); "
        f"print([m for m in {heavy!r} if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", repr(list(heavy))]


def test_a_body_that_does_not_fit_the_model_is_a_typed_error() -> None:
    from mediaapis import MalformedResponseError

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"videoId": 1234})  # no status, wrong type

    api = RawUGC("rk_test_x", base_url="https://api.test", transport=httpx.MockTransport(handler))
    with pytest.raises(MalformedResponseError, match="getVideo: response does not match") as info:
        api.videos.get("vid_1")
    assert info.value.operation == "getVideo"
    assert info.value.status_code == 200


def test_a_returned_error_answer_parses_to_its_typed_error(
    rawugc_url: str, rawugc_mock: RawUGCMock
) -> None:
    from mediaapis.rawugc import NotFoundError

    limits = RateLimit(enabled=False)
    with RawUGC(TEST_KEY, base_url=rawugc_url, rate_limit=limits, raise_for_status=False) as api:
        raw = api.videos.with_raw_response.get("vid_missing")
        assert raw.status_code == 404
        with pytest.raises(NotFoundError) as info:
            raw.parse()
    assert info.value.operation == "getVideo"
    assert TEST_KEY not in str(info.value)


def test_a_closed_client_raises_a_typed_error_naming_it(
    rawugc_api_key: str, rawugc_server: LoopbackServer, icp_api: ICP
) -> None:
    """A call after ``close()`` is a ``ClientClosedError`` (a ``MediaAPIError`` and, as httpx's
    was, a ``RuntimeError``) naming the client, not httpx's bare ``RuntimeError``."""
    import mediaapis

    with RawUGC(rawugc_api_key, base_url=rawugc_server.base_url) as client:
        client.characters.list()
    with pytest.raises(mediaapis.ClientClosedError) as info:
        client.characters.list()
    assert isinstance(info.value, RuntimeError)
    assert f"RawUGC client for {rawugc_server.base_url}" in str(info.value)
    assert rawugc_api_key not in str(info.value)
    icp_api.close()
    with pytest.raises(mediaapis.ClientClosedError, match="ICP client"):
        icp_api.users.list()


def test_a_with_block_closes_the_async_client_it_used(
    rawugc_api_key: str, rawugc_server: LoopbackServer
) -> None:
    """``with RawUGC(...)`` around ``asyncio.run`` of its async calls closes the async httpx
    client too; a later async call is the typed error, not a request on a leaked pool."""
    import asyncio

    import mediaapis
    from rawugc_client.api.characters import list_characters

    with RawUGC(rawugc_api_key, base_url=rawugc_server.base_url) as client:
        asyncio.run(list_characters.asyncio_detailed(client=client.client))
        used = client.client.get_async_httpx_client()
    assert used.is_closed
    with pytest.raises(mediaapis.ClientClosedError):
        asyncio.run(list_characters.asyncio_detailed(client=client.client))


async def test_closing_from_a_running_loop_closes_the_async_client(
    rawugc_api_key: str, rawugc_server: LoopbackServer
) -> None:
    from rawugc_client.api.characters import list_characters

    client = RawUGC(rawugc_api_key, base_url=rawugc_server.base_url)
    await list_characters.asyncio_detailed(client=client.client)
    client.close()  # a sync close inside async code: the async client closes on this loop
    await asyncio_turns(3)
    assert client.client._async_client is not None
    assert client.client._async_client.is_closed


async def asyncio_turns(count: int) -> None:
    import asyncio

    for _ in range(count):
        await asyncio.sleep(0)


def _empty_object(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={}, headers={"x-request-id": "req_empty"})


def test_an_empty_body_through_the_generated_functions_is_a_typed_error() -> None:
    """``200 {}`` through the lower layer (the generated functions on ``client.client``, as
    the README shows them) and through a job wait: the API's ``MalformedResponseError``
    naming the operation, never a ``KeyError`` from a model's ``from_dict``."""
    from mediaapis import MalformedResponseError, rawugc
    from rawugc_client.api.characters import list_characters
    from rawugc_client.api.videos import get_video

    api = RawUGC(
        "rk_test_x", base_url="https://api.test", transport=httpx.MockTransport(_empty_object)
    )
    calls: list[Callable[[], object]] = [
        lambda: get_video.sync(client=api.client, video_id="vid_1"),
        lambda: get_video.sync_detailed(client=api.client, video_id="vid_1"),
        lambda: list_characters.sync(client=api.client),
        lambda: api.videos.wait("vid_1", timeout=5),
    ]
    operations = []
    for call in calls:
        with pytest.raises(rawugc.MalformedResponseError) as info:
            call()
        assert isinstance(info.value, MalformedResponseError)
        assert info.value.status_code == 200
        assert info.value.request_id == "req_empty"
        operations.append(info.value.operation)
    assert operations == ["getVideo", "getVideo", "listCharacters", "getVideo"]


def test_an_empty_icp_body_through_the_generated_functions_is_a_typed_error() -> None:
    from mediaapis import MalformedResponseError
    from mediaapis.icp import VolcCredentials, VolcResponseError
    from volc_icp_client.api.users import list_users

    api = ICP(
        credentials=VolcCredentials("AKLTexample", "secret"),
        base_url="https://icp.test",
        transport=httpx.MockTransport(_empty_object),
    )
    with pytest.raises(VolcResponseError) as info:
        list_users.sync(client=api.client, body=ListUsersRequest())
    assert isinstance(info.value, MalformedResponseError)
    assert info.value.operation == "listUsers"


async def test_an_empty_body_through_the_async_generated_functions_is_a_typed_error() -> None:
    from mediaapis import MalformedResponseError
    from rawugc_client.api.videos import get_video

    api = AsyncRawUGC(
        "rk_test_x", base_url="https://api.test", async_transport=httpx.MockTransport(_empty_object)
    )
    with pytest.raises(MalformedResponseError, match="getVideo"):
        await get_video.asyncio(client=api.client, video_id="vid_1")


def test_one_unset_sentinel_for_both_apis() -> None:
    """``mediaapis.Unset`` is the sentinel of both APIs' models: an ``isinstance`` check with it
    holds for a field of either, and it survives pickling as the same object."""
    import pickle

    import mediaapis
    import rawugc_client.types
    import volc_icp_client.types

    assert rawugc_client.types.Unset is volc_icp_client.types.Unset is mediaapis.Unset
    assert rawugc_client.types.UNSET is volc_icp_client.types.UNSET is mediaapis.UNSET
    from volc_icp_client.models import GetMediaListRequest

    unset_icp = GetMediaListRequest(owner=Owner(type_="PERSON", id=1)).team_space_name
    assert isinstance(unset_icp, mediaapis.Unset)
    assert isinstance(GenerateVideoRequest(model="veo3", prompt="p").image_urls, mediaapis.Unset)
    assert pickle.loads(pickle.dumps(mediaapis.UNSET)) is mediaapis.UNSET  # noqa: S301
    assert not mediaapis.UNSET
    assert repr(mediaapis.UNSET) == "UNSET"


def test_batch_size_is_the_typed_methods_and_the_helpers_send_through_it(
    icp: ICP, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``media.get_info(batch_size=)`` splits (the one splitter, checked against the spec's
    limit); ``mediaapis.icp.get_media_infos`` is that method over a generated client."""
    from mediaapis import icp as icp_helpers

    known, sizes = batch_sizes(icp, monkeypatch)
    ids = (known * 20)[:15]
    icp.media.get_info(media_ids=ids, batch_size=7)
    assert sizes == [7, 7, 1]
    sizes.clear()
    icp_helpers.get_media_infos(icp.client, iter(ids), batch_size=6)
    assert sizes == [6, 6, 3]
    with pytest.raises(ValueError, match="batch_size must be between 1 and 20, got 21"):
        icp.media.get_info(media_ids=ids, batch_size=21)
    with pytest.raises(TypeError, match="batch_size must be an integer"):
        icp.media.get_info(media_ids=ids, batch_size="7")  # type: ignore[arg-type]
    assert len(sizes) == 3  # refused before anything was sent
