"""A client library for accessing Volcengine Intelligent Creation Cloud media-pull OpenAPI"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
