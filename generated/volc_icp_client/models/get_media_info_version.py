from typing import Literal

GetMediaInfoVersion = Literal["2022-02-01"]

GET_MEDIA_INFO_VERSION_VALUES: set[GetMediaInfoVersion] = {
    "2022-02-01",
}


def check_get_media_info_version(value: str) -> GetMediaInfoVersion:
    if value in GET_MEDIA_INFO_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEDIA_INFO_VERSION_VALUES!r}"
    )
