from typing import Literal

ListUsersAction = Literal["ListUsers"]

LIST_USERS_ACTION_VALUES: set[ListUsersAction] = {
    "ListUsers",
}


def check_list_users_action(value: str) -> ListUsersAction:
    if value in LIST_USERS_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_USERS_ACTION_VALUES!r}"
    )
