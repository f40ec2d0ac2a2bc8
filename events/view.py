"""The dashboard's view as data: filters and date range, to and from URL query parameters, applied to features.

Pure functions over plain values so the view is testable without Streamlit, and a link reproduces it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

_LIST_PARAMS = ("outlet", "type", "actor", "precision")


@dataclass(frozen=True)
class ViewState:
    """What the analyst is looking at. Empty selections mean "all"."""

    start: date | None = None
    end: date | None = None
    outlets: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    precisions: tuple[str, ...] = ()
    text: str = ""
    include_undated: bool = True
    kinds: tuple[str, ...] = field(default=("event", "movement"))


def _date_or_none(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def from_query_params(params: Mapping[str, Any]) -> ViewState:
    """A view from query parameters (unknown or malformed values are ignored, never an error)."""
    def values(name: str) -> tuple[str, ...]:
        raw = params.get(name)
        if raw is None:
            return ()
        items = raw if isinstance(raw, (list, tuple)) else [raw]
        return tuple(v for item in items for v in str(item).split(",") if v)

    return ViewState(
        start=_date_or_none(params.get("from")),
        end=_date_or_none(params.get("to")),
        outlets=values("outlet"),
        event_types=values("type"),
        actors=values("actor"),
        precisions=values("precision"),
        text=str(params.get("q") or ""),
        include_undated=str(params.get("undated", "1")) != "0",
    )


def to_query_params(view: ViewState) -> dict[str, str | list[str]]:
    """Query parameters for a view (only what differs from the default)."""
    out: dict[str, str | list[str]] = {}
    if view.start:
        out["from"] = view.start.isoformat()
    if view.end:
        out["to"] = view.end.isoformat()
    for name, items in zip(_LIST_PARAMS, (view.outlets, view.event_types, view.actors, view.precisions)):
        if items:
            out[name] = list(items)
    if view.text:
        out["q"] = view.text
    if not view.include_undated:
        out["undated"] = "0"
    return out


def _overlaps(props: Mapping[str, Any], start: date | None, end: date | None) -> bool | None:
    """Whether the feature's date interval overlaps [start, end]; ``None`` for undated features."""
    s, e = props.get("date_start"), props.get("date_end")
    if not s or not e:
        return None
    s_d, e_d = date.fromisoformat(str(s)[:10]), date.fromisoformat(str(e)[:10])
    return (end is None or s_d <= end) and (start is None or e_d >= start)


def matches(feature: Mapping[str, Any], view: ViewState) -> bool:
    """Whether one GeoJSON Feature is in the view."""
    p = feature["properties"]
    if p.get("kind") not in view.kinds:
        return False
    overlap = _overlaps(p, view.start, view.end)
    if overlap is None:
        if not view.include_undated:
            return False
    elif not overlap:
        return False
    if view.outlets and (p.get("outlet") or "(unknown)") not in view.outlets:
        return False
    if view.event_types and p.get("event_type") not in view.event_types:
        return False
    if view.actors and not set(view.actors) & set(p.get("actors") or ()):
        return False
    if view.precisions and p.get("place_precision") not in view.precisions:
        return False
    if view.text:
        needle = view.text.lower()
        hay = " ".join(str(p.get(k) or "") for k in ("quote", "place", "outlet", "title", "attributed_to", "doc_id")).lower()
        if needle not in hay:
            return False
    return True


def apply(features: Sequence[Mapping[str, Any]], view: ViewState) -> list[Mapping[str, Any]]:
    """The features in the view, in their original order."""
    return [f for f in features if matches(f, view)]


def date_bounds(features: Sequence[Mapping[str, Any]]) -> tuple[date, date] | None:
    """The earliest start and latest end over dated features, or ``None`` when none is dated."""
    starts = [str(f["properties"]["date_start"])[:10] for f in features if f["properties"].get("date_start")]
    ends = [str(f["properties"]["date_end"])[:10] for f in features if f["properties"].get("date_end")]
    if not starts:
        return None
    return date.fromisoformat(min(starts)), date.fromisoformat(max(ends))


def clamp(view: ViewState, bounds: tuple[date, date] | None) -> ViewState:
    """The view with its date range inside ``bounds`` (the whole range when unset)."""
    if bounds is None:
        return replace(view, start=None, end=None)
    lo, hi = bounds
    start = min(max(view.start or lo, lo), hi)
    end = max(min(view.end or hi, hi), start)
    return replace(view, start=start, end=end)
