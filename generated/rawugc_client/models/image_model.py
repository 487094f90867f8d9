from typing import Literal

ImageModel = Literal["google/nano-banana-edit", "nano-banana-2"]

IMAGE_MODEL_VALUES: set[ImageModel] = {
    "google/nano-banana-edit",
    "nano-banana-2",
}


def check_image_model(value: str) -> ImageModel:
    if value in IMAGE_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_MODEL_VALUES!r}"
    )
