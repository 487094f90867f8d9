from typing import Literal

StyleType = Literal["image", "video"]

STYLE_TYPE_VALUES: set[StyleType] = {
    "image",
    "video",
}


def check_style_type(value: str) -> StyleType:
    if value in STYLE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STYLE_TYPE_VALUES!r}"
    )
