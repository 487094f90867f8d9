"""Contains all the data models used in inputs/outputs"""

from .article_asset_info import ArticleAssetInfo
from .article_asset_info_transcode_download_urls import (
    ArticleAssetInfoTranscodeDownloadUrls,
)
from .article_detail_info import ArticleDetailInfo
from .audio_detail_info import AudioDetailInfo
from .audio_stream_info import AudioStreamInfo
from .error_response import ErrorResponse
from .error_response_metadata import ErrorResponseMetadata
from .get_media_info_action import GetMediaInfoAction
from .get_media_info_request import GetMediaInfoRequest
from .get_media_info_request_article_content_format import (
    GetMediaInfoRequestArticleContentFormat,
)
from .get_media_info_response import GetMediaInfoResponse
from .get_media_info_result import GetMediaInfoResult
from .get_media_info_version import GetMediaInfoVersion
from .get_media_list_action import GetMediaListAction
from .get_media_list_product_type import GetMediaListProductType
from .get_media_list_request import GetMediaListRequest
from .get_media_list_request_media_type import GetMediaListRequestMediaType
from .get_media_list_response import GetMediaListResponse
from .get_media_list_result import GetMediaListResult
from .get_media_list_version import GetMediaListVersion
from .image_detail_info import ImageDetailInfo
from .image_detail_info_transcode_download_urls import (
    ImageDetailInfoTranscodeDownloadUrls,
)
from .list_users_action import ListUsersAction
from .list_users_request import ListUsersRequest
from .list_users_request_user_type import ListUsersRequestUserType
from .list_users_response import ListUsersResponse
from .list_users_result import ListUsersResult
from .list_users_version import ListUsersVersion
from .media_basic_info import MediaBasicInfo
from .media_basic_info_media_type import MediaBasicInfoMediaType
from .media_info import MediaInfo
from .media_meta_info import MediaMetaInfo
from .media_owner import MediaOwner
from .owner import Owner
from .owner_type import OwnerType
from .page_info import PageInfo
from .response_error import ResponseError
from .response_metadata import ResponseMetadata
from .role_info import RoleInfo
from .team_info import TeamInfo
from .user import User
from .video_detail_info import VideoDetailInfo
from .video_detail_info_layout import VideoDetailInfoLayout
from .video_detail_info_transcode_download_urls import (
    VideoDetailInfoTranscodeDownloadUrls,
)
from .video_stream_info import VideoStreamInfo

__all__ = (
    "ArticleAssetInfo",
    "ArticleAssetInfoTranscodeDownloadUrls",
    "ArticleDetailInfo",
    "AudioDetailInfo",
    "AudioStreamInfo",
    "ErrorResponse",
    "ErrorResponseMetadata",
    "GetMediaInfoAction",
    "GetMediaInfoRequest",
    "GetMediaInfoRequestArticleContentFormat",
    "GetMediaInfoResponse",
    "GetMediaInfoResult",
    "GetMediaInfoVersion",
    "GetMediaListAction",
    "GetMediaListProductType",
    "GetMediaListRequest",
    "GetMediaListRequestMediaType",
    "GetMediaListResponse",
    "GetMediaListResult",
    "GetMediaListVersion",
    "ImageDetailInfo",
    "ImageDetailInfoTranscodeDownloadUrls",
    "ListUsersAction",
    "ListUsersRequest",
    "ListUsersRequestUserType",
    "ListUsersResponse",
    "ListUsersResult",
    "ListUsersVersion",
    "MediaBasicInfo",
    "MediaBasicInfoMediaType",
    "MediaInfo",
    "MediaMetaInfo",
    "MediaOwner",
    "Owner",
    "OwnerType",
    "PageInfo",
    "ResponseError",
    "ResponseMetadata",
    "RoleInfo",
    "TeamInfo",
    "User",
    "VideoDetailInfo",
    "VideoDetailInfoLayout",
    "VideoDetailInfoTranscodeDownloadUrls",
    "VideoStreamInfo",
)
