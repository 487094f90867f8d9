"""Music: the ``music`` resource of the RawUGC API (generated; do not edit)."""

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
from rawugc_client.api.music import generate_music as _generate_music
from rawugc_client.api.music import get_music_track as _get_music_track
from rawugc_client.api.music import list_music_tracks as _list_music_tracks
from rawugc_client.models.generate_music_request import GenerateMusicRequest
from rawugc_client.models.job_status import JobStatus
from rawugc_client.models.music_generation_accepted import MusicGenerationAccepted
from rawugc_client.models.music_model import MusicModel
from rawugc_client.models.music_track import MusicTrack
from rawugc_client.models.music_track_list import MusicTrackList
from rawugc_client.types import UNSET, Unset

_GENERATE_MUSIC = Endpoint("generateMusic", _generate_music, MusicGenerationAccepted.from_dict)
_GET_MUSIC_TRACK = Endpoint("getMusicTrack", _get_music_track, MusicTrack.from_dict)
_LIST_MUSIC_TRACKS = Endpoint("listMusicTracks", _list_music_tracks, MusicTrackList.from_dict)
_PAGING_LIST_MUSIC_TRACKS = Paging("query", "page", 1, ("tracks",), ("pagination", "total_pages"))


class CompletedMusicTrack(MusicTrack):
    """A ``MusicTrack`` whose job completed, as the waits return it.

        What the spec's ``resultFields`` guarantee on completion is typed as set:
    ``audioUrl`` (a job reported completed without it is a ``MalformedResponseError``).
    """

    __slots__ = ()
    audio_url: str


