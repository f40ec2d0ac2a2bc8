"""Flat exports of GeoJSON Features: a pandas table, CSV, JSON Lines and GeoPackage."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from events.errors import ExportError

_LIST_COLUMNS = ("actors", "targets", "quantities")
# whole numbers that may be missing: kept whole (pandas would write 163808.0) in CSV and GeoPackage
_INTEGER_COLUMNS = ("geonameid", "origin_geonameid", "destination_geonameid", "quote_start", "quote_end",
                    "place_start", "place_end", "destination_start")


def _flat(feature: dict[str, Any]) -> dict[str, Any]:
    props = dict(feature["properties"])
    geom = feature["geometry"]
    coords = geom["coordinates"]
    if geom["type"] == "Point":
        props["lon"], props["lat"] = coords
        props["dest_lon"] = props["dest_lat"] = None
    else:
        (props["lon"], props["lat"]), (props["dest_lon"], props["dest_lat"]) = coords[0], coords[-1]
    return props


def features_to_frame(features: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """One row per Feature: its properties (lists kept as lists) plus lon/lat (and dest_lon/dest_lat for movements)."""
    frame = pd.DataFrame([_flat(f) for f in features])
    for column in _INTEGER_COLUMNS:
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    return frame


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        if value and isinstance(value[0], dict):  # quantities, as written: "more than 300 ISIS fighters"
            return "; ".join(str(q.get("text") or f"{q['value']} {q['what']}") for q in value)
        return "; ".join(str(v) for v in value)
    return value


def to_csv_text(features: Sequence[dict[str, Any]]) -> str:
    """CSV with one row per Feature; list cells joined with "; " (quantities as written, "more than 300 militants")."""
    frame = features_to_frame(features)
    for column in _LIST_COLUMNS:
        if column in frame:
            frame[column] = frame[column].map(_cell)
    return frame.to_csv(index=False)


def to_jsonl_text(features: Sequence[dict[str, Any]]) -> str:
    """JSON Lines: one Feature per line."""
    return "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in features)


def to_geopackage_bytes(features: Sequence[dict[str, Any]], layer: str = "events") -> bytes:
    """A GeoPackage (one layer, EPSG:4326) holding the Features; list properties stored as JSON text."""
    import geopandas as gpd  # imported here: only exports need it

    if not features:
        raise ExportError("no events to write to a GeoPackage")
    rows = []
    for feature in features:
        props = {k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
                 for k, v in feature["properties"].items()}
        rows.append(props)
    frame = gpd.GeoDataFrame.from_features(
        [{"type": "Feature", "geometry": f["geometry"], "properties": r} for f, r in zip(features, rows)],
        crs="EPSG:4326",
    )
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.gpkg"
        try:
            frame.to_file(path, layer=layer, driver="GPKG")
        except (OSError, ValueError) as error:
            raise ExportError(f"could not write GeoPackage: {error}") from error
        return path.read_bytes()


__all__ = ["features_to_frame", "to_csv_text", "to_geopackage_bytes", "to_jsonl_text"]
