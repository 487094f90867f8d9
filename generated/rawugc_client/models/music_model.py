from typing import Literal

MusicModel = Literal["V3_5", "V4", "V4_5", "V4_5ALL", "V4_5PLUS", "V5"]

MUSIC_MODEL_VALUES: set[MusicModel] = {
    "V3_5",
    "V4",
    "V4_5",
    "V4_5ALL",
    "V4_5PLUS",
    "V5",
}


def check_music_model(value: str) -> MusicModel:
    if value in MUSIC_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MUSIC_MODEL_VALUES!r}"
    )
