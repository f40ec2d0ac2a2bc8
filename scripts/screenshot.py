"""Regenerate ``docs/screenshot.png``: the dashboard on the bundled sample articles, offline, with a popup open.

    .venv/bin/python scripts/screenshot.py [--out docs/screenshot.png]

Starts Streamlit on a free local port, drives Debian's chromium through Playwright with every request that
leaves 127.0.0.1 aborted (so the picture is what an air-gapped analyst sees), opens the popup of a
city-level event, and saves the page.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parents[1]
MAP = 'iframe[title="streamlit_folium.st_folium"]'
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(url: str, timeout: float = 60.0) -> bool:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urlopen(url + "/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return True
        except OSError:
            time.sleep(0.5)
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshot.png")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    port = _free_port()
    env = dict(os.environ, EVENTS_DASHBOARD_DATA=str(ROOT / "data" / "samples"))
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboard.py"), "--server.headless", "true",
                               "--server.port", str(port), "--server.address", "127.0.0.1"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        if not _wait_healthy(url):
            print("screenshot: Streamlit did not start", file=sys.stderr)
            return 1
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=LAUNCH_ARGS)
            context = browser.new_context(viewport={"width": 1400, "height": 1100})
            context.route("**/*", lambda r: r.continue_() if urlparse(r.request.url).hostname in ("127.0.0.1", None)
                          or r.request.url.startswith(("data:", "blob:", "about:")) else r.abort())
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
        print(f"saved {args.out}")
        return 0
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    sys.exit(main())
