"""Analysts' corrections to extracted features: reject, re-place, re-date, re-type, annotate.

A :class:`Correction` targets one GeoJSON Feature by a :class:`FeatureKey` built from where the feature
comes from in its document (document id, kind, the quote's offset, the place mention's offsets and, for a
movement, the destination's offset). Those are offsets into the article text, so the key is the same
when the same article is extracted again (even with a better gazetteer that resolves the mention to
another place), and it does not depend on the order of features. The feature ``id`` alone is not enough:
events placed by the paragraph's or the article's focus place share their place offsets.

:func:`apply_corrections` returns new features (inputs are never mutated): rejected ones are dropped, the
others carry the corrected values plus honest provenance: ``corrected: true``, ``corrected_fields``
("place,dates"), the analyst's ``note`` and the machine's values as ``original_*`` properties.

Corrections are kept as a small JSON file (:func:`dumps` / :func:`loads`, :func:`save` / :func:`load`);
a malformed file or an invalid correction raises :class:`events.errors.InputError` naming it in one line.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from events.errors import EventsError, InputError
from events.model import EVENT_TYPES, INTERVAL_PRECISIONS, PLACE_KINDS, Place, coarsest_kind
from events.time import values

FILE_VERSION = 1
KINDS = ("event", "movement")
TIME_PRECISIONS = INTERVAL_PRECISIONS  # an analyst's interval has dates: no "ref"
NOTE_LIMIT = 2_000  # characters
FIELDS = ("reject", "place", "destination", "dates", "event_type", "note")


# ---- what a correction targets ----------------------------------------------------------------------------

@dataclass(frozen=True)
class FeatureKey:
    """Which feature a correction is about: offsets into the document text, stable across re-extraction."""

    doc_id: str
    kind: str  # "event" or "movement"
    quote_start: int | None
    place_start: int | None
    place_end: int | None
    destination_start: int | None = None  # movements only

    def token(self) -> str:
        """The key as one string (for widget options and dictionary keys)."""
        return "|".join(str(v) for v in (self.doc_id, self.kind, self.quote_start, self.place_start, self.place_end,
                                          self.destination_start))

    def label(self) -> str:
        """A short human-readable name (used in error messages)."""
        where = f"{self.place_start}-{self.place_end}"
        if self.destination_start is not None:
            where += f"→{self.destination_start}"
        return f"{self.doc_id} {self.kind} @{where} (sentence @{self.quote_start})"


def _int_or_none(value: Any) -> int | None:
    return int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def feature_key(feature: Mapping[str, Any]) -> FeatureKey:
    """The key of a GeoJSON Feature built by :mod:`events.export.geojson` (or loaded from such an export)."""
    p = feature["properties"]
    kind = p.get("kind") or "event"
    return FeatureKey(
        doc_id=str(p.get("doc_id") or ""),
        kind=kind,
        quote_start=_int_or_none(p.get("quote_start")),
        place_start=_int_or_none(p.get("place_start")),
        place_end=_int_or_none(p.get("place_end")),
        destination_start=_int_or_none(p.get("destination_start")) if kind == "movement" else None,
    )


# ---- what a correction says ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class CorrectedPlace:
    """A place chosen by the analyst (self-contained: applying it needs no gazetteer)."""

    name: str
    lat: float
    lon: float
    kind: str = "city"
    country_code: str | None = None
    geonameid: int | None = None
    extent_km: float | None = None  # an area's rough radius, when known (see Place)

    @classmethod
    def from_place(cls, place: Place) -> CorrectedPlace:
        return cls(place.name, round(place.lat, 5), round(place.lon, 5), place.kind, place.country_code, place.geonameid,
                   place.extent_km)

    def label(self) -> str:
        """"Palmyra (city, SY, 34.56240, 38.28402)"."""
        return f"{self.name} ({self.kind}, {self.country_code or '–'}, {self.lat:.5f}, {self.lon:.5f})"


@dataclass(frozen=True)
class CorrectedDates:
    """A date interval chosen by the analyst; ``start = end = None`` marks the feature undated."""

    start: date | None
    end: date | None
    precision: str | None = "day"


@dataclass(frozen=True)
class Correction:
    """An analyst's correction of one feature. Fields left ``None`` keep the machine's value.

    Construction validates (an end date before the start, an unknown event type...) and raises
    :class:`InputError` naming the feature, so an invalid correction never exists.
    """

    key: FeatureKey
    reject: bool = False
    place: CorrectedPlace | None = None  # an event's place, or a movement's origin
    destination: CorrectedPlace | None = None  # a movement's destination
    dates: CorrectedDates | None = None
    event_type: str | None = None
    note: str | None = None
    created: str | None = field(default=None, compare=False)  # ISO timestamp, for the analyst's record

    def __post_init__(self) -> None:
        problem = _problem(self)
        if problem:
            raise InputError(f"correction of {self.key.label()}", problem)

    @property
    def changes(self) -> tuple[str, ...]:
        """What this correction changes, in :data:`FIELDS` order."""
        return tuple(name for name in FIELDS if getattr(self, name) not in (None, False))


def _problem(c: Correction) -> str | None:
    """Why a correction is invalid, in one line, or ``None``."""
    if not c.key.doc_id:
        return "it names no document"
    if c.key.kind not in KINDS:
        return f"unknown kind {c.key.kind!r} (expected event or movement)"
    if not c.changes:
        return "it changes nothing"
    if c.destination is not None and c.key.kind != "movement":
        return "only a movement has a destination to correct"
    for label, place in (("place", c.place), ("destination", c.destination)):
        if place is None:
            continue
        if not place.name.strip():
            return f"the corrected {label} has no name"
        if not (-90 <= place.lat <= 90 and -180 <= place.lon <= 180):
            return f"the corrected {label} has impossible coordinates ({place.lat}, {place.lon})"
        if place.kind not in PLACE_KINDS:
            return f"the corrected {label} has an unknown precision {place.kind!r} (expected {', '.join(PLACE_KINDS)})"
    if c.dates is not None:
        d = c.dates
        if (d.start is None) != (d.end is None):
            return "give both a start and an end date (or neither, for undated)"
        if d.start is not None and d.end is not None:
            if d.end < d.start:
                return f"the end date {d.end.isoformat()} is before the start date {d.start.isoformat()}"
            if d.precision not in TIME_PRECISIONS:
                return f"unknown time precision {d.precision!r} (expected {', '.join(TIME_PRECISIONS)})"
    if c.event_type is not None and c.event_type not in EVENT_TYPES:
        return f"unknown event type {c.event_type!r} (expected {', '.join(EVENT_TYPES)})"
    if c.note is not None and len(c.note) > NOTE_LIMIT:
        return f"the note is longer than {NOTE_LIMIT:,} characters"
    return None


# ---- applying corrections ------------------------------------------------------------------------------------

def _date_value(d: CorrectedDates) -> str | None:
    """A TimeML value for the analyst's interval when it is one whole day, month or year, else ``None``."""
    s, e = d.start, d.end
    if s is None or e is None:
        return None
    if s == e:
        return values.day_value(s)
    if (s, e) == values.month_interval(s.year, s.month):
        return values.month_value(s.year, s.month)
    if (s, e) == values.year_interval(s.year):
        return f"{s.year:04d}"
    return None


