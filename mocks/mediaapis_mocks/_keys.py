"""The mocks' built-in credentials and markers (published test values, not secrets).

No third-party imports: usable without the ``mock`` extra.
"""

from __future__ import annotations

TEST_KEY = "rawugc_test_key"
"""RawUGC key with every scope, organisation ``TEST_ORG`` (1000 credits by default)."""
BROKE_KEY = "rawugc_test_broke"
"""RawUGC key with every scope, organisation ``BROKE_ORG`` with 0 credits (402)."""
READ_ONLY_KEY = "rawugc_test_read_only"
"""RawUGC key with the ``read`` scope only, organisation ``TEST_ORG`` (403 on anything else)."""
TEST_ORG = "org_test"
BROKE_ORG = "org_broke"
FAIL_MARKER = "[fail]"
"""A RawUGC prompt or post content containing this fails (the job or the post)."""

TEST_ACCESS_KEY = "AKLTbW9jay1pY3AtdGVzdA"
"""An access key the ICP mock accepts out of the box (pair it with ``TEST_SECRET_KEY``)."""
TEST_SECRET_KEY = "bW9jay1pY3Atc2VjcmV0LWtleQ=="  # noqa: S105 - a published test key
"""The secret key of ``TEST_ACCESS_KEY``."""
