from typing import Literal

SocialPostMode = Literal["draft", "now", "schedule"]

SOCIAL_POST_MODE_VALUES: set[SocialPostMode] = {
    "draft",
    "now",
    "schedule",
}


def check_social_post_mode(value: str) -> SocialPostMode:
    if value in SOCIAL_POST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOCIAL_POST_MODE_VALUES!r}"
    )
