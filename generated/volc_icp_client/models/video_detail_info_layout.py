from typing import Literal

VideoDetailInfoLayout = Literal[0, 1, 2]

VIDEO_DETAIL_INFO_LAYOUT_VALUES: set[VideoDetailInfoLayout] = {
    0,
    1,
    2,
}


def check_video_detail_info_layout(value: int) -> VideoDetailInfoLayout:
    if value in VIDEO_DETAIL_INFO_LAYOUT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIDEO_DETAIL_INFO_LAYOUT_VALUES!r}"
    )
