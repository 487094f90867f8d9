"""Personas: the ``personas`` resource of the RawUGC API (generated; do not edit)."""

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
    model_body,
    to_raw_response_wrapper,
)
from rawugc_client.api.personas import create_persona as _create_persona
from rawugc_client.api.personas import delete_persona as _delete_persona
from rawugc_client.api.personas import get_persona as _get_persona
from rawugc_client.api.personas import list_personas as _list_personas
from rawugc_client.api.personas import update_persona as _update_persona
from rawugc_client.models.create_persona_request import CreatePersonaRequest
from rawugc_client.models.created_id import CreatedId
from rawugc_client.models.persona import Persona
from rawugc_client.models.persona_list import PersonaList
from rawugc_client.models.success_result import SuccessResult
from rawugc_client.models.update_persona_request import UpdatePersonaRequest
from rawugc_client.types import Unset

_LIST_PERSONAS = Endpoint("listPersonas", _list_personas, PersonaList.from_dict)
_CREATE_PERSONA = Endpoint("createPersona", _create_persona, CreatedId.from_dict)
_GET_PERSONA = Endpoint("getPersona", _get_persona, Persona.from_dict)
_UPDATE_PERSONA = Endpoint("updatePersona", _update_persona, SuccessResult.from_dict)
_DELETE_PERSONA = Endpoint("deletePersona", _delete_persona, SuccessResult.from_dict)


class Personas(SyncAPIResource):
    """Personas operations."""

    @cached_property
    def with_raw_response(self) -> PersonasWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return PersonasWithRawResponse(self)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PersonaList:
        """List personas"""

        arguments: dict[str, Any] = {}

        return (self._request(_LIST_PERSONAS, arguments, timeout, extra_headers)).parse()

    def create(
        self,
        *,
        name: str,
        description: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId:
        """Create a persona"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreatePersonaRequest,
                {
                    "name": name,
                    "description": description,
                },
                required=True,
            ),
        }

        return (self._request(_CREATE_PERSONA, arguments, timeout, extra_headers)).parse()

    def get(
        self,
        persona_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Persona:
        """Get a persona"""

        arguments: dict[str, Any] = {
            "persona_id": persona_id,
        }

        return (self._request(_GET_PERSONA, arguments, timeout, extra_headers)).parse()

    def update(
        self,
        persona_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Update a persona"""

        arguments: dict[str, Any] = {
            "persona_id": persona_id,
            "body": model_body(
                UpdatePersonaRequest,
                {
                    "name": name,
                    "description": description,
                },
                required=True,
            ),
        }

        return (self._request(_UPDATE_PERSONA, arguments, timeout, extra_headers)).parse()

    def delete(
        self,
        persona_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Delete a persona"""

        arguments: dict[str, Any] = {
            "persona_id": persona_id,
        }

        return (self._request(_DELETE_PERSONA, arguments, timeout, extra_headers)).parse()


class AsyncPersonas(AsyncAPIResource):
    """Personas operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncPersonasWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncPersonasWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> PersonaList:
        """List personas"""

        arguments: dict[str, Any] = {}

        return (await self._request(_LIST_PERSONAS, arguments, timeout, extra_headers)).parse()

    async def create(
        self,
        *,
        name: str,
        description: str,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId:
        """Create a persona"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreatePersonaRequest,
                {
                    "name": name,
                    "description": description,
                },
                required=True,
            ),
        }

        return (await self._request(_CREATE_PERSONA, arguments, timeout, extra_headers)).parse()

    async def get(
        self,
        persona_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Persona:
        """Get a persona"""

        arguments: dict[str, Any] = {
            "persona_id": persona_id,
        }

        return (await self._request(_GET_PERSONA, arguments, timeout, extra_headers)).parse()

    async def update(
        self,
        persona_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Update a persona"""

        arguments: dict[str, Any] = {
            "persona_id": persona_id,
            "body": model_body(
                UpdatePersonaRequest,
                {
                    "name": name,
                    "description": description,
                },
                required=True,
            ),
        }

        return (await self._request(_UPDATE_PERSONA, arguments, timeout, extra_headers)).parse()

    async def delete(
        self,
        persona_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Delete a persona"""

        arguments: dict[str, Any] = {
            "persona_id": persona_id,
        }

        return (await self._request(_DELETE_PERSONA, arguments, timeout, extra_headers)).parse()


class PersonasWithRawResponse:
    """Personas operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Personas) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(_LIST_PERSONAS)(resource.list)
        self.create = to_raw_response_wrapper(_CREATE_PERSONA)(resource.create)
        self.get = to_raw_response_wrapper(_GET_PERSONA)(resource.get)
        self.update = to_raw_response_wrapper(_UPDATE_PERSONA)(resource.update)
        self.delete = to_raw_response_wrapper(_DELETE_PERSONA)(resource.delete)


class AsyncPersonasWithRawResponse:
    """Personas operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncPersonas) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(_LIST_PERSONAS)(resource.list)
        self.create = async_to_raw_response_wrapper(_CREATE_PERSONA)(resource.create)
        self.get = async_to_raw_response_wrapper(_GET_PERSONA)(resource.get)
        self.update = async_to_raw_response_wrapper(_UPDATE_PERSONA)(resource.update)
        self.delete = async_to_raw_response_wrapper(_DELETE_PERSONA)(resource.delete)
