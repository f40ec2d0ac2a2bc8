"""The evaluation contract: JSON Lines in, one JSON line of places and dates out per document.

Input lines: ``{"id", "text", "published"?, "mentions"?: [{"start", "end"}]}``. With ``mentions``,
exactly those spans are resolved instead of finding place names. Output lines::

    {"id", "places": [{"start","end","text","name","lat","lon","geonameid","kind","country_code","role"}],
     "dates":  [{"start","end","text","value","start_date","end_date","precision"}]}

This shape is stable: accuracy is measured through it (``python -m events.evaluate``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any, TextIO

from events.errors import InputError
from events.model import PlaceMention, TimeMention
from events.places import Geoparser
from events.time import TemporalTagger


def _place(m: PlaceMention) -> dict[str, Any]:
    p = m.place
    return {
        "start": m.start, "end": m.end, "text": m.text,
        "name": p.name if p else None, "lat": p.lat if p else None, "lon": p.lon if p else None,
        "geonameid": p.geonameid if p else None, "kind": p.kind if p else None,
        "country_code": p.country_code if p else None, "role": m.role,
    }


def _date(m: TimeMention) -> dict[str, Any]:
    return {
        "start": m.start, "end": m.end, "text": m.text, "value": m.value,
        "start_date": m.start_date.isoformat() if m.start_date else None,
        "end_date": m.end_date.isoformat() if m.end_date else None,
        "precision": m.precision,
    }


def _published(record: dict[str, Any], where: str) -> date | None:
    value = record.get("published")
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError as error:
        raise InputError(where, f"'published' is not an ISO date: {value!r}") from error


def annotate_record(record: dict[str, Any], geoparser: Geoparser, tagger: TemporalTagger, where: str = "record") -> dict[str, Any]:
    """Annotate one input record (see the module docstring)."""
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, "missing 'text' string")
    spans = record.get("mentions")
    if spans is not None:
        try:
            pairs = [(int(s["start"]), int(s["end"])) for s in spans]
        except (KeyError, TypeError, ValueError) as error:
            raise InputError(where, "'mentions' must be a list of {start, end}") from error
        places = geoparser.resolve_spans(text, pairs)
    else:
        places = geoparser.parse(text)
    reference = _published(record, where)
    if reference is None:
        reference = tagger.latest_complete_date(text)
    dates = tagger.tag(text, reference)
    return {"id": record.get("id"), "places": [_place(m) for m in places], "dates": [_date(m) for m in dates]}


def annotate_records(records: Iterable[dict[str, Any]], geoparser: Geoparser, tagger: TemporalTagger) -> Iterator[dict[str, Any]]:
    """Annotate records in memory (used by the evaluation command)."""
    for i, record in enumerate(records, 1):
        yield annotate_record(record, geoparser, tagger, where=f"record {i}")


def annotate_stream(lines: Iterable[str], out: TextIO, geoparser: Geoparser, tagger: TemporalTagger,
                    errors: list[InputError]) -> int:
    """Read JSON Lines from ``lines``, write one output line per good input line; collect bad lines in ``errors``."""
    written = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"stdin:{number}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise InputError(where, "each line must be a JSON object")
            result = annotate_record(record, geoparser, tagger, where=where)
        except json.JSONDecodeError:
            errors.append(InputError(where, "not valid JSON"))
            continue
        except InputError as error:
            errors.append(error)
            continue
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
        written += 1
    return written
