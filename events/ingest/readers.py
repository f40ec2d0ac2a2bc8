"""Turn inputs into :class:`Document` s; each bad input becomes an :class:`InputError`, never a crash.

``read_documents`` yields a Document or an InputError per input (a JSON Lines file yields one per
line), so callers report the bad ones in one line each and go on with the others.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from events.errors import InputError
from events.ingest.decode import decode_text
from events.ingest.html import extract_html
from events.ingest.metadata import infer_outlet, parse_date, split_front_matter
from events.model import Document

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
DEFAULT_MAX_BYTES = 2_000_000  # one article; extraction takes ~10 s per MB, and no news article is this long
JSONL_FACTOR = 25  # a JSON Lines file may hold many articles, each within DEFAULT_MAX_BYTES


def document_from_text(text: str, *, doc_id: str, outlet: str | None = None, url: str | None = None,
                       title: str | None = None, published: date | str | None = None, language: str = "en",
                       source: str | None = None, meta: dict[str, Any] | None = None) -> Document:
    """A Document from plain text (front matter parsed; missing outlet inferred and flagged)."""
    where = source or doc_id
    front, body = split_front_matter(text, where)
    given = {k: v for k, v in {"outlet": outlet, "url": url, "title": title, "published": published,
                                "language": language if language != "en" else None}.items() if v}
    merged = {**(meta or {}), **front, **given}
    if not body.strip():
        raise InputError(where, "no article text")
    inferred: set[str] = set()
    outlet_value = merged.get("outlet")
    if not outlet_value:
        outlet_value = infer_outlet(body, merged.get("url"))
        if outlet_value:
            inferred.add("outlet")
    title_value = merged.get("title")
    if not title_value:
        first = body.strip().splitlines()[0].strip()
        if 0 < len(first) <= 150 and not first.endswith((".", "!", "?")):
            title_value = first
            inferred.add("title")
    return Document(
        doc_id=doc_id, text=body, outlet=str(outlet_value) if outlet_value else None,
        url=str(merged["url"]) if merged.get("url") else None, title=str(title_value) if title_value else None,
        published=parse_date(merged.get("published"), where), language=str(merged.get("language") or "en"),
        source=source, inferred=frozenset(inferred),
    )


def _jsonl_documents(text: str, name: str, source: str, max_bytes: int) -> Iterator[Document | InputError]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        if len(line) > max_bytes:
            yield InputError(where, f"line too large ({len(line) / 1e6:.1f} MB > {max_bytes / 1e6:.0f} MB)")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            yield InputError(where, "not valid JSON")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield InputError(where, "each line must be a JSON object with a 'text' string")
            continue
        try:
            yield document_from_text(
                record["text"], doc_id=str(record.get("id") or f"{name}:{number}"), outlet=record.get("outlet"),
                url=record.get("url"), title=record.get("title"), published=record.get("published"),
                language=record.get("language") or "en", source=where)
        except InputError as error:
            yield error


def documents_from_bytes(name: str, data: bytes, *, source: str | None = None,
                         max_bytes: int = DEFAULT_MAX_BYTES) -> list[Document | InputError]:
    """Documents from one upload or file's bytes, dispatched on the name's extension."""
    where = source or name
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        return [InputError(where, f"unsupported file type '{suffix or name}' (use {', '.join(SUPPORTED_SUFFIXES)})")]
    limit = max_bytes * JSONL_FACTOR if suffix == ".jsonl" else max_bytes
    if len(data) > limit:
        return [InputError(where, f"file too large ({len(data) / 1e6:.1f} MB > {limit / 1e6:.0f} MB)")]
    try:
        text = decode_text(data, where)
        if suffix == ".jsonl":
            return list(_jsonl_documents(text, name, where, max_bytes))
        if suffix in (".html", ".htm"):
            body, meta = extract_html(text, where)
            return [document_from_text(body, doc_id=name, source=where, meta=meta)]
        return [document_from_text(text, doc_id=name, source=where)]
    except InputError as error:
        return [error]


def _expand(paths: Sequence[str | Path]) -> Iterator[tuple[Path, str] | InputError]:
    """Files to read, each with its document name: a file's name, or, inside a folder given as input, its
    path relative to that folder ("a/article.txt" and "b/article.txt" stay apart)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            yield from ((f, f.relative_to(path).as_posix()) for f in files)
        elif path.is_file():
            yield path, path.name
        elif path.exists():
            yield InputError(str(path), "not a regular file")
        else:
            yield InputError(str(path), "no such file or folder")


def read_documents(paths: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Documents from files and folders (recursive), in a stable order; bad inputs as InputError items.

    A document's ``doc_id`` is its file name (inside a folder: its path relative to the folder); when two
    inputs would share one, the later is named by its full path."""
    seen: set[str] = set()
    for item in _expand(paths):
        if isinstance(item, InputError):
            yield item
            continue
        path, name = item
        if name in seen:
            name = str(path)
        seen.add(name)
        try:
            size = path.stat().st_size
            limit = max_bytes * JSONL_FACTOR if path.suffix.lower() == ".jsonl" else max_bytes
            if size > limit:
                yield InputError(str(path), f"file too large ({size / 1e6:.1f} MB > {limit / 1e6:.0f} MB)")
                continue
            data = path.read_bytes()
        except OSError as error:
            yield InputError(str(path), f"cannot read: {error.strerror}")
            continue
        yield from documents_from_bytes(name, data, source=str(path), max_bytes=max_bytes)
