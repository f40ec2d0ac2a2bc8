"""Geotemporal event map: Streamlit UI over the ``events`` package (UI only: no extraction logic here).

Run: ``bash scripts/dashboard.sh`` (or ``streamlit run dashboard.py``). Starts on the bundled sample
articles in ``data/samples``; ``EVENTS_DASHBOARD_DATA`` (paths separated by ``:``) points it elsewhere.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from events import view as views
from events.compare import disagreeing_numbers, group_happenings
from events.errors import EventsError, InputError
from events.export import feature_collection, features_to_frame, to_csv_text, to_geopackage_bytes, write_geojson
from events.ingest import document_from_text, documents_from_bytes, read_documents
from events.model import EVENT_TYPES, Document
from ui import assets
from ui.map import build_map, outlet_colors

ROOT = Path(__file__).resolve().parent
DEFAULT_DATA = [str(ROOT / "data" / "samples")]

st.set_page_config(page_title="Geotemporal event map", page_icon="🗺️", layout="wide")


# ---- cached resources and extraction ----------------------------------------------------------------

@st.cache_resource(show_spinner="Loading the offline gazetteer…")
def get_extractor():
    from events.pipeline import Extractor

    return Extractor.offline()


@st.cache_resource
def get_basemap() -> str:
    """The URL of the offline country-outline basemap (served locally with Leaflet)."""
    assets.install_static()
    return assets.install_basemap()


@st.cache_data(show_spinner=False, max_entries=2000)
def extract_document(doc: Document) -> list[dict[str, Any]]:
    """Features of one document (cached by the document's content and metadata)."""
    return feature_collection([get_extractor().extract(doc)])["features"]


@st.cache_resource(show_spinner="Loading GeoJSON…")  # shared, not copied per run: never mutate the result
def load_geojson(path: str) -> list[dict[str, Any]]:
    return json.loads(Path(path).read_text(encoding="utf-8"))["features"]


def _documents_from_paths(paths: tuple[str, ...]) -> tuple[list[Document], list[str]]:
    docs, errors = [], []
    for item in read_documents(list(paths)):
        if isinstance(item, InputError):
            errors.append(str(item))
        else:
            docs.append(item)
    return docs, errors


def extract_all(docs: list[Document]) -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = []
    if not docs:
        return features
    bar = st.progress(0.0, text="Extracting events…") if len(docs) > 3 else None
    for i, doc in enumerate(docs, 1):
        features.extend(extract_document(doc))
        if bar is not None:
            bar.progress(i / len(docs), text=f"Extracting events… {i}/{len(docs)}")
    if bar is not None:
        bar.empty()
    return features


# ---- sidebar: sources ---------------------------------------------------------------------------------

def sources_ui() -> tuple[list[Document], list[str], list[dict[str, Any]]]:
    """Documents from the sample corpus / a folder, uploads and pasted text; plus load errors and loaded GeoJSON."""
    st.sidebar.header("Sources")
    env = os.environ.get("EVENTS_DASHBOARD_DATA")
    default_paths = env.split(os.pathsep) if env else DEFAULT_DATA
    use_default = st.sidebar.checkbox("Bundled articles", value=True, help=", ".join(default_paths))
    folder = st.sidebar.text_input("Folder or file on this machine", value="", placeholder="/path/to/articles")
    paths = tuple(default_paths if use_default else ()) + ((folder.strip(),) if folder.strip() else ())
    exports = tuple(p for p in paths if p.lower().endswith(".geojson"))
    docs, errors = _documents_from_paths(tuple(p for p in paths if p not in exports))
    uploads = st.sidebar.file_uploader("Upload articles (.txt .md .html .jsonl) or a GeoJSON export",
                                       type=["txt", "md", "html", "htm", "jsonl", "geojson"], accept_multiple_files=True)
    loaded: list[dict[str, Any]] = []
    for path in exports:  # a GeoJSON exported earlier (by this tool or edited in QGIS)
        try:
            loaded.extend(load_geojson(path))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
            errors.append(f"{path}: not a readable GeoJSON FeatureCollection")
    for upload in uploads or []:
        data = upload.getvalue()
        if upload.name.lower().endswith(".geojson"):
            try:
                loaded.extend(json.loads(data.decode("utf-8"))["features"])
            except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
                errors.append(f"{upload.name}: not a GeoJSON FeatureCollection")
            continue
        for item in documents_from_bytes(upload.name, data):
            if isinstance(item, InputError):
                errors.append(str(item))
            else:
                docs.append(item)
    with st.sidebar.expander("Paste an article"):
        with st.form("paste", clear_on_submit=True):
            text = st.text_area("Text", height=150)
            outlet = st.text_input("Outlet")
            url = st.text_input("URL")
            published = st.date_input("Published", value=None)
            if st.form_submit_button("Add") and text.strip():
                digest = hashlib.sha1(text.encode()).hexdigest()[:8]
                try:
                    doc = document_from_text(text, doc_id=f"pasted-{digest}", outlet=outlet or None, url=url or None,
                                             published=published)
                    st.session_state.setdefault("pasted", []).append(doc)
                except EventsError as error:
                    errors.append(str(error))
    docs.extend(st.session_state.get("pasted", []))
    return docs, errors, loaded


# ---- view: filters and time ---------------------------------------------------------------------------

def _options(features: list[dict[str, Any]]) -> dict[str, list[str]]:
    """The values each filter can take, in one pass over the features."""
    found: dict[str, set[str]] = {"outlet": set(), "event_type": set(), "actors": set()}
    for f in features:
        p = f["properties"]
        found["outlet"].add(p.get("outlet") or "(unknown)")
        if p.get("event_type"):
            found["event_type"].add(p["event_type"])
        found["actors"].update(p.get("actors") or ())
    return {k: sorted(v) for k, v in found.items()}


def filters_ui(features: list[dict[str, Any]], initial: views.ViewState) -> views.ViewState:
    st.sidebar.header("Filters")
    options = _options(features)

    def pick(label: str, key: str, values: list[str], chosen: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(st.sidebar.multiselect(label, values, default=[c for c in chosen if c in values], key=key))

    outlets = pick("Outlet", "f_outlet", options["outlet"], initial.outlets)
    types = pick("Event type", "f_type", [t for t in EVENT_TYPES if t in options["event_type"]], initial.event_types)
    actors = pick("Actor", "f_actor", options["actors"], initial.actors)
    precisions = pick("Place precision", "f_precision", ["city", "county", "region", "country", "continent"], initial.precisions)
    text = st.sidebar.text_input("Search text", value=initial.text, key="f_text")
    undated = st.sidebar.toggle("Show undated events", value=initial.include_undated, key="f_undated")
    return replace(initial, outlets=outlets, event_types=types, actors=actors, precisions=precisions, text=text,
                   include_undated=undated)


def time_ui(bounds: tuple[date, date] | None, view: views.ViewState) -> views.ViewState:
    if bounds is None:
        st.info("No dated events: the date range filter is off.")
        return view
    lo, hi = bounds
    if "range" not in st.session_state:
        st.session_state["range"] = (view.start or lo, view.end or hi)
    c1, c2, c3, c4 = st.columns([6, 1, 1, 1])
    with c2:
        if st.button("◀ day", help="Move the range one day earlier", width="stretch"):
            s, e = st.session_state["range"]
            if s > lo:
                st.session_state["range"] = (s - timedelta(days=1), e - timedelta(days=1))
    with c3:
        if st.button("day ▶", help="Move the range one day later", width="stretch"):
            s, e = st.session_state["range"]
            if e < hi:
                st.session_state["range"] = (s + timedelta(days=1), e + timedelta(days=1))
    with c4:
        playing = st.toggle("Play", key="playing", help="Step through the days one at a time")
    with c1:
        if lo == hi:
            st.caption(f"All dated events fall on {lo.isoformat()}.")
            start, end = lo, hi
        else:
            start, end = st.slider("Date range (an event shows when its interval overlaps it)", min_value=lo,
                                   max_value=hi, key="range", format="YYYY-MM-DD")
    if playing and lo < hi:
        start = end = start if start == end else start
        return replace(view, start=start, end=start)
    return replace(view, start=start, end=end)


def _advance_play(bounds: tuple[date, date] | None) -> None:
    if bounds and st.session_state.get("playing"):
        lo, hi = bounds
        s, _ = st.session_state["range"]
        nxt = s + timedelta(days=1) if s < hi else lo
        time.sleep(0.8)
        st.session_state["range"] = (nxt, nxt)
        st.rerun()


# ---- views ----------------------------------------------------------------------------------------------

def timeline_ui(features: list[dict[str, Any]], colors: dict[str, str]) -> None:
    rows = [(f["properties"]["date_start"], f["properties"].get("outlet") or "(unknown)") for f in features
            if f["properties"].get("date_start") and f["properties"].get("time_precision") in ("day", "week")]
    if not rows:
        st.caption("No day-precise events in view for the timeline.")
        return
    frame = pd.DataFrame(rows, columns=["day", "outlet"]).value_counts().reset_index(name="events")
    frame["day"] = pd.to_datetime(frame["day"])
    import altair as alt

    domain = sorted(frame["outlet"].unique())
    chart = alt.Chart(frame).mark_bar().encode(
        x=alt.X("day:T", title=None), y=alt.Y("sum(events):Q", title="events per day"),
        color=alt.Color("outlet:N", scale=alt.Scale(domain=domain, range=[colors.get(o, "#777") for o in domain])),
        tooltip=["day:T", "outlet:N", "events:Q"]).properties(height=170)
    st.altair_chart(chart, width="stretch")


COMPARE_LIMIT = 2_000


def compare_ui(features: list[dict[str, Any]]) -> None:
    if len(features) > COMPARE_LIMIT:
        st.info(f"{len(features):,} events in view: narrow the date range or filters to at most {COMPARE_LIMIT:,} "
                "to compare outlets.")
        return
    groups = group_happenings(features)
    if not groups:
        st.info("No happening is reported by two or more outlets in the current view.")
        return
    for h in groups[:20]:
        when = f"{h.start} – {h.end}" if h.start else "undated"
        flags = ", ".join(h.differences) or "no differences found"
        with st.expander(f"{h.place}, {when}: {len(h.accounts)} outlets — differ on: {flags}", expanded=h is groups[0]):
            table = pd.DataFrame([{
                "outlet": a.outlet, "dates": "; ".join(a.dates), "numbers": "; ".join(f"{v:g} {w}" for w, v in a.numbers),
                "attributed to": "; ".join(a.attributed_to), "event type": "; ".join(a.event_types),
                "quote": a.quotes[0] if a.quotes else "", "article": a.title or a.doc_id} for a in h.accounts])
            st.dataframe(table, hide_index=True, width="stretch")
            numbers = disagreeing_numbers(h.accounts)
            if numbers:
                st.markdown("**Numbers that differ:** " + "; ".join(
                    f"{what}: " + ", ".join(f"{o} {'/'.join(f'{v:g}' for v in vs)}" for o, vs in per.items())
                    for what, per in numbers.items()).replace("<", "&lt;"))


TABLE_COLUMNS = ["kind", "place", "place_precision", "date_start", "date_end", "time_precision", "event_type",
                 "outlet", "attributed_to", "actors", "quote", "title", "url", "doc_id", "id"]


TABLE_LIMIT = 2_000


def table_ui(features: list[dict[str, Any]]) -> str | None:
    if not features:
        return None
    if len(features) > TABLE_LIMIT:
        st.caption(f"Showing the first {TABLE_LIMIT:,} of {len(features):,} rows: filter to narrow (exports hold all).")
        features = features[:TABLE_LIMIT]
    frame = features_to_frame(features)[TABLE_COLUMNS]
    frame["actors"] = frame["actors"].map(lambda a: ", ".join(a or []))
    event = st.dataframe(frame, hide_index=True, width="stretch", on_select="rerun",
                         selection_mode="single-row", key="table",
                         column_config={"url": st.column_config.LinkColumn("url"), "id": None})
    rows = event.selection.rows if event is not None else []
    return str(frame.iloc[rows[0]]["id"]) if rows else None


EAGER_EXPORT_LIMIT = 1_000


def export_ui(features: list[dict[str, Any]]) -> None:
    """Download buttons for exactly the features in view; big files are generated only when clicked."""
    c1, c2, c3 = st.columns(3)
    collection = {"type": "FeatureCollection", "features": features}
    geojson = write_geojson(collection) if len(features) <= EAGER_EXPORT_LIMIT else (lambda: write_geojson(collection))
    c1.download_button("GeoJSON", geojson, file_name="events.geojson", mime="application/geo+json",
                       key="dl_geojson", width="stretch")
    c2.download_button("CSV", (lambda: to_csv_text(features)) if features else "", file_name="events.csv",
                       mime="text/csv", key="dl_csv", width="stretch")
    if features:
        c3.download_button("GeoPackage", lambda: to_geopackage_bytes(features), file_name="events.gpkg",
                           mime="application/geopackage+sqlite3", key="dl_gpkg", width="stretch")


# ---- page ------------------------------------------------------------------------------------------------

def main() -> None:
    started = time.perf_counter()
    st.title("Geotemporal event map")
    docs, errors, loaded = sources_ui()
    features = extract_all(docs) + loaded
    for error in errors:
        st.warning(error, icon="⚠️")
    initial = views.from_query_params(st.query_params.to_dict() | {k: st.query_params.get_all(k) for k in ("outlet", "type", "actor", "precision") if k in st.query_params})
    view = filters_ui(features, initial)
    bounds = views.date_bounds(features)
    view = time_ui(bounds, view)
    shown = views.apply(features, view)
    st.query_params.from_dict(views.to_query_params(view))
    n_events = sum(f["properties"]["kind"] == "event" for f in shown)
    m1, m2, m3, m4 = st.columns(4)
    m1.metric("Events in view", n_events)
    m2.metric("Movements in view", len(shown) - n_events)
    m3.metric("Outlets", len({f["properties"].get("outlet") for f in shown}))
    m4.metric("Documents", len(docs))
    online = st.sidebar.toggle("Online map tiles", value=False, help="Draw OpenStreetMap tiles (needs the internet)")
    tab_map, tab_compare, tab_table, tab_export = st.tabs(["Map", "Compare outlets", "Table", "Export"])
    with tab_table:
        st.caption("Choose a row to focus the map on it.")
        selected = table_ui(shown)
    with tab_map:
        colors = outlet_colors([f["properties"].get("outlet") or "(unknown)" for f in features])
        fmap = build_map(shown, colors, selected=selected, online_tiles=online, basemap=get_basemap(),
                         popups=st.session_state.setdefault("popup_cache", {}))
        st_folium(fmap, height=560, use_container_width=True, returned_objects=[], key="map")
        timeline_ui(shown, colors)
    with tab_compare:
        compare_ui(shown)
    with tab_export:
        st.caption(f"Exactly the {len(shown)} features in the current view.")
        export_ui(shown)
    st.session_state["server_seconds"] = time.perf_counter() - started  # read by benchmarks/bench_dashboard.py
    _advance_play(bounds)


if os.environ.get("EVENTS_DASHBOARD_PROFILE"):  # developer aid: write a cProfile of each run to that path
    import cProfile

    cProfile.run("main()", os.environ["EVENTS_DASHBOARD_PROFILE"])
else:
    main()
