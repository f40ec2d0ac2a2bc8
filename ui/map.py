"""The folium map: events by outlet colour, honest precision, movement arrows, clusters when dense.

- city-level events: small circle markers (clustered when there are many);
- region- and country-level events: wide translucent circles (tens / hundreds of km), never a pin;
- movements: lines from origin to destination with an arrow head;
- more than ``AGGREGATE_ABOVE`` points: one circle per grid cell with counts, so 100,000 events stay usable.
All text in popups is escaped (see :mod:`ui.popup`).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from html import escape
from typing import Any

import folium
from branca.element import MacroElement
from folium.plugins import MarkerCluster
from folium.utilities import JsCode
from jinja2 import Template

from ui import assets
from ui.popup import popup_html

PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f")
AREA_RADIUS_M = {"county": 25_000, "region": 60_000, "country": 250_000, "continent": 1_200_000}  # unless its extent is known
CLUSTER_ABOVE = 300
AGGREGATE_ABOVE = 1_500
TILES_URL = "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png"


class OfflineMap(folium.Map):
    """A folium Map whose JavaScript and CSS come from this server, not from CDNs."""

    default_js = assets.LEAFLET_JS
    default_css = assets.LEAFLET_CSS


class RemoteOutlines(MacroElement):
    """Country outlines fetched by the browser from this server and drawn under everything else."""

    _template = Template("""
        {% macro script(this, kwargs) %}
        fetch({{ this.url|tojson }}).then(function (r) { return r.json(); }).then(function (data) {
            L.geoJSON(data, {style: {color: "#888", weight: 0.7, fillColor: "#f3f1ea", fillOpacity: 1.0},
                             interactive: false}).addTo({{ this._parent.get_name() }}).bringToBack();
        });
        {% endmacro %}
    """)

    def __init__(self, url: str) -> None:
        super().__init__()
        self._name = "RemoteOutlines"
        self.url = url


class LocalMarkerCluster(MarkerCluster):
    default_js = assets.CLUSTER_JS
    default_css = assets.CLUSTER_CSS


def outlet_colors(outlets: Sequence[str]) -> dict[str, str]:
    """A stable colour per outlet (sorted names; the palette repeats after ten)."""
    return {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(sorted(set(outlets)))}


_STYLE_POINTS = JsCode("""
function(feature, layer) {
  var p = feature.properties;
  layer.setStyle({color: p._c, fillColor: p._c, fillOpacity: p._fo, weight: p._w, opacity: 0.9});
  if (p._m && layer.setRadius) { layer.setRadius(p._m); }
  layer.bindPopup(p._popup, {maxWidth: 380});
}
""")
_STYLE_LINES = JsCode("""
function(feature, layer) {
  var p = feature.properties;
  layer.setStyle({color: p._c, weight: 3, opacity: 0.85});
  layer.bindPopup(p._popup, {maxWidth: 380});
}
""")


def _arrow_head(lon1: float, lat1: float, lon2: float, lat2: float) -> list[list[float]]:
    """Two short strokes at the destination, pointing back along the line (an arrow head)."""
    dx, dy = lon2 - lon1, lat2 - lat1
    length = math.hypot(dx, dy) or 1e-9
    size = min(0.25 * length, 0.6)
    angle = math.atan2(dy, dx)
    wings = []
    for turn in (math.radians(155), math.radians(-155)):
        wings.append([lon2 + size * math.cos(angle + turn), lat2 + size * math.sin(angle + turn)])
    return [wings[0], [lon2, lat2], wings[1]]


def _slim(feature: dict[str, Any], extra: dict[str, Any], geometry: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry or feature["geometry"], "properties": extra}


def _aggregate(points: Sequence[dict[str, Any]], colors: dict[str, str], cell: float = 0.5) -> list[dict[str, Any]]:
    cells: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for f in points:
        lon, lat = f["geometry"]["coordinates"]
        cells[(int(lon // cell), int(lat // cell))].append(f)
    out = []
    for members in cells.values():
        lon = sum(f["geometry"]["coordinates"][0] for f in members) / len(members)
        lat = sum(f["geometry"]["coordinates"][1] for f in members) / len(members)
        by_outlet = Counter(f["properties"].get("outlet") or "(unknown)" for f in members)
        places = Counter(f["properties"].get("place") or "" for f in members)
        top = by_outlet.most_common(1)[0][0]
        html = (f"<b>{len(members)} events</b> near {escape(places.most_common(1)[0][0])}<br>"
                + "<br>".join(f"{escape(o)}: {n}" for o, n in by_outlet.most_common(8)))
        out.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": {"_c": colors.get(top, PALETTE[0]), "_fo": 0.6, "_w": 1,
                                   "_m": 4 + 3 * math.log2(len(members)), "_popup": html}})
    return out


def _merge_by_key(features: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One feature per distinct geometry (same area, same origin and destination), its popup counting the reports."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in features:
        groups[repr(f["geometry"]["coordinates"])].append(f)
    merged = []
    for members in groups.values():
        first = members[0]
        if len(members) == 1:
            merged.append(first)
            continue
        props = dict(first["properties"])
        props["_popup"] = f"<b>{len(members)} reports</b> here; filter to see each one.<hr>" + props["_popup"]
        props["_w"] = min(1 + len(members) // 5, 6)
        merged.append({"type": "Feature", "geometry": first["geometry"], "properties": props})
    return merged


def build_map(features: Sequence[dict[str, Any]], colors: dict[str, str], *, selected: str | None = None,
              online_tiles: bool = False, basemap: dict | str | None = None,
              popups: dict[str, str] | None = None) -> folium.Map:
    """A map of the given features (already filtered).

    ``popups`` caches popup HTML by feature id across reruns (filled in place by this function).
    """
    popups = {} if popups is None else popups
    # SVG for ordinary sizes (each marker is an element: inspectable, testable); canvas when it gets heavy
    m = OfflineMap(location=[34.8, 38.9], zoom_start=6, tiles=None, prefer_canvas=len(features) > 2000, control_scale=True)
    if isinstance(basemap, str):  # a URL the browser fetches: nothing to serialise on each rerun
        RemoteOutlines(basemap).add_to(m)
    elif basemap is not None:
        folium.GeoJson(basemap, name="countries", control=False, style_function=lambda _: {
            "color": "#888", "weight": 0.7, "fillColor": "#f3f1ea", "fillOpacity": 1.0}, interactive=False).add_to(m)
    if online_tiles:
        folium.TileLayer(TILES_URL, attr="© OpenStreetMap contributors", name="OpenStreetMap").add_to(m)
    points, areas, lines = [], [], []
    n_points = sum(1 for f in features if f["properties"]["kind"] == "event"
                   and f["properties"].get("place_precision") not in AREA_RADIUS_M)
    aggregate = n_points > AGGREGATE_ABOVE
    for f in features:
        p = f["properties"]
        color = colors.get(p.get("outlet") or "(unknown)", PALETTE[0])
        is_point = p["kind"] == "event" and p.get("place_precision") not in AREA_RADIUS_M
        # ids repeat (events placed by the article's focus share their place offsets): key by the sentence too;
        # corrected features are few and change under the analyst's hands, so they are never cached
        key = "" if p.get("corrected") or not p.get("id") else f"{p['id']}@{p.get('quote_start')}"
        popup = "" if aggregate and is_point else popups.get(key) if key else None
        if popup is None:
            popup = popup_html(p)
            if key:
                popups[key] = popup
        if p["kind"] == "movement":
            (lon1, lat1), (lon2, lat2) = f["geometry"]["coordinates"][0], f["geometry"]["coordinates"][-1]
            geometry = {"type": "MultiLineString", "coordinates": [[[lon1, lat1], [lon2, lat2]], _arrow_head(lon1, lat1, lon2, lat2)]}
            lines.append(_slim(f, {"_c": color, "_popup": popup}, geometry))
        elif p.get("place_precision") in AREA_RADIUS_M:
            radius = p["place_extent_km"] * 1000 if p.get("place_extent_km") else AREA_RADIUS_M[p["place_precision"]]
            areas.append(_slim(f, {"_c": color, "_fo": 0.12, "_w": 1, "_m": radius, "_popup": popup}))
        else:
            points.append(_slim(f, {"_c": color, "_fo": 0.85, "_w": 1, "_m": 7, "_popup": popup, "_id": p.get("id")}))
    if len(points) + len(areas) + len(lines) > AGGREGATE_ABOVE:
        areas, lines = _merge_by_key(areas), _merge_by_key(lines)
    if areas:
        folium.GeoJson({"type": "FeatureCollection", "features": areas}, name="regions and countries",
                       marker=folium.Circle(radius=50_000, fill=True, fill_opacity=0.12, weight=1),
                       on_each_feature=_STYLE_POINTS).add_to(m)
    if lines:
        folium.GeoJson({"type": "FeatureCollection", "features": lines}, name="movements",
                       on_each_feature=_STYLE_LINES).add_to(m)
    if aggregate:
        folium.GeoJson({"type": "FeatureCollection", "features": _aggregate(points, colors)}, name="events (aggregated)",
                       marker=folium.CircleMarker(radius=6, fill=True, fill_opacity=0.6),
                       on_each_feature=_STYLE_POINTS).add_to(m)
    elif points:
        layer = folium.GeoJson({"type": "FeatureCollection", "features": points}, name="events",
                               marker=folium.CircleMarker(radius=7, fill=True, fill_opacity=0.85, weight=1),
                               on_each_feature=_STYLE_POINTS)
        if len(points) > CLUSTER_ABOVE:
            cluster = LocalMarkerCluster(name="events (clustered)").add_to(m)
            layer.add_to(cluster)
        else:
            layer.add_to(m)
    if selected is not None:
        chosen = next((f for f in features if f["properties"].get("id") == selected), None)
        if chosen is not None:
            lon, lat = chosen["geometry"]["coordinates"] if chosen["geometry"]["type"] == "Point" else chosen["geometry"]["coordinates"][0]
            folium.CircleMarker([lat, lon], radius=14, color="#000", weight=3, fill=False).add_to(m)
            m.location = [lat, lon]
            m.options["zoom"] = 9
    elif features:
        lats = [c[1] for f in features for c in _coords(f)]
        lons = [c[0] for f in features for c in _coords(f)]
        m.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]], padding=(30, 30), max_zoom=8)
    legend = "".join(f"<div><span style='display:inline-block;width:10px;height:10px;background:{c};margin-right:4px'></span>"
                     f"{escape(o)}</div>" for o, c in sorted(colors.items()))
    m.get_root().html.add_child(folium.Element(
        f"<div id='outlet-legend' style='position:absolute;bottom:18px;left:10px;z-index:9999;background:white;"
        f"padding:6px 8px;border:1px solid #999;font:12px sans-serif;max-height:40%;overflow:auto'>{legend}</div>"))
    m.get_root().html.add_child(folium.Element(f"<script>L.Icon.Default.imagePath='{assets.URL}/leaflet/images/';</script>"))
    return m


def _coords(feature: dict[str, Any]) -> list[list[float]]:
    g = feature["geometry"]
    return [g["coordinates"]] if g["type"] == "Point" else g["coordinates"]
