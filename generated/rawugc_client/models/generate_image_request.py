from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.image_model import ImageModel, check_image_model
from ..models.image_output_format import ImageOutputFormat, check_image_output_format
from ..models.image_resolution import ImageResolution, check_image_resolution
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateImageRequest")


@_attrs_define
class GenerateImageRequest:
    """Image generation or edit request. Per-model rules (expressed as `if`/`then` in
    `allOf`): `imageUrls` (at least one) is required for `google/nano-banana-edit`;
    `nano-banana-2` accepts at most 14 reference images. `aspectRatio`, `resolution` and
    `googleSearch` apply to `nano-banana-2` and `imageSize` to `google/nano-banana-edit`;
    the vendor page does not say whether the other model rejects or ignores them, so this
    spec decides they are refused (a `false` schema in the `then` clause, `400` naming the
    field and the model).

        Attributes:
            model (ImageModel): Image model.
                - `nano-banana-2`: text-to-image, 4 credits.
                - `google/nano-banana-edit`: image editing, 2 credits.
            prompt (str): Text description (`nano-banana-2`) or edit instruction (`google/nano-banana-edit`), 1-20000
                characters.
            image_urls (list[str] | Unset): Source images to edit (required for `google/nano-banana-edit`) or reference
                images (optional for `nano-banana-2`, at most 14). The vendor page states no maximum for `google/nano-banana-
                edit`.
            aspect_ratio (str | Unset): Aspect ratio for `nano-banana-2`, for example `1:1`, `16:9`, `9:16` or `auto`. The
                vendor page ends its list with "etc.", so this spec does not restrict the values.
            image_size (str | Unset): Output size (as an aspect ratio) for `google/nano-banana-edit`, for example `1:1`,
                `16:9`, `9:16` or `auto`. The vendor page ends its list with "etc.", so this spec does not restrict the values.
            resolution (ImageResolution | Unset): Output resolution of `nano-banana-2`.
            output_format (ImageOutputFormat | Unset): Output file format.
            google_search (bool | Unset): Ground the generation with Google Web Search (`nano-banana-2` only). The vendor
                page does not state a default.
    """

    model: ImageModel
    prompt: str
    image_urls: list[str] | Unset = UNSET
    aspect_ratio: str | Unset = UNSET
    image_size: str | Unset = UNSET
    resolution: ImageResolution | Unset = UNSET
    output_format: ImageOutputFormat | Unset = UNSET
    google_search: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        model: str = self.model

        prompt = self.prompt

        image_urls: list[str] | Unset = UNSET
        if not isinstance(self.image_urls, Unset):
            image_urls = self.image_urls

        aspect_ratio = self.aspect_ratio

        image_size = self.image_size

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        output_format: str | Unset = UNSET
        if not isinstance(self.output_format, Unset):
            output_format = self.output_format

        google_search = self.google_search

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "model": model,
                "prompt": prompt,
            }
        )
        if image_urls is not UNSET:
            field_dict["imageUrls"] = image_urls
        if aspect_ratio is not UNSET:
            field_dict["aspectRatio"] = aspect_ratio
        if image_size is not UNSET:
            field_dict["imageSize"] = image_size
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format
        if google_search is not UNSET:
            field_dict["googleSearch"] = google_search

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = check_image_model(d.pop("model"))

        prompt = d.pop("prompt")

        image_urls = cast(list[str], d.pop("imageUrls", UNSET))

        aspect_ratio = d.pop("aspectRatio", UNSET)

        image_size = d.pop("imageSize", UNSET)

        _resolution = d.pop("resolution", UNSET)
        resolution: ImageResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_image_resolution(_resolution)

        _output_format = d.pop("outputFormat", UNSET)
        output_format: ImageOutputFormat | Unset
        if isinstance(_output_format, Unset):
            output_format = UNSET
        else:
            output_format = check_image_output_format(_output_format)

        google_search = d.pop("googleSearch", UNSET)

        generate_image_request = cls(
            model=model,
            prompt=prompt,
            image_urls=image_urls,
            aspect_ratio=aspect_ratio,
            image_size=image_size,
            resolution=resolution,
            output_format=output_format,
            google_search=google_search,
        )

        return generate_image_request
