from typing import Literal

UploadContentType = Literal[
    "image/jpeg",
    "image/png",
    "image/webp",
    "video/mp4",
    "video/quicktime",
    "video/webm",
]

UPLOAD_CONTENT_TYPE_VALUES: set[UploadContentType] = {
    "image/jpeg",
    "image/png",
    "image/webp",
    "video/mp4",
    "video/quicktime",
    "video/webm",
}


def check_upload_content_type(value: str) -> UploadContentType:
    if value in UPLOAD_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPLOAD_CONTENT_TYPE_VALUES!r}"
    )
