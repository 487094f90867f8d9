"""Images: the ``images`` resource of the RawUGC API (generated; do not edit)."""

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
from rawugc_client.api.images import generate_image as _generate_image
from rawugc_client.api.images import get_image as _get_image
from rawugc_client.api.images import list_images as _list_images
from rawugc_client.models.generate_image_request import GenerateImageRequest
from rawugc_client.models.image import Image
from rawugc_client.models.image_generation_accepted import ImageGenerationAccepted
from rawugc_client.models.image_list import ImageList
from rawugc_client.models.image_model import ImageModel
from rawugc_client.models.image_output_format import ImageOutputFormat
from rawugc_client.models.image_resolution import ImageResolution
from rawugc_client.models.job_status import JobStatus
from rawugc_client.types import UNSET, Unset

_GENERATE_IMAGE = Endpoint("generateImage", _generate_image, ImageGenerationAccepted.from_dict)
_GET_IMAGE = Endpoint("getImage", _get_image, Image.from_dict)
_LIST_IMAGES = Endpoint("listImages", _list_images, ImageList.from_dict)
_PAGING_LIST_IMAGES = Paging("query", "page", 1, ("images",), ("pagination", "total_pages"))


class CompletedImage(Image):
    """A ``Image`` whose job completed, as the waits return it.

        What the spec's ``resultFields`` guarantee on completion is typed as set:
    ``url`` (a job reported completed without it is a ``MalformedResponseError``).
    """

    __slots__ = ()
    url: str


