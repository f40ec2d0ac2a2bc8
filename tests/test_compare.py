"""Outlet comparison: grouping accounts of the same happening and finding where they differ."""

from __future__ import annotations

from events.compare import differences, disagreeing_numbers, group_happenings


def _f(outlet: str, start: str, lon: float = 38.28, lat: float = 34.56, quantities=(), attributed=None, event_type="capture",
       precision="city"):
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": {
        "outlet": outlet, "doc_id": outlet + ".txt", "title": None, "url": None, "date_start": start, "date_end": start,
        "quantities": [{"value": v, "what": w} for v, w in quantities], "attributed_to": attributed,
        "event_type": event_type, "quote": f"{outlet} says", "place": "Palmyra", "place_precision": precision}}


def test_same_happening_across_outlets_and_differences() -> None:
    features = [
        _f("Levant Wire", "2016-12-11", quantities=[(300, "militants")], attributed="the Russian defence ministry"),
        _f("Desert Dispatch", "2016-12-10", quantities=[(200, "ISIS fighters")], attributed="the army"),
        _f("Levant Wire", "2016-12-11", lon=43.1, lat=36.3),  # Mosul: another happening, one outlet only
        _f("Other", "2016-12-11", precision="country"),  # "in Syria": too vague to compare
    ]
    (group,) = group_happenings(features)
    assert [a.outlet for a in group.accounts] == ["Desert Dispatch", "Levant Wire"]
    # 200 "ISIS fighters" and 300 "militants" count the same thing
    assert disagreeing_numbers(group.accounts) == {"fighter": {"Desert Dispatch": (200.0,), "Levant Wire": (300.0,)}}
    assert set(group.differences) == {"dates", "numbers", "attribution"}


def test_agreeing_outlets_show_no_difference() -> None:
    features = [_f("A", "2016-12-11", quantities=[(64, "strikes")]), _f("B", "2016-12-11", quantities=[(64, "strikes")])]
    (group,) = group_happenings(features)
    assert differences(group.accounts) == ()


def test_far_apart_or_different_times_are_different_happenings() -> None:
    features = [_f("A", "2016-12-11"), _f("B", "2017-03-02"), _f("C", "2016-12-11", lon=40.14, lat=35.34)]
    assert group_happenings(features) == []
