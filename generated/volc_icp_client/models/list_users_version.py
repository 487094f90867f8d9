from typing import Literal

ListUsersVersion = Literal["2022-02-01"]

LIST_USERS_VERSION_VALUES: set[ListUsersVersion] = {
    "2022-02-01",
}


def check_list_users_version(value: str) -> ListUsersVersion:
    if value in LIST_USERS_VERSION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USERS_VERSION_VALUES!r}"
    )
