"""The one typed model of what the specs state per operation (``mediaapis.spec``), and the
places that decide from it: the retry policy, the MCP guards, the CLI help."""

from __future__ import annotations

import httpx
import pytest

from mediaapis import spec
from mediaapis._spec import iter_operations
from mediaapis._transport import OPERATION_EXTENSION
from mediaapis.mcp import guards, tools
from mediaapis.rawugc.transport import PROFILE


def test_every_operation_of_both_specs_has_its_facts() -> None:
    for api, package in spec.PACKAGES.items():
        facts = spec.operations(api)
        assert spec.operations(package) is facts  # built once, by either name
        entries = list(iter_operations(package))
        assert len(facts) == len(entries) > 0
        for path, method, entry in entries:
            found = facts[entry["operationId"]]
            assert (found.api, found.path, found.method) == (api, path, method.upper())
            assert found.sdk_name == entry["x-sdk-name"]
            assert found.spends_credits == ("x-rawugc-credits" in entry)
            assert found.publishes == (entry.get("x-rawugc-publishes") is True)
            assert (found.job is not None) == ("x-rawugc-job" in entry)
            assert (found.paging is not None) == ("x-pagination" in entry)
            assert (found.batch is not None) == ("x-sdk-batch" in entry)
            assert (found.signing is not None) == ("x-volc-signing" in entry)


def test_prices_as_the_spec_states_them() -> None:
    rawugc = spec.operations("rawugc")
    image = rawugc["generateImage"].credits
    assert image is not None
    assert image.field == "model"
    assert image.cost_of({"model": "nano-banana-2"}) == 4
    assert image.cost_of({"model": "google/nano-banana-edit"}) == 2
    assert image.cost_of({}) is None
    assert image.most == 4
    music = rawugc["generateMusic"].credits
    assert music is not None
    assert music.cost_of(None) == 3
    assert music.describe() == "3 credits"
    video = rawugc["generateVideo"].credits
    assert video is not None
    assert video.cost_of({"model": "veo3"}) is None
    assert rawugc["listVideos"].credits is None
    with pytest.raises(ValueError, match="unknown API 'other'"):
        spec.operations("other")


def test_publishing_is_narrowed_by_the_body() -> None:
    post = spec.operations("rawugc")["createSocialPost"]
    assert post.publishes_with({"mode": "now"})
    assert post.publishes_with(b'{"mode":"schedule"}')
    assert not post.publishes_with({"mode": "draft"})
    assert post.publishes_with(b"not json")  # unreadable: it may publish
    assert spec.operations("rawugc")["publishSocialPost"].publishes_with(None)
    assert not spec.operations("rawugc")["getVideo"].publishes_with(None)


@pytest.mark.parametrize("body", [b'{"mode": "now"}', b'{"mode": "draft"}', b""])
def test_the_retry_policy_and_the_mcp_guard_decide_from_the_same_facts(body: bytes) -> None:
    """For every RawUGC operation, the transport's retry safety is the facts' ``retry_safe``
    and the MCP guard's price and publishing are the facts' (no second reading)."""
    for facts in spec.operations("rawugc").values():
        request = httpx.Request(
            facts.method,
            "https://api.test" + facts.path,
            content=body,
            extensions={OPERATION_EXTENSION: facts.operation_id},
        )
        operation, safe = PROFILE.classify(request, facts.path, facts.operation_id)
        assert operation == facts.operation_id
        assert safe == facts.retry_safe(body), facts.operation_id
        entry = dict(facts.extensions) | {"operationId": facts.operation_id}
        arguments = {"mode": "now"} if b"now" in body else {"mode": "draft"}
        assert guards.publishes(entry, arguments) == facts.publishes_with(arguments)
        price = guards.credit_cost("rawugc_client", entry, {"model": "nano-banana-2"})
        expected = 0 if facts.credits is None else facts.credits.cost_of({"model": "nano-banana-2"})
        assert price == expected
        assert (tools.credits_note(entry) is None) == (facts.credits is None)


def test_paging_batching_and_job_lists_as_the_spec_states_them() -> None:
    """The limits a list's schemas state, and the job list's status filter, are in the model:
    the job sweeps, the pagination helpers and the ICP helpers read them from it."""
    rawugc, icp = spec.operations("rawugc"), spec.operations("icp")
    assert rawugc["listVideos"].paging == spec.Paging(
        "query", "page", 1, "query", "limit", "videos", "pagination.totalPages", 100
    )
    assert icp["getMediaList"].paging == spec.Paging(
        "body",
        "PageNum",
        0,
        "body",
        "PageSize",
        "Result.MediaInfos",
        "Result.PageInfo.TotalPage",
        20,
    )
    batch = icp["getMediaInfo"].batch
    assert batch is not None
    assert (batch.parameter_name, batch.limit, batch.items) == ("MediaIds", 20, "Result.MediaInfos")
    job = rawugc["generateVideo"].job
    assert job is not None
    assert (job.list_operation, job.list_items, job.list_status_parameter) == (
        "listVideos",
        "videos",
        "status",
    )
    assert (job.created_field, job.fail_fields) == ("createdAt", ("failCode", "failMessage"))
    assert job.min_interval is not None
    assert job.max_interval is not None
    assert job.min_interval <= job.max_interval


def test_limits_need_the_document() -> None:
    """An operation read alone states no schema limit; with its document it does."""
    path, method, entry = next(
        row for row in iter_operations("volc_icp_client") if row[2]["operationId"] == "getMediaInfo"
    )
    alone = spec.facts_of("icp", path, method, entry).batch
    assert alone is not None
    assert alone.limit is None
    document = spec.operations("icp")["getMediaInfo"].batch
    assert document is not None
    assert document.limit == 20
