"""Analysts' corrections (events/corrections.py): keys, applying each kind, provenance, validation, the file."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import pytest

from events import corrections as fixes
from events.corrections import CorrectedDates, CorrectedPlace, Correction, FeatureKey
from events.errors import InputError
from events.export import feature_collection, features_to_frame, to_csv_text, to_geopackage_bytes
from events.model import Document
from tests.helpers import PLACES

TADMUR = CorrectedPlace("Palmyra", 34.5624, 38.28402, "city", "SY", 163808)
HOMS = CorrectedPlace("Homs", 34.72405, 36.72559, "city", "SY", 169577)
HOMS_REGION = CorrectedPlace("Homs", 34.4668, 38.0623, "region", "SY", None)
SYRIA = CorrectedPlace("Syria", 35.0, 38.0, "country", "SY", 163843, 243.0)  # a country, with its extent


def feature(kind: str = "event", doc_id: str = "a.txt", quote_start: int = 0, place_start: int = 10,
            destination_start: int | None = None, **props) -> dict:
    """A feature shaped like events/export/geojson.py's (only the properties corrections read or write)."""
    p = {"id": f"{doc_id}#e{place_start}", "kind": kind, "doc_id": doc_id, "place": "Santos Dumont",
         "place_text": "Palmyra", "place_start": place_start, "place_end": place_start + 7, "country_code": "BR",
         "geonameid": 3449427, "place_precision": "city", "quote": "Fighters entered Palmyra.",
         "quote_start": quote_start, "quote_end": quote_start + 25, "date_start": "2016-12-11",
         "date_end": "2016-12-11", "time_precision": "day", "date_text": "on Sunday", "date_value": "2016-12-11",
         "date_source": "sentence", "event_type": "attack", "outlet": "Wire", "origin": None, "destination": None}
    geometry = {"type": "Point", "coordinates": [-43.5525, -21.45667]}
    if kind == "movement":
        p.update(id=f"{doc_id}#m{place_start}-{destination_start}", place="Mosul → Santos Dumont", origin="Mosul",
                 origin_geonameid=99072, origin_precision="city", destination="Santos Dumont",
                 destination_geonameid=3449427, destination_precision="city", destination_text="Palmyra",
                 destination_start=destination_start, event_type="movement")
        geometry = {"type": "LineString", "coordinates": [[43.119, 36.335], [-43.5525, -21.45667]]}
    p.update(props)
    return {"type": "Feature", "id": p["id"], "geometry": geometry, "properties": p}


EVENT = feature()
MOVE = feature("movement", place_start=30, destination_start=50)
KEY = fixes.feature_key(EVENT)
MKEY = fixes.feature_key(MOVE)


# ---- keys -----------------------------------------------------------------------------------------------------

def test_key_is_offsets_not_the_machine_s_answer() -> None:
    # a re-extraction with a better gazetteer resolves the same mention elsewhere: same key, the correction still applies
    re_resolved = feature(place="Palmyra", geonameid=163808, country_code="SY")
    assert fixes.feature_key(re_resolved) == KEY
    assert fixes.apply_corrections([re_resolved], [Correction(KEY, reject=True)]) == []


def test_key_tells_apart_features_that_share_an_id() -> None:
    # events placed by the article's focus share their place offsets (and so their id) but not their sentence
    first, second = feature(quote_start=0), feature(quote_start=200)
    assert first["properties"]["id"] == second["properties"]["id"]
    out = fixes.apply_corrections([first, second], [Correction(fixes.feature_key(second), event_type="capture")])
    assert [f["properties"]["event_type"] for f in out] == ["attack", "capture"]


