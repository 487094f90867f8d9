from typing import Literal

SocialPostStatus = Literal["draft", "failed", "published", "scheduled"]

SOCIAL_POST_STATUS_VALUES: set[SocialPostStatus] = {
    "draft",
    "failed",
    "published",
    "scheduled",
}


def check_social_post_status(value: str) -> SocialPostStatus:
    if value in SOCIAL_POST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOCIAL_POST_STATUS_VALUES!r}"
    )
