from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus, check_job_status
from ..models.music_model import MusicModel, check_music_model
from ..types import UNSET, Unset

T = TypeVar("T", bound="MusicTrack")


@_attrs_define
class MusicTrack:
    """A music generation job and its result.

    Attributes:
        music_id (str): Music track identifier.
        status (JobStatus | str): A job's status as a response reports it, one of `JobStatus` or another string. The
            page names only `completed` and `failed`, so a status this document does not know means the job is still in
            progress (keep polling); it is not refused.
        model (MusicModel): Suno model version.
        prompt (str): Prompt of the request.
        credits_used (int): Credits charged for the generation.
        created_at (datetime.datetime): When the job was created.
        audio_url (None | str | Unset): URL of the audio file once `status` is `completed`; null before.
        album_art_url (None | str | Unset): URL of generated album art, when available.
        duration (float | None | Unset): Track length in seconds (unit assumed; the vendor page does not state it), once
            completed.
        title (None | str | Unset): Track title (the requested one, or one chosen by the model), when available.
        completed_at (datetime.datetime | None | Unset): When the job completed; null until then.
        fail_code (None | str | Unset): Machine-readable failure code when `status` is `failed`. The vendor page lists
            no codes.
        fail_message (None | str | Unset): Human-readable failure reason when `status` is `failed`; show it to the user.
    """

    music_id: str
    status: JobStatus | str
    model: MusicModel
    prompt: str
    credits_used: int
    created_at: datetime.datetime
    audio_url: None | str | Unset = UNSET
    album_art_url: None | str | Unset = UNSET
    duration: float | None | Unset = UNSET
    title: None | str | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    fail_code: None | str | Unset = UNSET
    fail_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        model: str = self.model

        prompt = self.prompt

        credits_used = self.credits_used

        created_at = self.created_at.isoformat()

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        album_art_url: None | str | Unset
        if isinstance(self.album_art_url, Unset):
            album_art_url = UNSET
        else:
            album_art_url = self.album_art_url

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

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
                "musicId": music_id,
                "status": status,
                "model": model,
                "prompt": prompt,
                "creditsUsed": credits_used,
                "createdAt": created_at,
            }
        )
        if audio_url is not UNSET:
            field_dict["audioUrl"] = audio_url
        if album_art_url is not UNSET:
            field_dict["albumArtUrl"] = album_art_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if title is not UNSET:
            field_dict["title"] = title
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
        music_id = d.pop("musicId")

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

        model = check_music_model(d.pop("model"))

        prompt = d.pop("prompt")

        credits_used = d.pop("creditsUsed")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_audio_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_url = _parse_audio_url(d.pop("audioUrl", UNSET))

        def _parse_album_art_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        album_art_url = _parse_album_art_url(d.pop("albumArtUrl", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

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

        music_track = cls(
            music_id=music_id,
            status=status,
            model=model,
            prompt=prompt,
            credits_used=credits_used,
            created_at=created_at,
            audio_url=audio_url,
            album_art_url=album_art_url,
            duration=duration,
            title=title,
            completed_at=completed_at,
            fail_code=fail_code,
            fail_message=fail_message,
        )

        music_track.additional_properties = d
        return music_track

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
