from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_model import ImageModel, check_image_model
from ..models.image_output_format import ImageOutputFormat, check_image_output_format
from ..models.image_resolution import ImageResolution, check_image_resolution
from ..models.job_status import JobStatus, check_job_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="Image")


@_attrs_define
class Image:
    """An image generation job and its result.

    Attributes:
        image_id (str): Image identifier.
        status (JobStatus | str): A job's status as a response reports it, one of `JobStatus` or another string. The
            page names only `completed` and `failed`, so a status this document does not know means the job is still in
            progress (keep polling); it is not refused.
        model (ImageModel): Image model.
            - `nano-banana-2`: text-to-image, 4 credits.
            - `google/nano-banana-edit`: image editing, 2 credits.
        prompt (str): Prompt or edit instruction of the request.
        credits_used (int): Credits charged for the generation.
        created_at (datetime.datetime): When the job was created.
        url (None | str | Unset): URL of the image file once `status` is `completed`; null before.
        image_size (None | str | Unset): Requested output size (`google/nano-banana-edit`); null when not set.
        resolution (ImageResolution | None | Unset): Requested resolution (`nano-banana-2`); null when not set.
        output_format (ImageOutputFormat | None | Unset): Output file format; null when not set.
        completed_at (datetime.datetime | None | Unset): When the job completed; null until then.
        fail_code (None | str | Unset): Machine-readable failure code when `status` is `failed`. The vendor page lists
            no codes.
        fail_message (None | str | Unset): Human-readable failure reason when `status` is `failed`; show it to the user.
    """

    image_id: str
    status: JobStatus | str
    model: ImageModel
    prompt: str
    credits_used: int
    created_at: datetime.datetime
    url: None | str | Unset = UNSET
    image_size: None | str | Unset = UNSET
    resolution: ImageResolution | None | Unset = UNSET
    output_format: ImageOutputFormat | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    fail_code: None | str | Unset = UNSET
    fail_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_id = self.image_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        model: str = self.model

        prompt = self.prompt

        credits_used = self.credits_used

        created_at = self.created_at.isoformat()

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        image_size: None | str | Unset
        if isinstance(self.image_size, Unset):
            image_size = UNSET
        else:
            image_size = self.image_size

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, str):
            resolution = self.resolution
        else:
            resolution = self.resolution

        output_format: None | str | Unset
        if isinstance(self.output_format, Unset):
            output_format = UNSET
        elif isinstance(self.output_format, str):
            output_format = self.output_format
        else:
            output_format = self.output_format

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        fail_code: None | str | Unset
        if isinstance(self.fail_code, Unset):
            fail_code = UNSET
        else:
            fail_code = self.fail_code

        fail_message: None | str | Unset
        if isinstance(self.fail_message, Unset):
            fail_message = UNSET
        else:
            fail_message = self.fail_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "imageId": image_id,
                "status": status,
                "model": model,
                "prompt": prompt,
                "creditsUsed": credits_used,
                "createdAt": created_at,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if image_size is not UNSET:
            field_dict["imageSize"] = image_size
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if output_format is not UNSET:
            field_dict["outputFormat"] = output_format
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if fail_code is not UNSET:
            field_dict["failCode"] = fail_code
        if fail_message is not UNSET:
            field_dict["failMessage"] = fail_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        image_id = d.pop("imageId")

        def _parse_status(data: object) -> JobStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_reported_job_status_type_0 = check_job_status(data)

                return componentsschemas_reported_job_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobStatus | str, data)

        status = _parse_status(d.pop("status"))

        model = check_image_model(d.pop("model"))

        prompt = d.pop("prompt")

        credits_used = d.pop("creditsUsed")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_image_size(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_size = _parse_image_size(d.pop("imageSize", UNSET))

        def _parse_resolution(data: object) -> ImageResolution | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = check_image_resolution(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageResolution | None | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_output_format(data: object) -> ImageOutputFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                output_format_type_0 = check_image_output_format(data)

                return output_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageOutputFormat | None | Unset, data)

        output_format = _parse_output_format(d.pop("outputFormat", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        def _parse_fail_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail_code = _parse_fail_code(d.pop("failCode", UNSET))

        def _parse_fail_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail_message = _parse_fail_message(d.pop("failMessage", UNSET))

        image = cls(
            image_id=image_id,
            status=status,
            model=model,
            prompt=prompt,
            credits_used=credits_used,
            created_at=created_at,
            url=url,
            image_size=image_size,
            resolution=resolution,
            output_format=output_format,
            completed_at=completed_at,
            fail_code=fail_code,
            fail_message=fail_message,
        )

        image.additional_properties = d
        return image

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
