from typing import Literal

ImageResolution = Literal["1K", "2K", "4K"]

IMAGE_RESOLUTION_VALUES: set[ImageResolution] = {
    "1K",
    "2K",
    "4K",
}


def check_image_resolution(value: str) -> ImageResolution:
    if value in IMAGE_RESOLUTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_RESOLUTION_VALUES!r}"
    )
