from typing import Literal

VideoModel = Literal[
    "kling-2.6/motion-control",
    "sora-2-image-to-video",
    "sora-2-text-to-video",
    "veo3",
    "veo3_fast",
]

VIDEO_MODEL_VALUES: set[VideoModel] = {
    "kling-2.6/motion-control",
    "sora-2-image-to-video",
    "sora-2-text-to-video",
    "veo3",
    "veo3_fast",
}


def check_video_model(value: str) -> VideoModel:
    if value in VIDEO_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_MODEL_VALUES!r}"
    )
