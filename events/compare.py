"""Compare outlets: group accounts of the same happening and show where they differ.

Two accounts are of the same happening when they come from different documents, are at the same
or a nearby place (within ``max_km``), and their date intervals overlap give or take ``slack_days``
(outlets disagree on dates; undated accounts join by place alone). Within a group we list, per outlet, the dates, numbers (by what they count), who the
claim is attributed to, and the event type, and flag each aspect on which outlets disagree.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from events.places.index import haversine_km


@dataclass(frozen=True)
class Account:
    """What one outlet says in one group."""

    outlet: str
    doc_id: str
    title: str | None
    url: str | None
    dates: tuple[str, ...]
    numbers: tuple[tuple[str, float], ...]  # (what, value)
    attributed_to: tuple[str, ...]
    event_types: tuple[str, ...]
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class Happening:
    """A group of accounts of the same happening, and what they disagree on."""

    place: str
    start: date | None
    end: date | None
    accounts: tuple[Account, ...]
    differences: tuple[str, ...]  # aspects that differ: "dates", "numbers", "attribution", "event type"


def _head(what: str) -> str:
    """The counted noun, singular and lower case: "ISIS fighters" -> "fighter"."""
    word = what.split()[-1].lower() if what else ""
    synonyms = {"militant": "fighter", "jihadist": "fighter", "terrorist": "fighter", "troop": "soldier", "sortie": "strike"}
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return synonyms.get(word, word)


def _interval(p: Mapping[str, Any]) -> tuple[date | None, date | None]:
    s, e = p.get("date_start"), p.get("date_end")
    return (date.fromisoformat(str(s)[:10]) if s else None, date.fromisoformat(str(e)[:10]) if e else None)


def _point(feature: Mapping[str, Any]) -> list[float]:
    """An event's position, or a movement's destination."""
    geometry = feature["geometry"]
    return geometry["coordinates"] if geometry["type"] == "Point" else geometry["coordinates"][-1]


def _same_happening(a: Mapping[str, Any], b: Mapping[str, Any], max_km: float, slack_days: int) -> bool:
    pa, pb = a["properties"], b["properties"]
    ca, cb = _point(a), _point(b)
    if haversine_km(ca[1], ca[0], cb[1], cb[0]) > max_km:
        return False
    (sa, ea), (sb, eb) = _interval(pa), _interval(pb)
    if None in (sa, ea, sb, eb):
        return True
    slack = timedelta(days=slack_days)  # outlets disagree on dates: "Saturday" vs "Sunday" is still one story
    return sa - slack <= eb and sb - slack <= ea  # type: ignore[operator]


def group_happenings(features: Sequence[Mapping[str, Any]], max_km: float = 50.0, min_outlets: int = 2,
                     slack_days: int = 2) -> list[Happening]:
    """Groups of accounts from at least ``min_outlets`` outlets, biggest first.

    Country- and region-level features are left out: "in Syria" is too vague to say two outlets
    describe the same happening.
    """
    pool = [f for f in features if f["properties"].get("place_precision") == "city"]
    # union-find over pairs in the same or neighbouring grid cells (cells wider than max_km): near-linear
    cell = max_km / 50.0  # degrees: a cell is wider than max_km up to ~60° latitude, so neighbours cover every pair
    buckets: dict[tuple[int, int], list[int]] = {}
    for i, f in enumerate(pool):
        lon, lat = _point(f)
        buckets.setdefault((int(lon // cell), int(lat // cell)), []).append(i)
    parent = list(range(len(pool)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for (cx, cy), members in buckets.items():
        near = [j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in buckets.get((cx + dx, cy + dy), ())]
        for i in members:
            for j in near:
                if j > i and find(i) != find(j) and _same_happening(pool[i], pool[j], max_km, slack_days):
                    parent[find(j)] = find(i)
    grouped: dict[int, list[Mapping[str, Any]]] = {}
    for i, f in enumerate(pool):
        grouped.setdefault(find(i), []).append(f)
    groups = list(grouped.values())
    out = []
    for group in groups:
        by_outlet: dict[str, list[Mapping[str, Any]]] = {}
        for f in group:
            by_outlet.setdefault(f["properties"].get("outlet") or "(unknown)", []).append(f)
        if len(by_outlet) < min_outlets:
            continue
        accounts = []
        for outlet, items in sorted(by_outlet.items()):
            props = [f["properties"] for f in items]
            dates = tuple(sorted({_date_label(p) for p in props if p.get("date_start")}))
            numbers = tuple(sorted({(_head(q["what"]), float(q["value"])) for p in props for q in p.get("quantities") or ()}))
            accounts.append(Account(
                outlet=outlet, doc_id=props[0]["doc_id"], title=props[0].get("title"), url=props[0].get("url"),
                dates=dates, numbers=numbers,
                attributed_to=tuple(sorted({p["attributed_to"] for p in props if p.get("attributed_to")})),
                event_types=tuple(sorted({p["event_type"] for p in props if p.get("event_type")})),
                quotes=tuple(dict.fromkeys(p["quote"] for p in props)),
            ))
        starts = [s for f in group if (s := _interval(f["properties"])[0])]
        ends = [e for f in group if (e := _interval(f["properties"])[1])]
        place = max({f["properties"]["place"] for f in group}, key=lambda n: sum(f["properties"]["place"] == n for f in group))
        out.append(Happening(place, min(starts, default=None), max(ends, default=None), tuple(accounts),
                             differences(accounts)))
    out.sort(key=lambda h: (-len(h.accounts), h.start or date.max))
    return out


def _date_label(p: Mapping[str, Any]) -> str:
    s, e = str(p["date_start"])[:10], str(p["date_end"])[:10]
    return s if s == e else f"{s}…{e}"


def differences(accounts: Sequence[Account]) -> tuple[str, ...]:
    """Which aspects the accounts disagree on."""
    out = []
    day_sets = [set(a.dates) for a in accounts if a.dates]
    if len(day_sets) > 1 and not set.intersection(*day_sets):
        out.append("dates")
    counted: dict[str, set[float]] = {}
    for a in accounts:
        for what, value in a.numbers:
            counted.setdefault(what, set()).add(value)
    if any(len(values) > 1 for values in counted.values()):
        out.append("numbers")
    sources = [set(a.attributed_to) for a in accounts if a.attributed_to]
    if len(sources) > 1 and not set.intersection(*sources):
        out.append("attribution")
    types = [set(a.event_types) for a in accounts if a.event_types]
    if len(types) > 1 and not set.intersection(*types):
        out.append("event type")
    return tuple(out)


def disagreeing_numbers(accounts: Sequence[Account]) -> dict[str, dict[str, tuple[float, ...]]]:
    """For each counted thing on which outlets differ: outlet -> the values it gives."""
    table: dict[str, dict[str, tuple[float, ...]]] = {}
    for a in accounts:
        for what, value in a.numbers:
            table.setdefault(what, {}).setdefault(a.outlet, ())
            table[what][a.outlet] += (value,)
    return {what: per for what, per in table.items() if len({v for vs in per.values() for v in vs}) > 1}
