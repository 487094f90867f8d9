from typing import Literal

GetMediaListAction = Literal["GetMediaList"]

GET_MEDIA_LIST_ACTION_VALUES: set[GetMediaListAction] = {
    "GetMediaList",
}


def check_get_media_list_action(value: str) -> GetMediaListAction:
    if value in GET_MEDIA_LIST_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEDIA_LIST_ACTION_VALUES!r}"
    )
