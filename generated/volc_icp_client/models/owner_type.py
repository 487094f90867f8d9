from typing import Literal

OwnerType = Literal["PERSON"]

OWNER_TYPE_VALUES: set[OwnerType] = {
    "PERSON",
}


def check_owner_type(value: str) -> OwnerType:
    if value in OWNER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OWNER_TYPE_VALUES!r}"
    )
