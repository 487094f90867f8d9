from typing import Literal

VideoEditOperation = Literal["captions", "overlay"]

VIDEO_EDIT_OPERATION_VALUES: set[VideoEditOperation] = {
    "captions",
    "overlay",
}


def check_video_edit_operation(value: str) -> VideoEditOperation:
    if value in VIDEO_EDIT_OPERATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_EDIT_OPERATION_VALUES!r}"
    )
