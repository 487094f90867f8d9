from typing import Literal

GetMediaInfoRequestArticleContentFormat = Literal["", "html", "json"]

GET_MEDIA_INFO_REQUEST_ARTICLE_CONTENT_FORMAT_VALUES: set[
    GetMediaInfoRequestArticleContentFormat
] = {
    "",
    "html",
    "json",
}


def check_get_media_info_request_article_content_format(
    value: str,
) -> GetMediaInfoRequestArticleContentFormat:
    if value in GET_MEDIA_INFO_REQUEST_ARTICLE_CONTENT_FORMAT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEDIA_INFO_REQUEST_ARTICLE_CONTENT_FORMAT_VALUES!r}"
    )
