from typing import Literal

GenerateVideoRequestNFrames = Literal["10", "15"]

GENERATE_VIDEO_REQUEST_N_FRAMES_VALUES: set[GenerateVideoRequestNFrames] = {
    "10",
    "15",
}


def check_generate_video_request_n_frames(value: str) -> GenerateVideoRequestNFrames:
    if value in GENERATE_VIDEO_REQUEST_N_FRAMES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GENERATE_VIDEO_REQUEST_N_FRAMES_VALUES!r}"
    )
