from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.music_model import MusicModel, check_music_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateMusicRequest")


@_attrs_define
class GenerateMusicRequest:
    """Music generation request. Setting `title` enables custom mode together with `style`; the vendor page does not say
    whether `style` is then required, so this spec does not require it.

        Attributes:
            prompt (str): Music description (1-2000 characters).
            model (MusicModel | Unset): Suno model version. Default: 'V5'.
            instrumental (bool | Unset): Instrumental only, without vocals. Default: True.
            title (str | Unset): Track title (at most 200 characters). Enables custom mode with `style`.
            style (str | Unset): Style descriptor (at most 500 characters), for example `lo-fi hip hop`.
    """

    prompt: str
    model: MusicModel | Unset = "V5"
    instrumental: bool | Unset = True
    title: str | Unset = UNSET
    style: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        instrumental = self.instrumental

        title = self.title

        style = self.style

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "prompt": prompt,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if instrumental is not UNSET:
            field_dict["instrumental"] = instrumental
        if title is not UNSET:
            field_dict["title"] = title
        if style is not UNSET:
            field_dict["style"] = style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        _model = d.pop("model", UNSET)
        model: MusicModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_music_model(_model)

        instrumental = d.pop("instrumental", UNSET)

        title = d.pop("title", UNSET)

        style = d.pop("style", UNSET)

        generate_music_request = cls(
            prompt=prompt,
            model=model,
            instrumental=instrumental,
            title=title,
            style=style,
        )

        return generate_music_request
