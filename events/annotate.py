"""The evaluation contract: JSON Lines in, one JSON line of places and dates out per document.

Input lines: ``{"id", "text", "published"?, "source"?, "mentions"?: [{"start", "end"}]}``. With
``mentions``, exactly those spans are resolved instead of finding place names. ``source`` names the
outlet (a name or web domain): articles of one outlet inform each other's ambiguous place names through
the outlet's home (:mod:`events.places.outlets`), within each batch of ``BATCH`` lines. Output lines::

    {"id", "places": [{"start","end","text","name","lat","lon","geonameid","kind","country_code","role","basis"}],
     "dates":  [{"start","end","text","value","start_date","end_date","precision"}]}

This shape is stable: accuracy is measured through it (``python -m events.evaluate``). A range of two dates each
written with its month ("from January 14 to January 18") is two dates here, as TimeML annotates it; the extraction
keeps it one interval.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any, TextIO

from events.errors import InputError
from events.model import PlaceMention, TimeMention
from events.places import Geoparser, article_country
from events.places.outlets import HOME_BATCH
from events.time import TemporalTagger


def _place(m: PlaceMention) -> dict[str, Any]:
    p = m.place
    return {
        "start": m.start, "end": m.end, "text": m.text,
        "name": p.name if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
        "geonameid": p.geonameid if p else None, "kind": p.kind if p else None,
        "country_code": p.country_code if p else None, "role": m.role, "basis": m.basis,
    }


def _date(m: TimeMention) -> dict[str, Any]:
    return {
        "start": m.start, "end": m.end, "text": m.text, "value": m.value,
        "start_date": m.start_date.isoformat() if m.start_date else None,
        "end_date": m.end_date.isoformat() if m.end_date else None,
        "precision": m.precision,
    }


# a range of days: its two parts ("January 14 to January 18", "Dec. 21 until Jan. 17", "1 and 15 January")
_RANGE_PARTS = re.compile(r"(?P<a>.+?)(?P<join>,?\s+(?P<word>to|until|till|through|thru|and)\s+|\s*[-–—]\s*)(?P<b>.+)", re.S)
_MONTH_WORD = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", re.I)


def _dates_of(m: TimeMention) -> list[dict[str, Any]]:
    """The contract's dates for one mention: a range of days is two, each with its day, as TimeML annotates it, where
    each part is written with its month ("January 14 to January 18") or words join them ("between 1 and 15 January",
    "from March 10 to 12"); "10-12 March" stays one (the extraction keeps every range one interval: one event from
    January 14 to 18)."""
    parts = _RANGE_PARTS.fullmatch(m.text) if m.precision == "day" and "/" in m.value and m.start_date and m.end_date else None
    if parts is None or not (_MONTH_WORD.search(parts["a"]) and _MONTH_WORD.search(parts["b"])
                             or parts["word"] and (_MONTH_WORD.search(parts["a"]) or _MONTH_WORD.search(parts["b"]))):
        return [_date(m)]
    first, second = m.start_date, m.end_date
    return [
        {"start": m.start, "end": m.start + parts.end("a"), "text": parts["a"], "value": first.isoformat(),
         "start_date": first.isoformat(), "end_date": first.isoformat(), "precision": "day"},
        {"start": m.start + parts.start("b"), "end": m.end, "text": parts["b"], "value": second.isoformat(),
         "start_date": second.isoformat(), "end_date": second.isoformat(), "precision": "day"},
    ]


def _published(record: dict[str, Any], where: str) -> date | None:
    value = record.get("published")
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as error:
        raise InputError(where, f"'published' is not an ISO date: {value!r}") from error


BATCH = HOME_BATCH  # lines read before annotating: outlet homes are learned within a batch


def _text(record: dict[str, Any], where: str) -> str:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, "missing 'text' string")
    return text


def _spans(record: dict[str, Any], where: str) -> list[tuple[int, int]] | None:
    spans = record.get("mentions")
    if spans is None:
        return None
    try:
        pairs = [(int(s["start"]), int(s["end"])) for s in spans]
    except (KeyError, TypeError, ValueError) as error:
        raise InputError(where, "'mentions' must be a list of {start, end}") from error
    length = len(record.get("text") or "")
    for start, end in pairs:
        if not 0 <= start < end <= length:
            raise InputError(where, f"mention {{start: {start}, end: {end}}} is not a span of the text ({length} characters)")
    return pairs


def _source(record: dict[str, Any], where: str) -> str | None:
    source = record.get("source")
    if source in (None, ""):
        return None
    if not isinstance(source, str):
        raise InputError(where, "'source' must be a string (the outlet's name or web domain)")
    return source


def _dates(record: dict[str, Any], text: str, tagger: TemporalTagger, where: str, country: str | None = None) -> list[dict[str, Any]]:
    reference = _published(record, where)
    if reference is None:  # (the text's latest complete date is its reference)
        _, mentions = tagger.tag_inferring_reference(text, country)
    else:
        mentions = tagger.tag(text, reference, country)
    return [d for m in mentions for d in _dates_of(m)]


def annotate_record(record: dict[str, Any], geoparser: Geoparser, tagger: TemporalTagger, where: str = "record") -> dict[str, Any]:
    """Annotate one input record on its own (see the module docstring; ``source`` plays no part alone)."""
    return annotate_batch([record], geoparser, tagger, [where])[0]


def annotate_batch(records: Sequence[dict[str, Any]], geoparser: Geoparser, tagger: TemporalTagger,
                   where: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Annotate records together, so that articles of one ``source`` share their outlet's home.

    All records are checked first; a bad one raises :class:`InputError` naming it (see :func:`annotate_stream`
    for collecting bad lines instead)."""
    names = list(where) if where is not None else [f"record {i}" for i in range(1, len(records) + 1)]
    texts = [_text(r, w) for r, w in zip(records, names)]
    spans = [_spans(r, w) for r, w in zip(records, names)]
    sources = [_source(r, w) for r, w in zip(records, names)]
    places, homes = geoparser.places_and_homes(texts, spans, sources)  # given spans resolved, or place names found
    # (the article's country, as its places or its outlet's home tell it, dates "Memorial Day", "Mother's Day", a season)
    dates = [_dates(r, t, tagger, w, article_country(p, h)) for r, t, w, p, h in zip(records, texts, names, places, homes)]
    return [{"id": r.get("id"), "places": [_place(m) for m in p], "dates": d} for r, p, d in zip(records, places, dates)]


