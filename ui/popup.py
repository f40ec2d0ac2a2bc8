"""Safe HTML for map popups: every piece of article text is escaped; links only for http(s) URLs."""

from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import urlparse

from ui.corrections import machine_values

PRECISION_LABEL = {"day": "day", "week": "week", "month": "month", "season": "season", "quarter": "quarter",
                   "year": "year", "decade": "decade", "century": "century"}


def safe_url(url: str | None) -> str | None:
    """The URL when it is http(s), else ``None`` (no ``javascript:`` links)."""
    if not url:
        return None
    return url if urlparse(url.strip()).scheme in ("http", "https") else None


def highlighted_quote(props: dict[str, Any]) -> str:
    """The quote, escaped, with the place name in bold (located by its offsets)."""
    quote = props.get("quote") or ""
    start = (props.get("place_start") or 0) - (props.get("quote_start") or 0)
    end = (props.get("place_end") or 0) - (props.get("quote_start") or 0)
    if props.get("place_source", "sentence") == "sentence" and 0 <= start < end <= len(quote):
        return f"{escape(quote[:start])}<b>{escape(quote[start:end])}</b>{escape(quote[end:])}"
    return escape(quote)


def date_label(props: dict[str, Any]) -> str:
    start, end = props.get("date_start"), props.get("date_end")
    if not start:
        return "undated"
    span = start if start == end else f"{start} – {end}"
    precision = PRECISION_LABEL.get(props.get("time_precision") or "", props.get("time_precision") or "")
    source = {"narrative": ", from the paragraph", "document": ", publication date",
              "analyst": ", corrected"}.get(props.get("date_source") or "", "")
    return f"{span} ({precision}{source})"


def basis_note(props: dict[str, Any]) -> str | None:
    """Why an ambiguous name was read as it was, when the article alone did not settle it."""
    notes = []
    for basis, note in (("outlet", "read as in the outlet's other articles (the article alone reads the name otherwise)"),
                        ("within", "is the place the text says holds it (the gazetteer does not know the name)"),
                        ("focus", "is the town the article is mostly about (the name is a part of a town, 'the North Side')")):
        which = [label for label, key in (("place", "place_basis"), ("destination", "destination_basis"))
                 if props.get(key) == basis]
        if which:
            notes.append(f"{' and '.join(which).capitalize()} {note}")
    return "; ".join(notes) or None


def actors_line(props: dict[str, Any]) -> str | None:
    """Who acted and who was acted upon: "by Syrian Democratic Forces, against Islamic State"."""
    targets = list(props.get("targets") or [])
    agents = [a for a in props.get("actors") or [] if a not in targets]
    said = ([f"by {', '.join(agents)}"] if agents else []) + ([f"against {', '.join(targets)}"] if targets else [])
    return ", ".join(said) or None


def popup_html(props: dict[str, Any]) -> str:
    """The popup of one feature."""
    title = escape(props.get("title") or props.get("doc_id") or "")
    url = safe_url(props.get("url"))
    linked = f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">{title}</a>' if url else title
    parts = [
        f"<div class='evpop'><b>{escape(props.get('place') or '')}</b> "
        f"<small>({escape(props.get('place_precision') or '')}, {escape(props.get('event_type') or '')})</small>",
        f"<div>{escape(date_label(props))}</div>",
        f"<div><i>{escape(props.get('outlet') or 'unknown outlet')}</i>: {linked}</div>",
        f"<blockquote style='margin:4px 0;padding-left:6px;border-left:3px solid #999'>{highlighted_quote(props)}</blockquote>",
    ]
    if props.get("attributed_to"):
        parts.append(f"<div>according to {escape(props['attributed_to'])}</div>")
    sides = actors_line(props)
    if sides:
        parts.append(f"<div>{escape(sides)}</div>")
    settled = basis_note(props)
    if settled:
        parts.append(f"<div><small>{escape(settled)}</small></div>")
    if props.get("corrected"):
        parts.append(correction_html(props))
    quantities = props.get("quantities") or []
    if quantities:
        parts.append("<div>" + ", ".join(escape(f"{q['value']:g} {q['what']}" if isinstance(q['value'], float) else f"{q['value']} {q['what']}")
                                         for q in quantities) + "</div>")
    return "".join(parts) + "</div>"


def correction_html(props: dict[str, Any]) -> str:
    """The analyst's correction in a popup: what the machine said, and the note (all escaped: notes are untrusted)."""
    was = "; ".join(machine_values(props))
    parts = ["<div style='margin-top:4px;padding:2px 4px;background:#fff4d6'><b>Corrected by an analyst</b>"]
    if was:
        parts.append(f"<br><small>machine said: {escape(was)}</small>")
    if props.get("note"):
        parts.append(f"<br><small>note: {escape(str(props['note']))}</small>")
    return "".join(parts) + "</div>"
