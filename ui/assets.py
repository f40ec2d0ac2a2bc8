"""Serve Leaflet, jQuery and Leaflet.markercluster locally, and draw an offline basemap.

The JavaScript and CSS come from installed xstatic packages and are copied into ``static/vendor``
(git-ignored) where Streamlit's static file serving (``.streamlit/config.toml``) publishes them at
``/app/static/vendor/...``. Nothing the map page loads comes from the internet.
"""

from __future__ import annotations

import ast
import json
import shutil
from importlib import resources
from pathlib import Path

from events.cache import default_cache_dir

ROOT = Path(__file__).resolve().parents[1]
STATIC = ROOT / "static" / "vendor"
URL = "/app/static/vendor"
FILES = {
    "leaflet": ("xstatic.pkg.leaflet", ["leaflet.js", "leaflet.css", "images"]),
    "jquery": ("xstatic.pkg.jquery", ["jquery.min.js"]),
    "markercluster": ("xstatic.pkg.leaflet_markercluster", ["leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"]),
}


def install_static() -> Path:
    """Copy the vendored assets into ``static/vendor`` once; return that folder."""
    for name, (package, files) in FILES.items():
        source = Path(str(resources.files(package).joinpath("data")))
        target = STATIC / name
        for file in files:
            src, dst = source / file, target / file
            if dst.exists():
                continue
            dst.parent.mkdir(parents=True, exist_ok=True)
            if src.is_dir():
                shutil.copytree(src, dst)
            else:
                shutil.copyfile(src, dst)
    return STATIC


LEAFLET_JS = [("leaflet", f"{URL}/leaflet/leaflet.js"), ("jquery", f"{URL}/jquery/jquery.min.js")]
LEAFLET_CSS = [("leaflet_css", f"{URL}/leaflet/leaflet.css")]
CLUSTER_JS = [("markerclusterjs", f"{URL}/markercluster/leaflet.markercluster.js")]
CLUSTER_CSS = [("markerclustercss", f"{URL}/markercluster/MarkerCluster.css"),
               ("markerclusterdefaultcss", f"{URL}/markercluster/MarkerCluster.Default.css")]


BASEMAP_URL = f"{URL}/basemap-countries.geojson"


def install_basemap(cache_dir: Path | None = None) -> str:
    """Put the country outlines beside the other static files; return their URL (the browser fetches them)."""
    target = STATIC / "basemap-countries.geojson"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(basemap_geojson(cache_dir), separators=(",", ":")), encoding="utf-8")
    return BASEMAP_URL


def basemap_geojson(cache_dir: Path | None = None, tolerance: float = 0.08) -> dict:
    """Simplified country outlines (from the ``countryinfo`` package), built once into the cache directory."""
    path = (cache_dir or default_cache_dir()) / "basemap-countries.geojson"
    if path.exists():
        return json.loads(path.read_text(encoding="utf-8"))
    from shapely.geometry import mapping, shape

    features = []
    for file in sorted(Path(str(resources.files("countryinfo").joinpath("data"))).glob("*.json")):
        record = json.loads(file.read_text(encoding="utf-8"))
        raw = record.get("geoJSON")
        if not raw:
            continue
        collection = ast.literal_eval(raw) if isinstance(raw, str) else raw
        for feature in collection.get("features", []):
            geometry = shape(feature["geometry"]).simplify(tolerance, preserve_topology=True)
            if geometry.is_empty:
                continue
            features.append({"type": "Feature", "properties": {"name": record.get("name", "")},
                             "geometry": json.loads(json.dumps(mapping(geometry)))})
    data = {"type": "FeatureCollection", "features": features}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    return data
