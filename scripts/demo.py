"""``make demo``: the main job. A real scenario through the generated clients and the helpers.

By default it starts both mock servers on 127.0.0.1 (no keys needed; jobs take seconds, not
minutes) and runs: create a product, a persona and a message; upload an image; generate a video
while a progress bar shows the job; add captions and an overlay; schedule a post; generate an
image and music together; research (scrape, content plan, analysis, viral search); then on ICP
list the users, page through a user's media and fetch their details. It ends with a summary.

``--live`` runs the same scenario against the real APIs with the keys in the environment
(``RAWUGC_API_KEY``; ``VOLC_ACCESSKEY``/``VOLC_SECRETKEY``). Live, every step that spends
credits or publishes is skipped unless ``--spend-credits`` is given.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from typing import Any, TypeVar

from mediaapis import icp, rawugc
from rawugc_client.api.characters import list_characters
from rawugc_client.api.images import generate_image
from rawugc_client.api.messaging import create_message
from rawugc_client.api.music import generate_music
from rawugc_client.api.personas import create_persona, list_personas
from rawugc_client.api.products import create_product
from rawugc_client.api.research import analyze_video, create_content_plan, scrape_tiktok
from rawugc_client.api.social_accounts import list_social_accounts
from rawugc_client.api.social_posts import create_social_post
from rawugc_client.api.styles import list_styles
from rawugc_client.api.uploads import upload_file
from rawugc_client.api.videos import add_video_captions, add_video_overlay, generate_video
from rawugc_client.api.viral_library import search_viral_library
from rawugc_client.models import (
    AddVideoCaptionsRequest,
    AddVideoOverlayRequest,
    AnalyzeVideoRequest,
    CreateContentPlanRequest,
    CreateMessageRequest,
    CreatePersonaRequest,
    CreateProductRequest,
    CreateSocialPostRequest,
    GenerateImageRequest,
    GenerateMusicRequest,
    GenerateVideoRequest,
    Problem,
    ScrapeTiktokRequest,
    UploadFileRequest,
)
from rawugc_client.types import File
from volc_icp_client.api.users import list_users
from volc_icp_client.models import ListUsersRequest, Owner

T = TypeVar("T")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)  # a stand-in image: the mock checks the type, not pixels


def ok(value: T | Problem | None) -> T:
    """The parsed model. The client stack raises typed errors, so no Problem reaches here."""
    if value is None or isinstance(value, Problem):
        raise RuntimeError(f"unexpected response: {value!r}")
    return value


class Scenario:
    """Runs the steps, printing one line each, and remembers what happened for the summary."""

    def __init__(self, api: rawugc.RawUGC, live: bool, spend: bool, interval: float) -> None:
        self.api, self.live, self.spend, self.interval = api, live, spend, interval
        self.lines: list[str] = []

    def say(self, text: str) -> None:
        print(f"  {text}")
        self.lines.append(text)

    def may_spend(self, what: str) -> bool:
        if self.live and not self.spend:
            self.say(f"skipped (spends credits or publishes; --spend-credits to run): {what}")
            return False
        return True

    def wait(self, accepted: Any, label: str) -> Any:
        """Wait for one job with a progress bar on the terminal."""
        estimate = float(getattr(accepted, "estimated_completion_time", 0) or 60)
        started = time.monotonic()
        tty = sys.stdout.isatty()
        seen: list[str] = []

        def draw(job: Any) -> None:
            elapsed = time.monotonic() - started
            status = str(job.status)
            share = 1.0 if status in ("completed", "failed") else min(0.97, elapsed / estimate)
            line = f"  {label:<6} [{'#' * int(share * 30):<30}] {status:<10} {elapsed:4.0f}s"
            if tty:  # redraw in place; in a log, one line per status change
                sys.stdout.write("\r" + line)
            elif status not in seen:
                sys.stdout.write(line + "\n")
            seen.append(status)
            sys.stdout.flush()

        job = rawugc.wait_job(
            self.api,
            accepted,
            on_progress=draw,
            min_interval=self.interval,
            max_interval=self.interval * 3,
        )
        if tty:
            sys.stdout.write("\n")
        return job


def run_rawugc(s: Scenario) -> None:
    c = s.api.client
    print("RawUGC")
    product = ok(
        create_product.sync(
            client=c,
            body=CreateProductRequest(
                name="Aurora headphones",
                photos=["https://example.com/aurora.jpg"],
                description="Noise-cancelling over-ear headphones",
            ),
        )
    )
    persona = ok(
        create_persona.sync(
            client=c,
            body=CreatePersonaRequest(
                name="Commuters", description="People on trains who want quiet"
            ),
        )
    )
    ok(
        create_message.sync(
            client=c,
            body=CreateMessageRequest(name="Quiet", body="Silence the city; hear the music."),
        )
    )
    s.say(f"created product {product.id}, persona {persona.id} and a messaging template")
    personas = ok(list_personas.sync(client=c))
    characters = ok(list_characters.sync(client=c))
    styles = ok(list_styles.sync(client=c))
    s.say(f"{personas.count} persona(s), {characters.count} characters, {styles.count} styles")
    uploaded = ok(
        upload_file.sync(
            client=c,
            body=UploadFileRequest(
                file=File(payload=io.BytesIO(PNG), file_name="aurora.png", mime_type="image/png")
            ),
        )
    )
    s.say(f"uploaded aurora.png -> {uploaded.url} ({uploaded.size} bytes)")

    if s.may_spend("video generation, captions, overlay, social post"):
        accepted = ok(
            generate_video.sync(
                client=c,
                body=GenerateVideoRequest(
                    model="sora-2-text-to-video",
                    aspect_ratio="portrait",
                    prompt="A commuter puts on Aurora headphones and the train goes quiet",
                ),
            )
        )
        s.say(
            f"video {accepted.video_id} accepted; {accepted.credits_used} credits, "
            f"balance {accepted.new_balance}"
        )
        video = s.wait(accepted, "video")
        s.say(f"video completed: {video.url}")
        captions = ok(
            add_video_captions.sync(
                client=c, body=AddVideoCaptionsRequest(video_id=video.video_id, language="en")
            )
        )
        overlay = ok(
            add_video_overlay.sync(
                client=c,
                body=AddVideoOverlayRequest(
                    video_id=video.video_id,
                    text="Hear nothing but music",
                    position="bottom",
                    font_size=48,
                ),
            )
        )
        s.say(
            f"captions -> version {captions.version}, overlay -> version {overlay.version}: "
            f"{overlay.url}"
        )
        accounts = ok(list_social_accounts.sync(client=c))
        when = int((time.time() + 3600) * 1000)
        post = ok(
            create_social_post.sync(
                client=c,
                body=CreateSocialPostRequest(
                    video_url=overlay.url,
                    account_ids=[a.account_id for a in accounts.accounts[:1]],
                    mode="schedule",
                    scheduled_for=when,
                    content="Quiet commute, loud music.",
                    video_id=video.video_id,
                ),
            )
        )
        s.say(
            f"post {post.post_id} {post.status} for "
            f"{datetime.fromtimestamp(when / 1000, UTC):%Y-%m-%d %H:%M} UTC"
        )

    if s.may_spend("image and music generation, research"):
        image = ok(
            generate_image.sync(
                client=c,
                body=GenerateImageRequest(
                    model="google/nano-banana-edit",
                    prompt="Put the headphones on a marble table",
                    image_urls=[uploaded.url],
                ),
            )
        )
        music = ok(
            generate_music.sync(
                client=c,
                body=GenerateMusicRequest(
                    prompt="calm lo-fi for a train ride", title="Quiet Line", style="lo-fi hip hop"
                ),
            )
        )
        s.say(f"image {image.image_id} and music {music.music_id} accepted; waiting on both")
        done = rawugc.wait_jobs(
            s.api, [image, music], min_interval=s.interval, max_interval=s.interval * 3
        )
        s.say(f"image: {done[0].url}")
        s.say(f"music: {done[1].audio_url} ({done[1].duration}s)")
        scrape = ok(
            scrape_tiktok.sync(
                client=c, body=ScrapeTiktokRequest(query="noise cancelling headphones", limit=5)
            )
        )
        plan = ok(
            create_content_plan.sync(
                client=c,
                body=CreateContentPlanRequest(
                    scrape_id=scrape.scrape_id, brief="Win commuters over in 15 seconds"
                ),
            )
        )
        analysis = ok(
            analyze_video.sync(client=c, body=AnalyzeVideoRequest(video_url=scrape.videos[0].url))
        )
        s.say(
            f"scraped {scrape.count} TikToks; plan {plan.plan_id} with "
            f"{len(plan.blueprints or [])} blueprints; analysis hook: {analysis.hook!r}"
        )
    found = ok(search_viral_library.sync(client=c, q="before and after product reveal", limit=3))
    s.say(
        f"viral library: {found.total} match(es) for {found.query!r}, best score "
        f"{found.results[0].score if found.results else '-'}"
    )


def run_icp(s: Scenario, client: Any) -> None:
    print("Volcengine ICP")
    users = icp.result(
        list_users.sync_detailed(client=client, body=ListUsersRequest(user_type="All"))
    ).users
    s.say(f"{len(users)} users: " + ", ".join(f"{u.id} {u.display_name}" for u in users[:6]))
    owner = next((u for u in users if u.permitted and not u.is_admin), users[0])
    media = list(icp.iter_media(client, Owner(type_="PERSON", id=owner.id)))
    kinds: dict[str, int] = {}
    for m in media:
        kinds[str(m.basic_info.media_first_category)] = (
            kinds.get(str(m.basic_info.media_first_category), 0) + 1
        )
    s.say(f"user {owner.id} has {len(media)} finished works, read page by page: {kinds}")
    details = icp.get_media_infos(client, [m.basic_info.media_id for m in media])
    s.say(
        f"fetched details of {len(details)} works in batches; first: {details[0].basic_info.name!r}"
        if details
        else "no details"
    )


@contextmanager
def mock_servers() -> Iterator[tuple[str, str, Callable[[], dict[str, Any]]]]:
    """Both mocks on loopback; fast jobs and a demo-sized rate limit (the vendor's is 10/min)."""
    from mediaapis_mocks import RawUGCMock
    from mediaapis_mocks.icp import ICPMock
    from mediaapis_mocks.server import LoopbackServer

    raw = RawUGCMock(
        rate_limit=120, durations={"video": 6, "image": 3, "music": 4}, queue_seconds=1
    )
    with ExitStack() as stack:
        rs = stack.enter_context(LoopbackServer(raw))
        ps = stack.enter_context(LoopbackServer(ICPMock()))
        print(f"mock servers: RawUGC {rs.base_url}, ICP {ps.base_url} (120 requests/min)\n")
        yield rs.base_url, ps.base_url, lambda: {"credits left": raw.balance()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--live", action="store_true", help="use the real APIs and env keys")
    parser.add_argument(
        "--spend-credits",
        action="store_true",
        help="live: also run the steps that spend credits or publish",
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    with ExitStack() as stack:
        if args.live:
            raw_url, icp_url = None, None
            extra: Callable[[], dict[str, Any]] = dict
            credentials, interval = None, 10.0
            api = rawugc.RawUGC()
        else:
            from mediaapis_mocks.icp import TEST_ACCESS_KEY, TEST_SECRET_KEY
            from mediaapis_mocks.rawugc import TEST_KEY

            raw_url, icp_url, extra = stack.enter_context(mock_servers())
            credentials = icp.VolcCredentials(TEST_ACCESS_KEY, TEST_SECRET_KEY)
            api = rawugc.RawUGC(TEST_KEY, base_url=raw_url)
            interval = 1.0
        stack.enter_context(api)
        scenario = Scenario(api, args.live, args.spend_credits, interval)
        run_rawugc(scenario)
        print()
        run_icp(scenario, icp.icp_client(credentials, base_url=icp_url))
        print(
            f"\nsummary: {len(scenario.lines)} steps in {time.monotonic() - started:.1f}s; "
            f"{extra()}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
