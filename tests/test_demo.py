"""``make demo`` runs end to end against the embedded mocks (the README's first command)."""

from __future__ import annotations

from typing import Any

import pytest

from scripts import demo


def test_demo_runs_the_whole_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main([]) == 0
    out = capsys.readouterr().out
    for expected in (
        "created product",
        "video completed: https://",
        "overlay -> version 3",
        "scheduled for",
        "image: https://",
        "music: https://",
        "batch demo-mug-3: completed https://",
        "plan plan_",
        "6 users",
        "finished works",
        "fetched details of",
        "summary:",
    ):
        assert expected in out, expected
    assert "skipped" not in out  # against the mocks every step runs


def test_live_mode_without_a_key_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("RAWUGC_API_KEY", raising=False)
    from mediaapis.rawugc import MissingAPIKeyError

    with pytest.raises(MissingAPIKeyError, match="RAWUGC_API_KEY"):
        demo.main(["--live"])


def test_live_mode_skips_what_spends_unless_told(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    rawugc_server: Any,
    rawugc_mock: Any,
    rawugc_api_key: str,
    icp_server: Any,
    icp_mock: Any,
    icp_credentials: Any,
) -> None:
    """``--live`` reads keys and servers from the environment (here: the mocks) and spends
    nothing without ``--spend-credits``."""
    from mediaapis_mocks import Clock

    rawugc_mock.rate_limit = 1000
    icp_mock.clock = Clock()  # the demo signs with the wall clock
    monkeypatch.setenv("RAWUGC_API_KEY", rawugc_api_key)
    monkeypatch.setenv("RAWUGC_BASE_URL", rawugc_server.base_url)
    monkeypatch.setenv("VOLC_ACCESSKEY", icp_credentials.access_key_id)
    monkeypatch.setenv("VOLC_SECRETKEY", icp_credentials.secret_access_key)
    monkeypatch.setenv("VOLC_ICP_BASE_URL", icp_server.base_url)
    balance = rawugc_mock.balance()
    assert demo.main(["--live"]) == 0
    out = capsys.readouterr().out
    assert out.count("skipped (spends credits or publishes") == 2
    assert "video completed" not in out
    assert "viral library:" in out  # the free steps run
    assert "6 users" in out
    assert rawugc_mock.balance() == balance
