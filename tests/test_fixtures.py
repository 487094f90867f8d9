"""The plugin's ready clients (``rawugc_api``, ``icp_api``) in a downstream service's own suite.

The suite below is a user's: it runs in a fresh pytest process with the installed plugin, as
written, with default settings. Pacing and polling run on the mock's clock, so the vendor's
10 requests a minute are enforced by the mock and honoured by the client at no real cost; the
time it takes is measured in ``bench/mock_fixtures.py``, not asserted here.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

DOWNSTREAM = """
import pytest

from mediaapis import ICP, RawUGC
from mediaapis_mocks import TEST_ORG, RawUGCMock

PHOTO = "https://cdn.rawugc.com/uploads/org_123/serum.png"


@pytest.mark.parametrize("n", range(10))
def test_product_video_captions(rawugc_api: RawUGC, rawugc_mock: RawUGCMock, n: int) -> None:
    product = rawugc_api.products.create(name=f"Serum {n}", description="Vitamin C", photos=[PHOTO])
    video = rawugc_api.videos.generate_and_wait(model="veo3", prompt=f"Review of {product.id}")
    edit = rawugc_api.videos.add_captions(video_id=video.video_id, language="en")
    assert edit.version == 2
    assert video.url
    assert len(rawugc_mock.charges) == 2  # a fresh mock per test: nothing leaks from the last


def test_twenty_concurrent_jobs(rawugc_api: RawUGC, rawugc_mock: RawUGCMock) -> None:
    start = rawugc_mock.clock()
    jobs = [rawugc_api.videos.generate(model="veo3", prompt=f"clip {n}") for n in range(20)]
    videos = rawugc_api.videos.wait_many(jobs)
    assert [v.video_id for v in videos] == [j.video_id for j in jobs]
    assert all(v.status == "completed" for v in videos)
    assert rawugc_mock.clock() - start >= 60  # 20 generations at 10 a minute: paced, on the clock
    assert rawugc_mock.rate_limited == 0  # the client kept under the limit


def test_icp_pages(icp_api: ICP) -> None:
    users = icp_api.users.list(user_type="All")
    assert users.users
"""


def test_a_downstream_suite_passes_as_written(tmp_path: Path) -> None:
    (tmp_path / "test_service.py").write_text(DOWNSTREAM, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_service.py"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "12 passed" in result.stdout
