from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.music_track import MusicTrack
    from ..models.pagination import Pagination


T = TypeVar("T", bound="MusicTrackList")


@_attrs_define
class MusicTrackList:
    """A page of music tracks.

    Attributes:
        tracks (list[MusicTrack]): Tracks on this page.
        pagination (Pagination): Page information of a paginated list. The vendor page only says `pagination`; the
            fields are decided by this spec.
    """

    tracks: list[MusicTrack]
    pagination: Pagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tracks = []
        for tracks_item_data in self.tracks:
            tracks_item = tracks_item_data.to_dict()
            tracks.append(tracks_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tracks": tracks,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.music_track import MusicTrack
        from ..models.pagination import Pagination

        d = dict(src_dict)
        tracks = []
        _tracks = d.pop("tracks")
        for tracks_item_data in _tracks:
            tracks_item = MusicTrack.from_dict(tracks_item_data)

            tracks.append(tracks_item)

        pagination = Pagination.from_dict(d.pop("pagination"))

        music_track_list = cls(
            tracks=tracks,
            pagination=pagination,
        )

        music_track_list.additional_properties = d
        return music_track_list

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
