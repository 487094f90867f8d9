"""Time per signature: our ``VolcSignatureAuth`` against the official SDK's ``SignerV4``.

Both sign the same POST (the FACTS.md known-answer request) in the same process; each figure is
the best of several repeats of many signatures, so background noise inflates neither side.
"""

from __future__ import annotations

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


def run(number: int = 20_000) -> list[Row]:
    auth = VolcSignatureAuth(VolcCredentials("AKLTtest", "secret"))
    request = httpx.Request("POST", URL, content=BODY, headers={"Content-Type": "application/json"})
    text = BODY.decode()

    def ours() -> None:
        auth.sign(request)

    def official() -> None:
        headers = {"Content-Type": "application/json", "Host": "icp.volcengineapi.com"}
        SignerV4.sign(
            "/",
            "POST",
            headers,
            text,
            None,
            QUERY,
            "AKLTtest",
            "secret",
            "cn-north-1",
            "iccloud_muse",
        )

    ours()
    official()  # warm both (key cache, spec load)
    baseline, value = best_microseconds([official, ours], number)
    return [
        Row("ICP signer, time per signature vs official SDK SignerV4", value, "us", baseline, 0.4)
    ]
