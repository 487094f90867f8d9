from typing import Literal

GetMediaInfoAction = Literal["GetMediaInfo"]

GET_MEDIA_INFO_ACTION_VALUES: set[GetMediaInfoAction] = {
    "GetMediaInfo",
}


def check_get_media_info_action(value: str) -> GetMediaInfoAction:
    if value in GET_MEDIA_INFO_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEDIA_INFO_ACTION_VALUES!r}"
    )