def apply_correction(feature: Mapping[str, Any], correction: Correction) -> dict[str, Any] | None:
    """The corrected copy of one feature, or ``None`` when the correction rejects it. ``feature`` is not changed."""
    if correction.reject:
        return None
    old = feature["properties"]
    props = dict(old)
    geometry = {**feature["geometry"], "coordinates": list(feature["geometry"]["coordinates"])}

    def keep(name: str) -> None:  # the machine's value, unless an earlier correction already kept it
        props.setdefault(f"original_{name}", old.get(name))

    movement = old.get("kind") == "movement"
    if correction.place is not None or correction.destination is not None:
        for name in ("place", "geonameid", "country_code", "place_precision", "place_extent_km"):
            keep(name)
    if correction.place is not None:
        p = correction.place
        first = geometry["coordinates"][0] if movement else geometry["coordinates"]
        props.setdefault("original_lon", first[0])
        props.setdefault("original_lat", first[1])
        if movement:
            for name in ("origin", "origin_geonameid", "origin_precision"):
                keep(name)
            props.update(origin=p.name, origin_geonameid=p.geonameid, origin_precision=p.kind)
            geometry["coordinates"][0] = [p.lon, p.lat]
        else:
            props.update(place=p.name, place_precision=p.kind, place_extent_km=p.extent_km)
            geometry["coordinates"] = [p.lon, p.lat]
        props.update(geonameid=p.geonameid, country_code=p.country_code)
    if correction.destination is not None:
        p = correction.destination
        last = geometry["coordinates"][-1]
        props.setdefault("original_dest_lon", last[0])
        props.setdefault("original_dest_lat", last[1])
        for name in ("destination", "destination_geonameid", "destination_precision"):
            keep(name)
        props.update(destination=p.name, destination_geonameid=p.geonameid, destination_precision=p.kind)
        geometry["coordinates"][-1] = [p.lon, p.lat]
    if movement and (correction.place is not None or correction.destination is not None):
        props["place"] = f"{props.get('origin')} → {props.get('destination')}"
        props["place_precision"] = coarsest_kind(props.get("origin_precision"), props.get("destination_precision"))
    if correction.dates is not None:
        d = correction.dates
        for name in ("date_start", "date_end", "time_precision", "date_value", "date_source"):
            keep(name)
        dated = d.start is not None
        props.update(date_start=d.start.isoformat() if d.start else None, date_end=d.end.isoformat() if d.end else None,
                     time_precision=d.precision if dated else None, date_value=_date_value(d),
                     date_source="analyst" if dated else "none")
    if correction.event_type is not None:
        keep("event_type")
        props["event_type"] = correction.event_type
    if correction.note is not None:
        props["note"] = correction.note
    done = [f for f in (props.get("corrected_fields") or "").split(",") if f]
    props["corrected"] = True
    props["corrected_fields"] = ",".join(dict.fromkeys([*done, *correction.changes]))
    return {**feature, "geometry": geometry, "properties": props}


