from typing import Literal

GenerateVideoRequestCharacterOrientation = Literal["image", "video"]

GENERATE_VIDEO_REQUEST_CHARACTER_ORIENTATION_VALUES: set[
    GenerateVideoRequestCharacterOrientation
] = {
    "image",
    "video",
}


def check_generate_video_request_character_orientation(
    value: str,
) -> GenerateVideoRequestCharacterOrientation:
    if value in GENERATE_VIDEO_REQUEST_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_VIDEO_REQUEST_CHARACTER_ORIENTATION_VALUES!r}"
    )
