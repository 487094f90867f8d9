"""Videos: the ``videos`` resource of the RawUGC API (generated; do not edit)."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from typing import Any, Literal, cast, overload

from mediaapis._pages import AsyncPaginator, Paging, SyncPage
from mediaapis._resource import (
    NOT_GIVEN,
    AsyncAPIResource,
    Endpoint,
    NotGiven,
    SyncAPIResource,
    Timeout,
    async_to_raw_response_wrapper,
    job_client,
    job_options,
    jobs_finished,
    model_body,
    to_raw_response_wrapper,
)
from mediaapis.rawugc.errors import JobFailedError, JobPendingError
from mediaapis.rawugc.jobs import (
    as_accepted,
    await_job,
    await_jobs,
    check_wait,
    completed,
    keep_job,
    wait_job,
    wait_jobs,
)
from rawugc_client.api.videos import add_video_captions as _add_video_captions
from rawugc_client.api.videos import add_video_overlay as _add_video_overlay
from rawugc_client.api.videos import generate_video as _generate_video
from rawugc_client.api.videos import get_video as _get_video
from rawugc_client.api.videos import list_videos as _list_videos
from rawugc_client.models.add_video_captions_request import AddVideoCaptionsRequest
from rawugc_client.models.add_video_overlay_request import AddVideoOverlayRequest
from rawugc_client.models.generate_video_request import GenerateVideoRequest
from rawugc_client.models.generate_video_request_character_orientation import (
    GenerateVideoRequestCharacterOrientation,
)
from rawugc_client.models.generate_video_request_mode import (
    GenerateVideoRequestMode,
)
from rawugc_client.models.generate_video_request_n_frames import (
    GenerateVideoRequestNFrames,
)
from rawugc_client.models.job_status import JobStatus
from rawugc_client.models.overlay_position import OverlayPosition
from rawugc_client.models.video import Video
from rawugc_client.models.video_aspect_ratio import VideoAspectRatio
from rawugc_client.models.video_edit_result import VideoEditResult
from rawugc_client.models.video_generation_accepted import VideoGenerationAccepted
from rawugc_client.models.video_list import VideoList
from rawugc_client.models.video_model import VideoModel
from rawugc_client.types import UNSET, Unset

_GENERATE_VIDEO = Endpoint("generateVideo", _generate_video, VideoGenerationAccepted.from_dict)
_GET_VIDEO = Endpoint("getVideo", _get_video, Video.from_dict)
_LIST_VIDEOS = Endpoint("listVideos", _list_videos, VideoList.from_dict)
_PAGING_LIST_VIDEOS = Paging("query", "page", 1, ("videos",), ("pagination", "total_pages"))
_ADD_VIDEO_CAPTIONS = Endpoint("addVideoCaptions", _add_video_captions, VideoEditResult.from_dict)
_ADD_VIDEO_OVERLAY = Endpoint("addVideoOverlay", _add_video_overlay, VideoEditResult.from_dict)


class CompletedVideo(Video):
    """A ``Video`` whose job completed, as the waits return it.

        What the spec's ``resultFields`` guarantee on completion is typed as set:
    ``url`` (a job reported completed without it is a ``MalformedResponseError``).
    """

    __slots__ = ()
    url: str


class Videos(SyncAPIResource):
    """Videos operations."""

    @cached_property
    def with_raw_response(self) -> VideosWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return VideosWithRawResponse(self)

    def generate(
        self,
        *,
        model: VideoModel,
        prompt: str | Unset | NotGiven = NOT_GIVEN,
        image_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        video_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: VideoAspectRatio | Unset | NotGiven = NOT_GIVEN,
        n_frames: GenerateVideoRequestNFrames | Unset | NotGiven = NOT_GIVEN,
        selected_character: str | Unset | NotGiven = NOT_GIVEN,
        character_orientation: GenerateVideoRequestCharacterOrientation
        | Unset
        | NotGiven = NOT_GIVEN,
        mode: GenerateVideoRequestMode | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VideoGenerationAccepted:
        """Start a video generation job

        Spends credits (see creditsUsed).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GenerateVideoRequest,
                {
                    "model": model,
                    "prompt": prompt,
                    "image_urls": image_urls,
                    "video_urls": video_urls,
                    "aspect_ratio": aspect_ratio,
                    "n_frames": n_frames,
                    "selected_character": selected_character,
                    "character_orientation": character_orientation,
                    "mode": mode,
                },
                required=True,
            ),
        }

        return (
            self._request(
                _GENERATE_VIDEO, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()

    def generate_and_wait(
        self,
        *,
        model: VideoModel,
        prompt: str | Unset | NotGiven = NOT_GIVEN,
        image_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        video_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: VideoAspectRatio | Unset | NotGiven = NOT_GIVEN,
        n_frames: GenerateVideoRequestNFrames | Unset | NotGiven = NOT_GIVEN,
        selected_character: str | Unset | NotGiven = NOT_GIVEN,
        character_orientation: GenerateVideoRequestCharacterOrientation
        | Unset
        | NotGiven = NOT_GIVEN,
        mode: GenerateVideoRequestMode | Unset | NotGiven = NOT_GIVEN,
        on_progress: Callable[[Video], None] | None = None,
        wait_timeout: float | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CompletedVideo:
        """Start a video generation job

        Spends credits (see creditsUsed).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        Then wait for the job (``wait``) and return it finished, its result set.
        ``on_progress`` gets the job as accepted, then every polled job. An error, Ctrl-C or
        cancellation once the job is accepted carries its ``job_id`` and a note naming the
        call that resumes the wait.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GenerateVideoRequest,
                {
                    "model": model,
                    "prompt": prompt,
                    "image_urls": image_urls,
                    "video_urls": video_urls,
                    "aspect_ratio": aspect_ratio,
                    "n_frames": n_frames,
                    "selected_character": selected_character,
                    "character_orientation": character_orientation,
                    "mode": mode,
                },
                required=True,
            ),
        }

        check_wait(wait_timeout, on_progress)
        accepted = (
            self._request(
                _GENERATE_VIDEO, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()
        with keep_job(accepted, asynchronous=False):
            if on_progress is not None:
                on_progress(as_accepted(Video, accepted, arguments.get("body")))
            return self.wait(accepted, on_progress=on_progress, timeout=wait_timeout)

    def wait(
        self,
        job: VideoGenerationAccepted | Video | str,
        *,
        on_progress: Callable[[Video], None] | None = None,
        timeout: float | None = None,
        min_interval: float | None = None,
        max_interval: float | None = None,
    ) -> CompletedVideo:
        """Poll one job (an accepted answer, the job, or its id) until it completes.

        Raises ``JobFailedError`` when it fails and ``JobTimeoutError`` after ``timeout``
        seconds (default 30 minutes); ``on_progress`` gets every polled job. Any error
        leaving the wait (Ctrl-C included) carries ``job_id`` and a note to resume it.
        """
        return jobs_finished(
            self._client,
            cast(
                "CompletedVideo",
                completed(
                    CompletedVideo,
                    wait_job(
                        job_client(self._client),
                        job,
                        kind="generateVideo",
                        **job_options(
                            self._client,
                            timeout,
                            min_interval,
                            max_interval,
                            on_progress,
                            asynchronous=False,
                        ),
                    ),
                ),
            ),
        )

    @overload
    def wait_many(
        self,
        jobs: Iterable[VideoGenerationAccepted | Video | str],
        *,
        return_exceptions: Literal[False] = False,
        on_progress: Callable[[Video], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedVideo]: ...

    @overload
    def wait_many(
        self,
        jobs: Iterable[VideoGenerationAccepted | Video | str],
        *,
        return_exceptions: Literal[True],
        on_progress: Callable[[Video], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedVideo | JobFailedError | JobPendingError]: ...

    def wait_many(
        self,
        jobs: Iterable[VideoGenerationAccepted | Video | str],
        *,
        return_exceptions: bool = False,
        on_progress: Callable[[Video], None] | None = None,
        timeout: float | None = None,
    ) -> (
        builtins.list[CompletedVideo]
        | builtins.list[CompletedVideo | JobFailedError | JobPendingError]
    ):
        """Wait for many jobs (accepted answers, jobs or ids) through the list operation (a
        fraction of a request per job).

        Results come in the order given; a failed job raises ``JobFailedError`` and the
        deadline ``JobTimeoutError``, or, with ``return_exceptions=True``, a failed job takes
        its place in the list and so does a ``JobPendingError`` for each job still running at
        the deadline, the finished ones keeping theirs. Any error leaving the wait (Ctrl-C
        included) carries ``results`` (job id -> finished job) and ``pending`` (job id ->
        last status).
        """
        found = wait_jobs(
            job_client(self._client),
            list(jobs),
            kind="generateVideo",
            return_exceptions=return_exceptions,
            **job_options(self._client, timeout, None, None, on_progress, asynchronous=False),
        )
        return jobs_finished(self._client, [completed(CompletedVideo, job) for job in found])

    def get(
        self,
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Video:
        """Get a video and its generation status"""

        arguments: dict[str, Any] = {
            "video_id": video_id,
        }

        return (self._request(_GET_VIDEO, arguments, timeout, extra_headers)).parse()

    def list(
        self,
        *,
        status: JobStatus | Unset = UNSET,
        limit: int | Unset = 50,
        page: int | Unset = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[Video]:
        """List videos

        Every page, item by item, when iterated.
        """

        arguments: dict[str, Any] = {
            "status": status,
            "limit": limit,
            "page": page,
        }

        return self._page(_LIST_VIDEOS, _PAGING_LIST_VIDEOS, arguments, timeout, extra_headers)

    def add_captions(
        self,
        *,
        video_id: str,
        language: str | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VideoEditResult:
        """Add styled captions to a video

        Spends credits (1 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                AddVideoCaptionsRequest,
                {
                    "video_id": video_id,
                    "language": language,
                },
                required=True,
            ),
        }

        return (
            self._request(
                _ADD_VIDEO_CAPTIONS,
                arguments,
                timeout,
                extra_headers,
                idempotency_key=idempotency_key,
            )
        ).parse()

    def add_overlay(
        self,
        *,
        video_id: str,
        text: str,
        position: OverlayPosition | Unset | NotGiven = NOT_GIVEN,
        font_size: int | Unset | NotGiven = NOT_GIVEN,
        top_bottom_margin: int | Unset | NotGiven = NOT_GIVEN,
        stroke_thickness: float | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VideoEditResult:
        """Add a text overlay to a video

        Spends credits (see creditsUsed).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                AddVideoOverlayRequest,
                {
                    "video_id": video_id,
                    "text": text,
                    "position": position,
                    "font_size": font_size,
                    "top_bottom_margin": top_bottom_margin,
                    "stroke_thickness": stroke_thickness,
                },
                required=True,
            ),
        }

        return (
            self._request(
                _ADD_VIDEO_OVERLAY,
                arguments,
                timeout,
                extra_headers,
                idempotency_key=idempotency_key,
            )
        ).parse()


class AsyncVideos(AsyncAPIResource):
    """Videos operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncVideosWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncVideosWithRawResponse(self)

    async def generate(
        self,
        *,
        model: VideoModel,
        prompt: str | Unset | NotGiven = NOT_GIVEN,
        image_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        video_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: VideoAspectRatio | Unset | NotGiven = NOT_GIVEN,
        n_frames: GenerateVideoRequestNFrames | Unset | NotGiven = NOT_GIVEN,
        selected_character: str | Unset | NotGiven = NOT_GIVEN,
        character_orientation: GenerateVideoRequestCharacterOrientation
        | Unset
        | NotGiven = NOT_GIVEN,
        mode: GenerateVideoRequestMode | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VideoGenerationAccepted:
        """Start a video generation job

        Spends credits (see creditsUsed).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GenerateVideoRequest,
                {
                    "model": model,
                    "prompt": prompt,
                    "image_urls": image_urls,
                    "video_urls": video_urls,
                    "aspect_ratio": aspect_ratio,
                    "n_frames": n_frames,
                    "selected_character": selected_character,
                    "character_orientation": character_orientation,
                    "mode": mode,
                },
                required=True,
            ),
        }

        return (
            await self._request(
                _GENERATE_VIDEO, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()

    async def generate_and_wait(
        self,
        *,
        model: VideoModel,
        prompt: str | Unset | NotGiven = NOT_GIVEN,
        image_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        video_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: VideoAspectRatio | Unset | NotGiven = NOT_GIVEN,
        n_frames: GenerateVideoRequestNFrames | Unset | NotGiven = NOT_GIVEN,
        selected_character: str | Unset | NotGiven = NOT_GIVEN,
        character_orientation: GenerateVideoRequestCharacterOrientation
        | Unset
        | NotGiven = NOT_GIVEN,
        mode: GenerateVideoRequestMode | Unset | NotGiven = NOT_GIVEN,
        on_progress: Callable[[Video], None] | None = None,
        wait_timeout: float | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CompletedVideo:
        """Start a video generation job

        Spends credits (see creditsUsed).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        Then wait for the job (``wait``) and return it finished, its result set.
        ``on_progress`` gets the job as accepted, then every polled job. An error, Ctrl-C or
        cancellation once the job is accepted carries its ``job_id`` and a note naming the
        call that resumes the wait.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GenerateVideoRequest,
                {
                    "model": model,
                    "prompt": prompt,
                    "image_urls": image_urls,
                    "video_urls": video_urls,
                    "aspect_ratio": aspect_ratio,
                    "n_frames": n_frames,
                    "selected_character": selected_character,
                    "character_orientation": character_orientation,
                    "mode": mode,
                },
                required=True,
            ),
        }

        check_wait(wait_timeout, on_progress)
        accepted = (
            await self._request(
                _GENERATE_VIDEO, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()
        with keep_job(accepted, asynchronous=True):
            if on_progress is not None:
                on_progress(as_accepted(Video, accepted, arguments.get("body")))
            return await self.wait(accepted, on_progress=on_progress, timeout=wait_timeout)

    async def wait(
        self,
        job: VideoGenerationAccepted | Video | str,
        *,
        on_progress: Callable[[Video], None] | None = None,
        timeout: float | None = None,
        min_interval: float | None = None,
        max_interval: float | None = None,
    ) -> CompletedVideo:
        """Poll one job (an accepted answer, the job, or its id) until it completes.

        Raises ``JobFailedError`` when it fails and ``JobTimeoutError`` after ``timeout``
        seconds (default 30 minutes); ``on_progress`` gets every polled job. Any error
        leaving the wait (Ctrl-C included) carries ``job_id`` and a note to resume it.
        """
        return jobs_finished(
            self._client,
            cast(
                "CompletedVideo",
                completed(
                    CompletedVideo,
                    await await_job(
                        job_client(self._client),
                        job,
                        kind="generateVideo",
                        **job_options(
                            self._client,
                            timeout,
                            min_interval,
                            max_interval,
                            on_progress,
                            asynchronous=True,
                        ),
                    ),
                ),
            ),
        )

    @overload
    async def wait_many(
        self,
        jobs: Iterable[VideoGenerationAccepted | Video | str],
        *,
        return_exceptions: Literal[False] = False,
        on_progress: Callable[[Video], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedVideo]: ...

    @overload
    async def wait_many(
        self,
        jobs: Iterable[VideoGenerationAccepted | Video | str],
        *,
        return_exceptions: Literal[True],
        on_progress: Callable[[Video], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedVideo | JobFailedError | JobPendingError]: ...

    async def wait_many(
        self,
        jobs: Iterable[VideoGenerationAccepted | Video | str],
        *,
        return_exceptions: bool = False,
        on_progress: Callable[[Video], None] | None = None,
        timeout: float | None = None,
    ) -> (
        builtins.list[CompletedVideo]
        | builtins.list[CompletedVideo | JobFailedError | JobPendingError]
    ):
        """Wait for many jobs (accepted answers, jobs or ids) through the list operation (a
        fraction of a request per job).

        Results come in the order given; a failed job raises ``JobFailedError`` and the
        deadline ``JobTimeoutError``, or, with ``return_exceptions=True``, a failed job takes
        its place in the list and so does a ``JobPendingError`` for each job still running at
        the deadline, the finished ones keeping theirs. Any error leaving the wait (Ctrl-C
        included) carries ``results`` (job id -> finished job) and ``pending`` (job id ->
        last status).
        """
        found = await await_jobs(
            job_client(self._client),
            list(jobs),
            kind="generateVideo",
            return_exceptions=return_exceptions,
            **job_options(self._client, timeout, None, None, on_progress, asynchronous=True),
        )
        return jobs_finished(self._client, [completed(CompletedVideo, job) for job in found])

    async def get(
        self,
        video_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Video:
        """Get a video and its generation status"""

        arguments: dict[str, Any] = {
            "video_id": video_id,
        }

        return (await self._request(_GET_VIDEO, arguments, timeout, extra_headers)).parse()

    def list(
        self,
        *,
        status: JobStatus | Unset = UNSET,
        limit: int | Unset = 50,
        page: int | Unset = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[Video]:
        """List videos

        Every page, item by item, when iterated.
        """

        arguments: dict[str, Any] = {
            "status": status,
            "limit": limit,
            "page": page,
        }

        return self._paginator(_LIST_VIDEOS, _PAGING_LIST_VIDEOS, arguments, timeout, extra_headers)

    async def add_captions(
        self,
        *,
        video_id: str,
        language: str | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VideoEditResult:
        """Add styled captions to a video

        Spends credits (1 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                AddVideoCaptionsRequest,
                {
                    "video_id": video_id,
                    "language": language,
                },
                required=True,
            ),
        }

        return (
            await self._request(
                _ADD_VIDEO_CAPTIONS,
                arguments,
                timeout,
                extra_headers,
                idempotency_key=idempotency_key,
            )
        ).parse()

    async def add_overlay(
        self,
        *,
        video_id: str,
        text: str,
        position: OverlayPosition | Unset | NotGiven = NOT_GIVEN,
        font_size: int | Unset | NotGiven = NOT_GIVEN,
        top_bottom_margin: int | Unset | NotGiven = NOT_GIVEN,
        stroke_thickness: float | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> VideoEditResult:
        """Add a text overlay to a video

        Spends credits (see creditsUsed).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                AddVideoOverlayRequest,
                {
                    "video_id": video_id,
                    "text": text,
                    "position": position,
                    "font_size": font_size,
                    "top_bottom_margin": top_bottom_margin,
                    "stroke_thickness": stroke_thickness,
                },
                required=True,
            ),
        }

        return (
            await self._request(
                _ADD_VIDEO_OVERLAY,
                arguments,
                timeout,
                extra_headers,
                idempotency_key=idempotency_key,
            )
        ).parse()


class VideosWithRawResponse:
    """Videos operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Videos) -> None:
        self._resource = resource
        self.generate = to_raw_response_wrapper(_GENERATE_VIDEO)(resource.generate)
        self.get = to_raw_response_wrapper(_GET_VIDEO)(resource.get)
        self.list = to_raw_response_wrapper(_LIST_VIDEOS)(resource.list)
        self.add_captions = to_raw_response_wrapper(_ADD_VIDEO_CAPTIONS)(resource.add_captions)
        self.add_overlay = to_raw_response_wrapper(_ADD_VIDEO_OVERLAY)(resource.add_overlay)


class AsyncVideosWithRawResponse:
    """Videos operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncVideos) -> None:
        self._resource = resource
        self.generate = async_to_raw_response_wrapper(_GENERATE_VIDEO)(resource.generate)
        self.get = async_to_raw_response_wrapper(_GET_VIDEO)(resource.get)
        self.list = async_to_raw_response_wrapper(_LIST_VIDEOS)(resource.list)
        self.add_captions = async_to_raw_response_wrapper(_ADD_VIDEO_CAPTIONS)(
            resource.add_captions
        )
        self.add_overlay = async_to_raw_response_wrapper(_ADD_VIDEO_OVERLAY)(resource.add_overlay)
