"""Volcengine ICP media-pull: signing, typed errors, pagination, batching over ``volc_icp_client``.

from mediaapis import icp
client = icp.icp_client()                      # VOLC_ACCESSKEY / VOLC_SECRETKEY from the env
for media in icp.iter_media(client, Owner(type_="PERSON", id=1)):
    ...
"""

from .client import (
    aget_media_infos,
    aiter_media,
    get_media_infos,
    icp_client,
    iter_media,
    result,
)
from .credentials import MissingCredentialsError, VolcCredentials
from .errors import VolcAPIError, VolcError, VolcResponseError
from .signing import VolcSignatureAuth

__all__ = [
    "MissingCredentialsError",
    "VolcAPIError",
    "VolcCredentials",
    "VolcError",
    "VolcResponseError",
    "VolcSignatureAuth",
    "aget_media_infos",
    "aiter_media",
    "get_media_infos",
    "icp_client",
    "iter_media",
    "result",
]
