"""What the folium map draws for each feature: areas at their own extent when known, else their kind's size."""

from __future__ import annotations

import folium
import pytest

from ui.map import AREA_RADIUS_M, build_map


def _event(fid: str, precision: str, extent_km: float | None) -> dict:
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [38.0, 35.0]},
            "properties": {"id": fid, "kind": "event", "place": fid, "place_precision": precision,
                           "place_extent_km": extent_km, "outlet": "Wire", "quote": "q", "quote_start": 0}}


def _area_radii(m: folium.Map) -> list[float]:
    """The radii (m) of the areas drawn (the layer keeps only what the browser needs: "_m" is the radius)."""
    layers = [c for c in m._children.values() if isinstance(c, folium.GeoJson) and c.layer_name == "regions and countries"]
    return [f["properties"]["_m"] for layer in layers for f in layer.data["features"]]


@pytest.mark.parametrize("precision, extent_km, radius_m", [
    ("country", 29.0, 29_000),  # Luxembourg: its own size, not any country's 250 km
    ("country", 2333.0, 2_333_000),  # Russia
    ("continent", 20.0, 20_000),  # the Kerch Strait
    ("region", None, AREA_RADIUS_M["region"]),  # no extent known: the kind's size
    ("country", None, AREA_RADIUS_M["country"]),  # an export from before extents were kept
])
def test_area_radius(precision: str, extent_km: float | None, radius_m: float) -> None:
    m = build_map([_event("a", precision, extent_km)], {"Wire": "#000"})
    assert _area_radii(m) == [radius_m]


def test_town_is_a_pin_not_an_area() -> None:
    assert _area_radii(build_map([_event("t", "city", None)], {"Wire": "#000"})) == []
