"""Plain-text labels for the corrections UI (no HTML, no Markdown: notes and article text are untrusted).

Streamlit renders ``st.text``, ``st.dataframe`` cells and widget options as text, so these strings need no
escaping there; :func:`ui.popup.correction_html` escapes them for map popups.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from events.corrections import Correction


_MARKDOWN = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation character


def as_markdown_text(text: str) -> str:
    """``text`` for st.error / st.success, which read Markdown: each punctuation mark backslash-escaped, so a
    file or document name such as ``![x](http://tracker)`` or ``:red[...]`` shows as written."""
    return _MARKDOWN.sub(r"\\\1", text)


def _short(text: str | None, limit: int = 70) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _dates(start: Any, end: Any, precision: Any) -> str:
    if not start:
        return "undated"
    span = str(start) if start == end else f"{start}…{end}"
    return f"{span} ({precision})" if precision else span


def feature_label(props: Mapping[str, Any]) -> str:
    """One line naming a feature: place, dates, outlet and the start of its quote."""
    mark = "✎ " if props.get("corrected") else ""
    when = _dates(props.get("date_start"), props.get("date_end"), None)
    return (f"{mark}{props.get('place') or '?'} · {when} · {props.get('event_type') or ''} · "
            f"{props.get('outlet') or props.get('doc_id') or ''} · “{_short(props.get('quote'), 60)}”")


def machine_values(props: Mapping[str, Any]) -> list[str]:
    """What the machine said for each corrected field of a corrected feature ("place Homs", "type attack")."""
    out = []
    if "original_place" in props:
        out.append(f"place {props['original_place']}")
    if "original_date_start" in props:
        out.append(f"date {_dates(props['original_date_start'], props.get('original_date_end'), props.get('original_time_precision'))}")
    if "original_event_type" in props:
        out.append(f"type {props['original_event_type']}")
    return out


def correction_summary(correction: Correction, feature: Mapping[str, Any] | None) -> str:
    """One line saying what a correction does to which feature (plain text)."""
    p = feature["properties"] if feature is not None else {}
    if feature is None:
        target = f"{correction.key.doc_id} ({correction.key.kind} at character {correction.key.place_start}; not loaded)"
    else:
        target = f"{p.get('original_place', p.get('place'))} in {p.get('outlet') or p.get('doc_id')}"
    what = []
    if correction.reject:
        what.append("rejected")
    if correction.place is not None:
        what.append(f"{'origin' if correction.key.kind == 'movement' else 'place'} → {correction.place.label()}")
    if correction.destination is not None:
        what.append(f"destination → {correction.destination.label()}")
    if correction.dates is not None:
        d = correction.dates
        what.append(f"date → {_dates(d.start, d.end, d.precision)}")
    if correction.event_type is not None:
        what.append(f"type → {correction.event_type}")
    if correction.note:
        what.append(f"note “{_short(correction.note)}”")
    return f"{target}: " + "; ".join(what)
