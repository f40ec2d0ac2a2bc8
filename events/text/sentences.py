"""Sentence splitting with exact character offsets.

Rules: a blank line or a line break always ends a sentence (titles and list items have no final
period); ``.``, ``!`` or ``?`` (optionally followed by closing quotes or brackets) end a sentence
when the next word starts with a capital, a digit or an opening quote, unless the word before the
period is a known abbreviation ("U.S.", "Dec.", "Gen.") or a single initial.
"""

from __future__ import annotations

import re

from events.model import Sentence
from events.text.boilerplate import is_boilerplate, starts_footer

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt cpl adm brig rep sen gov pres st mt ft jr sr co corp inc ltd no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun "
    "u.s u.k u.n e.u a.m p.m i.e e.g al approx dept est fig govt int'l min max".split()
)
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n\s*")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the period at ``text[end-1]`` closes an abbreviation or an initial, not a sentence."""
    m = _WORD_BEFORE.search(text, max(0, end - 40), end - 1)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial: "George W. Bush"


def _spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if m.group(0)[0] == ".":
            if _is_abbreviation(text, m.start() + 1) and "\n" not in m.group(0):
                continue
        end = m.end() if m.group(0)[0] in ".!?" else m.start()
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` in order; boilerplate (disclaimers, copyright, footers) is flagged."""
    sentences: list[Sentence] = []
    in_footer = False
    for s, e in _spans(text):
        chunk = text[s:e]
        in_footer = in_footer or starts_footer(chunk)
        sentences.append(Sentence(s, e, chunk, in_footer or is_boilerplate(chunk)))
    return tuple(sentences)
