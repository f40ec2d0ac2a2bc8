"""Geotemporal event map: Streamlit UI over the ``events`` package (UI only: no extraction logic here).

Run: ``bash scripts/dashboard.sh`` (or ``streamlit run dashboard.py``). Starts on the bundled sample
articles in ``data/samples``; ``EVENTS_DASHBOARD_DATA`` (paths separated by ``:``) points it elsewhere.
``EVENTS_DASHBOARD_CORRECTIONS`` names an analyst's corrections file: loaded at start, saved after every change.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

from events import corrections as fixes
from events import view as views
from events.compare import disagreeing_numbers, group_happenings
from events.errors import EventsError, InputError
from events.export import feature_collection, features_to_frame, to_csv_text, to_geopackage_bytes, write_geojson
from events.ingest import document_from_text, documents_from_bytes, read_documents
from events.model import EVENT_TYPES, PLACE_KINDS, Document
from events.places.outlets import OutletHome, home_summary
from ui import assets
from ui.corrections import as_markdown_text, correction_summary, feature_label
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
def home_places(text: str) -> tuple[int, ...]:
    """What a document adds to its outlet's home (its places, resolved on its own)."""
    return get_extractor().geoparser.home_places(text)


@st.cache_data(show_spinner=False, max_entries=2000)
def extract_document(doc: Document, home: OutletHome | None) -> list[dict[str, Any]]:
    """Features of one document, given its outlet's home (cached by both)."""
    return feature_collection([get_extractor().extract(doc, home)])["features"]


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


def extract_all(docs: list[Document]) -> tuple[list[dict[str, Any]], list[dict[str, object]]]:
    """Features of all documents, and the outlets' homes: an outlet's articles inform each other's places."""
    features: list[dict[str, Any]] = []
    if not docs:
        return features, []
    bar = st.progress(0.0, text="Extracting events…") if len(docs) > 3 else None
    steps = 2 * len(docs)
    places = []
    for i, doc in enumerate(docs, 1):
        places.append(home_places(doc.text))
        if bar is not None:
            bar.progress(i / steps, text=f"Reading places… {i}/{len(docs)}")
    homes = get_extractor().geoparser.homes([doc.outlet for doc in docs], places)
    for i, (doc, home) in enumerate(zip(docs, homes), 1):
        features.extend(extract_document(doc, home))
        if bar is not None:
            bar.progress((len(docs) + i) / steps, text=f"Extracting events… {i}/{len(docs)}")
    if bar is not None:
        bar.empty()
    return features, home_summary(get_extractor().geoparser.gazetteer, [doc.outlet for doc in docs], homes)


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
    precisions = pick("Place precision", "f_precision", list(PLACE_KINDS), initial.precisions)
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


def homes_ui(homes: list[dict[str, object]]) -> None:
    """Where each outlet writes from, as learned from its articles (see events/places/outlets.py)."""
    if not homes:
        return
    st.subheader("Where each outlet writes from")
    st.caption("Learned from each outlet's articles: an ambiguous name in one of them (a local paper's "
               "\"Paris\") is read near the places its other articles name. Places this settled say so in "
               "their popup and have place_basis \"outlet\" in the exports.")
    table = pd.DataFrame([{**row, "home": row["home"] or "no single region (its articles roam)"} for row in homes])
    st.dataframe(table, hide_index=True, width="stretch")


TABLE_COLUMNS = ["kind", "place", "place_precision", "place_basis", "date_start", "date_end", "time_precision", "event_type",
                 "outlet", "attributed_to", "actors", "targets", "quote", "title", "url", "doc_id", "id"]


CORRECTION_COLUMNS = ["corrected", "note"]
TABLE_LIMIT = 2_000


