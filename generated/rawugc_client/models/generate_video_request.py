from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.generate_video_request_character_orientation import (
    GenerateVideoRequestCharacterOrientation,
    check_generate_video_request_character_orientation,
)
from ..models.generate_video_request_mode import (
    GenerateVideoRequestMode,
    check_generate_video_request_mode,
)
from ..models.generate_video_request_n_frames import (
    GenerateVideoRequestNFrames,
    check_generate_video_request_n_frames,
)
from ..models.video_aspect_ratio import VideoAspectRatio, check_video_aspect_ratio
from ..models.video_model import VideoModel, check_video_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateVideoRequest")


@_attrs_define
class GenerateVideoRequest:
    """Video generation request. Per-model rules (expressed as `if`/`then` in `allOf`):
    `prompt` is required for `sora-2-text-to-video`, `veo3` and `veo3_fast`;
    `imageUrls` is required for `sora-2-image-to-video` and `kling-2.6/motion-control`;
    `videoUrls` is required for `kling-2.6/motion-control`; Veo 3 models accept at most 2
    `imageUrls`; `aspectRatio` values depend on the model family. `nFrames` applies to
    Sora only and `videoUrls`, `characterOrientation` and `mode` to Kling only. The vendor
    page marks them "(Sora only)" / "(kling only)" / "For kling" without saying whether
    other models reject or ignore them; this spec decides they are refused (a `false`
    schema in the `then` clause, `400` naming the field and the model), so a setting that
    would silently not apply is caught before the request spends credits.

    Note on the `then` clauses (here and in the other request schemas): each one declares
    the properties it names (repeating the type where it only requires the property) and
    sets `additionalProperties: true`. Both are no-ops for validation (the body stays closed by the top-level
    `additionalProperties: false`); they only keep linters that check a subschema in
    isolation from reporting false positives.

        Attributes:
            model (VideoModel): Video generation model.
                - `sora-2-text-to-video`: Sora 2 from a text prompt.
                - `sora-2-image-to-video`: Sora 2 from source images.
                - `kling-2.6/motion-control`: Kling 2.6 motion control (a reference video drives the motion of the subject in
                the image).
                - `veo3`, `veo3_fast`: Google Veo 3 (standard and fast), from a prompt with up to 2 optional images.
            prompt (str | Unset): Text description of the video (1-5000 characters). Required for `sora-2-text-to-video`,
                `veo3` and `veo3_fast`.
            image_urls (list[str] | Unset): Source image URLs (at most 10; at most 2 optional images for `veo3` /
                `veo3_fast`). Required for `sora-2-image-to-video` and `kling-2.6/motion-control`, and then must not be empty
                (the "at least one" is decided by this spec). Use `uploadFile` to get URLs for local files.
            video_urls (list[str] | Unset): Reference video URLs (at most 1). Required, with one URL, for `kling-2.6/motion-
                control`.
            aspect_ratio (VideoAspectRatio | Unset): Video aspect ratio. Sora models accept `portrait` / `landscape`; Veo 3
                models accept `16:9` / `9:16` / `Auto`. The vendor page lists no values for Kling; this spec allows any of them
                there.
            n_frames (GenerateVideoRequestNFrames | Unset): Video length setting, as a string `"10"` or `"15"` (Sora only).
                The vendor page does not state a default.
            selected_character (str | Unset): Username of a character to feature (for example `rawugc.mia`), see
                `listCharacters`. The vendor page does not state the error for an unknown username; this spec decides `404`
                (like any other reference to nothing), naming the field.
            character_orientation (GenerateVideoRequestCharacterOrientation | Unset): Whether the character's orientation
                follows the source `image` or the reference `video` (Kling only).
            mode (GenerateVideoRequestMode | Unset): Output resolution, `720p` or `1080p` (Kling only).
    """

    model: VideoModel
    prompt: str | Unset = UNSET
    image_urls: list[str] | Unset = UNSET
    video_urls: list[str] | Unset = UNSET
    aspect_ratio: VideoAspectRatio | Unset = UNSET
    n_frames: GenerateVideoRequestNFrames | Unset = UNSET
    selected_character: str | Unset = UNSET
    character_orientation: GenerateVideoRequestCharacterOrientation | Unset = UNSET
    mode: GenerateVideoRequestMode | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        video_urls: list[str] | Unset = UNSET
        if not isinstance(self.video_urls, Unset):
            video_urls = self.video_urls

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        n_frames: str | Unset = UNSET
        if not isinstance(self.n_frames, Unset):
            n_frames = self.n_frames

        selected_character = self.selected_character

        character_orientation: str | Unset = UNSET
        if not isinstance(self.character_orientation, Unset):
            character_orientation = self.character_orientation

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if video_urls is not UNSET:
            field_dict["videoUrls"] = video_urls
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if n_frames is not UNSET:
            field_dict["nFrames"] = n_frames
        if selected_character is not UNSET:
            field_dict["selectedCharacter"] = selected_character
        if character_orientation is not UNSET:
            field_dict["characterOrientation"] = character_orientation
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_video_model(d.pop("model"))

        prompt = d.pop("prompt", UNSET)

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        video_urls = cast(list[str], d.pop("videoUrls", UNSET))

        _aspect_ratio = d.pop("aspectRatio", UNSET)
        aspect_ratio: VideoAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_video_aspect_ratio(_aspect_ratio)

        _n_frames = d.pop("nFrames", UNSET)
        n_frames: GenerateVideoRequestNFrames | Unset
        if isinstance(_n_frames, Unset):
            n_frames = UNSET
        else:
            n_frames = check_generate_video_request_n_frames(_n_frames)

        selected_character = d.pop("selectedCharacter", UNSET)

        _character_orientation = d.pop("characterOrientation", UNSET)
        character_orientation: GenerateVideoRequestCharacterOrientation | Unset
        if isinstance(_character_orientation, Unset):
            character_orientation = UNSET
        else:
            character_orientation = check_generate_video_request_character_orientation(
                _character_orientation
            )

        _mode = d.pop("mode", UNSET)
        mode: GenerateVideoRequestMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = check_generate_video_request_mode(_mode)

        generate_video_request = cls(
            model=model,
            prompt=prompt,
            image_urls=image_urls,
            video_urls=video_urls,
            aspect_ratio=aspect_ratio,
            n_frames=n_frames,
            selected_character=selected_character,
            character_orientation=character_orientation,
            mode=mode,
        )

        return generate_video_request
