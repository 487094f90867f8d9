"""``make demo``: the main job. A real scenario through the typed clients (``mediaapis.RawUGC``,
``mediaapis.ICP``).

By default it starts both mock servers on 127.0.0.1 (no keys needed; jobs take seconds, not
minutes) and runs: create a product, a persona and a message; upload an image; generate a video
while a progress bar shows the job; add captions and an overlay; schedule a post; generate an
image and music together; a batch of three images (``client.batch``); research (scrape,
content plan, analysis, viral search); then on ICP list the users, page through a user's media
and fetch their details. It ends with a summary.

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
from typing import Any

from mediaapis import ICP, RawUGC
from rawugc_client.models import Video, VideoGenerationAccepted
from rawugc_client.types import File, Unset
from volc_icp_client import types as icp_types
from volc_icp_client.models import Owner

PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)  # a stand-in image: the mock checks the type, not pixels


class Scenario:
    """Runs the steps, printing one line each, and remembers what happened for the summary."""

    def __init__(self, client: RawUGC, live: bool, spend: bool, interval: float) -> None:
        self.client, self.live, self.spend, self.interval = client, live, spend, interval
        self.lines: list[str] = []

    def say(self, text: str) -> None:
        print(f"  {text}")
        self.lines.append(text)

    def may_spend(self, what: str) -> bool:
        if self.live and not self.spend:
            self.say(f"skipped (spends credits or publishes; --spend-credits to run): {what}")
            return False
        return True

    def wait_video(self, accepted: VideoGenerationAccepted, label: str) -> Video:
        """Wait for the video job with a progress bar on the terminal."""
        estimate = float(accepted.estimated_completion_time or 60)
        started = time.monotonic()
        tty = sys.stdout.isatty()
        seen: list[str] = []

        def draw(job: Video) -> None:
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

        video = self.client.videos.wait(
            accepted, on_progress=draw, min_interval=self.interval, max_interval=self.interval * 3
        )
        if tty:
            sys.stdout.write("\n")
        return video


def run_rawugc(s: Scenario) -> None:
    c = s.client
    print("RawUGC")
    product = c.products.create(
        name="Aurora headphones",
        photos=["https://example.com/aurora.jpg"],
        description="Noise-cancelling over-ear headphones",
    )
    persona = c.personas.create(name="Commuters", description="People on trains who want quiet")
    c.messages.create(name="Quiet", body="Silence the city; hear the music.")
    s.say(f"created product {product.id}, persona {persona.id} and a messaging template")
    personas, characters, styles = c.personas.list(), c.characters.list(), c.styles.list()
    s.say(f"{personas.count} persona(s), {characters.count} characters, {styles.count} styles")
    image_file = File(payload=io.BytesIO(PNG), file_name="aurora.png", mime_type="image/png")
    uploaded = c.uploads.create(file=image_file)
    s.say(f"uploaded aurora.png -> {uploaded.url} ({uploaded.size} bytes)")

    if s.may_spend("video generation, captions, overlay, social post"):
        accepted = c.videos.generate(
            model="sora-2-text-to-video",
            aspect_ratio="portrait",
            prompt="A commuter puts on Aurora headphones and the train goes quiet",
        )
        s.say(
            f"video {accepted.video_id} accepted; {accepted.credits_used} credits, "
            f"balance {accepted.new_balance}"
        )
        video = s.wait_video(accepted, "video")
        s.say(f"video completed: {video.url}")
        captions = c.videos.add_captions(video_id=video.video_id, language="en")
        overlay = c.videos.add_overlay(
            video_id=video.video_id, text="Hear nothing but music", position="bottom", font_size=48
        )
        s.say(
            f"captions -> version {captions.version}, overlay -> version {overlay.version}: "
            f"{overlay.url}"
        )
        accounts = c.social.accounts.list()
        when = int((time.time() + 3600) * 1000)
        post = c.social.posts.create(
            video_url=overlay.url,
            account_ids=[a.account_id for a in accounts.accounts[:1]],
            mode="schedule",
            scheduled_for=when,
            content="Quiet commute, loud music.",
            video_id=video.video_id,
        )
        s.say(
            f"post {post.post_id} {post.status} for "
            f"{datetime.fromtimestamp(when / 1000, UTC):%Y-%m-%d %H:%M} UTC"
        )

    if s.may_spend("image and music generation, research"):
        image_job = c.images.generate(
            model="google/nano-banana-edit",
            prompt="Put the headphones on a marble table",
            image_urls=[uploaded.url],
        )
        music_job = c.music.generate(
            prompt="calm lo-fi for a train ride", title="Quiet Line", style="lo-fi hip hop"
        )
        s.say(
            f"image {image_job.image_id} and music {music_job.music_id} accepted; waiting on both"
        )
        low, high = s.interval, s.interval * 3  # both jobs run on the server meanwhile
        image = c.images.wait(image_job, min_interval=low, max_interval=high)
        music = c.music.wait(music_job, min_interval=low, max_interval=high)
        s.say(f"image: {image.url}")
        s.say(f"music: {music.audio_url} ({music.duration}s)")
        lines = [  # a small batch: as `mediaapis rawugc batch FILE --out RESULTS` runs a file
            {
                "custom_id": f"demo-mug-{n}",
                "operation": "images.generate",
                "body": {"model": "nano-banana-2", "prompt": f"a mug, {look}"},
            }
            for n, look in enumerate(("studio light", "on a desk", "in the rain"), 1)
        ]
        for result in c.batch(lines, max_credits=20, min_interval=low, max_interval=high):
            s.say(
                f"batch {result.custom_id}: {result.status} {result.url} "
                f"({result.credits_used} credits)"
            )
        scrape = c.research.scrape_tiktok(query="noise cancelling headphones", limit=5)
        plan = c.research.content_plans.create(
            scrape_id=scrape.scrape_id, brief="Win commuters over in 15 seconds"
        )
        analysis = c.research.analyze_video(video_url=scrape.videos[0].url)
        blueprints = [] if isinstance(plan.blueprints, Unset) else plan.blueprints
        s.say(
            f"scraped {scrape.count} TikToks; plan {plan.plan_id} with "
            f"{len(blueprints)} blueprints; analysis hook: {analysis.hook!r}"
        )
    found = c.viral_library.search(q="before and after product reveal", limit=3)
    s.say(
        f"viral library: {found.total} match(es) for {found.query!r}, best score "
        f"{found.results[0].score if found.results else '-'}"
    )


def run_icp(s: Scenario, icp: ICP) -> None:
    print("Volcengine ICP")
    listed = icp.users.list(user_type="All").users
    users = [] if isinstance(listed, icp_types.Unset) else listed
    s.say(f"{len(users)} users: " + ", ".join(f"{u.id} {u.display_name}" for u in users[:6]))
    owner = next((u for u in users if u.permitted and not u.is_admin), users[0])
    media = list(icp.media.list(owner=Owner(type_="PERSON", id=owner.id)))
    kinds: dict[str, int] = {}
    for m in media:
        kind = str(m.basic_info.media_first_category)
        kinds[kind] = kinds.get(kind, 0) + 1
    s.say(f"user {owner.id} has {len(media)} finished works, read page by page: {kinds}")
    details = icp.media.get_info(media_ids=[m.basic_info.media_id for m in media])
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
            extra: Callable[[], dict[str, Any]] = dict
            client, interval = RawUGC(), 10.0
            icp = ICP()
        else:
            from mediaapis_mocks.icp import TEST_ACCESS_KEY, TEST_SECRET_KEY
            from mediaapis_mocks.rawugc import TEST_KEY

            raw_url, icp_url, extra = stack.enter_context(mock_servers())
            client, interval = RawUGC(TEST_KEY, base_url=raw_url), 1.0
            icp = ICP(TEST_ACCESS_KEY, TEST_SECRET_KEY, base_url=icp_url)
        stack.callback(client.close)
        stack.callback(icp.close)
        scenario = Scenario(client, args.live, args.spend_credits, interval)
        run_rawugc(scenario)
        print()
        run_icp(scenario, icp)
        print(
            f"\nsummary: {len(scenario.lines)} steps in {time.monotonic() - started:.1f}s; "
            f"{extra()}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
