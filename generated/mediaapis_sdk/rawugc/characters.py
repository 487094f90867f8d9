"""Characters: the ``characters`` resource of the RawUGC API (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

from mediaapis._resource import (
    NOT_GIVEN,
    AsyncAPIResource,
    Endpoint,
    NotGiven,
    SyncAPIResource,
    Timeout,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from rawugc_client.api.characters import get_character as _get_character
from rawugc_client.api.characters import list_characters as _list_characters
from rawugc_client.models.character import Character
from rawugc_client.models.character_list import CharacterList

_LIST_CHARACTERS = Endpoint("listCharacters", _list_characters, CharacterList.from_dict)
_GET_CHARACTER = Endpoint("getCharacter", _get_character, Character.from_dict)


class Characters(SyncAPIResource):
    """Characters operations."""

    @cached_property
    def with_raw_response(self) -> CharactersWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return CharactersWithRawResponse(self)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CharacterList:
        """List characters"""

        arguments: dict[str, Any] = {}

        return (self._request(_LIST_CHARACTERS, arguments, timeout, extra_headers)).parse()

    def get(
        self,
        character_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Character:
        """Get a character"""

        arguments: dict[str, Any] = {
            "character_id": character_id,
        }

        return (self._request(_GET_CHARACTER, arguments, timeout, extra_headers)).parse()


class AsyncCharacters(AsyncAPIResource):
    """Characters operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncCharactersWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncCharactersWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CharacterList:
        """List characters"""

        arguments: dict[str, Any] = {}

        return (await self._request(_LIST_CHARACTERS, arguments, timeout, extra_headers)).parse()

    async def get(
        self,
        character_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Character:
        """Get a character"""

        arguments: dict[str, Any] = {
            "character_id": character_id,
        }

        return (await self._request(_GET_CHARACTER, arguments, timeout, extra_headers)).parse()


class CharactersWithRawResponse:
    """Characters operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Characters) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(_LIST_CHARACTERS)(resource.list)
        self.get = to_raw_response_wrapper(_GET_CHARACTER)(resource.get)


class AsyncCharactersWithRawResponse:
    """Characters operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncCharacters) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(_LIST_CHARACTERS)(resource.list)
        self.get = async_to_raw_response_wrapper(_GET_CHARACTER)(resource.get)
