"""Numbers and what they count: "64 strikes", "more than 300 ISIS fighters", "thousands of fighters".

A quantity is a number (digits, or number words) followed by the noun phrase it counts. Numbers that
are part of a date, a year, money or an identifier ("T4", "$27", "1990s") are not quantities.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.model import Quantity, Span

_UNITS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "dozen": 12,
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_VAGUE = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2_000, "tens of thousands": 20_000}

_APPROX = r"(?:(?:more|fewer|less) than|over|under|about|around|nearly|almost|roughly|some|at least|up to|approximately|an estimated|as many as)"
_NUMBER_WORD = "|".join(sorted((re.escape(w) for w in _UNITS), key=len, reverse=True))
_SCALE_WORD = "|".join(_SCALES)
_NUMBER = (
    rf"(?P<digits>(?<![\w$€£.,/-])\d{{1,3}}(?:,\d{{3}})+(?![\w,]\d)|(?<![\w$€£.,/-])\d+(?:\.\d+)?(?![\w%]))"
    rf"(?:\s+(?P<dscale>{_SCALE_WORD}))?"
    rf"|(?P<words>\b(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))?(?:\s+(?:{_SCALE_WORD}))?\b)"
    rf"|(?P<vague>\b(?:tens of thousands|dozens|scores|hundreds|thousands)\s+of\b)"
)
# A count as written before a noun, without its value ("more than 300", "three", "dozens of"), for other
# extractors' patterns (lower case: compile with re.I)
COUNT = (rf"(?:{_APPROX}\s+)?(?:\d[\d,.]*|(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))?(?:\s+(?:{_SCALE_WORD}))?"
         rf"|(?:tens of thousands|dozens|scores|hundreds|thousands)\s+of)")
# Words that end the counted noun phrase ("300 fighters *in* Palmyra", "64 strikes *against* ISIS").
_STOP_WORDS = (
    "of in on at to from and or but the a an were was have has had are is be been being who that which with against by for "
    "since as into onto across near after before during over under than this these those their its his her our your them it "
    "they we he she said says told per each every all some any more most other such only also both while when where if "
    "will would could should may might can not no".split()
)
_STOP = "|".join(_STOP_WORDS)
_QUANTITY = re.compile(_NUMBER)  # scans the lowered sentence: faster than an IGNORECASE scan
_APPROX_BEFORE = re.compile(rf"\b{_APPROX}\s+$", re.IGNORECASE)
# words of the counted noun phrase: separated by spaces, or a hyphen right after the number ("5-year-old");
# a free-standing dash ("two activists - A and B") ends the phrase
_NOUN_WORD = re.compile(r"(?:[ \t]+|-)([A-Za-z][A-Za-z'-]*)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_STOP_SET = frozenset(_STOP_WORDS)


class _NounMatch:
    """A number match extended with the noun phrase after it (up to three words, stopping at a stop word)."""

    def __init__(self, m: re.Match[str], text: str) -> None:
        self.m = m
        before = _APPROX_BEFORE.search(text, max(0, m.start() - 25), m.start())
        self.approx = before.group(0) if before else None
        self.approx_start = before.start() if before else m.start()
        pos, words = m.end(), []
        while len(words) < 3:
            w = _NOUN_WORD.match(text, pos)
            if w is None or w.group(1).lower() in _STOP_SET:
                break
            words.append(w.group(1))
            pos = w.end()
        self.noun = text[m.end():pos]
        self.noun_end = pos

    def group(self, name: str) -> str | None:
        if name == "noun":
            return self.noun
        if name == "approx":
            return self.approx
        return self.m.group(name)

    def start(self) -> int:
        return self.approx_start

    def end(self, name: str | None = None) -> int:
        return self.noun_end if name is None else self.m.end(name)


_DIGIT = re.compile(r"\d")
_WORD_CUES = tuple(sorted({w.split()[-1] for w in _UNITS} | set(_SCALES) | {"dozens", "scores", "hundreds", "thousands"}))
_MONTHS = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:bc|ad|bce|ce|am|pm|a\.m|p\.m)\.?$", re.IGNORECASE
)
_NOT_COUNTED = {"percent", "per", "cent", "%", "years", "year", "months", "month", "weeks", "week", "days", "day", "hours",
                "hour", "minutes", "minute", "seconds", "am", "pm", "km", "kilometres", "kilometers", "miles", "mile",
                "metres", "meters", "kg", "times", "o'clock"}


def _number_value(match: "_NounMatch") -> tuple[float, bool] | None:
    if match.group("digits"):
        value = float(match.group("digits").replace(",", ""))
        if match.group("dscale"):
            value *= _SCALES[match.group("dscale").lower()]
        return value, False
    if match.group("vague"):
        return float(_VAGUE[match.group("vague").lower()[: -len(" of")].strip()]), True
    words = re.split(r"[\s-]+", match.group("words").lower())
    total, current = 0.0, 0.0
    i = 0
    while i < len(words):
        word = words[i]
        if word == "a" and i + 1 < len(words) and words[i + 1] == "dozen":
            current += 12
            i += 2
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _SCALES:
            current = max(current, 1) * _SCALES[word]
            if _SCALES[word] >= 1000:
                total, current = total + current, 0.0
        i += 1
    return total + current, False


_VERBISH = re.compile(r"^(?:\w+ed|fled|fought|went|came|took|left|made|held|died|killed|were|fell|ran|led|sent|brought)$", re.I)


def _noun_phrase(words: list[str]) -> list[str]:
    """Keep the counted noun phrase, dropping a trailing verb: "fighters transferred" -> ["fighters"]."""
    kept = [words[0]]
    for word in words[1:]:
        if _VERBISH.match(word):
            break
        kept.append(word)
    return kept


def _prefix_length(noun_text: str, n_words: int) -> int:
    """Length of the prefix of ``noun_text`` (leading separators included) that holds its first ``n_words`` words."""
    return [m.end() for m in _WORD.finditer(noun_text)][n_words - 1]


def find_quantities(text: str, sentence: Span, excluded: Sequence[tuple[int, int]] = ()) -> tuple[Quantity, ...]:
    """Find quantities in one sentence of ``text``.

    ``excluded`` are spans (e.g. dates) that no quantity may overlap: the "12" of "December 12, 2016".
    """
    found: list[Quantity] = []
    lower = sentence.text.lower()
    if not _DIGIT.search(sentence.text) and not any(w in lower for w in _WORD_CUES):  # a cheap test first
        return ()
    if len(lower) != len(sentence.text):  # a rare letter whose lower case is longer: keep offsets aligned
        lower = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in sentence.text)
    for number in _QUANTITY.finditer(lower):
        m = _NounMatch(number, sentence.text)
        if not m.noun:
            continue
        start, end = sentence.start + m.start(), sentence.start + m.end()
        num_start = sentence.start + m.m.start()
        if any(s < end and num_start < e for s, e in excluded):
            continue
        if m.group("digits") and not m.group("dscale"):
            digits = m.group("digits").replace(",", "")
            if digits.isdigit() and len(digits) == 4 and 1800 <= int(digits) <= 2100:
                continue  # a year ("in 2016 troops ...") is not a count
        value = _number_value(m)
        if value is None or value[0] <= 0:
            continue
        noun_words = _WORD.findall(m.group("noun"))
        # a month name or unit right after the number means a date or a measure, not a count
        first = noun_words[0].lower() if noun_words else ""
        if not first or _MONTHS.match(first) or first in _NOT_COUNTED or first.startswith(("year-old", "years-old")):
            continue
        kept = _noun_phrase(noun_words)
        # shrink the span to the kept words so that offsets still cover exactly the quantity
        end -= len(m.group("noun")) - _prefix_length(m.group("noun"), len(kept))
        what = " ".join(kept)
        qty_text = text[start:end]
        found.append(
            Quantity(
                start=start,
                end=end,
                text=qty_text,
                value=value[0],
                what=what,
                approximate=value[1] or bool(m.group("approx")),
            )
        )
    return tuple(found)
