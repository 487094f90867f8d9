from typing import Literal

ScrapeMode = Literal["hashtag", "keyword", "search"]

SCRAPE_MODE_VALUES: set[ScrapeMode] = {
    "hashtag",
    "keyword",
    "search",
}


def check_scrape_mode(value: str) -> ScrapeMode:
    if value in SCRAPE_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCRAPE_MODE_VALUES!r}"
    )
