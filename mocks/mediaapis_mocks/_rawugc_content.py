"""Deterministic fake content the RawUGC mock serves: built-in characters and styles, the
viral library, TikTok scrapes, content plans and video analyses.

Everything here is a pure function of its arguments (or of the seeded ``Ids`` it is given), so
the same seed or the same query always yields the same data.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from ._core import Ids

CDN = "https://cdn.rawugc.com"
SEEDED_AT = 1_762_074_000.0  # 2025-11-02T09:00:00Z, creation time of the built-in data

TOPICS = [
    ("skincarebyana", "POV: you finally found a serum that works", ["skincare", "before-after"]),
    ("fitwithleo", "3 moves that fixed my back pain", ["fitness", "tutorial"]),
    ("chefnoor", "The 5-minute pasta everyone is making", ["food", "recipe"]),
    ("techwithsam", "This $20 gadget replaced my desk lamp", ["tech", "review", "unboxing"]),
    ("momlifejess", "Night routine with a newborn", ["parenting", "routine"]),
    ("glowupgabi", "Morning skincare routine for busy moms", ["skincare", "routine", "moms"]),
]


ANGLES = ["my honest take", "day 7 results", "a quick how-to"]


def analysis(topic: tuple[str, str, list[str]], digest: int) -> dict[str, Any]:
    """A ``VideoAnalysis`` of a video on ``topic``, varied by ``digest``."""
    _, description, tags = topic
    duration = 12 + digest % 48 + 0.4
    return {
        "summary": f"{description}: the result is shown in the first seconds, then explained.",
        "hook": f'On-screen text "{description}" over the payoff shot.',
        "keyframes": [
            {
                "timestamp": 0,
                "type": "hook",
                "description": "Payoff shown first.",
                "visual": "Close-up of the result.",
                "audio": "Trending sound.",
                "text": description,
            },
            {
                "timestamp": round(duration * 0.6, 1),
                "type": "cta",
                "description": "Creator points at the link.",
                "visual": "Medium shot, product in hand.",
                "audio": 'Voice-over "link in bio".',
                "text": None,
            },
        ],
        "durationSeconds": duration,
        "tags": list(tags),
        "whyItPerformed": f"Immediate proof for a relatable {tags[0]} problem.",
        "attributesToCopy": ["Result in the first second", "Handheld selfie framing"],
        "hooksToTest": [
            f"I almost gave up on {tags[0]} until this",
            f"Nobody talks about {tags[-1]}",
        ],
    }


def characters(ids: Ids) -> dict[str, dict[str, Any]]:
    """The built-in (``admin``) characters; one is inactive."""
    rows = [("mia", "Friendly 20-something lifestyle creator.", True)]
    rows += [("jake", "Upbeat fitness coach.", True), ("lena", "Calm skincare expert.", False)]
    found = {}
    for name, description, active in rows:
        character_id = ids.new(length=24)
        found[character_id] = {
            "_id": character_id,
            "username": f"rawugc.{name}",
            "displayName": name.title(),
            "description": description,
            "videoPreviewUrl": f"{CDN}/characters/{name}/preview.mp4",
            "type": "admin",
            "isActive": active,
            "createdAt": iso(SEEDED_AT),
            "updatedAt": iso(SEEDED_AT),
        }
    return found


def styles(ids: Ids) -> dict[str, dict[str, Any]]:
    """The built-in styles (``isAdmin``/``isStandard``, with a ``styleId`` slug)."""
    rows = [
        ("grwm", "Get ready with me", "video", "portrait", "{character} does a routine with"),
        ("unboxing", "Unboxing", "video", "portrait", "{character} unboxes"),
        ("flat-lay", "Product flat-lay", "image", "square", "A flat-lay photo of"),
    ]
    found = {}
    for slug, name, kind, aspect, template in rows:
        style_id = ids.new(length=24)
        found[style_id] = {
            "_id": style_id,
            "name": name,
            "description": f"Built-in {name.lower()} style.",
            "type": kind,
            "aspectRatio": aspect,
            "styleId": slug,
            "promptTemplate": f"{template} {{productName}}. {{messaging}}",
            "isAdmin": True,
            "isStandard": True,
        }
    return found


def viral(ids: Ids) -> dict[str, dict[str, Any]]:
    """The analysed videos of the viral library, one per topic."""
    found = {}
    for index, topic in enumerate(TOPICS):
        video_id = f"vl_{ids.new(length=12)}"
        author, description, tags = topic
        views = 150_000 * (len(TOPICS) - index) + ids.number(0, 99_999)
        found[video_id] = {
            "videoId": video_id,
            "url": f"https://www.tiktok.com/@{author}/video/{7_340_000_000_000_000_000 + index}",
            "platform": "tiktok",
            "author": author,
            "description": f"{description} #{tags[0]}",
            "thumbnail": f"{CDN}/viral/{video_id}.jpg",
            "stats": stats(views),
            "analysis": analysis(topic, ids.number(0, 1 << 30)),
            "createdAt": iso(SEEDED_AT + 86_400 * index),
        }
    return found


def provider_accounts(ids: Ids, org_id: str) -> dict[str, dict[str, Any]]:
    """The three accounts an organisation has connected at the scheduling provider."""
    found = {}
    for platform in ("tiktok", "instagram", "youtube"):
        account_id = f"acc_{platform[:2]}_{ids.new(length=6)}"
        found[account_id] = {
            "accountId": account_id,
            "platform": platform,
            "username": f"{org_id}_{platform}",
            "displayName": f"{org_id} on {platform.title()}",
            "profilePicture": f"{CDN}/social/{account_id}.jpg",
            "isActive": True,
        }
    return found


def own_characters(ids: Ids, org_id: str) -> dict[str, dict[str, Any]]:
    """The organisation's custom (``user``) character."""
    character_id = ids.new(length=24)
    character = {
        "_id": character_id,
        "username": f"{org_id}.ava",
        "displayName": "Ava",
        "description": "The organisation's own brand ambassador.",
        "videoPreviewUrl": None,
        "type": "user",
        "isActive": True,
        "createdAt": iso(SEEDED_AT),
        "updatedAt": iso(SEEDED_AT),
    }
    return {character_id: character}


