from typing import Literal

GenerateVideoRequestMode = Literal["1080p", "720p"]

GENERATE_VIDEO_REQUEST_MODE_VALUES: set[GenerateVideoRequestMode] = {
    "1080p",
    "720p",
}


def check_generate_video_request_mode(value: str) -> GenerateVideoRequestMode:
    if value in GENERATE_VIDEO_REQUEST_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_VIDEO_REQUEST_MODE_VALUES!r}"
    )
