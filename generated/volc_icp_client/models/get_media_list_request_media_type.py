from typing import Literal

GetMediaListRequestMediaType = Literal[1, 2, 3]

GET_MEDIA_LIST_REQUEST_MEDIA_TYPE_VALUES: set[GetMediaListRequestMediaType] = {
    1,
    2,
    3,
}


def check_get_media_list_request_media_type(value: int) -> GetMediaListRequestMediaType:
    if value in GET_MEDIA_LIST_REQUEST_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEDIA_LIST_REQUEST_MEDIA_TYPE_VALUES!r}"
    )