class Images(SyncAPIResource):
    """Images operations."""

    @cached_property
    def with_raw_response(self) -> ImagesWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return ImagesWithRawResponse(self)

    def generate(
        self,
        *,
        model: ImageModel,
        prompt: str,
        image_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: str | Unset | NotGiven = NOT_GIVEN,
        image_size: str | Unset | NotGiven = NOT_GIVEN,
        resolution: ImageResolution | Unset | NotGiven = NOT_GIVEN,
        output_format: ImageOutputFormat | Unset | NotGiven = NOT_GIVEN,
        google_search: bool | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ImageGenerationAccepted:
        """Start an image generation job

        Spends credits (see creditsUsed).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GenerateImageRequest,
                {
                    "model": model,
                    "prompt": prompt,
                    "image_urls": image_urls,
                    "aspect_ratio": aspect_ratio,
                    "image_size": image_size,
                    "resolution": resolution,
                    "output_format": output_format,
                    "google_search": google_search,
                },
                required=True,
            ),
        }

        return (
            self._request(
                _GENERATE_IMAGE, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()

    def generate_and_wait(
        self,
        *,
        model: ImageModel,
        prompt: str,
        image_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: str | Unset | NotGiven = NOT_GIVEN,
        image_size: str | Unset | NotGiven = NOT_GIVEN,
        resolution: ImageResolution | Unset | NotGiven = NOT_GIVEN,
        output_format: ImageOutputFormat | Unset | NotGiven = NOT_GIVEN,
        google_search: bool | Unset | NotGiven = NOT_GIVEN,
        on_progress: Callable[[Image], None] | None = None,
        wait_timeout: float | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CompletedImage:
        """Start an image generation job

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
                GenerateImageRequest,
                {
                    "model": model,
                    "prompt": prompt,
                    "image_urls": image_urls,
                    "aspect_ratio": aspect_ratio,
                    "image_size": image_size,
                    "resolution": resolution,
                    "output_format": output_format,
                    "google_search": google_search,
                },
                required=True,
            ),
        }

        check_wait(wait_timeout, on_progress)
        accepted = (
            self._request(
                _GENERATE_IMAGE, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()
        with keep_job(accepted, asynchronous=False):
            if on_progress is not None:
                on_progress(as_accepted(Image, accepted, arguments.get("body")))
            return self.wait(accepted, on_progress=on_progress, timeout=wait_timeout)

    def wait(
        self,
        job: ImageGenerationAccepted | Image | str,
        *,
        on_progress: Callable[[Image], None] | None = None,
        timeout: float | None = None,
        min_interval: float | None = None,
        max_interval: float | None = None,
    ) -> CompletedImage:
        """Poll one job (an accepted answer, the job, or its id) until it completes.

        Raises ``JobFailedError`` when it fails and ``JobTimeoutError`` after ``timeout``
        seconds (default 30 minutes); ``on_progress`` gets every polled job. Any error
        leaving the wait (Ctrl-C included) carries ``job_id`` and a note to resume it.
        """
        return jobs_finished(
            self._client,
            cast(
                "CompletedImage",
                completed(
                    CompletedImage,
                    wait_job(
                        job_client(self._client),
                        job,
                        kind="generateImage",
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
        jobs: Iterable[ImageGenerationAccepted | Image | str],
        *,
        return_exceptions: Literal[False] = False,
        on_progress: Callable[[Image], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedImage]: ...

    @overload
    def wait_many(
        self,
        jobs: Iterable[ImageGenerationAccepted | Image | str],
        *,
        return_exceptions: Literal[True],
        on_progress: Callable[[Image], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedImage | JobFailedError | JobPendingError]: ...

    def wait_many(
        self,
        jobs: Iterable[ImageGenerationAccepted | Image | str],
        *,
        return_exceptions: bool = False,
        on_progress: Callable[[Image], None] | None = None,
        timeout: float | None = None,
    ) -> (
        builtins.list[CompletedImage]
        | builtins.list[CompletedImage | JobFailedError | JobPendingError]
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
            kind="generateImage",
            return_exceptions=return_exceptions,
            **job_options(self._client, timeout, None, None, on_progress, asynchronous=False),
        )
        return jobs_finished(self._client, [completed(CompletedImage, job) for job in found])

    def get(
        self,
        image_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Image:
        """Get an image and its generation status"""

        arguments: dict[str, Any] = {
            "image_id": image_id,
        }

        return (self._request(_GET_IMAGE, arguments, timeout, extra_headers)).parse()

    def list(
        self,
        *,
        status: JobStatus | Unset = UNSET,
        limit: int | Unset = 20,
        page: int | Unset = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPage[Image]:
        """List images

        Every page, item by item, when iterated.
        """

        arguments: dict[str, Any] = {
            "status": status,
            "limit": limit,
            "page": page,
        }

        return self._page(_LIST_IMAGES, _PAGING_LIST_IMAGES, arguments, timeout, extra_headers)


class AsyncImages(AsyncAPIResource):
    """Images operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncImagesWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncImagesWithRawResponse(self)

    async def generate(
        self,
        *,
        model: ImageModel,
        prompt: str,
        image_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: str | Unset | NotGiven = NOT_GIVEN,
        image_size: str | Unset | NotGiven = NOT_GIVEN,
        resolution: ImageResolution | Unset | NotGiven = NOT_GIVEN,
        output_format: ImageOutputFormat | Unset | NotGiven = NOT_GIVEN,
        google_search: bool | Unset | NotGiven = NOT_GIVEN,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ImageGenerationAccepted:
        """Start an image generation job

        Spends credits (see creditsUsed).
        Sent once: a lost answer is looked up (x-rawugc-reconcile);
        idempotency_key= makes a repeat return the recorded answer.
        """

        arguments: dict[str, Any] = {
            "body": model_body(
                GenerateImageRequest,
                {
                    "model": model,
                    "prompt": prompt,
                    "image_urls": image_urls,
                    "aspect_ratio": aspect_ratio,
                    "image_size": image_size,
                    "resolution": resolution,
                    "output_format": output_format,
                    "google_search": google_search,
                },
                required=True,
            ),
        }

        return (
            await self._request(
                _GENERATE_IMAGE, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()

    async def generate_and_wait(
        self,
        *,
        model: ImageModel,
        prompt: str,
        image_urls: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        aspect_ratio: str | Unset | NotGiven = NOT_GIVEN,
        image_size: str | Unset | NotGiven = NOT_GIVEN,
        resolution: ImageResolution | Unset | NotGiven = NOT_GIVEN,
        output_format: ImageOutputFormat | Unset | NotGiven = NOT_GIVEN,
        google_search: bool | Unset | NotGiven = NOT_GIVEN,
        on_progress: Callable[[Image], None] | None = None,
        wait_timeout: float | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CompletedImage:
        """Start an image generation job

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
                GenerateImageRequest,
                {
                    "model": model,
                    "prompt": prompt,
                    "image_urls": image_urls,
                    "aspect_ratio": aspect_ratio,
                    "image_size": image_size,
                    "resolution": resolution,
                    "output_format": output_format,
                    "google_search": google_search,
                },
                required=True,
            ),
        }

        check_wait(wait_timeout, on_progress)
        accepted = (
            await self._request(
                _GENERATE_IMAGE, arguments, timeout, extra_headers, idempotency_key=idempotency_key
            )
        ).parse()
        with keep_job(accepted, asynchronous=True):
            if on_progress is not None:
                on_progress(as_accepted(Image, accepted, arguments.get("body")))
            return await self.wait(accepted, on_progress=on_progress, timeout=wait_timeout)

    async def wait(
        self,
        job: ImageGenerationAccepted | Image | str,
        *,
        on_progress: Callable[[Image], None] | None = None,
        timeout: float | None = None,
        min_interval: float | None = None,
        max_interval: float | None = None,
    ) -> CompletedImage:
        """Poll one job (an accepted answer, the job, or its id) until it completes.

        Raises ``JobFailedError`` when it fails and ``JobTimeoutError`` after ``timeout``
        seconds (default 30 minutes); ``on_progress`` gets every polled job. Any error
        leaving the wait (Ctrl-C included) carries ``job_id`` and a note to resume it.
        """
        return jobs_finished(
            self._client,
            cast(
                "CompletedImage",
                completed(
                    CompletedImage,
                    await await_job(
                        job_client(self._client),
                        job,
                        kind="generateImage",
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
        jobs: Iterable[ImageGenerationAccepted | Image | str],
        *,
        return_exceptions: Literal[False] = False,
        on_progress: Callable[[Image], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedImage]: ...

    @overload
    async def wait_many(
        self,
        jobs: Iterable[ImageGenerationAccepted | Image | str],
        *,
        return_exceptions: Literal[True],
        on_progress: Callable[[Image], None] | None = None,
        timeout: float | None = None,
    ) -> builtins.list[CompletedImage | JobFailedError | JobPendingError]: ...

    async def wait_many(
        self,
        jobs: Iterable[ImageGenerationAccepted | Image | str],
        *,
        return_exceptions: bool = False,
        on_progress: Callable[[Image], None] | None = None,
        timeout: float | None = None,
    ) -> (
        builtins.list[CompletedImage]
        | builtins.list[CompletedImage | JobFailedError | JobPendingError]
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
            kind="generateImage",
            return_exceptions=return_exceptions,
            **job_options(self._client, timeout, None, None, on_progress, asynchronous=True),
        )
        return jobs_finished(self._client, [completed(CompletedImage, job) for job in found])

    async def get(
        self,
        image_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Image:
        """Get an image and its generation status"""

        arguments: dict[str, Any] = {
            "image_id": image_id,
        }

        return (await self._request(_GET_IMAGE, arguments, timeout, extra_headers)).parse()

    def list(
        self,
        *,
        status: JobStatus | Unset = UNSET,
        limit: int | Unset = 20,
        page: int | Unset = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPaginator[Image]:
        """List images

        Every page, item by item, when iterated.
        """

        arguments: dict[str, Any] = {
            "status": status,
            "limit": limit,
            "page": page,
        }

        return self._paginator(_LIST_IMAGES, _PAGING_LIST_IMAGES, arguments, timeout, extra_headers)


class ImagesWithRawResponse:
    """Images operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Images) -> None:
        self._resource = resource
        self.generate = to_raw_response_wrapper(_GENERATE_IMAGE)(resource.generate)
        self.get = to_raw_response_wrapper(_GET_IMAGE)(resource.get)
        self.list = to_raw_response_wrapper(_LIST_IMAGES)(resource.list)


class AsyncImagesWithRawResponse:
    """Images operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncImages) -> None:
        self._resource = resource
        self.generate = async_to_raw_response_wrapper(_GENERATE_IMAGE)(resource.generate)
        self.get = async_to_raw_response_wrapper(_GET_IMAGE)(resource.get)
        self.list = async_to_raw_response_wrapper(_LIST_IMAGES)(resource.list)
