"""``make publish``: write dist/openapi/ for other languages, and record the published baseline.

For each spec: one self-contained bundle as YAML and JSON (Redocly ``bundle``), an HTML reference
(Redocly ``build-docs``) whose script is served from dist/ instead of a CDN, and the changelog.
The JSON bundle is also written to openapi/published/, the baseline the breaking-change check
(scripts/spec_diff.py, run by ``make lint``) compares the working spec against.

    python scripts/publish.py                  # dist/openapi/ and openapi/published/
    python scripts/publish.py --out DIR --no-baseline
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPECS = sorted((ROOT / "openapi").glob("*.yaml"))
NODE_BIN = ROOT / "node_modules" / ".bin"
REDOC_JS = ROOT / "node_modules" / "@redocly" / "cli" / "lib" / "chunks" / "redoc.standalone.js"
REDOC_CDN_PREFIX = "https://cdn.redocly.com/redoc/"


def redocly(*args: str) -> None:
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    done = subprocess.run(
        [str(NODE_BIN / "redocly"), *args], env=env, cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"redocly {args[0]} failed for {args[1]}")


def offline_html(html: Path) -> None:
    """Point the page's Redoc script at the copy beside it (the same file, same integrity)."""
    text = html.read_text(encoding="utf-8")
    start = text.find(REDOC_CDN_PREFIX)
    if start < 0:
        raise SystemExit(f"{html.name}: no Redoc script reference found to localise")
    end = text.index('"', start)
    html.write_text(text.replace(text[start:end], "./redoc.standalone.js"), encoding="utf-8")


def publish(out: Path, *, baseline: bool) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for spec in SPECS:
        name = spec.stem
        for ext in ("yaml", "json"):
            target = out / f"{name}.{ext}"
            redocly("bundle", str(spec), "--output", str(target), "--ext", ext)
            written.append(target)
        html = out / f"{name}.html"
        redocly("build-docs", str(spec), "--output", str(html))
        offline_html(html)
        written.append(html)
        if baseline:
            published = ROOT / "openapi" / "published" / f"{name}.json"
            published.parent.mkdir(exist_ok=True)
            shutil.copyfile(out / f"{name}.json", published)
    shutil.copyfile(REDOC_JS, out / "redoc.standalone.js")
    shutil.copyfile(ROOT / "openapi" / "CHANGELOG.md", out / "CHANGELOG.md")
    return written


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "openapi")
    parser.add_argument(
        "--no-baseline",
        action="store_true",
        help="do not update openapi/published/ (the breaking-change baseline)",
    )
    args = parser.parse_args()
    for path in publish(args.out, baseline=not args.no_baseline):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    print(f"serve the HTML references offline with: python -m http.server -d {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