def apply_corrections(features: Iterable[Mapping[str, Any]], corrections: Iterable[Correction]) -> list[dict[str, Any]]:
    """The features with the corrections applied, in their order; rejected features are left out.

    Features no correction targets are passed through as they are (the same objects; nothing is mutated).
    When two corrections target the same feature the later one wins.
    """
    by_key = {c.key: c for c in corrections}
    out: list[dict[str, Any]] = []
    for feature in features:
        correction = by_key.get(feature_key(feature)) if by_key else None
        if correction is None:
            out.append(feature)  # type: ignore[arg-type]
            continue
        corrected = apply_correction(feature, correction)
        if corrected is not None:
            out.append(corrected)
    return out


def unmatched(features: Iterable[Mapping[str, Any]], corrections: Iterable[Correction]) -> list[Correction]:
    """The corrections whose feature is not among ``features`` (its article is not loaded, or no longer yields it)."""
    keys = {feature_key(f) for f in features}
    return [c for c in corrections if c.key not in keys]


def correction_from_edits(feature: Mapping[str, Any], existing: Correction | None, *, reject: bool = False,
                          place: CorrectedPlace | None = None, destination_end: bool = False,
                          dates: CorrectedDates | None = None, event_type: str | None = None, note: str | None = None,
                          created: str | None = None) -> Correction | None:
    """The correction an analyst's edits of one feature amount to, keeping the place an earlier correction
    of it gave; ``None`` when nothing is left that differs from the machine's values. ``place`` goes to a
    movement's destination when ``destination_end``; a place or type equal to the machine's is no change;
    a blank note is none. Raises :class:`InputError` for an invalid result (an end before the start...)."""
    p = feature["properties"]
    key = feature_key(feature)
    corrected_place = existing.place if existing else None
    corrected_destination = existing.destination if existing else None
    if place is not None and p.get("kind") == "event" and (place.name, place.geonameid) == (p.get("place"), p.get("geonameid")):
        place = None  # the place it already has
    if place is not None:
        if p.get("kind") == "movement" and destination_end:
            corrected_destination = place
        else:
            corrected_place = place
    if event_type == p.get("original_event_type", p.get("event_type")):
        event_type = None  # the machine's type
    note = (note or "").strip() or None
    if not (reject or corrected_place or corrected_destination or dates or event_type or note):
        return None
    return Correction(key=key, reject=reject, place=corrected_place, destination=corrected_destination, dates=dates,
                      event_type=event_type, note=note, created=created)


