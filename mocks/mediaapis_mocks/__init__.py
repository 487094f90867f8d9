"""Mock servers for the RawUGC API and Volcengine ICP, built on the same OpenAPI specs."""

from .rawugc import BROKE_KEY, BROKE_ORG, READ_ONLY_KEY, TEST_KEY, TEST_ORG, RawUGCMock

__all__ = ["BROKE_KEY", "BROKE_ORG", "READ_ONLY_KEY", "TEST_KEY", "TEST_ORG", "RawUGCMock"]
