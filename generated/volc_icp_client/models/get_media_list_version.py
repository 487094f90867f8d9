from typing import Literal

GetMediaListVersion = Literal["2022-02-01"]

GET_MEDIA_LIST_VERSION_VALUES: set[GetMediaListVersion] = {
    "2022-02-01",
}


def check_get_media_list_version(value: str) -> GetMediaListVersion:
    if value in GET_MEDIA_LIST_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEDIA_LIST_VERSION_VALUES!r}"
    )