def upsert(corrections: Sequence[Correction], correction: Correction) -> tuple[Correction, ...]:
    """The corrections with ``correction`` added, replacing (in place) any earlier one for the same feature."""
    if any(c.key == correction.key for c in corrections):
        return tuple(correction if c.key == correction.key else c for c in corrections)
    return (*corrections, correction)


def remove(corrections: Sequence[Correction], key: FeatureKey) -> tuple[Correction, ...]:
    """The corrections without the one for ``key`` (undo)."""
    return tuple(c for c in corrections if c.key != key)


def merge(current: Sequence[Correction], loaded: Sequence[Correction]) -> tuple[Correction, ...]:
    """``current`` with ``loaded`` added: a loaded correction replaces the current one for the same feature."""
    out = tuple(current)
    for correction in loaded:
        out = upsert(out, correction)
    return out


class _Lookup(Protocol):
    def lookup(self, name: str) -> Sequence[Place]: ...


def place_candidates(gazetteer: _Lookup, name: str, limit: int = 10) -> list[CorrectedPlace]:
    """Gazetteer places for a name the analyst typed, most likely first (``[]`` for an unknown name)."""
    if not name.strip():
        return []
    return [CorrectedPlace.from_place(p) for p in list(gazetteer.lookup(name.strip()))[:limit]]


# ---- the corrections file ----------------------------------------------------------------------------------------

def _place_to_json(p: CorrectedPlace | None) -> dict[str, Any] | None:
    if p is None:
        return None
    out = {"name": p.name, "lat": p.lat, "lon": p.lon, "kind": p.kind, "country_code": p.country_code, "geonameid": p.geonameid}
    return out if p.extent_km is None else {**out, "extent_km": p.extent_km}


def correction_to_json(c: Correction) -> dict[str, Any]:
    out: dict[str, Any] = {"key": {"doc_id": c.key.doc_id, "kind": c.key.kind, "quote_start": c.key.quote_start,
                                   "place_start": c.key.place_start, "place_end": c.key.place_end,
                                   "destination_start": c.key.destination_start}}
    if c.reject:
        out["reject"] = True
    if c.place is not None:
        out["place"] = _place_to_json(c.place)
    if c.destination is not None:
        out["destination"] = _place_to_json(c.destination)
    if c.dates is not None:
        out["dates"] = {"start": c.dates.start.isoformat() if c.dates.start else None,
                        "end": c.dates.end.isoformat() if c.dates.end else None, "precision": c.dates.precision}
    if c.event_type is not None:
        out["event_type"] = c.event_type
    if c.note is not None:
        out["note"] = c.note
    if c.created is not None:
        out["created"] = c.created
    return out


def dumps(corrections: Iterable[Correction]) -> str:
    """The corrections file's text (UTF-8 JSON, stable order)."""
    body = {"type": "EventCorrections", "version": FILE_VERSION, "corrections": [correction_to_json(c) for c in corrections]}
    return json.dumps(body, ensure_ascii=False, indent=1) + "\n"


class _Bad(EventsError):
    """Internal: why one entry of a corrections file is malformed."""


