from typing import Literal

TiktokPrivacyLevel = Literal[
    "FOLLOWER_OF_CREATOR", "MUTUAL_FOLLOW_FRIENDS", "PUBLIC_TO_EVERYONE", "SELF_ONLY"
]

TIKTOK_PRIVACY_LEVEL_VALUES: set[TiktokPrivacyLevel] = {
    "FOLLOWER_OF_CREATOR",
    "MUTUAL_FOLLOW_FRIENDS",
    "PUBLIC_TO_EVERYONE",
    "SELF_ONLY",
}


def check_tiktok_privacy_level(value: str) -> TiktokPrivacyLevel:
    if value in TIKTOK_PRIVACY_LEVEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIKTOK_PRIVACY_LEVEL_VALUES!r}"
    )
