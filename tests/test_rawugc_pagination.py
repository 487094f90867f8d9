"""Iterating over every item of the paginated lists the spec declares, sync and async."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

import pytest

from mediaapis import rawugc
from mediaapis_mocks import TEST_ORG, RawUGCMock
from rawugc_client.api.characters import list_characters
from rawugc_client.api.images import generate_image, list_images
from rawugc_client.api.music import list_music_tracks
from rawugc_client.api.videos import generate_video, list_videos
from rawugc_client.models import GenerateImageRequest, GenerateVideoRequest, VideoGenerationAccepted

if TYPE_CHECKING:
    from tests.conftest import MakeRawUGC


@pytest.fixture
def api(rawugc_mock: RawUGCMock, make_rawugc: MakeRawUGC) -> rawugc.RawUGC:
    key = f"pages-{uuid.uuid4().hex}"
    rawugc_mock.add_key(key, org=TEST_ORG, rate_limit=100_000)
    rawugc_mock.set_credits(TEST_ORG, 100_000)
    return make_rawugc(key)


def make_videos(api: rawugc.RawUGC, mock: RawUGCMock, count: int) -> list[str]:
    ids = []
    for index in range(count):
        body = GenerateVideoRequest(model="veo3_fast", prompt=f"video {index}")
        accepted = generate_video.sync(client=api.client, body=body)
        assert isinstance(accepted, VideoGenerationAccepted)
        ids.append(accepted.video_id)
        mock.clock.advance(1)
    return ids


def test_the_paginated_lists_come_from_the_spec() -> None:
    assert rawugc.paginated_operations() == ["listVideos", "listImages", "listMusicTracks"]
    with pytest.raises(ValueError, match="not a paginated list"):
        list(rawugc.paginate(rawugc.RawUGC("k"), list_characters))


@pytest.mark.parametrize("page_size", [None, 7, 1])
def test_every_video_once_newest_first(
    api: rawugc.RawUGC, rawugc_mock: RawUGCMock, page_size: int | None
) -> None:
    ids = make_videos(api, rawugc_mock, 23)
    before = rawugc_mock.calls.get("listVideos", 0)
    seen = [v.video_id for v in rawugc.paginate(api, list_videos, page_size=page_size)]
    assert seen[: len(ids)] == ids[::-1]
    assert len(seen) == len(set(seen))
    pages = rawugc_mock.calls["listVideos"] - before
    expected = -(-len(seen) // (page_size or 100))  # the largest page the spec allows
    assert pages == expected


def test_filters_pass_through(api: rawugc.RawUGC, rawugc_mock: RawUGCMock) -> None:
    make_videos(api, rawugc_mock, 3)
    rawugc_mock.clock.advance(500)
    make_videos(api, rawugc_mock, 2)
    completed = list(rawugc.paginate(api, "listVideos", status="completed"))
    pending = list(rawugc.paginate(api, list_videos, status="pending", page_size=1))
    assert {v.status for v in completed} == {"completed"}
    assert len(pending) == 2


def test_images_and_music(api: rawugc.RawUGC) -> None:
    for index in range(3):
        body = GenerateImageRequest(model="nano-banana-2", prompt=f"image {index}")
        generate_image.sync(client=api.client, body=body)
    assert len(list(rawugc.paginate(api, list_images, page_size=2))) >= 3
    tracks = list(rawugc.paginate(api, list_music_tracks))
    assert all(hasattr(t, "music_id") for t in tracks)


async def test_async_pagination(api: rawugc.RawUGC, rawugc_mock: RawUGCMock) -> None:
    ids = make_videos(api, rawugc_mock, 5)
    seen: list[Any] = []
    async with api:
        async for item in rawugc.apaginate(api, list_videos, page_size=2):
            seen.append(item.video_id)
    assert seen[:5] == ids[::-1]
    assert len(seen) == len(set(seen))


def test_bad_arguments_are_refused_at_the_call_naming_them(api: rawugc.RawUGC) -> None:
    """Before any page is asked for (not at the first ``next``), sync and async alike."""
    for paginate in (rawugc.paginate, rawugc.apaginate):
        with pytest.raises(ValueError, match="operation 'x' is not a paginated list") as info:
            paginate(api, "x")
        assert "listVideos" in str(info.value)
        with pytest.raises(ValueError, match="operation 'getVideo' is not a paginated list"):
            paginate(api, "getVideo")
        with pytest.raises(TypeError, match="operation must be"):
            paginate(api, 123)  # type: ignore[arg-type]
        for size in (0, 101, -1, 2.5, True):
            with pytest.raises(ValueError, match=r"page_size must be (between 1 and 100|an int)"):
                paginate(api, list_videos, page_size=size)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="client must be"):
            paginate("sk-key", list_videos)  # type: ignore[arg-type]
