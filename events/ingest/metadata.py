"""Metadata: YAML front matter, and inferring the outlet when it is not given.

The outlet is inferred from the text itself: a site domain in the footer ("www.globalresearch.ca"),
preferring a name the text uses for itself ("Global Research", as in "(Global Research, December 12,
2016)" or "Global Research articles"); else a wire credit ("(Reuters)", "— AP"); else the URL's domain.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlparse

import yaml

from events.errors import InputError

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<yaml>.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_DOMAIN = re.compile(r"\b(?:https?://)?(?:www\.)?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|ca|co\.uk|info|news|uk|de|fr|ru|sy|io|example))\b", re.I)
_WIRES = {"reuters": "Reuters", "ap": "Associated Press", "afp": "AFP", "associated press": "Associated Press",
          "sana": "SANA", "tass": "TASS", "anadolu": "Anadolu Agency", "xinhua": "Xinhua"}
_WIRE = re.compile(r"\((Reuters|AP|AFP|Associated Press|SANA|TASS|Xinhua)\)|[—–-]\s*(Reuters|AP|AFP)\b")
FIELDS = ("outlet", "url", "published", "title", "language")


def split_front_matter(text: str, source: str) -> tuple[dict[str, Any], str]:
    """``(metadata, body)``; metadata is empty when the text has no front-matter block."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    try:
        meta = yaml.safe_load(m.group("yaml")) or {}
    except yaml.YAMLError as error:
        raise InputError(source, f"front matter is not valid YAML ({str(error).splitlines()[0]})") from error
    if not isinstance(meta, dict):
        raise InputError(source, "front matter must be a mapping of fields (outlet, url, published, title, language)")
    return {k: v for k, v in meta.items() if k in FIELDS and v not in (None, "")}, text[m.end():]


def parse_date(value: Any, source: str) -> date | None:
    """A date from front matter or JSON: ``date``, ``datetime`` or an ISO string."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError as error:
        raise InputError(source, f"'published' is not a date (YYYY-MM-DD): {value!r}") from error


def _site_name(domain: str, text: str) -> str:
    """A name the text uses for the site ("Global Research" for globalresearch.ca), else the domain."""
    stem = domain.split(".")[0].lower().replace("-", "")
    for m in re.finditer(r"\b([A-Z][\w&]*(?:\s+[A-Z][\w&]*){0,3})\b", text):
        words = m.group(1).split()
        for i in range(len(words)):
            for j in range(len(words), i, -1):
                candidate = " ".join(words[i:j])
                if candidate.replace(" ", "").lower() == stem:
                    return candidate
    return domain


def infer_outlet(text: str, url: str | None) -> str | None:
    """The outlet named by the text (footer domain, wire credit), else the URL's domain, else ``None``."""
    footer = text[-1500:]
    domains = [m.group("domain").lower() for m in _DOMAIN.finditer(footer) if "@" not in footer[max(0, m.start() - 1):m.start()]]
    if domains:
        return _site_name(domains[-1], text)
    wire = _WIRE.search(text[:600])
    if wire:
        return _WIRES[(wire.group(1) or wire.group(2)).lower()]
    if url:
        host = urlparse(url).netloc.lower().removeprefix("www.")
        return host or None
    return None
