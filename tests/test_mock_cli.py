"""``python -m mediaapis_mocks``: its help, and its options on a real run."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import httpx
import pytest

from mediaapis_mocks import TEST_KEY

COMMAND = [sys.executable, "-m", "mediaapis_mocks"]
IMAGE = {"model": "nano-banana-2", "prompt": "a bottle on a beach"}


def test_help_names_the_program_and_the_options() -> None:
    done = subprocess.run(
        [*COMMAND, "--help"], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.startswith("usage: python -m mediaapis_mocks ")
    for option in ("--credits", "--job-seconds", "--rate-limit", "--rawugc-port", "--icp-port"):
        assert option in done.stdout
    assert "__main__" not in done.stdout
    assert "``" not in done.stdout  # no reST markup in plain-text help
    refused = subprocess.run(
        [*COMMAND, "--credits", "-1"], capture_output=True, text=True, timeout=60, check=False
    )
    assert refused.returncode == 2
    assert "--credits: must be at least 0" in refused.stderr


@pytest.fixture
def served() -> Iterator[str]:
    """The RawUGC base URL of a ``python -m mediaapis_mocks --credits 5`` run."""
    process = subprocess.Popen(
        [*COMMAND, "--credits", "5", "--rate-limit", "100", "--job-seconds", "1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith("RawUGC mock: http://127.0.0.1:"), line
        yield line.split()[2]
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_credits_run_out_as_set(served: str) -> None:
    headers = {"Authorization": f"Bearer {TEST_KEY}"}
    with httpx.Client(base_url=served, headers=headers, timeout=10) as client:
        first = client.post("/images/generate", json=IMAGE)
        assert first.status_code == 201, first.text
        assert first.headers["X-RateLimit-Limit"] == "100"
        cost = first.json()["creditsUsed"]
        assert first.json()["newBalance"] == 5 - cost
        second = client.post("/images/generate", json=IMAGE)
        assert second.status_code == 402, second.text
        assert f"balance is {5 - cost}" in second.json()["detail"]
