"""A signing ICP client on the shared transport stack, envelope unwrapping, pagination over
GetMediaList, batched GetMediaInfo.

Every request goes through the stack (retries as the official SDK, typed errors for every
failure, the client's secrets scrubbed). Limits (the largest page, the largest batch) and the
host are read from the spec, and checked when a call is made. The generated operations and
models load on first use, so importing this module costs little more than httpx.
"""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._clock import Clock, async_sleep
from .._errors import Secrets
from .._lifecycle import ClientLifecycle
from .._resource import NOT_GIVEN
from .._sentinel import UNSET, Unset
from .._spec import typed_method
from .._stack import Stack, retry_policy
from .._transport import (
    RetryPolicy,
    StackOptions,
    base_url_from,
    check_timeout,
)
from .credentials import VolcCredentials
from .errors import VolcResponseError, error_from_body
from .signing import SPEC_PACKAGE, VolcSignatureAuth
from .transport import PROFILE, default_retry

if TYPE_CHECKING:
    from volc_icp_client import Client
    from volc_icp_client.models import (
        MediaInfo,
        Owner,
    )
    from volc_icp_client.models.get_media_info_request_article_content_format import (
        GetMediaInfoRequestArticleContentFormat,
    )
    from volc_icp_client.models.get_media_list_product_type import GetMediaListProductType
    from volc_icp_client.types import Response

    from .._clock import ClockLike
    from .stacked import ICPClient

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
ENV_BASE_URL = "VOLC_ICP_BASE_URL"


def _base_url(base_url: str | None, environ: Mapping[str, str] | None) -> str:
    """The argument, else ``VOLC_ICP_BASE_URL``, else the spec's server; checked."""
    env = os.environ if environ is None else environ
    return base_url_from(base_url, ENV_BASE_URL, env, SPEC_PACKAGE)


def icp_client(
    credentials: VolcCredentials | None = None,
    *,
    base_url: str | None = None,
    timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
    max_retries: int | None = None,
    retry: RetryPolicy | None = None,
    raise_for_status: bool = True,
    transport: httpx.BaseTransport | None = None,
    async_transport: httpx.AsyncBaseTransport | None = None,
    sleep: Callable[[float], None] = time.sleep,
    async_sleep: Callable[[float], Awaitable[None]] = async_sleep,
    clock: Callable[[], float] | None = None,
    environ: Mapping[str, str] | None = None,
    **httpx_args: Any,
) -> ICPClient:
    """A generated-API ``Client`` whose every request is signed and sent through the stack.

    Credentials default to the environment, ``base_url`` to ``VOLC_ICP_BASE_URL`` or the
    spec's server. ``max_retries`` (or a full ``retry`` policy; 3 retries by default, as the
    official SDK) tunes retrying; ``raise_for_status=False`` returns error envelopes (any
    status) instead of raising (bodies that are no envelope and transport failures still
    raise). ``transport`` / ``async_transport`` replace the network, ``sleep`` /
    ``async_sleep`` the waiting and ``clock`` (Unix seconds) the time signatures are dated
    with (tests: a mock's ``ManualClock``).
    Other keyword arguments go to ``httpx.Client`` / ``httpx.AsyncClient``.
    """
    if credentials is None:
        credentials = VolcCredentials.from_env(environ)
    elif not isinstance(credentials, VolcCredentials):
        raise TypeError(f"credentials must be VolcCredentials, got {type(credentials).__name__}")
    url = _base_url(base_url, environ)
    timeout = check_timeout(timeout)
    retry = retry_policy(retry, max_retries, default_retry())
    for name in ("transport", "auth"):
        if name in httpx_args:
            raise TypeError(f"icp_client: {name} is set by the stack, not an httpx argument")
    options = StackOptions(
        retry=retry, raise_for_status=raise_for_status, secrets=Secrets(credentials.secrets)
    )
    if clock is not None and not callable(clock):
        raise TypeError(f"clock must be a callable returning Unix seconds, got {clock!r}")
    auth = VolcSignatureAuth(credentials, clock=clock or time.time)
    stack = Stack(PROFILE, auth, options, transport, async_transport, sleep, async_sleep)
    from .stacked import ICPClient  # attrs and the generated client load with the first client

    return ICPClient(
        base_url=url,
        timeout=timeout,
        raise_on_unexpected_status=False,
        httpx_args=httpx_args,
        stack=stack,
    )


