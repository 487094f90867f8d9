from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.response_error import ResponseError


T = TypeVar("T", bound="ErrorResponseMetadata")


@_attrs_define
class ErrorResponseMetadata:
    """`ResponseMetadata` of a failed call: `Error` is required.

    Attributes:
        request_id (str): Request id assigned by the gateway; quote it to support.
        action (str): The action called.
        version (str): The API version called.
        error (ResponseError): Error detail of a failed call. Clients must branch on `CodeN`.

            | CodeN | Code | HTTP | Layer | Meaning |
            |---|---|---|---|---|
            | 400 | InvalidParameter | 200 | business (`req`) | Parameter error (参数错误), incl. `MediaType` ≠ 3 |
            | 500 | InternalServiceError | 200 | business (`open_api`) | Internal error (内部错误) |
            | 700 | AuthorizationFetchFailed | 200 | business (`open_api`) | Could not obtain authorization (获取授权错误) |
            | 701 | UserNotInCustomer | 200 | business (`open_api`) | User does not belong to the customer (用户不属于该客户) |
            | 707 | RpcCallFailed | 200 | business (`open_api`) | Internal RPC failed (RPC调用失败) |
            | 804 | UserNotFound | 200 | business (`open_api`) | User does not exist (用户不存在) |
            | 805 | TeamSpaceNotFound | 200 | business (`open_api`) | Team space does not exist or user not in it
            (团队空间不存在或用户不属于该团队空间) |
            | 806 | OperationNotPermitted | 200 | business (`open_api`) | No permission to call this action (没有权限调用该接口) |
            | 100002 | MissingParameter | 400 | gateway | Action or Version missing |
            | 100003 | MissingAuthenticationToken | 401 | gateway | No `Authorization` header |
            | 100004 | MissingRequestInfo | 400 | gateway | Required request information missing, e.g. `X-Date` |
            | 100006 | InvalidTimestamp | 400 | gateway | `X-Date` more than 900 s off the server clock (expired or future)
            |
            | 100008 | InvalidActionOrVersion | 404 | gateway | Unknown Action/Version |
            | 100009 | InvalidAccessKey | 401 | gateway | Unknown or invalid AccessKeyId |
            | 100010 | SignatureDoesNotMatch | 401 | gateway | Signature (or `X-Content-Sha256`) does not match |
            | 100013 | AccessDenied | 403 | gateway | IAM policy does not allow the action |
            | 100014 | InternalError | 500 (502, 503) | gateway | Gateway internal error, or the service behind it
            unavailable |
            | 100018 | FlowLimitExceeded | 429 | gateway | Calls over the account's QPS quota (throttled) |

            **Decisions:** the page gives the business codes as numbers with a domain (`req`, `open_api`) and a
            Chinese meaning only; the `Code` strings of business errors are names chosen by this document.
            The page does not say how business errors are transported; this document specifies HTTP 200 with
            `ResponseMetadata.Error` (and `ResponseMetadata.Code` = `CodeN`), the Volcengine envelope pattern.
            The gateway codes and statuses are the Volcengine common error codes; 100003/100004/100006/100008/100014
            are not in the page or the shared facts and follow the Volcengine public error-code table;
            100018 (HTTP 429) is the Volcengine gateway's throttling code, and HTTP 502/503 carry 100014.
            Machine-readable copy: `x-volc-error-codes`; its `retryable` column marks the codes a client may
            send again unchanged (throttling 100018, the internal failures 500, 707 and 100014: all three actions
            are reads). **Decision:** 700 (authorization could not be fetched) is not marked: the page does not
            say it is transient.
        service (str | Unset): Service that handled the call: `ic_iam` for ListUsers, `iccloud_muse` for the media
            actions.
            The page's GetMediaList example shows `iccloud_muse_staging`, a staging artifact.
        region (str | Unset): Region, `cn-north-1`.
        code (int | Unset): Business result code: `0` on success. **Decision (page silent):** on a business error it
            equals
            `Error.CodeN`; gateway errors leave it out.
    """

    request_id: str
    action: str
    version: str
    error: ResponseError
    service: str | Unset = UNSET
    region: str | Unset = UNSET
    code: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        action = self.action

        version = self.version

        error = self.error.to_dict()

        service = self.service

        region = self.region

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RequestId": request_id,
                "Action": action,
                "Version": version,
                "Error": error,
            }
        )
        if service is not UNSET:
            field_dict["Service"] = service
        if region is not UNSET:
            field_dict["Region"] = region
        if code is not UNSET:
            field_dict["Code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.response_error import ResponseError

        d = dict(src_dict)
        request_id = d.pop("RequestId")

        action = d.pop("Action")

        version = d.pop("Version")

        error = ResponseError.from_dict(d.pop("Error"))

        service = d.pop("Service", UNSET)

        region = d.pop("Region", UNSET)

        code = d.pop("Code", UNSET)

        error_response_metadata = cls(
            request_id=request_id,
            action=action,
            version=version,
            error=error,
            service=service,
            region=region,
            code=code,
        )

        error_response_metadata.additional_properties = d
        return error_response_metadata

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
