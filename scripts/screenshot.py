"""Regenerate ``docs/screenshot.png``: the dashboard on the bundled sample articles, offline, with a popup open.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot.png]

Starts Streamlit on a free local port, drives Debian's chromium through Playwright with every request that
leaves 127.0.0.1 aborted (so the picture is what an air-gapped analyst sees), opens the popup of a
city-level event, and saves the page.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script: the repository root is importable

from scripts.local_app import CHROMIUM, LAUNCH_ARGS, MAP_FRAME as MAP, ROOT, is_local, running_app  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    try:
        with running_app([ROOT / "data" / "samples"]) as url, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            context = browser.new_context(viewport={"width": 1400, "height": 1100})
            context.route("**/*", lambda r: r.continue_() if is_local(r.request.url) else r.abort())
            page = context.new_page()
            page.goto(url, wait_until="domcontentloaded")
            frame = page.frame_locator(MAP).last
            frame.locator("path.leaflet-interactive").first.wait_for(timeout=90_000)
            time.sleep(3)  # the offline basemap arrives from this server
            # a city-level event: the small filled circles (areas are larger and translucent)
            markers = frame.locator("path.leaflet-interactive[fill-opacity='0.85']")
            target = markers.nth(min(3, max(markers.count() - 1, 0))) if markers.count() else frame.locator("path.leaflet-interactive").first
            target.click(force=True)
            frame.locator(".leaflet-popup-content").first.wait_for(timeout=10_000)
            time.sleep(1)
            args.out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(args.out))
            browser.close()
    except RuntimeError as error:
        print(f"screenshot: {error}", file=sys.stderr)
        return 1
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
