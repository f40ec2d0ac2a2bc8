"""Bytes -> text, refusing binary data and undecodable bytes with a clear reason."""

from __future__ import annotations

import codecs

from events.errors import InputError


def decode_text(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with BOM; Windows-1252 only when it yields clean text."""
    if not data.strip():
        raise InputError(source, "empty file")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(source, f"not valid UTF-16 text ({error.reason} at byte {error.start})") from error
    if b"\x00" in data[:8192]:
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = ""
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t")
        letters = sum(1 for ch in text if ch.isalpha())
        if text and controls == 0 and letters >= 0.5 * len(text.replace(" ", "").replace("\n", "")):
            return text
        raise InputError(source, f"undecodable bytes: not UTF-8 text (byte {utf8_error.start})") from utf8_error