class Music(SyncAPIResource):
    """Music operations."""

    @cached_property
    def with_raw_response(self) -> MusicWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return MusicWithRawResponse(self)

    def generate(
        self,
        *,
        prompt: str,
        model: MusicModel | Unset | NotGiven = NOT_GIVEN,
        instrumental: bool | Unset | NotGiven = NOT_GIVEN,
        title: str | Unset | NotGiven = NOT_GIVEN,
        style: str | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MusicGenerationAccepted:
        """Start a music generation job

        Spends credits (3 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GenerateMusicRequest,
                {
                    "prompt": prompt,
                    "model": model,
                    "instrumental": instrumental,
                    "title": title,
                    "style": style,
                },
                required=True,
            ),
        }

        return (
            self._request(
                _GENERATE_MUSIC, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()

    def generate_and_wait(
        self,
        *,
        prompt: str,
        model: MusicModel | Unset | NotGiven = NOT_GIVEN,
        instrumental: bool | Unset | NotGiven = NOT_GIVEN,
        title: str | Unset | NotGiven = NOT_GIVEN,
        style: str | Unset | NotGiven = NOT_GIVEN,
        on_progress: Callable[[MusicTrack], None] | None = None,
        wait_timeout: float | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CompletedMusicTrack:
        """Start a music generation job

        Spends credits (3 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        Then wait for the job (``wait``) and return it finished, its result set.
        ``on_progress`` gets the job as accepted, then every polled job. An error, Ctrl-C or
        cancellation once the job is accepted carries its ``job_id`` and a note naming the
        call that resumes the wait.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GenerateMusicRequest,
                {
                    "prompt": prompt,
                    "model": model,
                    "instrumental": instrumental,
                    "title": title,
                    "style": style,
                },
                required=True,
            ),
        }

        check_wait(wait_timeout, on_progress)
        accepted = (
            self._request(
                _GENERATE_MUSIC, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()
        with keep_job(accepted, asynchronous=False):
            if on_progress is not None:
                on_progress(as_accepted(MusicTrack, accepted, arguments.get("body")))
            return self.wait(accepted, on_progress=on_progress, timeout=wait_timeout)

    def wait(
        self,
        job: MusicGenerationAccepted | MusicTrack | str,
        *,
        on_progress: Callable[[MusicTrack], None] | None = None,
        timeout: float | None = None,
        min_interval: float | None = None,
        max_interval: float | None = None,
    ) -> CompletedMusicTrack:
        """Poll one job (an accepted answer, the job, or its id) until it completes.

        Raises ``JobFailedError`` when it fails and ``JobTimeoutError`` after ``timeout``
        seconds (default 30 minutes); ``on_progress`` gets every polled job. Any error
        leaving the wait (Ctrl-C included) carries ``job_id`` and a note to resume it.
        """
        return jobs_finished(
            self._client,
            cast(
                "CompletedMusicTrack",
                completed(
                    CompletedMusicTrack,
                    wait_job(
                        job_client(self._client),
                        job,
                        kind="generateMusic",
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
        jobs: Iterable[MusicGenerationAccepted | MusicTrack | str],
        *,
        return_exceptions: Literal[False] = False,
        on_progress: Callable[[MusicTrack], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedMusicTrack]: ...

    @overload
    def wait_many(
        self,
        jobs: Iterable[MusicGenerationAccepted | MusicTrack | str],
        *,
        return_exceptions: Literal[True],
        on_progress: Callable[[MusicTrack], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedMusicTrack | JobFailedError | JobPendingError]: ...

    def wait_many(
        self,
        jobs: Iterable[MusicGenerationAccepted | MusicTrack | str],
        *,
        return_exceptions: bool = False,
        on_progress: Callable[[MusicTrack], None] | None = None,
        timeout: float | None = None,
    ) -> (
        builtins.list[CompletedMusicTrack]
        | builtins.list[CompletedMusicTrack | JobFailedError | JobPendingError]
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
            kind="generateMusic",
            return_exceptions=return_exceptions,
            **job_options(self._client, timeout, None, None, on_progress, asynchronous=False),
        )
        return jobs_finished(self._client, [completed(CompletedMusicTrack, job) for job in found])

    def get(
        self,
        music_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MusicTrack:
        """Get a music track and its generation status"""

        arguments: dict[str, Any] = {
            "music_id": music_id,
        }

        return (self._request(_GET_MUSIC_TRACK, arguments, timeout, extra_headers)).parse()

    def list(
        self,
        *,
        status: JobStatus | Unset = UNSET,
        limit: int | Unset = 20,
        page: int | Unset = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[MusicTrack]:
        """List music tracks

        Every page, item by item, when iterated.
        """

        arguments: dict[str, Any] = {
            "status": status,
            "limit": limit,
            "page": page,
        }

        return self._page(
            _LIST_MUSIC_TRACKS, _PAGING_LIST_MUSIC_TRACKS, arguments, timeout, extra_headers
        )


class AsyncMusic(AsyncAPIResource):
    """Music operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncMusicWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncMusicWithRawResponse(self)

    async def generate(
        self,
        *,
        prompt: str,
        model: MusicModel | Unset | NotGiven = NOT_GIVEN,
        instrumental: bool | Unset | NotGiven = NOT_GIVEN,
        title: str | Unset | NotGiven = NOT_GIVEN,
        style: str | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MusicGenerationAccepted:
        """Start a music generation job

        Spends credits (3 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GenerateMusicRequest,
                {
                    "prompt": prompt,
                    "model": model,
                    "instrumental": instrumental,
                    "title": title,
                    "style": style,
                },
                required=True,
            ),
        }

        return (
            await self._request(
                _GENERATE_MUSIC, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()

    async def generate_and_wait(
        self,
        *,
        prompt: str,
        model: MusicModel | Unset | NotGiven = NOT_GIVEN,
        instrumental: bool | Unset | NotGiven = NOT_GIVEN,
        title: str | Unset | NotGiven = NOT_GIVEN,
        style: str | Unset | NotGiven = NOT_GIVEN,
        on_progress: Callable[[MusicTrack], None] | None = None,
        wait_timeout: float | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CompletedMusicTrack:
        """Start a music generation job

        Spends credits (3 per call).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        Then wait for the job (``wait``) and return it finished, its result set.
        ``on_progress`` gets the job as accepted, then every polled job. An error, Ctrl-C or
        cancellation once the job is accepted carries its ``job_id`` and a note naming the
        call that resumes the wait.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GenerateMusicRequest,
                {
                    "prompt": prompt,
                    "model": model,
                    "instrumental": instrumental,
                    "title": title,
                    "style": style,
                },
                required=True,
            ),
        }

        check_wait(wait_timeout, on_progress)
        accepted = (
            await self._request(
                _GENERATE_MUSIC, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()
        with keep_job(accepted, asynchronous=True):
            if on_progress is not None:
                on_progress(as_accepted(MusicTrack, accepted, arguments.get("body")))
            return await self.wait(accepted, on_progress=on_progress, timeout=wait_timeout)

    async def wait(
        self,
        job: MusicGenerationAccepted | MusicTrack | str,
        *,
        on_progress: Callable[[MusicTrack], None] | None = None,
        timeout: float | None = None,
        min_interval: float | None = None,
        max_interval: float | None = None,
    ) -> CompletedMusicTrack:
        """Poll one job (an accepted answer, the job, or its id) until it completes.

        Raises ``JobFailedError`` when it fails and ``JobTimeoutError`` after ``timeout``
        seconds (default 30 minutes); ``on_progress`` gets every polled job. Any error
        leaving the wait (Ctrl-C included) carries ``job_id`` and a note to resume it.
        """
        return jobs_finished(
            self._client,
            cast(
                "CompletedMusicTrack",
                completed(
                    CompletedMusicTrack,
                    await await_job(
                        job_client(self._client),
                        job,
                        kind="generateMusic",
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
        jobs: Iterable[MusicGenerationAccepted | MusicTrack | str],
        *,
        return_exceptions: Literal[False] = False,
        on_progress: Callable[[MusicTrack], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedMusicTrack]: ...

    @overload
    async def wait_many(
        self,
        jobs: Iterable[MusicGenerationAccepted | MusicTrack | str],
        *,
        return_exceptions: Literal[True],
        on_progress: Callable[[MusicTrack], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedMusicTrack | JobFailedError | JobPendingError]: ...

    async def wait_many(
        self,
        jobs: Iterable[MusicGenerationAccepted | MusicTrack | str],
        *,
        return_exceptions: bool = False,
        on_progress: Callable[[MusicTrack], None] | None = None,
        timeout: float | None = None,
    ) -> (
        builtins.list[CompletedMusicTrack]
        | builtins.list[CompletedMusicTrack | JobFailedError | JobPendingError]
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
            kind="generateMusic",
            return_exceptions=return_exceptions,
            **job_options(self._client, timeout, None, None, on_progress, asynchronous=True),
        )
        return jobs_finished(self._client, [completed(CompletedMusicTrack, job) for job in found])

    async def get(
        self,
        music_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> MusicTrack:
        """Get a music track and its generation status"""

        arguments: dict[str, Any] = {
            "music_id": music_id,
        }

        return (await self._request(_GET_MUSIC_TRACK, arguments, timeout, extra_headers)).parse()

    def list(
        self,
        *,
        status: JobStatus | Unset = UNSET,
        limit: int | Unset = 20,
        page: int | Unset = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[MusicTrack]:
        """List music tracks

        Every page, item by item, when iterated.
        """

        arguments: dict[str, Any] = {
            "status": status,
            "limit": limit,
            "page": page,
        }

        return self._paginator(
            _LIST_MUSIC_TRACKS, _PAGING_LIST_MUSIC_TRACKS, arguments, timeout, extra_headers
        )


class MusicWithRawResponse:
    """Music operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Music) -> None:
        self._resource = resource
        self.generate = to_raw_response_wrapper(_GENERATE_MUSIC)(resource.generate)
        self.get = to_raw_response_wrapper(_GET_MUSIC_TRACK)(resource.get)
        self.list = to_raw_response_wrapper(_LIST_MUSIC_TRACKS)(resource.list)


class AsyncMusicWithRawResponse:
    """Music operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncMusic) -> None:
        self._resource = resource
        self.generate = async_to_raw_response_wrapper(_GENERATE_MUSIC)(resource.generate)
        self.get = async_to_raw_response_wrapper(_GET_MUSIC_TRACK)(resource.get)
        self.list = async_to_raw_response_wrapper(_LIST_MUSIC_TRACKS)(resource.list)
