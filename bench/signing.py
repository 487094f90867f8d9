"""Time per signature: our ``VolcSignatureAuth`` against the official SDK's ``SignerV4``.

Both sign the FACTS.md known-answer POST in the same process, three ways: the same request
re-signed (our caches all hit), a fresh body on every signature (a new body hash each time),
and a new query string on every signature (our per-target cache always misses). Each figure
is the best of several interleaved repeats of many signatures, so background noise inflates
neither side. ``python -m bench.signing`` runs these rows alone.
"""

from __future__ import annotations

import itertools
import timeit
from collections.abc import Callable

import httpx
from volcenginesdkcore.signv4 import SignerV4

from mediaapis.icp import VolcCredentials, VolcSignatureAuth

from ._results import Row

BODY = b'{"Owner":{"Type":"PERSON","Id":1},"MediaType":3,"PageNum":0,"PageSize":10}'
URL = "https://icp.volcengineapi.com/?Action=GetMediaList&Version=2022-02-01"
QUERY = {"Action": "GetMediaList", "Version": "2022-02-01"}


def best_microseconds(funcs: list[Callable[[], None]], number: int, repeat: int = 9) -> list[float]:
    """Best time per call of each function; the repeats are interleaved so that a change of load
    during the run weighs on every function alike."""
    best = [float("inf")] * len(funcs)
    for _ in range(repeat):
        for index, func in enumerate(funcs):
            best[index] = min(best[index], timeit.timeit(func, number=number) / number * 1e6)
    return best


def run(number: int = 20_000, pool: int = 2_000) -> list[Row]:
    auth = VolcSignatureAuth(VolcCredentials("AKLTtest", "secret"))
    headers = {"Content-Type": "application/json"}
    request = httpx.Request("POST", URL, content=BODY, headers=headers)
    text = BODY.decode()

    def official_sign(body: str, query: dict[str, str]) -> None:
        signed = {"Content-Type": "application/json", "Host": "icp.volcengineapi.com"}
        SignerV4.sign(
            "/",
            "POST",
            signed,
            body,
            None,
            query,
            "AKLTtest",
            "secret",
            "cn-north-1",
            "iccloud_muse",
        )

    # a fresh body on every signature: as many distinct bodies on both sides
    bodies = [BODY[:-1] + b',"Tag":%d}' % i for i in range(pool)]
    fresh = itertools.cycle(
        [httpx.Request("POST", URL, content=b, headers=headers) for b in bodies]
    )
    fresh_text = itertools.cycle([b.decode() for b in bodies])
    # a new query string on every signature (more targets than our cache holds)
    queries = [{**QUERY, "PageToken": f"t{i}"} for i in range(pool)]
    targets = itertools.cycle(
        [httpx.Request("POST", URL, params=q, content=BODY, headers=headers) for q in queries]
    )
    query_cycle = itertools.cycle(queries)

    funcs: list[Callable[[], None]] = [
        lambda: official_sign(text, QUERY),
        lambda: auth.sign(request),
        lambda: official_sign(next(fresh_text), QUERY),
        lambda: auth.sign(next(fresh)),
        lambda: official_sign(text, next(query_cycle)),
        lambda: auth.sign(next(targets)),
    ]
    for func in funcs:
        func()  # warm every path (key cache, spec load)
    times = best_microseconds(funcs, number)
    base, cached, base_body, body, base_query, query = times
    name = "ICP signer vs official SignerV4"
    return [
        Row(f"{name}, same request re-signed", cached, "us", base, 0.4),
        Row(f"{name}, a fresh body each time", body, "us", base_body, 0.35),
        Row(f"{name}, a new query each time", query, "us", base_query, 0.6),
    ]


if __name__ == "__main__":  # these rows alone, printed (bench/results.json is left as it is)
    for row in run():
        verdict = "yes" if row.meets_target else "NO"
        print(
            f"{row.name:<58} {row.value:7.2f} us {row.baseline:7.2f} us {row.ratio:6.3f} {verdict}"
        )
