from typing import Literal

GetMediaListProductType = Literal[1, 2]

GET_MEDIA_LIST_PRODUCT_TYPE_VALUES: set[GetMediaListProductType] = {
    1,
    2,
}


def check_get_media_list_product_type(value: int) -> GetMediaListProductType:
    if value in GET_MEDIA_LIST_PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_MEDIA_LIST_PRODUCT_TYPE_VALUES!r}"
    )
