"""GeoJSON (golden file), CSV, JSON Lines and GeoPackage exports of hand-built extractions."""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import date
from pathlib import Path

from events.export import feature_collection, features_to_frame, to_csv_text, to_geopackage_bytes, to_jsonl_text, write_geojson
from events.extract.assemble import assemble
from events.model import Document, Extraction
from tests.test_assemble import TEXT, _document_parts, _sentences

GOLDEN = Path(__file__).parent / "golden" / "export.geojson"
REQUIRED = {
    "kind", "doc_id", "place", "country_code", "geonameid", "place_precision", "date_start", "date_end", "time_precision",
    "date_text", "outlet", "url", "title", "published", "quote", "quote_start", "quote_end", "event_type", "actors",
    "attributed_to", "quantities", "origin", "destination",
}


def _extraction() -> Extraction:
    places, dates = _document_parts()
    places[4] = dataclasses.replace(places[4], basis="outlet")  # "Aleppo", as settled by its outlet's other articles
    doc = Document("t.txt", TEXT, outlet="Test Wire", url="https://wire.example/palmyra", title="Palmyra retaken",
                   published=date(2016, 12, 12))
    sentences = _sentences(TEXT, "Disclaimer")
    events, movements = assemble(doc, sentences, places, dates, doc.published)
    return Extraction(doc, sentences, tuple(places), tuple(dates), events, movements, doc.published, False)


def test_geojson_matches_golden_file() -> None:
    text = write_geojson(feature_collection([_extraction()])) + "\n"
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8"), "export changed: review, then rerun with UPDATE_GOLDEN=1"


def test_geojson_is_rfc7946() -> None:
    collection = feature_collection([_extraction()])
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    kinds = {f["properties"]["kind"]: f for f in collection["features"]}
    assert set(kinds) == {"event", "movement"}
    lon, lat = kinds["event"]["geometry"]["coordinates"]
    assert (lon, lat) == (38.28, 34.56), "positions are [longitude, latitude]"
    assert kinds["movement"]["geometry"]["type"] == "LineString"
    assert kinds["movement"]["geometry"]["coordinates"] == [[39.009, 35.95], [38.28, 34.56]]
    for feature in collection["features"]:
        assert REQUIRED <= set(feature["properties"])
        p = feature["properties"]
        assert TEXT[p["quote_start"]:p["quote_end"]] == p["quote"]


def test_feature_collection_accepts_filtered_features() -> None:
    feats = feature_collection([_extraction()])["features"]
    assert feature_collection(feats[:1]) == {"type": "FeatureCollection", "features": feats[:1]}


def test_csv_and_jsonl() -> None:
    feats = feature_collection([_extraction()])["features"]
    csv_text = to_csv_text(feats)
    header = csv_text.splitlines()[0].split(",")
    assert {"lon", "lat", "quote", "outlet", "dest_lon"} <= set(header)
    assert len(to_jsonl_text(feats).splitlines()) == len(feats)
    frame = features_to_frame(feats)
    assert list(frame["kind"]).count("movement") == 1
    import csv
    import io
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    ids = [r["geonameid"] for r in rows if r["geonameid"]]
    assert ids and all(i.isdigit() for i in ids), "GeoNames ids stay whole numbers (not 163808.0) for joins"
    quantity = {"value": 300.0, "what": "militants", "text": "more than 300 militants", "approximate": True}
    with_quantity = [{**feats[0], "properties": {**feats[0]["properties"], "quantities": [quantity]}}]
    assert "more than 300 militants" in to_csv_text(with_quantity), "quantities as written keep their 'more than'"


def test_geopackage_round_trip(tmp_path: Path) -> None:
    import geopandas as gpd

    feats = feature_collection([_extraction()])["features"]
    path = tmp_path / "events.gpkg"
    path.write_bytes(to_geopackage_bytes(feats))
    frame = gpd.read_file(path)
    assert len(frame) == len(feats)
    assert set(frame.geometry.geom_type) == {"Point", "LineString"}
    assert json.loads(frame.loc[0, "actors"]) == feats[0]["properties"]["actors"]
