"""The dashboard's logic, headless (Streamlit AppTest): widgets, state, query params, downloads, escaping."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.runtime.memory_media_file_storage import _calculate_file_id
from streamlit.testing.v1 import AppTest

from events import corrections as fixes
from events import view as views
from events.export import feature_collection, write_geojson
from events.ingest import read_documents

ROOT = Path(__file__).resolve().parents[1]
DATA = [ROOT / "tests" / "articles", ROOT / "data" / "hostile"]


@pytest.fixture()
def app(monkeypatch) -> AppTest:
    monkeypatch.setenv("EVENTS_DASHBOARD_DATA", ":".join(str(p) for p in DATA))
    return AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)


@pytest.fixture(scope="module")
def all_features(extractor) -> list[dict]:
    docs = [d for d in read_documents(DATA) if not isinstance(d, Exception)]
    return feature_collection(extractor.extract_all(docs))["features"]  # as the dashboard: with outlet homes


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


# ---- corrections (events/corrections.py; the form under the table, the Corrections tab) ---------------------------

def _download_matches(at: AppTest, label: str, text: str, mime: str, name: str) -> bool:
    button = next(b for b in at.get("download_button") if b.proto.label == label)
    return button.proto.url.endswith(_calculate_file_id(text.encode("utf-8"), mime, name) + Path(name).suffix)


def _geojson_is(at: AppTest, features: list[dict]) -> bool:
    expected = write_geojson({"type": "FeatureCollection", "features": features})
    return _download_matches(at, "GeoJSON", expected, "application/geo+json", "events.geojson")


def _correct(at: AppTest, feature: dict, **fields) -> AppTest:
    """Choose ``feature`` in the correction form, set the given widgets (by key suffix), press Apply."""
    at.selectbox(key="corr_target").set_value(fixes.feature_key(feature).token()).run()
    for name, value in fields.items():
        if name == "place_query":
            at.text_input(key="corr_place_query").input(value).run()  # the candidates follow the typed name
        elif name == "place_end":
            at.radio(key="corr_place_end").set_value(value)
        elif name in ("reject", "change_dates"):
            at.checkbox(key=f"corr_{name}").check().run()  # the date fields are enabled by "Correct the date"
        elif name == "note":
            at.text_area(key="corr_note").input(value)
        elif name in ("start", "end"):
            at.date_input(key=f"corr_{name}").set_value(value)
        else:
            at.selectbox(key=f"corr_{name}").set_value(value)
    return at.button(key="corr_apply").click().run()


def _event(features: list[dict], place: str) -> dict:
    return next(f for f in features if f["properties"]["kind"] == "event" and f["properties"]["place"] == place
                and f["properties"]["event_type"] != "capture")


def test_correction_changes_table_map_and_downloads(app: AppTest, all_features) -> None:
    at = app.run()
    target = _event(all_features, "Palmyra")
    _correct(at, target, place_query="Homs", type="capture", note="the quote is about Homs")
    assert not at.exception and not at.error
    (correction,) = at.session_state["corrections"]
    assert (correction.place.name, correction.place.country_code, correction.event_type) == ("Homs", "SY", "capture")
    corrected = fixes.apply_corrections(all_features, [correction])
    changed = [f for f in corrected if f["properties"].get("corrected")]
    assert len(changed) == 1 and changed[0]["properties"]["original_place"] == "Palmyra"
    assert _geojson_is(at, corrected), "the GeoJSON download holds the corrected values and their provenance"
    assert _download_matches(at, "Download corrections (JSON)", fixes.dumps([correction]), "application/json",
                             "corrections.json")
    (table,) = [d.value for d in at.dataframe if "corrected" in d.value.columns]
    row = table[table["corrected"]]
    assert list(row["place"]) == ["Homs"] and list(row["event_type"]) == ["capture"]
    assert list(row["note"]) == ["the quote is about Homs"]
    assert any("machine said: place Palmyra" in p for p in re.findall(r'"_popup": "((?:[^"\\]|\\.)*)"', _map_script(at)))


def test_movement_destination_is_corrected(app: AppTest, all_features) -> None:
    at = app.run()
    move = next(f for f in all_features if f["properties"]["place"] == "Raqqa → Palmyra")
    _correct(at, move, place_end="destination", place_query="Homs")
    assert not at.exception and not at.error
    (correction,) = at.session_state["corrections"]
    assert correction.place is None and correction.destination.name == "Homs"
    (changed,) = [f for f in fixes.apply_corrections(all_features, [correction]) if f["properties"].get("corrected")]
    assert changed["properties"]["place"] == "Raqqa → Homs" and changed["properties"]["original_destination"] == "Palmyra"
    assert changed["geometry"]["coordinates"][-1] == [correction.destination.lon, correction.destination.lat]


def test_reject_removes_from_export_and_undo_restores(app: AppTest, all_features) -> None:
    at = app.run()
    events_before = _metric(at, "Events in view")
    target = _event(all_features, "Palmyra")
    _correct(at, target, reject=True)
    assert not at.exception and _metric(at, "Events in view") == events_before - 1
    assert _geojson_is(at, [f for f in all_features if f is not target]), "rejected: not in the exported GeoJSON"
    assert fixes.feature_key(target).token() not in at.selectbox(key="corr_target").options
    (remove,) = [b for b in at.button if (b.key or "").startswith("corr_rm_")]
    remove.click().run()
    assert at.session_state["corrections"] == ()
    assert _metric(at, "Events in view") == events_before
    assert _geojson_is(at, all_features), "undo: the feature is back, as the machine made it"


def test_end_before_start_is_refused(app: AppTest, all_features) -> None:
    at = app.run()
    _correct(at, _event(all_features, "Palmyra"), change_dates=True, start=date(2016, 12, 10), end=date(2016, 12, 1))
    assert not at.exception and at.session_state["corrections"] == ()
    (error,) = at.error
    text = error.value.replace("\\", "")  # Markdown-escaped: names in it are untrusted
    assert "end date 2016-12-01 is before the start date 2016-12-10" in text and "\n" not in text


def test_hostile_note_is_escaped(app: AppTest, all_features) -> None:
    at = app.run()
    _correct(at, _event(all_features, "Palmyra"), note="<script>alert('note')</script><img src=x onerror=alert(2)>")
    popups = [json.loads(f'"{p}"') for p in re.findall(r'"_popup": "((?:[^"\\]|\\.)*)"', _map_script(at))]
    (noted,) = [p for p in popups if "alert(&#x27;note&#x27;)" in p]
    assert "<script" not in noted and "<img" not in noted and "&lt;img src=x" in noted
    assert not at.get("json") and not [m for m in at.markdown if "alert('note')" in m.value], "never as Markdown"


def test_corrections_file_from_the_environment(monkeypatch, tmp_path: Path, all_features) -> None:
    target = _event(all_features, "Palmyra")
    path = tmp_path / "corrections.json"
    fixes.save([fixes.Correction(fixes.feature_key(target), reject=True)], path)
    monkeypatch.setenv("EVENTS_DASHBOARD_DATA", ":".join(str(p) for p in DATA))
    monkeypatch.setenv("EVENTS_DASHBOARD_CORRECTIONS", str(path))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception and not at.error
    assert _geojson_is(at, [f for f in all_features if f is not target]), "loaded at start and applied"
    _correct(at, _event(all_features, "Mosul"), type="capture")
    assert len(fixes.load(path)) == 2, "saved after every change"


@pytest.mark.parametrize("content", [
    "{not json",
    '{"corrections": [{"key": {"doc_id": "a.txt", "kind": "event"}, "dates": {"start": "2016-12-11", "end": "2016-12-01", "precision": "day"}}]}',
])
def test_bad_corrections_file_is_named_and_kept(monkeypatch, tmp_path: Path, all_features, content: str) -> None:
    path = tmp_path / "mine.json"
    path.write_text(content, encoding="utf-8")
    monkeypatch.setenv("EVENTS_DASHBOARD_DATA", ":".join(str(p) for p in DATA))
    monkeypatch.setenv("EVENTS_DASHBOARD_CORRECTIONS", str(path))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    (error,) = at.error
    assert str(path) in error.value.replace("\\", "") and "\n" not in error.value
    assert _geojson_is(at, all_features)
    _correct(at, _event(all_features, "Palmyra"), type="capture")
    assert len(at.session_state["corrections"]) == 1
    assert path.read_text(encoding="utf-8") == content, "a file we could not read is never overwritten"


@pytest.mark.parametrize(("text", "shown"), [
    ("mine.json: not JSON", r"mine\.json\: not JSON"),
    ("![x](http://tracker/p.gif)", r"\!\[x\]\(http\:\/\/tracker\/p\.gif\)"),  # no image fetched from a name
    (":red[alarm] <b>", r"\:red\[alarm\] \<b\>"),  # no Streamlit colour directive, no tag
])
def test_messages_are_markdown_escaped(text: str, shown: str) -> None:
    from ui.corrections import as_markdown_text

    assert as_markdown_text(text) == shown


def test_an_outlets_articles_settle_its_places_and_say_so(monkeypatch, tmp_path: Path) -> None:
    from tests.test_outlets import LOCAL

    for i, text in enumerate(LOCAL):
        (tmp_path / f"ledger{i}.txt").write_text(f"---\noutlet: Lamar Ledger\npublished: 2024-03-0{i + 1}\n---\n{text}\n",
                                                 encoding="utf-8")
    monkeypatch.setenv("EVENTS_DASHBOARD_DATA", str(tmp_path))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120).run()
    assert not at.exception
    popups = [json.loads(f'"{p}"') for p in re.findall(r'"_popup": "((?:[^"\\]|\\.)*)"', _map_script(at))]
    (robbery,) = [p for p in popups if "pharmacy" in p and "<b>Paris</b>" in p]
    assert "read as in the outlet&#x27;s other articles" in robbery  # Paris, Texas, and why
    assert "Lamar Ledger" in robbery
    table = next(df.value for df in at.dataframe if "place_basis" in df.value.columns)
    assert "Paris" in set(table.loc[table["place_basis"] == "outlet", "place"])  # the table says so too
    homes = next(df.value for df in at.dataframe if "concentration" in df.value.columns)
    assert homes.to_dict("records") == [{"outlet": "Lamar Ledger", "home": "Texas, US", "articles": 3, "concentration": 0.75}]
