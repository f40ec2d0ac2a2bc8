"""The dashboard in a real browser (Debian chromium through Playwright), with no internet at all.

Every request that leaves 127.0.0.1 is aborted and counted; the map must still draw the sample events,
the slider must change what is drawn, a popup must show the outlet and quote, and a hostile article
must run no script. A screenshot is saved under the test's temp dir.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

from scripts.local_app import CHROMIUM, LAUNCH_ARGS, MAP_FRAME as MAP, ROOT, is_local, running_app

pytestmark = pytest.mark.browser

if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium is not installed (scripts/setup.sh installs it)", allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    log = (tmp_path_factory.mktemp("streamlit") / "server.log").open("w")
    try:
        with running_app([ROOT / "data" / "samples", ROOT / "data" / "hostile"], log=log) as url:
            yield url
    except RuntimeError as error:
        pytest.fail(str(error))
    finally:
        log.close()


@pytest.fixture(scope="module")
def browser_page(app_url):
    blocked: list[str] = []
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})

        def route(r):
            if is_local(r.request.url):
                r.continue_()
            else:
                blocked.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(app_url, wait_until="domcontentloaded")
        page.wait_for_selector(MAP, state="attached", timeout=90_000)
        page.frame_locator(MAP).locator(".leaflet-container").wait_for(timeout=60_000)
        yield page, blocked, dialogs
        browser.close()


def _map_frame(page):
    """The map's frame, once a rerun has settled (while Streamlit swaps it, two map iframes exist briefly)."""
    deadline = time.time() + 30
    while page.locator(MAP).count() != 1 and time.time() < deadline:
        time.sleep(0.2)
    return page.frame_locator(MAP).last


def _drawn(page) -> int:
    frame = _map_frame(page)
    frame.locator("path.leaflet-interactive").first.wait_for(timeout=30_000)
    return frame.locator("path.leaflet-interactive").count()


def test_map_draws_sample_events_offline(browser_page, tmp_path: Path) -> None:
    page, blocked, _ = browser_page
    assert _drawn(page) >= 20, "the sample events are drawn as paths (markers, areas, arrows)"
    frame = _map_frame(page)
    deadline = time.time() + 20  # the offline basemap (country outlines) is fetched from this server
    while frame.locator("path:not(.leaflet-interactive)").count() < 50 and time.time() < deadline:
        time.sleep(0.5)
    assert frame.locator("path:not(.leaflet-interactive)").count() >= 50, "country outlines drawn offline"
    legend = frame.locator("#outlet-legend")
    assert "Levant Wire" in legend.inner_text()
    page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
    assert (tmp_path / "dashboard.png").stat().st_size > 10_000
    # requests to the internet were attempted only by optional things we abort (never the map's own assets)
    assert not [u for u in blocked if re.search(r"leaflet|jquery|markercluster|bootstrap", u)], blocked


def test_slider_changes_what_is_drawn(browser_page) -> None:
    page, _, _ = browser_page
    before = _drawn(page)
    thumb = page.locator('[data-testid="stSlider"] input[type="range"]').first
    thumb.focus()
    for _ in range(60):  # move the start of the range forward by 60 days (past the May 2015 outlier)
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    deadline = time.time() + 30
    after = before
    while time.time() < deadline and after == before:
        time.sleep(1)
        after = _drawn(page)
    assert after != before


def test_popup_shows_outlet_and_quote(browser_page) -> None:
    page, _, _ = browser_page
    frame = _map_frame(page)
    markers = frame.locator("path.leaflet-interactive")
    for i in range(min(markers.count(), 15)):
        markers.nth(i).click(force=True)
        popup = frame.locator(".leaflet-popup-content")
        if popup.count() and popup.first.inner_text().strip():
            text = popup.first.inner_text()
            assert re.search(r"Wire|Dispatch|Tribune|Observer|Gazette|Agency|Monitor|Outlet", text), text
            assert frame.locator(".leaflet-popup-content blockquote").count() == 1
            return
    pytest.fail("no marker opened a popup")


def test_hostile_article_runs_no_script(browser_page) -> None:
    page, _, dialogs = browser_page
    frame = _map_frame(page)
    markers = frame.locator("path.leaflet-interactive")
    for i in range(markers.count()):  # open every popup, the hostile article's included
        markers.nth(i).click(force=True)
    values = [page.evaluate("() => window.__xss")]
    for f in page.frames:
        values.append(f.evaluate("() => window.__xss"))
    assert values == [None] * len(values)
    assert dialogs == [], f"a script ran: {dialogs}"
