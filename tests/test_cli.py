"""The command line: extract (formats, bad inputs), annotate (the evaluation contract)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from events.cli import main

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = Path(__file__).parent / "articles" / "wire_dateline.txt"


@pytest.fixture()
def inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "good": tmp_path / "good.txt",
        "empty": tmp_path / "empty.txt",
        "binary": tmp_path / "binary.txt",
        "latin": tmp_path / "undecodable.txt",
        "jsonl": tmp_path / "docs.jsonl",
        "missing": tmp_path / "missing.txt",
    }
    files["good"].write_text(ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    files["latin"].write_bytes(b"\xff\xfe\xfa\xfb\x00\xc3\x28 broken \x81\x8d")
    files["jsonl"].write_text(
        json.dumps({"id": "j1", "text": "Fighters moved from Raqqa toward Palmyra on Sunday.", "published": "2016-12-12",
                    "outlet": "JSON Wire"}) + "\n{not json\n", encoding="utf-8")
    return files


def test_extract_reports_each_bad_input_and_keeps_the_others(inputs, tmp_path: Path, capsys) -> None:
    out = tmp_path / "out.geojson"
    code = main(["extract", *(str(p) for p in inputs.values()), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1, "non-zero when any input failed"
    assert "Traceback" not in err
    for name in ("empty.txt", "binary.txt", "undecodable.txt", "missing.txt", "docs.jsonl:2"):
        lines = [line for line in err.splitlines() if name in line]
        assert len(lines) == 1, f"one line naming {name}: {err}"
    collection = json.loads(out.read_text(encoding="utf-8"))
    doc_ids = {f["properties"]["doc_id"] for f in collection["features"]}
    assert {"good.txt", "j1"} <= doc_ids, "the good inputs are still extracted and written"


@pytest.mark.parametrize(("fmt", "check"), [
    ("geojson", lambda s: json.loads(s)["type"] == "FeatureCollection"),
    ("csv", lambda s: s.splitlines()[0].startswith("id,kind,place")),
    ("jsonl", lambda s: all(json.loads(line)["type"] == "Feature" for line in s.splitlines())),
])
def test_extract_formats(fmt: str, check, capsys) -> None:
    assert main(["extract", str(ARTICLE), "--format", fmt, "--no-progress"]) == 0
    assert check(capsys.readouterr().out)


def test_hostile_text_is_data_not_markup(tmp_path: Path, capsys) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text("<script>alert(1)</script> ISIS fighters attacked Palmyra on Sunday, 11 December 2016.", encoding="utf-8")
    assert main(["extract", str(path)]) == 0
    quote = json.loads(capsys.readouterr().out)["features"][0]["properties"]["quote"]
    assert "Palmyra" in quote  # kept verbatim as text: escaping is the job of whatever renders it (the dashboard)


def test_annotate_contract() -> None:
    text = "BEIRUT — Fighters moved from Mosul toward Palmyra on Sunday, Syrian officials said."
    lines = [
        {"id": "a", "text": text, "published": "2016-12-12"},
        {"id": "b", "text": text, "mentions": [{"start": text.index("Mosul"), "end": text.index("Mosul") + 5}]},
    ]
    payload = "".join(json.dumps(x) + "\n" for x in lines) + "not json\n"
    proc = subprocess.run([sys.executable, "-m", "events", "annotate"], cwd=ROOT, input=payload, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 1 and "stdin:3" in proc.stderr and "Traceback" not in proc.stderr
    a, b = (json.loads(line) for line in proc.stdout.splitlines())
    assert a["id"] == "a" and {"Mosul", "Palmyra"} <= {p["text"] for p in a["places"]}
    place = next(p for p in a["places"] if p["text"] == "Palmyra")
    assert set(place) >= {"start", "end", "text", "name", "lat", "lon", "geonameid", "kind", "country_code"}
    sunday = next(d for d in a["dates"] if d["text"].endswith("Sunday"))
    assert (sunday["value"], sunday["start_date"], sunday["precision"]) == ("2016-12-11", "2016-12-11", "day")
    assert [p["text"] for p in b["places"]] == ["Mosul"], "with mentions, exactly those spans are resolved"
    assert b["places"][0]["country_code"] == "IQ"


def test_extract_applies_a_corrections_file(tmp_path: Path, capsys) -> None:
    from events import corrections as fixes

    assert main(["extract", str(ARTICLE), "--no-progress"]) == 0
    machine = json.loads(capsys.readouterr().out)["features"]
    rejected, retyped = machine[0], machine[1]
    path = tmp_path / "corrections.json"
    fixes.save([fixes.Correction(fixes.feature_key(rejected), reject=True),
                fixes.Correction(fixes.feature_key(retyped), event_type="statement", note="a claim, not a capture")], path)
    assert main(["extract", str(ARTICLE), "--corrections", str(path), "--no-progress"]) == 0
    out = json.loads(capsys.readouterr().out)["features"]
    assert len(out) == len(machine) - 1
    (changed,) = [f["properties"] for f in out if f["properties"].get("corrected")]
    assert changed["event_type"] == "statement" and changed["original_event_type"] == retyped["properties"]["event_type"]


@pytest.mark.parametrize(("content", "reason"), [
    (None, "cannot read"),  # no such file
    ("{not json", "not JSON"),
])
def test_extract_refuses_a_bad_corrections_file(tmp_path: Path, capsys, content: str | None, reason: str) -> None:
    path = tmp_path / "corrections.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["extract", str(ARTICLE), "--corrections", str(path), "--no-progress"]) == 1
    captured = capsys.readouterr()
    (line,) = captured.err.strip().splitlines()
    assert str(path) in line and reason in line and not captured.out


def test_extract_warns_about_corrections_that_match_nothing(tmp_path: Path, capsys) -> None:
    """A corrections file made for other articles is applied to nothing: the analyst is told, not left guessing."""
    from events import corrections as fixes

    path = tmp_path / "corrections.json"
    key = fixes.FeatureKey("another_article.txt", "event", 10, 20, 26, None)
    fixes.save([fixes.Correction(key, reject=True)], path)
    assert main(["extract", str(ARTICLE), "--corrections", str(path), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "1 of 1 corrections match no extracted feature" in err and str(path) in err


def test_extract_writes_a_geopackage(tmp_path: Path, capsys) -> None:
    import geopandas as gpd

    out = tmp_path / "events.gpkg"
    assert main(["extract", str(ARTICLE), "--format", "gpkg", "-o", str(out), "--no-progress"]) == 0
    frame = gpd.read_file(out)
    assert len(frame) > 0 and frame.crs.to_epsg() == 4326 and "quote" in frame.columns
    assert main(["extract", str(ARTICLE), "--format", "gpkg", "--no-progress"]) == 2, "binary output needs -o"
    assert "-o" in capsys.readouterr().err


@pytest.mark.parametrize(("line", "message"), [
    ('{"id": "a", "text": "Paris police.", "mentions": [{"start": 0, "end": 50}]}',
     "mention {start: 0, end: 50} is not a span of the text (13 characters)"),  # past the end
    ('{"id": "a", "text": "Paris police.", "mentions": [{"start": 5, "end": 0}]}',
     "mention {start: 5, end: 0} is not a span of the text (13 characters)"),  # reversed
    ('{"id": "a", "text": "Paris police.", "mentions": [{"start": 0}]}', "'mentions' must be a list of {start, end}"),
    ('{"id": "a", "text": "Paris police.", "source": ["x"]}', "'source' must be a string (the outlet's name or web domain)"),
    ('{"id": "a", "text": "Paris.", "published": "last week"}', "'published' is not an ISO date: 'last week'"),
    ('{"id": "a"}', "missing 'text' string"),
    ('[1, 2]', "each line must be a JSON object"),
])
def test_annotate_names_each_bad_line_and_keeps_the_others(extractor, line: str, message: str) -> None:
    import io

    from events.annotate import annotate_stream

    good = '{"id": "ok", "text": "Fighting in Aleppo."}'
    sink, errors = io.StringIO(), []
    assert annotate_stream([good, line, good], sink, extractor.geoparser, extractor.tagger, errors) == 2
    assert [str(e) for e in errors] == [f"stdin:2: {message}"]
    assert [json.loads(x)["id"] for x in sink.getvalue().splitlines()] == ["ok", "ok"]


def test_annotate_warns_once_of_a_field_it_does_not_know(extractor) -> None:
    import io

    from events.annotate import annotate_stream

    lines = ['{"id": "a", "text": "On Monday in Aleppo.", "date": "2016-12-12"}',
             '{"id": "b", "text": "In Homs.", "date": "2016-12-13"}']
    sink, errors, warnings = io.StringIO(), [], []
    assert annotate_stream(lines, sink, extractor.geoparser, extractor.tagger, errors, warnings) == 2
    assert errors == [] and len(warnings) == 1  # once per field, not per line
    assert warnings[0].startswith("stdin:1: unknown field 'date' ignored") and "published" in warnings[0]


def test_extract_reads_an_outlets_articles_together(tmp_path: Path, capsys) -> None:
    from tests.test_outlets import LOCAL

    for i, text in enumerate(LOCAL):
        (tmp_path / f"ledger{i}.txt").write_text(f"---\noutlet: Lamar Ledger\npublished: 2024-03-0{i + 1}\n---\n{text}\n",
                                                 encoding="utf-8")
    assert main(["extract", str(tmp_path), "--no-progress"]) == 0
    features = json.loads(capsys.readouterr().out)["features"]
    (paris,) = [f["properties"] for f in features if f["properties"]["doc_id"] == "ledger2.txt" and f["properties"]["place"] == "Paris"]
    assert (paris["country_code"], paris["place_basis"]) == ("US", "outlet")  # Paris, Texas, settled by the other two


@pytest.mark.parametrize(("text", "dates", "why"), [
    ("The tunnel will be shut from January 14 to January 18.", [("January 14", "2013-01-14"), ("January 18", "2013-01-18")],
     "a range of two dates each written with its month is two TimeML DATEs"),
    ("The break runs from Dec. 21 until Jan. 17.", [("Dec. 21", "2012-12-21"), ("Jan. 17", "2013-01-17")],
     "... across the turn of the year, each with its own year"),
    ("Talks ran on March 3-5.", [("March 3-5", "2012-03-03/2012-03-05")], "one month for both days and a dash: one interval, as read"),
    ("Between 1 and 15 January, 212 attacks were recorded.", [("1", "2012-01-01"), ("15 January", "2012-01-15")],
     "... but words join two days of one month as two TimeML DATEs"),
    ("Rain between 29 October and 1 November flooded the valley.", [("29 October", "2012-10-29"), ("1 November", "2012-11-01")],
     "'October' holds 'to': the parts split at a whole word only"),
])
def test_annotate_writes_a_range_of_two_dates_as_two(extractor, text: str, dates: list[tuple[str, str]], why: str) -> None:
    from events.annotate import annotate_record

    out = annotate_record({"id": "r", "text": text, "published": "2012-12-20"}, extractor.geoparser, extractor.tagger)
    assert [(d["text"], d["value"]) for d in out["dates"]] == dates, why
    assert all(text[d["start"]:d["end"]] == d["text"] for d in out["dates"]), "offsets point at the text"


def test_annotate_dates_a_day_by_the_article_s_own_country(extractor) -> None:
    # "Memorial Day" is kept on different days in different countries: the article's places say which
    from events.annotate import annotate_record

    text = "Parades in Dayton and Columbus, Ohio, were cancelled over the Memorial Day weekend."
    out = annotate_record({"id": "r", "text": text, "published": "2022-06-01"}, extractor.geoparser, extractor.tagger)
    assert [(d["text"], d["value"]) for d in out["dates"]] == [("the Memorial Day weekend", "2022-W21-WE")]
    alone = annotate_record({"id": "r", "text": "Parades were cancelled over the Memorial Day weekend.", "published": "2022-06-01"},
                            extractor.geoparser, extractor.tagger)
    assert alone["dates"] == []  # no country known: no day


_AUSTRALIAN_PAPER = [  # a local paper's articles: its other stories place it in New South Wales
    "Council crews cleared storm damage in Wagga Wagga and Junee on Tuesday.",
    "The show returns to Albury and Cootamundra next month.",
    "Snow fell through the winter, the bureau said.",  # no place of its own: its outlet's country dates the season
]


def test_annotate_dates_an_article_without_places_by_its_outlet_s_country(extractor) -> None:
    from events.annotate import annotate_batch

    records = [{"id": str(i), "text": t, "published": "2024-08-10", "source": "The Riverina Leader"}
               for i, t in enumerate(_AUSTRALIAN_PAPER)]
    out = annotate_batch(records, extractor.geoparser, extractor.tagger)
    assert [(d["text"], d["value"]) for d in out[2]["dates"]] == [("the winter", "2024-WI")]  # June to August 2024
    alone = annotate_batch([{**records[2], "source": None}], extractor.geoparser, extractor.tagger)
    assert [(d["text"], d["value"]) for d in alone[0]["dates"]] == [("the winter", "2023-WI")]  # no country: the northern one


def test_an_outlet_that_names_one_place_again_and_again_gives_no_country(extractor) -> None:
    # one name, perhaps misread (a British pit's "Ashfield" read as Sydney's suburb), is no evidence of a country
    from events.annotate import annotate_batch

    texts = ["Miners at Ashfield walked out.", "The Ashfield band played.", "Ashfield's pit closed.",
             "Snow fell through the winter, the bureau said."]
    records = [{"id": str(i), "text": t, "published": "2024-08-10", "source": "The Pit Gazette"} for i, t in enumerate(texts)]
    out = annotate_batch(records, extractor.geoparser, extractor.tagger)
    assert [(d["text"], d["value"]) for d in out[3]["dates"]] == [("the winter", "2023-WI")]


def test_extraction_dates_an_article_without_places_by_its_outlet_s_country(extractor) -> None:
    from datetime import date

    from events.model import Document

    documents = [Document(doc_id=str(i), text=t, outlet="The Riverina Leader", published=date(2024, 8, 10))
                 for i, t in enumerate(_AUSTRALIAN_PAPER)]
    extractions = list(extractor.extract_all(documents))
    assert [(t.text, t.value) for t in extractions[2].dates] == [("the winter", "2024-WI")]


def test_extraction_dates_a_day_by_the_article_s_own_country(extractor) -> None:
    from datetime import date

    from events.model import Document

    text = "Parades in Dayton and Columbus, Ohio, were cancelled over the Memorial Day weekend."
    extraction = extractor.extract(Document(doc_id="d", text=text, outlet="Ohio Wire", published=date(2022, 6, 1)))
    assert [(t.text, t.value) for t in extraction.dates] == [("the Memorial Day weekend", "2022-W21-WE")]
