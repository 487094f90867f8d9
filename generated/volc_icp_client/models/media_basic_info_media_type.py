from typing import Literal

MediaBasicInfoMediaType = Literal["draft", "film", "material", "template"]

MEDIA_BASIC_INFO_MEDIA_TYPE_VALUES: set[MediaBasicInfoMediaType] = {
    "draft",
    "film",
    "material",
    "template",
}


def check_media_basic_info_media_type(value: str) -> MediaBasicInfoMediaType:
    if value in MEDIA_BASIC_INFO_MEDIA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEDIA_BASIC_INFO_MEDIA_TYPE_VALUES!r}"
    )
