from typing import Literal

StyleAspectRatio = Literal["landscape", "portrait", "square"]

STYLE_ASPECT_RATIO_VALUES: set[StyleAspectRatio] = {
    "landscape",
    "portrait",
    "square",
}


def check_style_aspect_ratio(value: str) -> StyleAspectRatio:
    if value in STYLE_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STYLE_ASPECT_RATIO_VALUES!r}"
    )
