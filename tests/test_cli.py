"""The spec-driven command line against both mocks over loopback."""

from __future__ import annotations

import io
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

from mediaapis._exits import (
    EXIT_BROKEN_PIPE,
    EXIT_JOB_FAILED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
)
from mediaapis._spec import iter_operations, operations_by_id
from mediaapis.cli import main


@pytest.fixture
def env(
    monkeypatch: pytest.MonkeyPatch,
    rawugc_server: Any,
    icp_server: Any,
    rawugc_api_key: str,
    icp_credentials: Any,
    rawugc_mock: Any,
    icp_mock: Any,
) -> None:
    from mediaapis_mocks import Clock

    rawugc_mock.rate_limit = 1000
    icp_mock.clock = Clock()  # the CLI signs with the wall clock, as a user's shell does
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
    assert "completed" in err  # the progress, on stderr
    assert "\r" not in err  # not a terminal: plain lines, no bar redrawn in place


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


# -- through the typed clients -----------------------------------------------------------------


@pytest.mark.parametrize("api_name", ["rawugc", "icp"])
def test_every_operation_maps_onto_its_typed_method(
    api_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each parameter and body field of every operation is a keyword of the client's method."""
    import inspect

    from mediaapis._spec import argument, body_class, generated_module, operation_parameters
    from mediaapis.cli import APIS, client_for, resource_of

    monkeypatch.setenv("RAWUGC_API_KEY", "rk_test_cli")
    monkeypatch.setenv("VOLC_ACCESSKEY", "AKCLI")
    monkeypatch.setenv("VOLC_SECRETKEY", "SKCLI")
    package = APIS[api_name].package
    client = client_for(api_name, "http://127.0.0.1:9", raise_for_status=False)
    for path, _, op in iter_operations(package):
        resource, name = resource_of(client, op["x-sdk-name"])
        accepted = inspect.signature(getattr(resource.with_raw_response, name)).parameters
        module = generated_module(package, op["operationId"])
        generated = list(inspect.signature(module.request_kwargs).parameters)
        for param in operation_parameters(package, path, op):
            if param["in"] == "header":
                continue  # sent as extra_headers
            name = argument(package, op["operationId"], param["name"])
            assert name in generated, (op["operationId"], param["name"])
            fixed = param["schema"].get("enum") == [param["schema"].get("default")]
            assert name in accepted or fixed, (op["operationId"], param["name"])
        if "body" in generated:
            for field in attrs.fields(body_class(module)):
                if field.name != "additional_properties":
                    assert field.alias in accepted, (op["operationId"], field.alias)


def test_operations_by_the_typed_clients_method_name(
    capsys: pytest.CaptureFixture[str], env: None
) -> None:
    code, created, err = run(capsys, "rawugc", "personas.create", "name=Owls", "description=x")
    assert code == EXIT_OK, err
    code, persona, err = run(capsys, "rawugc", "personas.get", f"personaId={created['id']}")
    assert code == EXIT_OK, err
    assert persona["name"] == "Owls"
    code, users, err = run(capsys, "icp", "users.list", "UserType=All")
    assert code == EXIT_OK, err
    assert users["Result"]["Users"]  # the whole envelope: what the API answered


def test_parameters_reach_the_method_by_the_generators_names(
    capsys: pytest.CaptureFixture[str], env: None
) -> None:
    code, styles, err = run(capsys, "rawugc", "listStyles", "type=image")  # type_ in Python
    assert code == EXIT_OK, err
    assert styles["count"] >= 1
    assert {s["type"] for s in styles["styles"]} == {"image"}


def test_a_body_field_called_body(capsys: pytest.CaptureFixture[str], env: None) -> None:
    code, created, err = run(capsys, "rawugc", "createMessage", "name=Hi", "body=Hello {name}")
    assert code == EXIT_OK, err
    code, message, err = run(capsys, "rawugc", "getMessage", f"messageId={created['id']}")
    assert code == EXIT_OK, err
    assert message["body"] == "Hello {name}"


@pytest.mark.parametrize(
    ("argv", "named"),
    [
        (("rawugc", "createPersona"), "name, description"),
        (("rawugc", "generateVideo", "model=bogus"), "model: 'bogus' is not one of"),
        (
            ("rawugc", "createPersona", "--json", '{"name": "a", "description": "b", "nmae": 1}'),
            "nmae",
        ),
        (("rawugc", "getPersona", "personaId=per_1", "foo=1"), "foo"),
        (("icp", "GetMediaList", "Owner:=5"), "Owner: 5 is not a JSON object"),
        (
            ("icp", "GetMediaList", "Action=ListUsers", 'Owner:={"Type": "PERSON", "Id": 2}'),
            "Action",
        ),
    ],
)
def test_input_that_does_not_fit_the_method_is_a_usage_error_naming_it(
    capsys: pytest.CaptureFixture[str], env: None, argv: tuple[str, ...], named: str
) -> None:
    code, out, err = run(capsys, *argv)
    assert code == EXIT_USAGE, (out, err)
    assert named in err


def test_a_required_body_field_with_a_default_takes_it(
    capsys: pytest.CaptureFixture[str], env: None
) -> None:
    owner = '{"Type": "PERSON", "Id": 2}'
    code, page, err = run(capsys, "icp", "GetMediaList", f"Owner:={owner}", "PageSize:=2")
    assert code == EXIT_OK, err  # MediaType (required) defaults to 3, as icp.media.list does
    assert len(page["Result"]["MediaInfos"]) == 2


def test_idempotency_key_replays_the_first_answer(
    capsys: pytest.CaptureFixture[str], env: None, rawugc_mock: Any, tmp_path: Path
) -> None:
    ledger = f"sqlite:///{tmp_path / 'jobs.db'}"
    argv = ("rawugc", "generateMusic", "prompt=rain", "--idempotency-key", "run-1")
    code, first, _ = run(capsys, *argv, "--ledger", ledger)
    assert code == EXIT_OK
    code, again, _ = run(capsys, *argv, "--ledger", ledger)
    assert code == EXIT_OK
    assert again["musicId"] == first["musicId"]
    assert [c.operation_id for c in rawugc_mock.charges] == ["generateMusic"]
    code, _, err = run(capsys, "rawugc", "listImages", "--idempotency-key", "x", "--ledger", ledger)
    assert code == EXIT_USAGE
    assert "--idempotency-key: listImages neither spends credits nor publishes" in err


# -- a first hour with no surprises (issue 22) --------------------------------------------------


@pytest.mark.parametrize(("where", "named"), [("flag", "--base-url"), ("env", "RAWUGC_BASE_URL")])
def test_a_base_url_without_scheme_is_a_usage_error_naming_it(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, where: str, named: str
) -> None:
    monkeypatch.setenv("RAWUGC_API_KEY", "rk_test_cli")
    argv = ["rawugc", "listCharacters"]
    if where == "flag":
        argv += ["--base-url", "127.0.0.1:43033"]
    else:
        monkeypatch.setenv("RAWUGC_BASE_URL", "127.0.0.1:43033")
    code, _, err = run(capsys, *argv)
    assert code == EXIT_USAGE
    assert named in err
    assert "127.0.0.1:43033" in err
    assert "Traceback" not in err


def test_a_reader_that_goes_away_ends_the_command_quietly() -> None:
    """``mediaapis rawugc --help | head -0``: stdout is a pipe nobody reads any more."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    try:
        done = subprocess.run(
            [sys.executable, "-m", "mediaapis.cli", "rawugc", "--help"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""  # no BrokenPipeError traceback, no "Exception ignored"
    assert done.returncode == EXIT_BROKEN_PIPE == 141  # 128 + SIGPIPE, as cat | head


@pytest.mark.parametrize("argv", [(), ("--help",)])
def test_the_main_help_is_plain_text(capsys: pytest.CaptureFixture[str], argv: tuple[str]) -> None:
    code, out, _ = run(capsys, *argv)
    assert code == EXIT_OK
    assert "usage: mediaapis" in out
    assert "mediaapis.RawUGC" in out
    assert "``" not in out


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("listCharacters", "mediaapis rawugc listCharacters"),
        ("GetMediaList", "mediaapis icp GetMediaList"),
        ("rawgc", "mediaapis rawugc"),
    ],
)
def test_a_first_word_that_is_no_api_names_the_apis_and_the_command_meant(
    capsys: pytest.CaptureFixture[str], word: str, meant: str
) -> None:
    code, out, err = run(capsys, word)
    assert code == EXIT_USAGE
    assert out == ""
    assert f"{word!r} is not an API" in err
    assert "rawugc, icp" in err
    assert f"did you mean `{meant}`?" in err


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


class Job:
    def __init__(self, status: str) -> None:
        self.status = status


def test_the_progress_bar_is_drawn_only_on_a_terminal() -> None:
    from mediaapis.cli import progress_bar

    for stream in (Terminal(), io.StringIO()):
        draw = progress_bar(60, stream)
        for status in ("queued", "processing", "processing", "completed"):
            draw(Job(status))
        text = stream.getvalue()
        if isinstance(stream, Terminal):
            assert text.count("\r") == 4
            assert "[##############################] completed" in text
        else:
            assert "\r" not in text
            lines = text.splitlines()  # one line per status change
            assert [line.split()[1] for line in lines] == ["queued", "processing", "completed"]


def test_an_api_error_is_printed_once(capsys: pytest.CaptureFixture[str], env: None) -> None:
    # an answer only the server can give (the client refuses what the spec refuses itself)
    code, _, err = run(capsys, "rawugc", "getVideo", "videoId=vid_nowhere")
    assert code == EXIT_REFUSED
    assert err.count("vid_nowhere") == 1, err
    assert err.startswith("error: HTTP 404 Not Found: ")
    assert '"detail"' not in err  # no JSON document repeating it
    code, _, err = run(
        capsys, "icp", "GetMediaList", 'Owner:={"Type": "PERSON", "Id": 999}', "MediaType:=3"
    )
    assert code == EXIT_REFUSED
    assert err.count("UserNotFound") == 1, err
    assert err.count("request id: ") == 1
    assert os.environ["VOLC_ACCESSKEY"] not in err


def test_help_shows_the_credit_cost_and_the_python_method(
    capsys: pytest.CaptureFixture[str],
) -> None:
    for operation_id in ("generateMusic", "addVideoCaptions"):
        op = operations_by_id("rawugc_client")[operation_id][2]
        code, out, _ = run(capsys, "rawugc", operation_id, "--help")
        assert code == EXIT_OK
        cost = op["x-rawugc-credits"]["cost"]
        assert f"costs {cost} credit" in out
        assert f"Python: mediaapis.RawUGC().{op['x-sdk-name']}(...)" in out
    code, out, _ = run(capsys, "rawugc", "generateImage", "--help")
    by = operations_by_id("rawugc_client")["generateImage"][2]["x-rawugc-credits"]["costBy"]
    for model, cost in by["values"].items():
        assert f"{model} {cost} credit" in out
    code, out, _ = run(capsys, "icp", "GetMediaList", "--help")
    assert "Python: mediaapis.ICP().media.list(...)" in out
    assert "credit" not in out  # ICP charges nothing per call
    code, out, _ = run(capsys, "rawugc", "--help")
    assert "music.generate" in out
    assert (
        f"[{operations_by_id('rawugc_client')['generateMusic'][2]['x-rawugc-credits']['cost']}"
        in out
    )


def test_scheduled_for_help_says_milliseconds_and_seconds_are_refused(
    capsys: pytest.CaptureFixture[str], env: None, rawugc_mock: Any
) -> None:
    code, out, _ = run(capsys, "rawugc", "rescheduleSocialPost", "--help")
    assert "scheduledFor  (required) integer" in out
    assert "Unix milliseconds" in out
    seconds = 1_893_492_000  # 2030 in seconds: 1970-01-22 in milliseconds
    code, _, err = run(
        capsys, "rawugc", "rescheduleSocialPost", "postId=post_1", f"scheduledFor={seconds}"
    )
    assert code == EXIT_USAGE
    assert "scheduledFor" in err
    assert "Unix milliseconds" in err
    assert str(seconds * 1000) in err
    body = json.dumps({"accountIds": ["acc_1"], "mode": "schedule", "scheduledFor": seconds})
    code, _, err = run(capsys, "rawugc", "createSocialPost", "--json", body)
    assert code == EXIT_USAGE
    assert "scheduledFor" in err
    assert len(rawugc_mock.calls) == 0  # nothing was sent


def test_all_walks_every_page_of_a_paged_list(
    capsys: pytest.CaptureFixture[str], env: None, icp_mock: Any, rawugc_mock: Any
) -> None:
    owner = '{"Type": "PERSON", "Id": 2}'
    works = [m for m in icp_mock.media if m.space is None and m.owner == 2]
    assert len(works) > 7  # more than one page
    code, items, err = run(capsys, "icp", "GetMediaList", f"Owner:={owner}", "PageSize:=7", "--all")
    assert code == EXIT_OK, err
    ids = [item["BasicInfo"]["MediaId"] for item in items]
    assert sorted(ids) == sorted(m.media_id for m in works)
    assert icp_mock.calls["GetMediaList"] == math.ceil(len(works) / 7)
    nobody = '{"Type": "PERSON", "Id": 999}'
    code, out, err = run(capsys, "icp", "GetMediaList", f"Owner:={nobody}", "--all")
    assert (code, out) == (EXIT_REFUSED, "")
    assert err.count("UserNotFound") == 1, err
    for n in range(3):
        code, _, err = run(capsys, "rawugc", "generateMusic", f"prompt=track {n}")
        assert code == EXIT_OK, err
    code, tracks, err = run(capsys, "rawugc", "listMusicTracks", "limit=2", "--all")
    assert code == EXIT_OK, err
    assert sorted(t["prompt"] for t in tracks) == ["track 0", "track 1", "track 2"]
    assert rawugc_mock.calls["listMusicTracks"] == 2  # two pages of 2
    code, _, err = run(capsys, "rawugc", "getPersona", "personaId=per_1", "--all")
    assert code == EXIT_USAGE
    assert "--all" in err


def test_the_cli_prints_the_typed_error_its_api_profile_makes(
    capsys: pytest.CaptureFixture[str], env: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The CLI prints and exits from the profile's typed error, not from the answer's document:
    a line the error gains, or a class that may pass, shows without a change to the CLI."""
    from mediaapis.icp import errors as icp_errors
    from mediaapis.rawugc import errors

    class WithHint(errors.NotFoundError):
        def notes(self) -> list[str]:
            return [*super().notes(), f"hint: look it up with listVideos ({self.path})"]

    monkeypatch.setitem(errors._BY_STATUS, 404, WithHint)
    code, _, err = run(capsys, "rawugc", "getVideo", "videoId=vid_nowhere")
    assert code == EXIT_REFUSED
    assert "\n  hint: look it up with listVideos (/videos/vid_nowhere)" in err, err
    assert err.count("vid_nowhere") == 2  # the detail, the hint: nothing printed twice

    monkeypatch.setattr(WithHint, "retryable", property(lambda self: True))
    code, _, err = run(capsys, "rawugc", "getVideo", "videoId=vid_nowhere")
    assert code == 3  # EXIT_FAILED: the class says it may pass

    monkeypatch.setattr(icp_errors.VolcAPIError, "notes", lambda self: [f"action: {self.action}"])
    owner = 'Owner:={"Type": "PERSON", "Id": 999}'
    code, _, err = run(capsys, "icp", "GetMediaList", owner, "MediaType:=3")
    assert code == EXIT_REFUSED
    assert "\n  action: GetMediaList" in err, err
