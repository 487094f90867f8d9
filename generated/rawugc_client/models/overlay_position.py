from typing import Literal

OverlayPosition = Literal["bottom", "center", "top"]

OVERLAY_POSITION_VALUES: set[OverlayPosition] = {
    "bottom",
    "center",
    "top",
}


def check_overlay_position(value: str) -> OverlayPosition:
    if value in OVERLAY_POSITION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OVERLAY_POSITION_VALUES!r}"
    )
