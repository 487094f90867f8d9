"""Contains all the data models used in inputs/outputs"""

from .add_video_captions_request import AddVideoCaptionsRequest
from .add_video_overlay_request import AddVideoOverlayRequest
from .analyze_video_request import AnalyzeVideoRequest
from .api_version import ApiVersion
from .blueprint import Blueprint
from .character import Character
from .character_list import CharacterList
from .character_type import CharacterType
from .content_plan import ContentPlan
from .content_plan_list import ContentPlanList
from .create_content_plan_request import CreateContentPlanRequest
from .create_message_request import CreateMessageRequest
from .create_persona_request import CreatePersonaRequest
from .create_product_request import CreateProductRequest
from .create_social_post_request import CreateSocialPostRequest
from .create_style_request import CreateStyleRequest
from .created_id import CreatedId
from .generate_image_request import GenerateImageRequest
from .generate_music_request import GenerateMusicRequest
from .generate_video_request import GenerateVideoRequest
from .generate_video_request_character_orientation import (
    GenerateVideoRequestCharacterOrientation,
)
from .generate_video_request_mode import GenerateVideoRequestMode
from .generate_video_request_n_frames import GenerateVideoRequestNFrames
from .image import Image
from .image_generation_accepted import ImageGenerationAccepted
from .image_list import ImageList
from .image_model import ImageModel
from .image_output_format import ImageOutputFormat
from .image_resolution import ImageResolution
from .job_status import JobStatus
from .keyframe import Keyframe
from .message import Message
from .message_list import MessageList
from .music_generation_accepted import MusicGenerationAccepted
from .music_model import MusicModel
from .music_track import MusicTrack
from .music_track_list import MusicTrackList
from .overlay_position import OverlayPosition
from .pagination import Pagination
from .persona import Persona
from .persona_list import PersonaList
from .problem import Problem
from .problem_field_error import ProblemFieldError
from .product import Product
from .product_list import ProductList
from .reschedule_social_post_request import RescheduleSocialPostRequest
from .scrape_mode import ScrapeMode
from .scrape_result import ScrapeResult
from .scrape_tiktok_request import ScrapeTiktokRequest
from .scraped_video import ScrapedVideo
from .social_account import SocialAccount
from .social_account_list import SocialAccountList
from .social_platform import SocialPlatform
from .social_post import SocialPost
from .social_post_list import SocialPostList
from .social_post_mode import SocialPostMode
from .social_post_status import SocialPostStatus
from .style import Style
from .style_aspect_ratio import StyleAspectRatio
from .style_list import StyleList
from .style_type import StyleType
from .success_result import SuccessResult
from .tiktok_commercial_content_type import TiktokCommercialContentType
from .tiktok_privacy_level import TiktokPrivacyLevel
from .update_message_request import UpdateMessageRequest
from .update_persona_request import UpdatePersonaRequest
from .update_product_request import UpdateProductRequest
from .update_social_post_request import UpdateSocialPostRequest
from .update_style_request import UpdateStyleRequest
from .upload_content_type import UploadContentType
from .upload_file_request import UploadFileRequest
from .upload_result import UploadResult
from .video import Video
from .video_analysis import VideoAnalysis
from .video_aspect_ratio import VideoAspectRatio
from .video_edit_operation import VideoEditOperation
from .video_edit_result import VideoEditResult
from .video_generation_accepted import VideoGenerationAccepted
from .video_list import VideoList
from .video_model import VideoModel
from .video_stats import VideoStats
from .video_version import VideoVersion
from .viral_library_video import ViralLibraryVideo
from .viral_search_response import ViralSearchResponse
from .viral_search_result import ViralSearchResult

__all__ = (
    "AddVideoCaptionsRequest",
    "AddVideoOverlayRequest",
    "AnalyzeVideoRequest",
    "ApiVersion",
    "Blueprint",
    "Character",
    "CharacterList",
    "CharacterType",
    "ContentPlan",
    "ContentPlanList",
    "CreateContentPlanRequest",
    "CreateMessageRequest",
    "CreatePersonaRequest",
    "CreateProductRequest",
    "CreateSocialPostRequest",
    "CreateStyleRequest",
    "CreatedId",
    "GenerateImageRequest",
    "GenerateMusicRequest",
    "GenerateVideoRequest",
    "GenerateVideoRequestCharacterOrientation",
    "GenerateVideoRequestMode",
    "GenerateVideoRequestNFrames",
    "Image",
    "ImageGenerationAccepted",
    "ImageList",
    "ImageModel",
    "ImageOutputFormat",
    "ImageResolution",
    "JobStatus",
    "Keyframe",
    "Message",
    "MessageList",
    "MusicGenerationAccepted",
    "MusicModel",
    "MusicTrack",
    "MusicTrackList",
    "OverlayPosition",
    "Pagination",
    "Persona",
    "PersonaList",
    "Problem",
    "ProblemFieldError",
    "Product",
    "ProductList",
    "RescheduleSocialPostRequest",
    "ScrapeMode",
    "ScrapeResult",
    "ScrapeTiktokRequest",
    "ScrapedVideo",
    "SocialAccount",
    "SocialAccountList",
    "SocialPlatform",
    "SocialPost",
    "SocialPostList",
    "SocialPostMode",
    "SocialPostStatus",
    "Style",
    "StyleAspectRatio",
    "StyleList",
    "StyleType",
    "SuccessResult",
    "TiktokCommercialContentType",
    "TiktokPrivacyLevel",
    "UpdateMessageRequest",
    "UpdatePersonaRequest",
    "UpdateProductRequest",
    "UpdateSocialPostRequest",
    "UpdateStyleRequest",
    "UploadContentType",
    "UploadFileRequest",
    "UploadResult",
    "Video",
    "VideoAnalysis",
    "VideoAspectRatio",
    "VideoEditOperation",
    "VideoEditResult",
    "VideoGenerationAccepted",
    "VideoList",
    "VideoModel",
    "VideoStats",
    "VideoVersion",
    "ViralLibraryVideo",
    "ViralSearchResponse",
    "ViralSearchResult",
)