class BaseICP(ClientLifecycle):
    """The settings and generated ``Client`` behind the typed ICP clients (``mediaapis.ICP``).

    Credentials default to ``VOLC_ACCESSKEY`` / ``VOLC_SECRETKEY`` (``VOLC_SESSION_TOKEN``
    optional); ``base_url`` to ``VOLC_ICP_BASE_URL``, else the spec's server. ``.client`` works
    with every generated ``volc_icp_client`` function. ``max_retries`` / ``retry``,
    ``raise_for_status``, ``transport`` / ``async_transport`` and ``sleep`` / ``async_sleep`` as in
    :func:`icp_client`; ``clock`` a clock object (a mock's ``ManualClock``: its time dates the
    signatures, its sleeps are the waits) or a callable of Unix seconds. Settings are checked
    here, errors naming the setting.
    """

    def __init__(
        self,
        access_key_id: str | None = None,
        secret_access_key: str | None = None,
        session_token: str | None = None,
        *,
        credentials: VolcCredentials | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        raise_for_status: bool = True,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
        clock: ClockLike | Callable[[], float] | None = None,
        environ: Mapping[str, str] | None = None,
        **httpx_args: Any,
    ) -> None:
        env = os.environ if environ is None else environ
        line = Clock.of(clock, sleep, async_sleep)
        sleep, async_sleep = line.sleep, line.asleep
        self._clock = line.now if line.injected else None
        self._sleep, self._async_sleep = sleep, async_sleep
        if credentials is None:
            if access_key_id is None and secret_access_key is None:
                credentials = VolcCredentials.from_env(env)
            else:
                credentials = VolcCredentials(
                    access_key_id or "", secret_access_key or "", session_token
                )
        self.base_url = _base_url(base_url, env)
        self._shown = repr(credentials)
        self.client = icp_client(
            credentials,
            base_url=self.base_url,
            timeout=timeout,
            max_retries=max_retries,
            retry=retry,
            raise_for_status=raise_for_status,
            transport=transport,
            async_transport=async_transport,
            sleep=sleep,
            async_sleep=async_sleep,
            clock=self._clock,
            **httpx_args,
        )

    def __repr__(self) -> str:
        """The base URL and masked credentials."""
        return f"{type(self).__name__}(base_url={self.base_url!r}, credentials={self._shown})"


def result(response: Response[Any]) -> Any:
    """The ``Result`` of a call, or raise ``VolcAPIError`` for an error envelope (any status)."""
    error = error_from_body(response.status_code, response.content)
    if error is not None:
        raise error
    value = getattr(response.parsed, "result", UNSET)
    if isinstance(value, Unset):
        raise VolcResponseError("success envelope without Result", status_code=response.status_code)
    return value


def _ids(media_ids: Iterable[str]) -> list[str]:
    """The media ids as a list; a single string (not a list of ids) is refused."""
    if isinstance(media_ids, str | bytes):
        raise TypeError(
            "media_ids must be a list (or any iterable) of media id strings, not one "
            f"{type(media_ids).__name__}: pass [{media_ids!r}]"
        )
    return list(media_ids)


def _media(client: Client, operation_id: str, asynchronous: bool = False) -> Any:
    """The typed method of a media operation over ``client`` (one call flow for every layer:
    its pages and batches are the typed resource's)."""
    return typed_method(SPEC_PACKAGE, operation_id, client, asynchronous=asynchronous)


def _page_size(page_size: int | None) -> int | Unset:
    """The page size to ask for: the spec's largest unless given (the typed method checks it)."""
    from ..spec import operations  # the facts model loads on first use

    if page_size is not None:
        return page_size
    paging = operations(SPEC_PACKAGE)["getMediaList"].paging
    return UNSET if paging is None or paging.size_max is None else paging.size_max


def iter_media(
    client: Client,
    owner: Owner,
    *,
    team_space_name: str | Unset = UNSET,
    page_size: int | None = None,
    product_type: GetMediaListProductType | Unset = UNSET,
) -> Iterator[MediaInfo]:
    """Every finished film of ``owner`` (or of a team space), fetching page after page."""
    yield from _media(client, "getMediaList")(
        owner=owner,
        team_space_name=team_space_name,
        page_size=_page_size(page_size),
        product_type=product_type,
    )


async def aiter_media(
    client: Client,
    owner: Owner,
    *,
    team_space_name: str | Unset = UNSET,
    page_size: int | None = None,
    product_type: GetMediaListProductType | Unset = UNSET,
) -> AsyncIterator[MediaInfo]:
    """Async twin of :func:`iter_media`."""
    paginator = _media(client, "getMediaList", asynchronous=True)(
        owner=owner,
        team_space_name=team_space_name,
        page_size=_page_size(page_size),
        product_type=product_type,
    )
    async for info in paginator:
        yield info


def get_media_infos(
    client: Client,
    media_ids: Iterable[str],
    *,
    article_content_format: GetMediaInfoRequestArticleContentFormat | Unset = UNSET,
    batch_size: int | None = None,
) -> list[MediaInfo]:
    """Details of any number of media, in batches of the API's limit (``media.get_info``).
    Unknown ids are left out."""
    found: list[MediaInfo] = _media(client, "getMediaInfo")(
        media_ids=_ids(media_ids),
        article_content_format=article_content_format,
        batch_size=NOT_GIVEN if batch_size is None else batch_size,
    )
    return found


async def aget_media_infos(
    client: Client,
    media_ids: Iterable[str],
    *,
    article_content_format: GetMediaInfoRequestArticleContentFormat | Unset = UNSET,
    batch_size: int | None = None,
) -> list[MediaInfo]:
    """Async twin of :func:`get_media_infos` (batches are sent one after another)."""
    found: list[MediaInfo] = await _media(client, "getMediaInfo", asynchronous=True)(
        media_ids=_ids(media_ids),
        article_content_format=article_content_format,
        batch_size=NOT_GIVEN if batch_size is None else batch_size,
    )
    return found