def annotate_records(records: Iterable[dict[str, Any]], geoparser: Geoparser, tagger: TemporalTagger) -> Iterator[dict[str, Any]]:
    """Annotate records in memory (used by the evaluation command), ``BATCH`` at a time."""
    batch: list[dict[str, Any]] = []
    for record in records:
        batch.append(record)
        if len(batch) == BATCH:
            yield from annotate_batch(batch, geoparser, tagger)
            batch = []
    if batch:
        yield from annotate_batch(batch, geoparser, tagger)


FIELDS = ("id", "text", "published", "source", "mentions")  # what an input line may hold


def annotate_stream(lines: Iterable[str], out: TextIO, geoparser: Geoparser, tagger: TemporalTagger,
                    errors: list[InputError], warnings: list[str] | None = None) -> int:
    """Read JSON Lines from ``lines``, write one output line per good input line (in input order, ``BATCH``
    lines at a time); collect bad lines in ``errors``, and in ``warnings`` the first line that has each
    field the contract does not know ("date" for "published" would silently lose every date value)."""
    unknown: set[str] = set()
    written = 0
    batch: list[dict[str, Any]] = []
    where: list[str] = []

    def flush() -> int:
        out.writelines(json.dumps(result, ensure_ascii=False) + "\n" for result in annotate_batch(batch, geoparser, tagger, where))
        n = len(batch)
        batch.clear()
        where.clear()
        return n

    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        here = f"stdin:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(here, "each line must be a JSON object")
            _text(record, here)  # bad lines are reported here, so that a batch never fails
            _spans(record, here)
            _source(record, here)
            _published(record, here)
            for key in record.keys() - set(FIELDS) - unknown:
                unknown.add(key)
                if warnings is not None:
                    warnings.append(f"{here}: unknown field {key!r} ignored (fields: {', '.join(FIELDS)})")
        except json.JSONDecodeError:
            errors.append(InputError(here, "not valid JSON"))
            continue
        except InputError as error:
            errors.append(error)
            continue
        batch.append(record)
        where.append(here)
        if len(batch) == BATCH:
            written += flush()
    if batch:
        written += flush()
    return written