def test_key_survives_re_extraction_of_the_same_document(extractor) -> None:
    text = ("Islamic State fighters moved from Raqqa toward Palmyra on Sunday, 11 December 2016.\n\n"
            "Russian jets struck Deir ez-Zor on Monday, the ministry said.")
    doc = Document("wire.txt", text, outlet="Wire", published=date(2016, 12, 13))
    other = Document("other.txt", "Syrian troops shelled Aleppo on Saturday.", outlet="Post", published=date(2016, 12, 13))
    alone = feature_collection([extractor.extract(doc)])["features"]
    # the same article extracted again, in another batch and position, by a fresh extraction
    again = [f for f in feature_collection([extractor.extract(other), extractor.extract(doc)])["features"]
             if f["properties"]["doc_id"] == "wire.txt"]
    assert len(alone) >= 2
    assert [fixes.feature_key(f) for f in alone] == [fixes.feature_key(f) for f in again]
    target = alone[-1]
    out = fixes.apply_corrections(again, [Correction(fixes.feature_key(target), note="checked")])
    noted = [f for f in out if f["properties"].get("note")]
    assert [f["properties"]["quote"] for f in noted] == [target["properties"]["quote"]]


# ---- applying --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("base", "correction", "expected"), [
    (EVENT, Correction(KEY, place=TADMUR),
     {"place": "Palmyra", "geonameid": 163808, "country_code": "SY", "place_precision": "city",
      "original_place": "Santos Dumont", "original_geonameid": 3449427, "original_country_code": "BR",
      "original_lon": -43.5525, "original_lat": -21.45667, "corrected_fields": "place"}),
    # a coarser place: its precision changes too, so the map draws an area, not a pin
    (EVENT, Correction(KEY, place=HOMS_REGION), {"place_precision": "region", "original_place_precision": "city",
                                                 "geonameid": None}),
    # ... and its extent, so the area is drawn as large as the country (the machine's town had none)
    (EVENT, Correction(KEY, place=SYRIA), {"place_precision": "country", "place_extent_km": 243.0,
                                           "original_place_extent_km": None}),
    (EVENT, Correction(KEY, dates=CorrectedDates(date(2016, 12, 1), date(2016, 12, 31), "month")),
     {"date_start": "2016-12-01", "date_end": "2016-12-31", "time_precision": "month", "date_value": "2016-12",
      "date_source": "analyst", "original_date_start": "2016-12-11", "original_date_end": "2016-12-11",
      "original_time_precision": "day", "original_date_source": "sentence", "date_text": "on Sunday"}),
    (EVENT, Correction(KEY, dates=CorrectedDates(date(2016, 12, 9), date(2016, 12, 10), "day")),
     {"date_value": None}),  # two days: no single TimeML value
    # the analyst says the sentence gives no usable date
    (EVENT, Correction(KEY, dates=CorrectedDates(None, None, None)),
     {"date_start": None, "date_end": None, "time_precision": None, "date_source": "none"}),
    (EVENT, Correction(KEY, event_type="capture"),
     {"event_type": "capture", "original_event_type": "attack", "corrected_fields": "event_type"}),
    (EVENT, Correction(KEY, note="Santos Dumont is in Brazil"),
     {"note": "Santos Dumont is in Brazil", "corrected": True, "corrected_fields": "note", "place": "Santos Dumont"}),
    (EVENT, Correction(KEY, place=TADMUR, event_type="capture", note="n"),
     {"corrected_fields": "place,event_type,note"}),
    (MOVE, Correction(MKEY, place=HOMS),
     {"origin": "Homs", "origin_geonameid": 169577, "original_origin": "Mosul", "place": "Homs → Santos Dumont",
      "original_place": "Mosul → Santos Dumont", "original_lon": 43.119}),
    (MOVE, Correction(MKEY, destination=HOMS_REGION),
     {"destination": "Homs", "destination_precision": "region", "original_destination": "Santos Dumont",
      "place": "Mosul → Homs", "place_precision": "region", "original_dest_lat": -21.45667}),
])
def test_apply_each_kind(base: dict, correction: Correction, expected: dict) -> None:
    before = copy.deepcopy(base)
    (out,) = fixes.apply_corrections([base], [correction])
    assert base == before, "the input feature is not mutated"
    assert out["properties"]["corrected"] is True
    for name, value in expected.items():
        assert out["properties"][name] == value, name


