"""The spec-driven command line against both mocks over loopback."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mediaapis._spec import iter_operations
from mediaapis.cli import (
    EXIT_JOB_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    main,
)


@pytest.fixture
def env(
    monkeypatch: pytest.MonkeyPatch,
    rawugc_server: Any,
    icp_server: Any,
    rawugc_api_key: str,
    icp_credentials: Any,
    rawugc_mock: Any,
) -> None:
    rawugc_mock.rate_limit = 1000
    monkeypatch.setenv("RAWUGC_API_KEY", rawugc_api_key)
    monkeypatch.setenv("RAWUGC_BASE_URL", rawugc_server.base_url)
    monkeypatch.setenv("VOLC_ACCESSKEY", icp_credentials.access_key_id)
    monkeypatch.setenv("VOLC_SECRETKEY", icp_credentials.secret_access_key)
    monkeypatch.setenv("VOLC_ICP_BASE_URL", icp_server.base_url)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    try:
        return code, json.loads(out), err
    except ValueError:
        return code, out, err


def test_help_lists_every_operation_of_both_specs(capsys: pytest.CaptureFixture[str]) -> None:
    for api, package in (("rawugc", "rawugc_client"), ("icp", "volc_icp_client")):
        code, out, _ = run(capsys, api, "--help")
        assert code == EXIT_OK
        for _, _, op in iter_operations(package):
            assert op.get("x-volc-action", op["operationId"]) in out


def test_operation_help_lists_fields_with_bounds(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "rawugc", "generateVideo", "--help")
    assert code == EXIT_OK
    assert "prompt  (optional) string, 1-5000 chars" in out
    assert "model  (required)" in out
    assert "veo3_fast" in out
    code, out, _ = run(capsys, "icp", "GetMediaList", "--help")
    assert "PageSize  (optional) integer, 1-20, default 10" in out


def test_create_then_get_a_persona(capsys: pytest.CaptureFixture[str], env: None) -> None:
    code, created, _ = run(
        capsys, "rawugc", "createPersona", "name=Night owls", "description=Shop after midnight"
    )
    assert code == EXIT_OK
    code, persona, err = run(capsys, "rawugc", "get_persona", f"personaId={created['id']}")
    assert code == EXIT_OK, err
    assert persona["name"] == "Night owls"


def test_invalid_field_is_refused_naming_it(capsys: pytest.CaptureFixture[str], env: None) -> None:
    code, _, err = run(
        capsys, "rawugc", "addVideoOverlay", "videoId=vid_x", "text=hi", "fontSize=500"
    )
    assert code == EXIT_REFUSED
    assert "fontSize" in err


def test_usage_errors_name_the_argument(capsys: pytest.CaptureFixture[str], env: None) -> None:
    code, _, err = run(capsys, "rawugc", "addVideoOverlay", "fontSize=big")
    assert code == EXIT_USAGE
    assert "fontSize" in err
    code, _, err = run(capsys, "rawugc", "createPersona", "nmae=x")
    assert code == EXIT_USAGE
    assert "nmae" in err
    code, _, err = run(capsys, "rawugc", "noSuchThing")
    assert code == EXIT_USAGE
    assert "noSuchThing" in err


def test_missing_key_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("RAWUGC_API_KEY", raising=False)
    code, _, err = run(capsys, "rawugc", "listPersonas")
    assert code == EXIT_USAGE
    assert "RAWUGC_API_KEY" in err


def test_icp_calls_are_signed_and_business_errors_exit_1(
    capsys: pytest.CaptureFixture[str], env: None
) -> None:
    code, users, _ = run(capsys, "icp", "ListUsers", "UserType=All")
    assert code == EXIT_OK
    assert users["Result"]["Users"]
    code, _, err = run(
        capsys, "icp", "GetMediaList", 'Owner:={"Type": "PERSON", "Id": 999}', "MediaType:=3"
    )
    assert code == EXIT_REFUSED
    assert "804" in err


def test_upload_a_file(capsys: pytest.CaptureFixture[str], env: None, tmp_path: Path) -> None:
    image = tmp_path / "cat.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    code, uploaded, _ = run(capsys, "rawugc", "uploadFile", f"file=@{image}")
    assert code == EXIT_OK
    assert uploaded["contentType"] == "image/png"
    assert uploaded["size"] == 72


def advance_clock_in_background(mock: Any) -> None:
    """Move the mock's manual clock on while the CLI waits (jobs finish on that clock)."""
    import threading

    def tick() -> None:
        for _ in range(100):
            mock.clock.advance(60)
            threading.Event().wait(0.02)

    threading.Thread(target=tick, daemon=True).start()


def test_wait_polls_the_job_to_completion(
    capsys: pytest.CaptureFixture[str], env: None, rawugc_mock: Any
) -> None:
    advance_clock_in_background(rawugc_mock)
    code, track, err = run(
        capsys,
        "rawugc",
        "generateMusic",
        "prompt=calm lo-fi",
        "--wait",
        "--min-interval=0.01",
        "--max-interval=0.05",
        "--timeout=20",
    )
    assert code == EXIT_OK, err
    assert track["status"] == "completed"
    assert track["audioUrl"].startswith("https://")
    assert "completed" in err  # the progress bar, on stderr


def test_wait_reports_a_failed_job(
    capsys: pytest.CaptureFixture[str], env: None, rawugc_mock: Any
) -> None:
    advance_clock_in_background(rawugc_mock)
    code, _, err = run(
        capsys,
        "rawugc",
        "generateMusic",
        "prompt=[fail] noise",
        "--wait",
        "--min-interval=0.01",
        "--max-interval=0.05",
        "--timeout=20",
    )
    assert code == EXIT_JOB_FAILED, err
    assert "failed" in err.lower()
