"""Products: the ``products`` resource of the RawUGC API (generated; do not edit)."""

from __future__ import annotations

import builtins
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
from rawugc_client.api.products import create_product as _create_product
from rawugc_client.api.products import delete_product as _delete_product
from rawugc_client.api.products import get_product as _get_product
from rawugc_client.api.products import list_products as _list_products
from rawugc_client.api.products import update_product as _update_product
from rawugc_client.models.create_product_request import CreateProductRequest
from rawugc_client.models.created_id import CreatedId
from rawugc_client.models.product import Product
from rawugc_client.models.product_list import ProductList
from rawugc_client.models.success_result import SuccessResult
from rawugc_client.models.update_product_request import UpdateProductRequest
from rawugc_client.types import Unset

_LIST_PRODUCTS = Endpoint("listProducts", _list_products, ProductList.from_dict)
_CREATE_PRODUCT = Endpoint("createProduct", _create_product, CreatedId.from_dict)
_GET_PRODUCT = Endpoint("getProduct", _get_product, Product.from_dict)
_UPDATE_PRODUCT = Endpoint("updateProduct", _update_product, SuccessResult.from_dict)
_DELETE_PRODUCT = Endpoint("deleteProduct", _delete_product, SuccessResult.from_dict)


class Products(SyncAPIResource):
    """Products operations."""

    @cached_property
    def with_raw_response(self) -> ProductsWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return ProductsWithRawResponse(self)

    def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductList:
        """List products"""

        arguments: dict[str, Any] = {}

        return (self._request(_LIST_PRODUCTS, arguments, timeout, extra_headers)).parse()

    def create(
        self,
        *,
        name: str,
        photos: builtins.list[str],
        description: str | Unset | NotGiven = NOT_GIVEN,
        messaging: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId:
        """Create a product"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateProductRequest,
                {
                    "name": name,
                    "photos": photos,
                    "description": description,
                    "messaging": messaging,
                },
                required=True,
            ),
        }

        return (self._request(_CREATE_PRODUCT, arguments, timeout, extra_headers)).parse()

    def get(
        self,
        product_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Product:
        """Get a product"""

        arguments: dict[str, Any] = {
            "product_id": product_id,
        }

        return (self._request(_GET_PRODUCT, arguments, timeout, extra_headers)).parse()

    def update(
        self,
        product_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        photos: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        messaging: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Update a product"""

        arguments: dict[str, Any] = {
            "product_id": product_id,
            "body": model_body(
                UpdateProductRequest,
                {
                    "name": name,
                    "description": description,
                    "photos": photos,
                    "messaging": messaging,
                },
                required=True,
            ),
        }

        return (self._request(_UPDATE_PRODUCT, arguments, timeout, extra_headers)).parse()

    def delete(
        self,
        product_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Delete a product"""

        arguments: dict[str, Any] = {
            "product_id": product_id,
        }

        return (self._request(_DELETE_PRODUCT, arguments, timeout, extra_headers)).parse()


class AsyncProducts(AsyncAPIResource):
    """Products operations (asyncio)."""

    @cached_property
    def with_raw_response(self) -> AsyncProductsWithRawResponse:
        """The same methods, answering ``APIResponse`` (status, headers, request id, parse())."""
        return AsyncProductsWithRawResponse(self)

    async def list(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> ProductList:
        """List products"""

        arguments: dict[str, Any] = {}

        return (await self._request(_LIST_PRODUCTS, arguments, timeout, extra_headers)).parse()

    async def create(
        self,
        *,
        name: str,
        photos: builtins.list[str],
        description: str | Unset | NotGiven = NOT_GIVEN,
        messaging: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> CreatedId:
        """Create a product"""

        arguments: dict[str, Any] = {
            "body": model_body(
                CreateProductRequest,
                {
                    "name": name,
                    "photos": photos,
                    "description": description,
                    "messaging": messaging,
                },
                required=True,
            ),
        }

        return (await self._request(_CREATE_PRODUCT, arguments, timeout, extra_headers)).parse()

    async def get(
        self,
        product_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> Product:
        """Get a product"""

        arguments: dict[str, Any] = {
            "product_id": product_id,
        }

        return (await self._request(_GET_PRODUCT, arguments, timeout, extra_headers)).parse()

    async def update(
        self,
        product_id: str,
        *,
        name: str | Unset | NotGiven = NOT_GIVEN,
        description: str | Unset | NotGiven = NOT_GIVEN,
        photos: builtins.list[str] | Unset | NotGiven = NOT_GIVEN,
        messaging: str | Unset | NotGiven = NOT_GIVEN,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Update a product"""

        arguments: dict[str, Any] = {
            "product_id": product_id,
            "body": model_body(
                UpdateProductRequest,
                {
                    "name": name,
                    "description": description,
                    "photos": photos,
                    "messaging": messaging,
                },
                required=True,
            ),
        }

        return (await self._request(_UPDATE_PRODUCT, arguments, timeout, extra_headers)).parse()

    async def delete(
        self,
        product_id: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SuccessResult:
        """Delete a product"""

        arguments: dict[str, Any] = {
            "product_id": product_id,
        }

        return (await self._request(_DELETE_PRODUCT, arguments, timeout, extra_headers)).parse()


class ProductsWithRawResponse:
    """Products operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: Products) -> None:
        self._resource = resource
        self.list = to_raw_response_wrapper(_LIST_PRODUCTS)(resource.list)
        self.create = to_raw_response_wrapper(_CREATE_PRODUCT)(resource.create)
        self.get = to_raw_response_wrapper(_GET_PRODUCT)(resource.get)
        self.update = to_raw_response_wrapper(_UPDATE_PRODUCT)(resource.update)
        self.delete = to_raw_response_wrapper(_DELETE_PRODUCT)(resource.delete)


class AsyncProductsWithRawResponse:
    """Products operations answering the raw response (``.parse()`` for the model): each
    the plain method, wrapped (waits and page iteration stay with the plain methods)."""

    def __init__(self, resource: AsyncProducts) -> None:
        self._resource = resource
        self.list = async_to_raw_response_wrapper(_LIST_PRODUCTS)(resource.list)
        self.create = async_to_raw_response_wrapper(_CREATE_PRODUCT)(resource.create)
        self.get = async_to_raw_response_wrapper(_GET_PRODUCT)(resource.get)
        self.update = async_to_raw_response_wrapper(_UPDATE_PRODUCT)(resource.update)
        self.delete = async_to_raw_response_wrapper(_DELETE_PRODUCT)(resource.delete)
