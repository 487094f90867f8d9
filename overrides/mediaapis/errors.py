"""The error family of both APIs: ``MediaAPIError`` at the root, transport errors shared.

``mediaapis.rawugc`` and ``mediaapis.icp`` add their own subclasses (``RawUGCError``,
``VolcError`` and theirs); ``except mediaapis.MediaAPIError`` catches every one of them.
"""

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    MalformedResponseError,
    MediaAPIError,
)
from ._validation import FieldProblem, RequestValidationError

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ClientClosedError",
    "FieldProblem",
    "MalformedResponseError",
    "MediaAPIError",
    "RequestValidationError",
]
