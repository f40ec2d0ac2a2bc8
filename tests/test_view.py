"""View state: filters and date range, query parameters round trip, and filtering features."""

from __future__ import annotations

from datetime import date

import pytest

from events.view import ViewState, apply, clamp, date_bounds, from_query_params, to_query_params


def _feature(fid: str, start: str | None, end: str | None, outlet: str = "A", kind: str = "event", **props):
    base = {"id": fid, "kind": kind, "date_start": start, "date_end": end, "outlet": outlet, "event_type": "attack",
            "actors": ["Islamic State"], "place_precision": "city", "quote": "Fighters attacked Palmyra.", "place": "Palmyra"}
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [38.28, 34.56]}, "properties": base | props}


FEATURES = [
    _feature("day", "2016-12-11", "2016-12-11"),
    _feature("month", "2016-12-01", "2016-12-31", outlet="B"),  # "December 2016": overlaps any December range
    _feature("old", "2015-05-01", "2015-05-31", event_type="capture"),
    _feature("undated", None, None, outlet="B", place_precision="country"),
    _feature("move", "2016-12-10", "2016-12-10", kind="movement", actors=["Syrian government forces"]),
]


@pytest.mark.parametrize(("view", "expected"), [
    (ViewState(), {"day", "month", "old", "undated", "move"}),
    (ViewState(start=date(2016, 12, 11), end=date(2016, 12, 11)), {"day", "month", "undated"}),  # month interval overlaps the day
    (ViewState(start=date(2016, 12, 11), end=date(2016, 12, 11), include_undated=False), {"day", "month"}),
    (ViewState(start=date(2016, 12, 12), end=date(2016, 12, 20), include_undated=False), {"month"}),
    (ViewState(outlets=("B",)), {"month", "undated"}),
    (ViewState(event_types=("capture",)), {"old"}),
    (ViewState(actors=("Syrian government forces",)), {"move"}),
    (ViewState(precisions=("country",)), {"undated"}),
    (ViewState(text="PALMYRA", outlets=("A",), include_undated=False), {"day", "old", "move"}),  # case-insensitive
    (ViewState(text="Mosul"), set()),
])
def test_apply(view: ViewState, expected: set[str]) -> None:
    assert {f["properties"]["id"] for f in apply(FEATURES, view)} == expected


def test_query_params_round_trip() -> None:
    view = ViewState(start=date(2016, 12, 10), end=date(2016, 12, 12), outlets=("Levant Wire", "B"),
                     event_types=("capture",), text="strikes", include_undated=False)
    params = to_query_params(view)
    assert params["from"] == "2016-12-10" and params["undated"] == "0"
    assert from_query_params(params) == view
    assert to_query_params(ViewState()) == {}, "the default view makes a clean link"


@pytest.mark.parametrize("params", [{"from": "not-a-date"}, {"to": "2016-13-45"}, {"undated": "maybe"}])
def test_bad_query_params_are_ignored(params) -> None:
    # a hand-edited link never breaks the app
    view = from_query_params(params)
    assert view.start is None and view.end is None


def test_bounds_and_clamp() -> None:
    bounds = date_bounds(FEATURES)
    assert bounds == (date(2015, 5, 1), date(2016, 12, 31))
    assert clamp(ViewState(start=date(2000, 1, 1)), bounds).start == date(2015, 5, 1)
    assert date_bounds([FEATURES[3]]) is None