def scraped(query: str, mode: str, index: int) -> dict[str, Any]:
    """One fake TikTok video, a pure function of the query, mode and position."""
    number = digest(f"{mode}\0{query}\0{index}")
    video_id = str(7_300_000_000_000_000_000 + number % 10**17)
    tokens = words(query) or ["video"]
    author = f"{tokens[0]}{['daily', 'lab', 'club', 'diaries'][number % 4]}{number % 100}"
    return {
        "id": video_id,
        "url": f"https://www.tiktok.com/@{author}/video/{video_id}",
        "author": author,
        "description": f"{query}: {ANGLES[number % len(ANGLES)]}",
        "stats": stats(10_000 + number % 5_000_000),
        "duration": 8 + number % 52,
        "hashtags": tokens[:3],
        "thumbnail": f"https://p16.tiktokcdn.com/obj/thumb-{video_id}.jpeg",
        "videoUrl": f"https://v16.tiktokcdn.com/video-{video_id}.mp4",
    }


def plan(scrape: Mapping[str, Any], brief: str) -> dict[str, Any]:
    """A content plan built from the scrape's best-performing videos."""
    best = sorted(scrape["videos"], key=lambda v: -v["stats"]["views"])[:3]
    evidence = [
        f"{v['id']} reached {v['stats']['views']:,} views: {v['description']}" for v in best
    ]
    return {
        "scrapeId": scrape["scrapeId"],
        "brief": brief,
        "topWins": [f"@{v['author']}: {v['description']}" for v in best],
        "gapsToTest": [f"None of the {scrape['count']} videos answers: {brief[:80]}"],
        "blueprints": [
            {
                "category": category,
                "strategy": strategy,
                "evidence": evidence[:2],
                "contentIdeas": [f"{category}: {brief[:60]}"],
            }
            for category, strategy in (
                ("Proof", "Lead with a visible result, then explain it."),
                ("Tutorial", "Teach one step in under 20 seconds."),
            )
        ],
    }


def stats(views: int) -> dict[str, int]:
    """Engagement counters in plausible proportions to ``views``."""
    likes = views // 8
    return {"views": views, "likes": likes, "comments": likes // 40, "shares": likes // 15}


def digest(text: str) -> int:
    """A stable 64-bit number from ``text`` (unlike ``hash``, the same in every run)."""
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big")


def words(*texts: str) -> list[str]:
    """Lower-case words of the texts, for matching."""
    return [word for text in texts for word in re.findall(r"[a-z0-9]+", text.lower())]


def iso(seconds: float) -> str:
    """Unix seconds as an ISO 8601 UTC date-time (whole seconds)."""
    return datetime.fromtimestamp(seconds, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
