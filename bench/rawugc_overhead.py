"""Per-call cost of the RawUGC client stack over bare httpx, for a 50-item ``listVideos`` page.

Both clients send the same GET through the same in-process transport (canned bytes, no socket)
and parse the JSON body; the stack adds the bearer auth, the operation lookup, the rate limiter
(engaged: the transport advertises a limit), retry bookkeeping, the error check and the body
buffering. Each figure is the best of many short interleaved repeats (35 of 100 calls): on this
machine longer blocks let load drift swing the ratio by 0.3.
"""

from __future__ import annotations

import json
import timeit
import uuid

import httpx

from mediaapis import rawugc

from ._results import Row

BASE_URL = "https://rawugc.com/api/v1"
HEADERS = {
    "content-type": "application/json",
    "x-ratelimit-limit": "1000000",
    "x-ratelimit-remaining": "999999",
    "x-ratelimit-reset": "0",
}


def page_of_videos(count: int = 50) -> bytes:
    videos: list[dict[str, object]] = [
        {
            "videoId": f"vid_{index:08x}",
            "status": "completed",
            "model": "veo3_fast",
            "prompt": "Close-up of hands applying serum, warm morning light.",
            "creditsUsed": 10,
            "url": f"https://cdn.rawugc.com/videos/vid_{index:08x}/v1.mp4",
            "createdAt": "2026-03-06T12:00:00Z",
            "completedAt": "2026-03-06T12:02:41Z",
            "failCode": None,
            "failMessage": None,
            "versions": [],
        }
        for index in range(count)
    ]
    pagination = {"page": 1, "limit": count, "total": count, "totalPages": 1}
    return json.dumps({"videos": videos, "pagination": pagination}).encode()


def run(number: int = 100, repeat: int = 35) -> list[Row]:
    body = page_of_videos()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, headers=HEADERS, content=body)
    )
    bare = httpx.Client(
        base_url=BASE_URL,
        transport=transport,
        headers={"Authorization": "Bearer bench", "RawUGC-Version": "2026-03-06"},
    )
    stack = rawugc.RawUGC(f"bench-{uuid.uuid4().hex}", transport=transport)
    client = stack.client.get_httpx_client()
    params = {"limit": 50}

    def baseline() -> None:
        assert len(bare.get("/videos", params=params).json()["videos"]) == 50

    def ours() -> None:
        assert len(client.get("/videos", params=params).json()["videos"]) == 50

    baseline()
    ours()  # warm both (spec load, route cache, limiter learns the limit)
    times = {"bare": [], "ours": []}  # type: dict[str, list[float]]
    for _ in range(repeat):  # interleaved, so drift hits both alike
        times["bare"].append(timeit.timeit(baseline, number=number) / number * 1e6)
        times["ours"].append(timeit.timeit(ours, number=number) / number * 1e6)
    rows = [
        Row(
            "RawUGC stack vs bare httpx, time per 50-item list call",
            min(times["ours"]),
            "us",
            min(times["bare"]),
            1.5,
        )
    ]
    return rows + typed_first_page(transport, number // 4, repeat)


def typed_first_page(transport: httpx.MockTransport, number: int, repeat: int) -> list[Row]:
    """``client.videos.list(limit=50)`` (first page, typed items) against bare httpx doing the
    same work by hand: GET, JSON, ``VideoList.from_dict`` (what a user of the generated models
    writes without the client), through the same in-process transport."""
    from mediaapis import RawUGC
    from rawugc_client.models import VideoList

    bare = httpx.Client(
        base_url=BASE_URL,
        transport=transport,
        headers={"Authorization": "Bearer bench", "RawUGC-Version": "2026-03-06"},
    )
    client = RawUGC(f"bench-{uuid.uuid4().hex}", transport=transport)

    def baseline() -> None:
        page = VideoList.from_dict(bare.get("/videos", params={"limit": 50}).json())
        assert len(page.videos) == 50

    def ours() -> None:
        assert len(client.videos.list(limit=50).items) == 50

    baseline()
    ours()
    times: dict[str, list[float]] = {"bare": [], "ours": []}
    for _ in range(repeat):
        times["bare"].append(timeit.timeit(baseline, number=number) / number * 1e6)
        times["ours"].append(timeit.timeit(ours, number=number) / number * 1e6)
    return [
        Row(
            "client.videos.list() first page vs bare httpx + VideoList.from_dict",
            min(times["ours"]),
            "us",
            min(times["bare"]),
            1.25,
        )
    ]