def table_ui(features: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The table of features in view; returns the feature of the chosen row."""
    if not features:
        return None
    if len(features) > TABLE_LIMIT:
        st.caption(f"Showing the first {TABLE_LIMIT:,} of {len(features):,} rows: filter to narrow (exports hold all).")
        features = features[:TABLE_LIMIT]
    frame = features_to_frame(features).reindex(columns=TABLE_COLUMNS + CORRECTION_COLUMNS)
    for column in ("actors", "targets"):
        frame[column] = frame[column].map(lambda a: ", ".join(a or []) if isinstance(a, list) else "")
    frame["corrected"] = frame["corrected"].eq(True)
    frame["note"] = frame["note"].map(lambda v: v if isinstance(v, str) else "")
    # a new key after each correction: rows move when one is rejected, and a kept selection would point elsewhere
    event = st.dataframe(frame, hide_index=True, width="stretch", on_select="rerun", selection_mode="single-row",
                         key=f"table_{st.session_state.get('table_version', 0)}",
                         column_config={"url": st.column_config.LinkColumn("url"), "id": None,
                                        "corrected": st.column_config.CheckboxColumn("corrected")})
    rows = event.selection.rows if event is not None else []
    return features[rows[0]] if rows and rows[0] < len(features) else None


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


# ---- corrections ------------------------------------------------------------------------------------------
# The corrections live in st.session_state["corrections"] (a tuple of events.corrections.Correction); the
# widgets only edit that tuple through callbacks, which run before the script, so every view of the next
# run (map, table, compare, exports) already shows the corrected values.

CORRECTIONS_ENV = "EVENTS_DASHBOARD_CORRECTIONS"
DATE_MIN, DATE_MAX = date(1900, 1, 1), date(2100, 12, 31)  # news archives reach back further than the default 10 years


def corrections_state() -> tuple[fixes.Correction, ...]:
    """The session's corrections; the first run loads ``$EVENTS_DASHBOARD_CORRECTIONS`` when it exists."""
    state = st.session_state
    if "corrections" not in state:
        path = os.environ.get(CORRECTIONS_ENV)
        state["corrections"] = ()
        state["corrections_path"] = path or None
        if path and Path(path).exists():
            try:
                state["corrections"] = fixes.load(path)
            except InputError as error:
                # never overwrite a file we could not read: the analyst's work is in it
                state["corrections_path"] = None
                state["corrections_start_error"] = f"{error} — autosave is off for this session"
    for problem in ("corrections_start_error", "corrections_save_error"):
        if state.get(problem):
            st.error(as_markdown_text(state[problem]), icon="🛑")
    return state["corrections"]


def _set_corrections(new: tuple[fixes.Correction, ...]) -> None:
    state = st.session_state
    state["corrections"] = new
    state["table_version"] = state.get("table_version", 0) + 1
    state["corr_form_for"] = None  # refill the form from the corrected feature
    if state.get("corrections_path"):
        try:
            fixes.save(new, state["corrections_path"])
            state.pop("corrections_save_error", None)
        except InputError as error:
            state["corrections_save_error"] = f"{error} (the corrections are kept in this session: download them)"


def _reset_form(feature: dict[str, Any], existing: fixes.Correction | None) -> None:
    """Fill the form with the feature's current values (before its widgets are drawn)."""
    p, state = feature["properties"], st.session_state
    state["corr_reject"] = False
    state["corr_place_query"] = ""
    state["corr_place_end"] = "origin"
    state["corr_change_dates"] = bool(existing and existing.dates)
    state["corr_start"] = date.fromisoformat(p["date_start"][:10]) if p.get("date_start") else None
    state["corr_end"] = date.fromisoformat(p["date_end"][:10]) if p.get("date_end") else None
    state["corr_precision"] = p.get("time_precision") if p.get("time_precision") in fixes.TIME_PRECISIONS else "day"
    state["corr_type"] = p.get("event_type") if p.get("event_type") in EVENT_TYPES else "other"
    state["corr_note"] = (existing.note if existing else None) or ""


def _apply_form(feature: dict[str, Any], candidates: dict[str, fixes.CorrectedPlace]) -> None:
    """Apply button: build the correction from the form (validated by Correction itself) and keep it."""
    state = st.session_state
    key = fixes.feature_key(feature)
    existing = next((c for c in state["corrections"] if c.key == key), None)
    chosen = candidates.get(state.get("corr_place_pick") or "") if state.get("corr_place_query", "").strip() else None
    dates = None
    if state.get("corr_change_dates"):
        start, end = state.get("corr_start"), state.get("corr_end")
        dates = fixes.CorrectedDates(start, end if end is not None or start is None else start,
                                     state.get("corr_precision") if start else None)
    reject = bool(state.get("corr_reject"))
    try:
        correction = fixes.correction_from_edits(
            feature, existing, reject=reject, place=chosen, destination_end=state.get("corr_place_end") == "destination",
            dates=dates, event_type=state.get("corr_type"), note=state.get("corr_note"),
            created=datetime.now(timezone.utc).isoformat(timespec="seconds"))
    except InputError as error:
        state["corr_message"] = ("error", str(error))
        return
    if correction is None:
        if existing is not None:
            _set_corrections(fixes.remove(state["corrections"], key))
            state["corr_message"] = ("success", "Nothing left to correct: the machine's values are back.")
        else:
            state["corr_message"] = ("info", "Nothing to apply: change a field first.")
        return
    _set_corrections(fixes.upsert(state["corrections"], correction))
    state["corr_message"] = ("success", "Rejected: it no longer shows (undo in the Corrections tab)." if reject
                             else "Applied: the map, table, comparison and exports show the corrected values.")


def _show_message(name: str) -> None:
    kind, text = st.session_state.pop(name, (None, None))
    if kind:
        getattr(st, kind)(as_markdown_text(text))  # names of files and documents are untrusted


def correction_form_ui(shown: list[dict[str, Any]], selected: dict[str, Any] | None,
                       corrections: tuple[fixes.Correction, ...]) -> None:
    """Correct one feature in view: reject, place, dates, type, note. The table's chosen row is the default."""
    state = st.session_state
    by_token = {fixes.feature_key(f).token(): f for f in shown[:TABLE_LIMIT]}
    chosen = fixes.feature_key(selected).token() if selected is not None else None
    if chosen and chosen != state.get("corr_last_selected"):
        state["corr_target"] = chosen  # a newly chosen row becomes the feature to correct
    state["corr_last_selected"] = chosen
    if state.get("corr_target") not in by_token:
        state.pop("corr_target", None)
    with st.expander("Correct a feature", expanded=selected is not None or "corr_message" in state):
        _show_message("corr_message")
        if not by_token:
            st.caption("No feature in view to correct.")
            return
        target = st.selectbox("Feature (choose a table row, or pick here)", list(by_token), key="corr_target",
                              format_func=lambda t: feature_label(by_token[t]["properties"]))
        feature = by_token[target]
        p = feature["properties"]
        key = fixes.feature_key(feature)
        existing = next((c for c in corrections if c.key == key), None)
        if state.get("corr_form_for") != target:
            _reset_form(feature, existing)
            state["corr_form_for"] = target
        if existing is not None:
            st.text("Already corrected: " + correction_summary(existing, feature))
        st.checkbox("Reject: not an event, or the wrong place", key="corr_reject")
        c1, c2 = st.columns(2)
        with c1:
            movement = p.get("kind") == "movement"
            if movement:
                st.radio("Place to correct", ["origin", "destination"], key="corr_place_end", horizontal=True)
            st.text_input(f"Correct place: search the gazetteer (now: {p.get('place')})", key="corr_place_query",
                          placeholder="e.g. Palmyra")
            candidates = {c.label(): c for c in fixes.place_candidates(get_extractor().geoparser.gazetteer,
                                                                      state.get("corr_place_query") or "")}
            if state.get("corr_place_pick") not in candidates:  # a new search: its most likely place
                state["corr_place_pick"] = next(iter(candidates), None)
            st.selectbox("Gazetteer place (most likely first)", list(candidates), key="corr_place_pick",
                         disabled=not candidates,
                         placeholder="no match" if (state.get("corr_place_query") or "").strip() else "type a name above")
            st.selectbox("Event type", list(EVENT_TYPES), key="corr_type")
        with c2:
            st.checkbox("Correct the date", key="corr_change_dates")
            off = not state.get("corr_change_dates")
            d1, d2, d3 = st.columns(3)
            d1.date_input("Start", key="corr_start", disabled=off, min_value=DATE_MIN, max_value=DATE_MAX)
            d2.date_input("End", key="corr_end", disabled=off, min_value=DATE_MIN, max_value=DATE_MAX)
            d3.selectbox("Precision", list(fixes.TIME_PRECISIONS), key="corr_precision", disabled=off)
            st.text_area("Note", key="corr_note", height=68, max_chars=fixes.NOTE_LIMIT,
                         placeholder="why: e.g. 'the quote describes Palmyra in Syria'")
        st.button("Apply", key="corr_apply", type="primary", on_click=_apply_form, args=(feature, candidates))


def _remove_correction(key: fixes.FeatureKey) -> None:
    _set_corrections(fixes.remove(st.session_state["corrections"], key))
    st.session_state["corr_list_message"] = ("success", "Correction removed: the machine's values are back.")


def _upload_corrections() -> None:
    upload = st.session_state.get("corr_upload")
    if upload is None:
        return
    try:
        loaded = fixes.loads(upload.getvalue(), upload.name)
    except InputError as error:  # keep the current corrections
        st.session_state["corr_list_message"] = ("error", str(error))
        return
    _set_corrections(fixes.merge(st.session_state["corrections"], loaded))
    st.session_state["corr_list_message"] = ("success", f"Loaded {len(loaded)} corrections from {upload.name}.")


def corrections_ui(machine: list[dict[str, Any]], corrections: tuple[fixes.Correction, ...]) -> None:
    """The list of corrections (each can be removed), their download, and an uploader that loads a file."""
    _show_message("corr_list_message")
    by_key = {fixes.feature_key(f): f for f in machine}
    c1, c2 = st.columns(2)
    c1.download_button("Download corrections (JSON)", fixes.dumps(corrections), file_name="corrections.json",
                       mime="application/json", key="dl_corrections", width="stretch",
                       help="Keep your work: load this file again here, or start with EVENTS_DASHBOARD_CORRECTIONS")
    c2.file_uploader("Load a corrections file (added to the current ones; same feature: the file wins)",
                     type=["json"], key="corr_upload", on_change=_upload_corrections)
    path = st.session_state.get("corrections_path")
    if path:
        st.caption(f"Saved to {path} after every change.")
    if not corrections:
        st.caption("No corrections yet: choose a row in the Table tab and correct it there.")
        return
    missing = sum(c.key not in by_key for c in corrections)
    st.caption(f"{len(corrections)} corrections" + (f"; {missing} for features not loaded now" if missing else ""))
    for c in corrections:
        left, right = st.columns([8, 1])
        left.text(correction_summary(c, by_key.get(c.key)))  # plain text: notes are untrusted
        right.button("Remove", key=f"corr_rm_{c.key.token()}", on_click=_remove_correction, args=(c.key,),
                     help="Undo this correction")


# ---- page ------------------------------------------------------------------------------------------------

def main() -> None:
    started = time.perf_counter()
    st.title("Geotemporal event map")
    docs, errors, loaded = sources_ui()
    extracted, homes = extract_all(docs)
    machine = extracted + loaded
    for error in errors:
        st.warning(error, icon="⚠️")
    corrections = corrections_state()
    features = fixes.apply_corrections(machine, corrections)  # before filtering: every view shows corrected values
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
    tab_map, tab_compare, tab_table, tab_corrections, tab_export = st.tabs(
        ["Map", "Compare outlets", "Table", "Corrections", "Export"])  # fixed labels: a change would reset the tab
    with tab_table:
        st.caption("Choose a row to focus the map on it and to correct it below.")
        selected = table_ui(shown)
        correction_form_ui(shown, selected, corrections)
    with tab_corrections:
        corrections_ui(machine, corrections)
    with tab_map:
        colors = outlet_colors([f["properties"].get("outlet") or "(unknown)" for f in features])
        fmap = build_map(shown, colors, selected=selected["properties"]["id"] if selected else None,
                         online_tiles=online, basemap=get_basemap(),
                         popups=st.session_state.setdefault("popup_cache", {}))
        st_folium(fmap, height=560, use_container_width=True, returned_objects=[], key="map")
        timeline_ui(shown, colors)
    with tab_compare:
        compare_ui(shown)
        homes_ui(homes)
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
