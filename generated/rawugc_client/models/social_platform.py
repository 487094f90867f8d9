from typing import Literal

SocialPlatform = Literal["instagram", "tiktok", "youtube"]

SOCIAL_PLATFORM_VALUES: set[SocialPlatform] = {
    "instagram",
    "tiktok",
    "youtube",
}


def check_social_platform(value: str) -> SocialPlatform:
    if value in SOCIAL_PLATFORM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SOCIAL_PLATFORM_VALUES!r}"
    )
