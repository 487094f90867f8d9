from typing import Literal

CharacterType = Literal["admin", "user"]

CHARACTER_TYPE_VALUES: set[CharacterType] = {
    "admin",
    "user",
}


def check_character_type(value: str) -> CharacterType:
    if value in CHARACTER_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CHARACTER_TYPE_VALUES!r}"
    )