def _obj(value: Any, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Bad(f"{what} is not an object")
    return value


def _int_field(d: dict[str, Any], name: str, required: bool = False) -> int | None:
    value = d.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Bad(f"'{name}' must be an integer offset")
    return value


def _place_from_json(value: Any, what: str) -> CorrectedPlace | None:
    if value is None:
        return None
    d = _obj(value, what)
    try:
        geonameid = d.get("geonameid")
        extent = d.get("extent_km")
        return CorrectedPlace(str(d["name"]), float(d["lat"]), float(d["lon"]), str(d.get("kind") or "city"),
                              d.get("country_code"), int(geonameid) if geonameid is not None else None,
                              float(extent) if extent is not None else None)
    except KeyError as error:
        raise _Bad(f"{what} lacks '{error.args[0]}'") from error
    except (TypeError, ValueError) as error:
        raise _Bad(f"{what} has a bad value ({error})") from error


def _date(value: Any, what: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as error:
        raise _Bad(f"{what} {value!r} is not an ISO date (YYYY-MM-DD)") from error


def _correction_from_json(value: Any) -> Correction:
    """One correction from its JSON object; raises ``_Bad`` when malformed, :class:`InputError` when invalid."""
    d = _obj(value, "the entry")
    k = _obj(d.get("key"), "'key'")
    if not isinstance(k.get("doc_id"), str):
        raise _Bad("'key' lacks 'doc_id'")
    key = FeatureKey(k["doc_id"], str(k.get("kind") or ""), _int_field(k, "quote_start"), _int_field(k, "place_start"),
                     _int_field(k, "place_end"), _int_field(k, "destination_start"))
    dates = None
    if d.get("dates") is not None:
        dd = _obj(d["dates"], "'dates'")
        dates = CorrectedDates(_date(dd.get("start"), "start date"), _date(dd.get("end"), "end date"), dd.get("precision"))
    note = d.get("note")
    if note is not None and not isinstance(note, str):
        raise _Bad("'note' must be text")
    event_type = d.get("event_type")
    return Correction(key=key, reject=bool(d.get("reject", False)), place=_place_from_json(d.get("place"), "'place'"),
                      destination=_place_from_json(d.get("destination"), "'destination'"), dates=dates,
                      event_type=str(event_type) if event_type is not None else None, note=note,
                      created=str(d["created"]) if d.get("created") is not None else None)


def loads(text: str | bytes, source: str = "corrections") -> tuple[Correction, ...]:
    """Corrections from a file's text; ``source`` names the file in the :class:`InputError` raised when malformed."""
    try:
        body = json.loads(text.decode("utf-8") if isinstance(text, bytes) else text)
    except UnicodeDecodeError as error:
        raise InputError(source, "not UTF-8 text") from error
    except json.JSONDecodeError as error:
        raise InputError(source, f"not JSON ({error.msg}, line {error.lineno})") from error
    if not isinstance(body, dict) or not isinstance(body.get("corrections"), list):
        raise InputError(source, "not a corrections file (expected an object with a 'corrections' list)")
    version = body.get("version", FILE_VERSION)
    if not isinstance(version, int) or version > FILE_VERSION:
        raise InputError(source, f"corrections file version {version!r} is newer than this tool reads ({FILE_VERSION})")
    out: list[Correction] = []
    for i, entry in enumerate(body["corrections"], 1):
        try:
            out.append(_correction_from_json(entry))
        except _Bad as error:
            raise InputError(source, f"correction {i}: {error}") from error
        except InputError as error:
            raise InputError(source, f"correction {i}: {error.reason}") from error
    return tuple(out)


def load(path: str | Path) -> tuple[Correction, ...]:
    """Corrections from a file; a missing, unreadable or malformed file raises :class:`InputError` naming it."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from error
    return loads(data, str(path))


def save(corrections: Iterable[Correction], path: str | Path) -> None:
    """Write the corrections file atomically (a crash mid-write never leaves half a file)."""
    path = Path(path)
    text = dumps(corrections)
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
        tmp = None
    except OSError as error:
        raise InputError(str(path), f"cannot write: {error.strerror or error}") from error
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)


__all__ = ["Correction", "CorrectedDates", "CorrectedPlace", "FeatureKey", "apply_correction", "apply_corrections",
           "dumps", "feature_key", "load", "loads", "merge", "place_candidates", "remove", "save", "unmatched", "upsert"]
