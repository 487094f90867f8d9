"""``make demo`` runs end to end against the embedded mocks (the README's first command)."""

from __future__ import annotations

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