@pytest.mark.parametrize(("base", "correction", "coordinates"), [
    (EVENT, Correction(KEY, place=TADMUR), [38.28402, 34.5624]),
    (MOVE, Correction(MKEY, place=HOMS), [[36.72559, 34.72405], [-43.5525, -21.45667]]),
    (MOVE, Correction(MKEY, destination=TADMUR), [[43.119, 36.335], [38.28402, 34.5624]]),
])
def test_corrected_place_moves_the_geometry(base: dict, correction: Correction, coordinates: list) -> None:
    (out,) = fixes.apply_corrections([base], [correction])
    assert out["geometry"]["coordinates"] == coordinates  # [lon, lat], RFC 7946
    assert base["geometry"]["coordinates"] != coordinates


def test_reject_removes_and_others_pass_through_untouched() -> None:
    other = feature(doc_id="b.txt")
    out = fixes.apply_corrections([EVENT, other, MOVE], [Correction(KEY, reject=True)])
    assert out == [other, MOVE] and out[0] is other, "untargeted features are passed through as they are"
    assert "corrected" not in other["properties"]


def test_no_corrections_is_the_identity() -> None:
    assert fixes.apply_corrections([EVENT, MOVE], []) == [EVENT, MOVE]


def test_later_correction_of_the_same_feature_wins() -> None:
    (out,) = fixes.apply_corrections([EVENT], [Correction(KEY, event_type="capture"), Correction(KEY, event_type="airstrike")])
    assert out["properties"]["event_type"] == "airstrike"


def test_correcting_a_corrected_export_keeps_the_machine_s_values() -> None:
    # a corrected GeoJSON export loaded again and corrected once more: original_* still says what the machine said
    (once,) = fixes.apply_corrections([EVENT], [Correction(KEY, place=HOMS)])
    (twice,) = fixes.apply_corrections([once], [Correction(KEY, place=TADMUR, event_type="capture")])
    p = twice["properties"]
    assert (p["place"], p["original_place"], p["original_lon"]) == ("Palmyra", "Santos Dumont", -43.5525)
    assert p["corrected_fields"] == "place,event_type"


def test_upsert_remove_merge_unmatched() -> None:
    a, b = Correction(KEY, note="a"), Correction(MKEY, reject=True)
    both = fixes.upsert(fixes.upsert((), a), b)
    assert fixes.upsert(both, Correction(KEY, note="a2")) == (Correction(KEY, note="a2"), b), "replaced in place"
    assert fixes.remove(both, KEY) == (b,)
    assert fixes.merge((a,), (Correction(KEY, note="file"), b)) == (Correction(KEY, note="file"), b)
    assert fixes.unmatched([EVENT], both) == [b]


def test_exports_carry_corrected_values_and_provenance(tmp_path: Path) -> None:
    corrected = fixes.apply_corrections([EVENT, MOVE], [Correction(KEY, place=TADMUR, note="<b>x</b>, \"quoted\"")])
    frame = features_to_frame(corrected)
    assert list(frame["place"]) == ["Palmyra", "Mosul → Santos Dumont"]
    assert frame.loc[0, "original_place"] == "Santos Dumont" and frame.loc[0, "lon"] == 38.28402
    csv = to_csv_text(corrected)
    assert "original_place" in csv.splitlines()[0] and '"<b>x</b>, ""quoted"""' in csv
    import geopandas as gpd

    (tmp_path / "events.gpkg").write_bytes(to_geopackage_bytes(corrected))
    layer = gpd.read_file(tmp_path / "events.gpkg")
    row = layer[layer["doc_id"] == "a.txt"].iloc[0]
    assert (row["place"], row["original_place"], bool(row["corrected"])) == ("Palmyra", "Santos Dumont", True)
    assert round(row.geometry.x, 5) == 38.28402


