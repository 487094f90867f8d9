from typing import Literal

ImageOutputFormat = Literal["jpeg", "jpg", "png"]

IMAGE_OUTPUT_FORMAT_VALUES: set[ImageOutputFormat] = {
    "jpeg",
    "jpg",
    "png",
}


def check_image_output_format(value: str) -> ImageOutputFormat:
    if value in IMAGE_OUTPUT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_OUTPUT_FORMAT_VALUES!r}"
    )
