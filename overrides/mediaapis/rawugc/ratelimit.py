"""Pacing under a key's rate limit: moved to :mod:`mediaapis._pacing` (the shared core, which
knows no API); the names stay importable from here, where the README and earlier code found them.
"""

from .._pacing import (
    MEMORY,
    Limiter,
    RateLimit,
    key_identity,
    limiter_for,
)

__all__ = ["MEMORY", "Limiter", "RateLimit", "key_identity", "limiter_for"]
