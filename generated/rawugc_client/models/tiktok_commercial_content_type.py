from typing import Literal

TiktokCommercialContentType = Literal["brand_content", "brand_organic", "none"]

TIKTOK_COMMERCIAL_CONTENT_TYPE_VALUES: set[TiktokCommercialContentType] = {
    "brand_content",
    "brand_organic",
    "none",
}


def check_tiktok_commercial_content_type(value: str) -> TiktokCommercialContentType:
    if value in TIKTOK_COMMERCIAL_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {TIKTOK_COMMERCIAL_CONTENT_TYPE_VALUES!r}"
    )
