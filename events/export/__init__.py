"""Writing extractions out: GeoJSON (RFC 7946), CSV, JSON Lines, GeoPackage, and a flat table."""

from events.export.geojson import feature_collection, features, write_geojson
from events.export.tabular import features_to_frame, to_csv_text, to_geopackage_bytes, to_jsonl_text

__all__ = [
    "feature_collection",
    "features",
    "features_to_frame",
    "to_csv_text",
    "to_geopackage_bytes",
    "to_jsonl_text",
    "write_geojson",
]
