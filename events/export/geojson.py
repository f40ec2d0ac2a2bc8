"""RFC 7946 GeoJSON: a Point Feature per event, a LineString Feature (origin -> destination) per movement.

Positions are ``[longitude, latitude]`` rounded to 5 decimals (about a metre); there is no ``crs``
member. The properties are documented in the README ("Event schema").
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

from events.model import Event, Extraction, Movement, Place, Quantity, When, coarsest_kind

SCHEMA_VERSION = 1


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _quantities(quantities: Iterable[Quantity]) -> list[dict[str, Any]]:
    return [
        {"value": int(q.value) if float(q.value).is_integer() else q.value, "what": q.what, "text": q.text,
         "approximate": q.approximate}
        for q in quantities
    ]


def _position(place: Place) -> list[float]:
    return [round(place.lon, 5), round(place.lat, 5)]


def _when(when: When) -> dict[str, Any]:
    return {
        "date_start": _iso(when.start),
        "date_end": _iso(when.end),
        "time_precision": when.precision,
        "date_text": when.text,
        "date_value": when.value,
        "date_source": when.source,
    }


def _common(record: Event | Movement, extraction: Extraction) -> dict[str, Any]:
    doc = extraction.document
    src = record.source
    return {
        "doc_id": src.doc_id,
        "outlet": src.outlet,
        "outlet_inferred": "outlet" in doc.inferred,
        "url": src.url,
        "title": src.title,
        "published": _iso(src.published),
        "published_inferred": extraction.reference_inferred or "published" in doc.inferred,
        **_when(record.when),
        "quote": src.quote,
        "quote_start": src.quote_start,
        "quote_end": src.quote_end,
        "event_type": record.event_type,
        "actors": list(record.actors),
        "targets": list(record.targets),
        "attributed_to": record.attributed_to,
        "quantities": _quantities(record.quantities),
    }


def event_feature(event: Event, extraction: Extraction) -> dict[str, Any]:
    """The GeoJSON Feature of one event."""
    place = event.place
    props = {
        # the sentence and the place mention: unique, since a sentence placed by an earlier mention shares it
        "id": f"{event.source.doc_id}#e{event.source.quote_start}-{event.mention.start}",
        "kind": "event",
        "place": place.name,
        "place_text": event.mention.text,
        "place_start": event.mention.start,
        "place_end": event.mention.end,
        "country_code": place.country_code,
        "geonameid": place.geonameid,
        "place_precision": place.kind,
        "place_extent_km": place.extent_km,  # an area's rough radius, when known (null for towns)
        "place_source": event.place_source,
        "place_basis": event.mention.basis,
        **_common(event, extraction),
        "origin": None,
        "destination": None,
    }
    return {"type": "Feature", "id": props["id"], "geometry": {"type": "Point", "coordinates": _position(place)},
            "properties": props}


def movement_feature(movement: Movement, extraction: Extraction) -> dict[str, Any]:
    """The GeoJSON Feature of one movement (a LineString from origin to destination)."""
    origin, destination = movement.origin, movement.destination
    props = {
        "id": f"{movement.source.doc_id}#m{movement.source.quote_start}-{movement.origin_mention.start}-{movement.destination_mention.start}",
        "kind": "movement",
        "place": f"{origin.name} → {destination.name}",
        "place_text": movement.origin_mention.text,
        "place_start": movement.origin_mention.start,
        "place_end": movement.origin_mention.end,
        "country_code": origin.country_code,
        "geonameid": origin.geonameid,
        "place_precision": coarsest_kind(origin.kind, destination.kind),
        "place_basis": movement.origin_mention.basis,
        **_common(movement, extraction),
        "origin": origin.name,
        "origin_geonameid": origin.geonameid,
        "origin_precision": origin.kind,
        "destination": destination.name,
        "destination_geonameid": destination.geonameid,
        "destination_precision": destination.kind,
        "destination_basis": movement.destination_mention.basis,
        "destination_text": movement.destination_mention.text,
        "destination_start": movement.destination_mention.start,
    }
    return {
        "type": "Feature",
        "id": props["id"],
        "geometry": {"type": "LineString", "coordinates": [_position(origin), _position(destination)]},
        "properties": props,
    }


def features(extractions: Iterable[Extraction]) -> list[dict[str, Any]]:
    """All Features of some extractions: each document's events, then its movements."""
    out: list[dict[str, Any]] = []
    for extraction in extractions:
        out.extend(event_feature(e, extraction) for e in extraction.events)
        out.extend(movement_feature(m, extraction) for m in extraction.movements)
    return out


def feature_collection(items: Iterable[Extraction] | Iterable[dict[str, Any]]) -> dict[str, Any]:
    """A FeatureCollection from extractions, or from Features already built (e.g. a filtered list)."""
    items = list(items)
    feats = [i for i in items if isinstance(i, dict)]
    feats += features(i for i in items if isinstance(i, Extraction))
    return {"type": "FeatureCollection", "features": feats}


def write_geojson(collection: dict[str, Any], path: Path | None = None) -> str:
    """Serialise a FeatureCollection (UTF-8, no ASCII escaping); write it to ``path`` when given."""
    text = json.dumps(collection, ensure_ascii=False, indent=1)
    if path is not None:
        path.write_text(text + "\n", encoding="utf-8")
    return text
