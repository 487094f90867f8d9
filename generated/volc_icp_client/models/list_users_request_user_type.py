from typing import Literal

ListUsersRequestUserType = Literal["All", "Busy", "Idle"]

LIST_USERS_REQUEST_USER_TYPE_VALUES: set[ListUsersRequestUserType] = {
    "All",
    "Busy",
    "Idle",
}


def check_list_users_request_user_type(value: str) -> ListUsersRequestUserType:
    if value in LIST_USERS_REQUEST_USER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USERS_REQUEST_USER_TYPE_VALUES!r}"
    )
