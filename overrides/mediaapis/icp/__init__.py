"""Volcengine ICP media-pull: signing, typed errors, pagination, batching over ``volc_icp_client``.

from mediaapis import icp
client = icp.icp_client()                      # VOLC_ACCESSKEY / VOLC_SECRETKEY from the env
for media in icp.iter_media(client, Owner(type_="PERSON", id=1)):
    ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from mediaapis_sdk.icp import ICP, AsyncICP

    from .client import (
        BaseICP,
        aget_media_infos,
        aiter_media,
        get_media_infos,
        icp_client,
        iter_media,
        result,
    )
    from .credentials import MissingCredentialsError, VolcCredentials
    from .errors import (
        VolcAPIError,
        VolcConnectionError,
        VolcError,
        VolcResponseError,
        VolcTimeoutError,
    )
    from .signing import VolcSignatureAuth
    from .stacked import ICPClient

# public name -> the submodule defining it, imported on first use (``import mediaapis.icp``
# stays cheap; the typed clients import only what they use)
_LAZY = {
    "ICP": "mediaapis_sdk.icp",
    "AsyncICP": "mediaapis_sdk.icp",
    "BaseICP": ".client",
    "ICPClient": ".stacked",
    "VolcConnectionError": ".errors",
    "VolcTimeoutError": ".errors",
    "MissingCredentialsError": ".credentials",
    "VolcAPIError": ".errors",
    "VolcCredentials": ".credentials",
    "VolcError": ".errors",
    "VolcResponseError": ".errors",
    "VolcSignatureAuth": ".signing",
    "aget_media_infos": ".client",
    "aiter_media": ".client",
    "get_media_infos": ".client",
    "icp_client": ".client",
    "iter_media": ".client",
    "result": ".client",
}

__all__ = [
    "ICP",
    "AsyncICP",
    "BaseICP",
    "ICPClient",
    "MissingCredentialsError",
    "VolcAPIError",
    "VolcConnectionError",
    "VolcCredentials",
    "VolcError",
    "VolcResponseError",
    "VolcSignatureAuth",
    "VolcTimeoutError",
    "aget_media_infos",
    "aiter_media",
    "get_media_infos",
    "icp_client",
    "iter_media",
    "result",
]

__getattr__, __dir__ = lazy_exports(__name__, _LAZY, globals())
