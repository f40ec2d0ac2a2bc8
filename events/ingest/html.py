"""HTML pages -> article text and metadata (trafilatura), without menus and boilerplate."""

from __future__ import annotations

from typing import Any

from events.errors import InputError


def extract_html(html: str, source: str) -> tuple[str, dict[str, Any]]:
    """``(article text, metadata)`` of an HTML page; metadata keys: outlet, url, published, title."""
    import trafilatura

    try:
        result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False,
                                             favor_precision=True)
    except (ValueError, TypeError) as error:
        raise InputError(source, f"malformed HTML ({error})") from error
    if result is None:
        raise InputError(source, "malformed HTML: no article text found")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if len(text) < 20 or len(text.split()) < 4:  # a menu or a heading is not an article
        raise InputError(source, "malformed HTML: no article text found")
    title = data.get("title")
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    meta = {"outlet": data.get("sitename"), "url": data.get("url"), "published": data.get("date"), "title": title,
            "language": data.get("language")}
    return text, {k: v for k, v in meta.items() if v}
