"""A signing ICP client, envelope unwrapping, pagination over GetMediaList, batched GetMediaInfo.

Limits (the largest page, the largest batch) and the host are read from the spec. The generated
operations and models load on first use, so importing this module costs little more than httpx.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from volc_icp_client import Client
from volc_icp_client.types import UNSET, Response, Unset

from .._spec import load_spec
from .credentials import VolcCredentials
from .errors import VolcResponseError, error_from_body
from .signing import SPEC_PACKAGE, VolcSignatureAuth

if TYPE_CHECKING:
    from volc_icp_client.models import (
        GetMediaInfoResult,
        GetMediaListRequest,
        GetMediaListResult,
        MediaInfo,
        Owner,
    )
    from volc_icp_client.models.get_media_info_request_article_content_format import (
        GetMediaInfoRequestArticleContentFormat,
    )
    from volc_icp_client.models.get_media_list_product_type import GetMediaListProductType

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@functools.cache
def _limits() -> tuple[int, int]:
    """(largest GetMediaList page, largest GetMediaInfo batch) as the spec states them."""
    schemas: Mapping[str, Any] = load_spec(SPEC_PACKAGE)["components"]["schemas"]
    page = schemas["GetMediaListRequest"]["properties"]["PageSize"]["maximum"]
    batch = schemas["GetMediaInfoRequest"]["properties"]["MediaIds"]["x-volc-batch-limit"]
    return int(page), int(batch)


def default_base_url() -> str:
    return str(load_spec(SPEC_PACKAGE)["servers"][0]["url"])


def icp_client(
    credentials: VolcCredentials | None = None,
    *,
    base_url: str | None = None,
    timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    **httpx_args: Any,
) -> Client:
    """A generated-API ``Client`` whose every request is signed (credentials default to the env).

    Extra keyword arguments go to ``httpx.Client`` / ``httpx.AsyncClient`` (e.g. ``transport``).
    """
    auth = VolcSignatureAuth(credentials if credentials is not None else VolcCredentials.from_env())
    return Client(
        base_url=base_url or default_base_url(),
        timeout=timeout,
        raise_on_unexpected_status=False,
        httpx_args={"auth": auth, **httpx_args},
    )


def result(response: Response[Any]) -> Any:
    """The ``Result`` of a call, or raise ``VolcAPIError`` for an error envelope (any status)."""
    error = error_from_body(response.status_code, response.content)
    if error is not None:
        raise error
    value = getattr(response.parsed, "result", UNSET)
    if isinstance(value, Unset):
        raise VolcResponseError("success envelope without Result", status_code=response.status_code)
    return value


@contextlib.contextmanager
def _parsing() -> Iterator[None]:
    """Report a body the generated parser cannot read (malformed, truncated) as ours."""
    try:
        yield
    except ValueError as exc:  # json.JSONDecodeError from the generated _parse_response
        raise VolcResponseError(f"response body is not valid JSON ({exc})") from exc


def _page_request(
    owner: Owner, team_space_name: str | Unset, page_num: int, page_size: int | None
) -> GetMediaListRequest:
    from volc_icp_client.models import GetMediaListRequest

    return GetMediaListRequest(
        owner=owner,
        media_type=3,  # the only media type the API serves (x-volc-supported-values)
        team_space_name=team_space_name,
        page_num=page_num,
        page_size=page_size or _limits()[0],
    )


def iter_media(
    client: Client,
    owner: Owner,
    *,
    team_space_name: str | Unset = UNSET,
    page_size: int | None = None,
    product_type: GetMediaListProductType | Unset = UNSET,
) -> Iterator[MediaInfo]:
    """Every finished film of ``owner`` (or of a team space), fetching page after page."""
    from volc_icp_client.api.media import get_media_list

    page_num = 0
    while True:
        body = _page_request(owner, team_space_name, page_num, page_size)
        with _parsing():
            response = get_media_list.sync_detailed(
                client=client, body=body, product_type=product_type
            )
        page: GetMediaListResult = result(response)
        infos = page.media_infos if not isinstance(page.media_infos, Unset) else []
        yield from infos
        page_num += 1
        if _last_page(page_num, infos, page.page_info):
            return


async def aiter_media(
    client: Client,
    owner: Owner,
    *,
    team_space_name: str | Unset = UNSET,
    page_size: int | None = None,
    product_type: GetMediaListProductType | Unset = UNSET,
) -> AsyncIterator[MediaInfo]:
    """Async twin of :func:`iter_media`."""
    from volc_icp_client.api.media import get_media_list

    page_num = 0
    while True:
        body = _page_request(owner, team_space_name, page_num, page_size)
        with _parsing():
            response = await get_media_list.asyncio_detailed(
                client=client, body=body, product_type=product_type
            )
        page: GetMediaListResult = result(response)
        infos = page.media_infos if not isinstance(page.media_infos, Unset) else []
        for info in infos:
            yield info
        page_num += 1
        if _last_page(page_num, infos, page.page_info):
            return


def _last_page(next_page: int, infos: list[MediaInfo], page_info: Any) -> bool:
    total_page = getattr(page_info, "total_page", UNSET)
    if not infos:
        return True
    return not isinstance(total_page, Unset) and next_page >= total_page


def _batches(media_ids: Iterable[str], size: int | None) -> Iterator[list[str]]:
    size = size or _limits()[1]
    batch: list[str] = []
    for media_id in media_ids:
        batch.append(media_id)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def get_media_infos(
    client: Client,
    media_ids: Iterable[str],
    *,
    article_content_format: GetMediaInfoRequestArticleContentFormat | Unset = UNSET,
    batch_size: int | None = None,
) -> list[MediaInfo]:
    """Details of any number of media, in batches of the API's limit. Unknown ids are left out."""
    from volc_icp_client.api.media import get_media_info
    from volc_icp_client.models import GetMediaInfoRequest

    found: list[MediaInfo] = []
    for batch in _batches(media_ids, batch_size):
        body = GetMediaInfoRequest(media_ids=batch, article_content_format=article_content_format)
        with _parsing():
            response = get_media_info.sync_detailed(client=client, body=body)
        page: GetMediaInfoResult = result(response)
        found.extend(page.media_infos if not isinstance(page.media_infos, Unset) else [])
    return found


async def aget_media_infos(
    client: Client,
    media_ids: Iterable[str],
    *,
    article_content_format: GetMediaInfoRequestArticleContentFormat | Unset = UNSET,
    batch_size: int | None = None,
) -> list[MediaInfo]:
    """Async twin of :func:`get_media_infos` (batches are sent one after another)."""
    from volc_icp_client.api.media import get_media_info
    from volc_icp_client.models import GetMediaInfoRequest

    found: list[MediaInfo] = []
    for batch in _batches(media_ids, batch_size):
        body = GetMediaInfoRequest(media_ids=batch, article_content_format=article_content_format)
        with _parsing():
            response = await get_media_info.asyncio_detailed(client=client, body=body)
        page: GetMediaInfoResult = result(response)
        found.extend(page.media_infos if not isinstance(page.media_infos, Unset) else [])
    return found