# ---- validation -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("kwargs", "message"), [
    ({"dates": CorrectedDates(date(2016, 12, 11), date(2016, 12, 1), "day")},
     "end date 2016-12-01 is before the start date 2016-12-11"),
    ({"dates": CorrectedDates(date(2016, 12, 11), None, "day")}, "both a start and an end"),
    ({"dates": CorrectedDates(date(2016, 12, 11), date(2016, 12, 11), "fortnight")}, "unknown time precision"),
    ({"event_type": "riot"}, "unknown event type 'riot'"),
    ({}, "changes nothing"),
    ({"destination": TADMUR}, "only a movement has a destination"),  # the key names an event
    ({"place": CorrectedPlace("Nowhere", 123.0, 0.0)}, "impossible coordinates"),
    ({"place": CorrectedPlace(" ", 1.0, 1.0)}, "has no name"),
    ({"place": CorrectedPlace("Homs", 1.0, 1.0, "town")}, "unknown precision 'town'"),
    ({"note": "x" * (fixes.NOTE_LIMIT + 1)}, "longer than"),
])
def test_invalid_corrections_are_refused_in_one_line(kwargs: dict, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        Correction(KEY, **kwargs)
    assert "\n" not in str(caught.value) and "a.txt event" in str(caught.value), "names the feature"


def test_invalid_key_is_refused() -> None:
    with pytest.raises(InputError, match="unknown kind"):
        Correction(FeatureKey("a.txt", "happening", 0, 1, 2), reject=True)


# ---- the corrections file ------------------------------------------------------------------------------------------

ALL_KINDS = (
    Correction(KEY, place=TADMUR, dates=CorrectedDates(date(2016, 12, 1), date(2016, 12, 31), "month"),
               event_type="capture", note="« Tadmur » <script>alert(1)</script>", created="2016-12-14T10:00:00+00:00"),
    Correction(MKEY, destination=HOMS_REGION),
    Correction(KEY, place=SYRIA),  # a place with its extent: saved and read back
    Correction(fixes.feature_key(feature(doc_id="b.txt")), reject=True),
    Correction(fixes.feature_key(feature(doc_id="c.txt")), dates=CorrectedDates(None, None, None)),
)


def test_round_trip_save_load(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "corrections.json"
    fixes.save(ALL_KINDS, path)
    loaded = fixes.load(path)
    assert loaded == ALL_KINDS
    assert loaded[0].created == "2016-12-14T10:00:00+00:00"
    assert fixes.loads(fixes.dumps(loaded)) == ALL_KINDS
    assert [p.name for p in path.parent.iterdir()] == ["corrections.json"], "no temporary file left behind"
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == fixes.FILE_VERSION


def _file(entry: object) -> str:
    return json.dumps({"version": 1, "corrections": [entry]})


GOOD_KEY = {"doc_id": "a.txt", "kind": "event", "quote_start": 0, "place_start": 10, "place_end": 17}


@pytest.mark.parametrize(("text", "message"), [
    ("{not json", "not JSON"),
    (b"\xff\xfe\x00bad", "not UTF-8"),
    ("[]", "not a corrections file"),
    ('{"corrections": {}}', "not a corrections file"),
    ('{"version": 9, "corrections": []}', "version 9 is newer"),  # written by a later release: refuse, do not guess
    (_file("reject"), "correction 1: the entry is not an object"),
    (_file({"reject": True}), "correction 1: 'key' is not an object"),
    (_file({"key": {"kind": "event"}, "reject": True}), "'key' lacks 'doc_id'"),
    (_file({"key": {**GOOD_KEY, "place_start": "10"}, "reject": True}), "'place_start' must be an integer"),
    (_file({"key": GOOD_KEY, "dates": {"start": "11/12/2016", "end": "2016-12-11"}}), "not an ISO date"),
    (_file({"key": GOOD_KEY, "dates": {"start": "2016-12-11", "end": "2016-12-01", "precision": "day"}}),
     "correction 1: the end date 2016-12-01 is before the start date 2016-12-11"),
    (_file({"key": GOOD_KEY, "place": {"name": "Homs", "lat": 34.7}}), "'place' lacks 'lon'"),
    (_file({"key": GOOD_KEY, "note": 7}), "'note' must be text"),
    (_file({"key": GOOD_KEY}), "changes nothing"),
])
def test_bad_files_give_one_line_naming_the_file(text: str | bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as caught:
        fixes.loads(text, "mine.json")
    assert str(caught.value).startswith("mine.json: ") and "\n" not in str(caught.value)
    assert caught.value.source == "mine.json"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read") as caught:
        fixes.load(tmp_path / "nope.json")
    assert "nope.json" in str(caught.value)


def test_unwritable_path_is_an_input_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(InputError, match="cannot write"):
        fixes.save(ALL_KINDS, blocker / "corrections.json")  # a file where a folder should be


# ---- picking a place ---------------------------------------------------------------------------------------------------

class FakeGazetteer:
    def lookup(self, name: str):
        return (PLACES["Palmyra"], PLACES["Homs province"]) if name == "Palmyra" else ()


@pytest.mark.parametrize(("name", "expected"), [
    ("Palmyra", ["Palmyra", "Homs"]),
    ("  Palmyra ", ["Palmyra", "Homs"]),  # typed with spaces
    ("Atlantis", []),
    ("", []),
])
def test_place_candidates(name: str, expected: list[str]) -> None:
    assert [p.name for p in fixes.place_candidates(FakeGazetteer(), name)] == expected


def test_place_candidates_from_the_real_gazetteer(extractor) -> None:
    (first, *_) = fixes.place_candidates(extractor.geoparser.gazetteer, "Palmyra", limit=3)
    assert (first.name, first.country_code, first.kind) == ("Palmyra", "SY", "city")
    Correction(KEY, place=first)  # a gazetteer place is always a valid correction


# ---- edits from the dashboard's form ------------------------------------------------------------------------------

SANTOS = CorrectedPlace("Santos Dumont", -21.45667, -43.5525, "city", "BR", 3449427)  # the machine's own answer


@pytest.mark.parametrize(("target", "existing", "edits", "expected"), [
    (EVENT, None, {"place": TADMUR}, {"place": TADMUR}),
    (EVENT, None, {"place": SANTOS}, None),  # choosing the place it already has is no change
    (EVENT, None, {"event_type": "attack"}, None),  # the machine's type is no change
    (EVENT, None, {"note": "   "}, None),  # a blank note is none
    (EVENT, None, {"event_type": "capture", "note": " retaken "}, {"event_type": "capture", "note": "retaken"}),
    (MOVE, None, {"place": TADMUR, "destination_end": True}, {"destination": TADMUR}),  # a movement's other end
    (EVENT, Correction(KEY, place=TADMUR), {"note": "checked"}, {"place": TADMUR, "note": "checked"}),  # keeps the earlier place
    (EVENT, Correction(KEY, place=TADMUR), {}, {"place": TADMUR}),
    (EVENT, None, {"reject": True}, {"reject": True}),
])
def test_correction_from_edits(target, existing, edits, expected) -> None:
    found = fixes.correction_from_edits(target, existing, **edits)
    if expected is None:
        assert found is None
    else:
        assert found is not None and {name: getattr(found, name) for name in expected} == expected


def test_correction_from_edits_refuses_an_invalid_result() -> None:
    with pytest.raises(InputError, match="before the start"):
        fixes.correction_from_edits(EVENT, None, dates=CorrectedDates(date(2016, 12, 12), date(2016, 12, 1)))
