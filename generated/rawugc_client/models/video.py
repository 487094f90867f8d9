from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus, check_job_status
from ..models.video_model import VideoModel, check_video_model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_version import VideoVersion


T = TypeVar("T", bound="Video")


@_attrs_define
class Video:
    """A video generation job and its result.

    Attributes:
        video_id (str): Video identifier (shape `vid_xxx`).
        status (JobStatus | str): A job's status as a response reports it, one of `JobStatus` or another string. The
            page names only `completed` and `failed`, so a status this document does not know means the job is still in
            progress (keep polling); it is not refused.
        model (VideoModel): Video generation model.
            - `sora-2-text-to-video`: Sora 2 from a text prompt.
            - `sora-2-image-to-video`: Sora 2 from source images.
            - `kling-2.6/motion-control`: Kling 2.6 motion control (a reference video drives the motion of the subject in
            the image).
            - `veo3`, `veo3_fast`: Google Veo 3 (standard and fast), from a prompt with up to 2 optional images.
        credits_used (int): Credits charged for the generation.
        created_at (datetime.datetime): When the job was created.
        prompt (None | str | Unset): Prompt of the request; null when none was sent (image-to-video).
        url (None | str | Unset): URL of the video file once `status` is `completed` (this spec assumes the latest
            version after edits); null before.
        completed_at (datetime.datetime | None | Unset): When the job completed; null until then.
        fail_code (None | str | Unset): Machine-readable failure code when `status` is `failed`. The vendor page lists
            no codes.
        fail_message (None | str | Unset): Human-readable failure reason when `status` is `failed`; show it to the user.
        versions (list[VideoVersion] | Unset): Edit history (captions, overlays), oldest first (order assumed). Empty
            when the video was never edited.
    """

    video_id: str
    status: JobStatus | str
    model: VideoModel
    credits_used: int
    created_at: datetime.datetime
    prompt: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    fail_code: None | str | Unset = UNSET
    fail_message: None | str | Unset = UNSET
    versions: list[VideoVersion] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id = self.video_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        model: str = self.model

        credits_used = self.credits_used

        created_at = self.created_at.isoformat()

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

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

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "videoId": video_id,
                "status": status,
                "model": model,
                "creditsUsed": credits_used,
                "createdAt": created_at,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if url is not UNSET:
            field_dict["url"] = url
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if fail_code is not UNSET:
            field_dict["failCode"] = fail_code
        if fail_message is not UNSET:
            field_dict["failMessage"] = fail_message
        if versions is not UNSET:
            field_dict["versions"] = versions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.video_version import VideoVersion

        d = dict(src_dict)
        video_id = d.pop("videoId")

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

        model = check_video_model(d.pop("model"))

        credits_used = d.pop("creditsUsed")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

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

        _versions = d.pop("versions", UNSET)
        versions: list[VideoVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = VideoVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        video = cls(
            video_id=video_id,
            status=status,
            model=model,
            credits_used=credits_used,
            created_at=created_at,
            prompt=prompt,
            url=url,
            completed_at=completed_at,
            fail_code=fail_code,
            fail_message=fail_message,
            versions=versions,
        )

        video.additional_properties = d
        return video

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
