from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_status import JobStatus, check_job_status
from ..models.music_model import MusicModel, check_music_model

T = TypeVar("T", bound="MusicGenerationAccepted")


@_attrs_define
class MusicGenerationAccepted:
    """Answer to `generateMusic`; poll `getMusicTrack` with `musicId`.

    Attributes:
        music_id (str): Identifier of the new music job.
        model (MusicModel): Suno model version.
        status (JobStatus | str): A job's status as a response reports it, one of `JobStatus` or another string. The
            page names only `completed` and `failed`, so a status this document does not know means the job is still in
            progress (keep polling); it is not refused.
        credits_used (int): Credits charged (3 per generation).
        new_balance (int): Credit balance of the organisation after the charge.
        estimated_completion_time (int): Estimated time until the job completes, in whole seconds (unit decided by this
            spec).
        created_at (datetime.datetime): When the job was created.
    """

    music_id: str
    model: MusicModel
    status: JobStatus | str
    credits_used: int
    new_balance: int
    estimated_completion_time: int
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music_id = self.music_id

        model: str = self.model

        status: str
        if isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        credits_used = self.credits_used

        new_balance = self.new_balance

        estimated_completion_time = self.estimated_completion_time

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "musicId": music_id,
                "model": model,
                "status": status,
                "creditsUsed": credits_used,
                "newBalance": new_balance,
                "estimatedCompletionTime": estimated_completion_time,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        music_id = d.pop("musicId")

        model = check_music_model(d.pop("model"))

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

        credits_used = d.pop("creditsUsed")

        new_balance = d.pop("newBalance")

        estimated_completion_time = d.pop("estimatedCompletionTime")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        music_generation_accepted = cls(
            music_id=music_id,
            model=model,
            status=status,
            credits_used=credits_used,
            new_balance=new_balance,
            estimated_completion_time=estimated_completion_time,
            created_at=created_at,
        )

        music_generation_accepted.additional_properties = d
        return music_generation_accepted

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
