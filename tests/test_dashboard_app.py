"""The dashboard's logic, headless (Streamlit AppTest): widgets, state, query params, downloads, escaping."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.runtime.memory_media_file_storage import _calculate_file_id
from streamlit.testing.v1 import AppTest

from events import view as views
from events.export import feature_collection, write_geojson
from events.ingest import read_documents
from events.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[1]
DATA = [ROOT / "tests" / "articles", ROOT / "data" / "hostile"]


@pytest.fixture()
def app(monkeypatch) -> AppTest:
    monkeypatch.setenv("EVENTS_DASHBOARD_DATA", ":".join(str(p) for p in DATA))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)


@pytest.fixture(scope="module")
def all_features(extractor) -> list[dict]:
    docs = [d for d in read_documents(DATA) if not isinstance(d, Exception)]
    return feature_collection(extractor.extract(d) for d in docs)["features"]


def _metric(at: AppTest, label: str) -> int:
    return int(next(m.value for m in at.metric if m.label == label))


def _map_script(at: AppTest) -> str:
    """The Leaflet script st_folium sends to the browser (NOTES: st_folium is an UnknownElement in AppTest)."""
    (element,) = [e for e in at.main.get("component_instance") if "streamlit_folium" in e.proto.component_name]
    return json.loads(element.proto.json_args)["script"]


def _param(at: AppTest, name: str) -> list[str]:
    value = at.query_params[name]
    return value if isinstance(value, list) else [value]


def test_app_starts_and_draws_events(app: AppTest, all_features) -> None:
    at = app.run()
    assert not at.exception
    n_events = sum(f["properties"]["kind"] == "event" for f in all_features)
    assert _metric(at, "Events in view") == n_events > 0
    assert _metric(at, "Movements in view") == len(all_features) - n_events
    script = _map_script(at)
    assert script.count('"_popup"') == len(all_features), "one drawn feature per event and movement"
    (element,) = [e for e in at.main.get("component_instance") if "streamlit_folium" in e.proto.component_name]
    args = json.loads(element.proto.json_args)
    links = [*args["js_links"], *args["css_links"]]
    assert "/app/static/vendor/leaflet/leaflet.js" in links
    assert all(link.startswith("/app/static/") for link in links), "offline: no CDN links"


def test_slider_range_changes_the_count(app: AppTest, all_features) -> None:
    at = app.run()
    before = _metric(at, "Events in view")
    at.slider(key="range").set_range(date(2016, 10, 1), date(2016, 12, 9)).run()
    after = _metric(at, "Events in view")
    in_range = views.apply(all_features, views.ViewState(start=date(2016, 10, 1), end=date(2016, 12, 9)))
    assert after == sum(f["properties"]["kind"] == "event" for f in in_range)
    assert 0 < after < before
    assert _param(at, "from") == ["2016-10-01"] and _param(at, "to") == ["2016-12-09"]


def test_filters_and_query_params(app: AppTest, all_features) -> None:
    at = app.run()
    at.multiselect(key="f_outlet").select("Orontes Evening Post").run()
    expected = [f for f in all_features if f["properties"]["outlet"] == "Orontes Evening Post"]
    assert _metric(at, "Events in view") + _metric(at, "Movements in view") == len(expected)
    assert _param(at, "outlet") == ["Orontes Evening Post"]
    at.text_input(key="f_text").input("Qaryatayn").run()
    assert _metric(at, "Movements in view") == 1 and _metric(at, "Events in view") == 0


def test_link_reproduces_the_view(monkeypatch) -> None:
    monkeypatch.setenv("EVENTS_DASHBOARD_DATA", ":".join(str(p) for p in DATA))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.query_params["type"] = "capture"
    at.query_params["undated"] = "0"
    at.run()
    assert at.multiselect(key="f_type").value == ["capture"]
    assert at.toggle(key="f_undated").value is False
    assert _metric(at, "Events in view") >= 1 and _metric(at, "Movements in view") == 0


def test_downloads_hold_exactly_the_filtered_events(app: AppTest, all_features) -> None:
    at = app.run()
    at.multiselect(key="f_type").select("capture").run()
    shown = views.apply(all_features, views.ViewState(event_types=("capture",)))
    assert shown and len(shown) < len(all_features)
    expected = write_geojson({"type": "FeatureCollection", "features": shown}).encode("utf-8")
    button = next(b for b in at.get("download_button") if b.proto.label == "GeoJSON")
    assert button.proto.url.endswith(_calculate_file_id(expected, "application/geo+json", "events.geojson") + ".geojson")


def test_hostile_article_is_escaped(app: AppTest) -> None:
    at = app.run()
    script = _map_script(at)
    popups = [json.loads(f'"{p}"') for p in re.findall(r'"_popup": "((?:[^"\\]|\\.)*)"', script)]
    hostile = [p for p in popups if "alert" in p or "__xss" in p]
    assert hostile, "the hostile article is on the map"
    for popup in hostile:
        assert "<script" not in popup and "<img" not in popup and not re.search(r"<a[^>]+javascript:", popup)
        assert "&lt;script&gt;" in popup and "&lt;img" in popup  # shown as text, not run


def test_no_stray_output(app: AppTest) -> None:
    # Streamlit "magic" writes bare expression values to the page: nothing but our widgets may appear
    at = app.run()
    assert not [m.value for m in at.markdown if m.value in ("None", "`None`")]
    assert not at.get("json") and not at.get("code")
