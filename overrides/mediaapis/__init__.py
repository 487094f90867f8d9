"""mediaapis: typed clients for the RawUGC API and the Volcengine ICP media-pull OpenAPI.

    from mediaapis import RawUGC, ICP        # and AsyncRawUGC, AsyncICP
    client = RawUGC()                        # RAWUGC_API_KEY; RAWUGC_BASE_URL overrides the server
    video = client.videos.generate_and_wait(model="veo3", prompt="A cat reviews headphones")

The clients and their resources are generated from the specs (``mediaapis_sdk``, built by
``make generate``); this package is the thin hand-written layer under them: authentication and
request signing, typed errors, retries, pacing, polling and pagination
(``mediaapis.rawugc``, ``mediaapis.icp``). The generated function packages
(``rawugc_client``, ``volc_icp_client``) stay usable as the lower layer. Everything loads on
first use, so ``import mediaapis`` costs little.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy import lazy_exports

__version__ = "0.1.0"  # the only copy: pyproject.toml reads this literal (CHANGELOG.md)

if TYPE_CHECKING:
    from mediaapis_sdk.icp import ICP, AsyncICP
    from mediaapis_sdk.rawugc import AsyncRawUGC, RawUGC

    from ._errors import (
        APIConnectionError,
        APITimeoutError,
        ClientClosedError,
        MalformedResponseError,
        MediaAPIError,
    )
    from ._pages import AsyncPage, AsyncPaginator, SyncPage
    from ._resource import NOT_GIVEN, APIResponse, NotGiven, fields_of
    from ._sentinel import UNSET, Unset
    from ._validation import RequestValidationError

# public name -> module that defines it (imported on first access)
_LAZY = {
    "RawUGC": "mediaapis_sdk.rawugc",
    "AsyncRawUGC": "mediaapis_sdk.rawugc",
    "ICP": "mediaapis_sdk.icp",
    "AsyncICP": "mediaapis_sdk.icp",
    "SyncPage": "mediaapis._pages",
    "AsyncPage": "mediaapis._pages",
    "AsyncPaginator": "mediaapis._pages",
    "APIResponse": "mediaapis._resource",
    "NOT_GIVEN": "mediaapis._resource",
    "NotGiven": "mediaapis._resource",
    "fields_of": "mediaapis._resource",
    "UNSET": "mediaapis._sentinel",
    "Unset": "mediaapis._sentinel",
    "MediaAPIError": "mediaapis._errors",
    "APIConnectionError": "mediaapis._errors",
    "APITimeoutError": "mediaapis._errors",
    "ClientClosedError": "mediaapis._errors",
    "MalformedResponseError": "mediaapis._errors",
    "RequestValidationError": "mediaapis._validation",
}

__all__ = [
    "ICP",
    "NOT_GIVEN",
    "UNSET",
    "APIConnectionError",
    "APIResponse",
    "APITimeoutError",
    "AsyncICP",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncRawUGC",
    "ClientClosedError",
    "MalformedResponseError",
    "MediaAPIError",
    "NotGiven",
    "RawUGC",
    "RequestValidationError",
    "SyncPage",
    "Unset",
    "__version__",
    "fields_of",
]

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
