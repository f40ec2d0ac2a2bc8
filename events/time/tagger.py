"""Find temporal expressions (TimeML DATEs) with offsets and normalise them against a reference date.

The grammar is a set of regular expressions, each with a normaliser, tried over the whole text; where
matches overlap the longest wins. Underspecified dates are resolved HeidelTime-style against the
reference (publication) date, reading the tense of the words nearest the expression (:func:`_tense`):
a month or month-day without a year is the next such date when they speak of the future and the last one
when they speak of the past (a date within two months of the reference keeps its year); with no tense,
the reference year unless it lies well after the reference (then the year before). A bare weekday is the
reference day or one of the six days before it, unless the future is spoken of. Some cues are read with their
syntax: a deferral makes a bound future ("postponed until Friday"), a clause after "as soon as" takes the main
clause's tense, and "planned" as an adjective ("the hastily planned trip", "a rally planned for Saturday was called
off") is no plan; a weekday written with a month-day picks the year that puts the day on it. Holidays and
festivals ("Thanksgiving Day", "Good Friday", "Ramadan", "Eid al-Adha", "Yom Kippur", "Nowruz"; calendars in
:mod:`events.time.holidays`) are resolved like a month-day, a festival of several days as its whole span; a clock
time before a weekday ("9 a.m. Tuesday") joins its span and value. Anaphors ("the next day", "earlier that day", "two days later",
"the following year") count from the last date the text named before them (:class:`_Anaphor`), and so does a
day of the month alone ("on the 12th", :class:`_DayOfMonth`); a month
without a year after a date with its year in the same sentence takes that year (:class:`_NarrativeMonth`). In a results story that speaks of a quarter, "a year ago",
"year-earlier" and "last year" after an amount mean that quarter a year before (:func:`_narrative_quarter`).
A range of days ("3-4 March", "28 February - 3 March") is one interval; a day counted from a date ("the day before last
Tuesday", "two weeks after March 3") is that day (:func:`_offset_from`). Durations ("three years") are not dates and are not returned.
"""

from __future__ import annotations

import hashlib
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import chain
from pathlib import Path
from types import CodeType

import ahocorasick

from events.cache import default_cache_dir, read_json, write_json
from events.model import TimeMention
from events.memo import Memo
from events.text.vehicles import is_model_year
from events.time import holidays as H
from events.time import values as V
from events.time.country_days import ALIASES, FESTIVALS, CountryCalendar

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5, "june": 6,
    "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thurs": 3,
            "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100,
           "several": None, "a few": None, "few": None, "some": None}
DAY_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth "
    "sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)} | {"thirtieth": 30}
ORDINALS = {w: n for w, n in DAY_ORDINALS.items() if n <= 4} | {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
                "nineties": 9}

# capitalised (in capitals: _CAPS_MONTH)
_MONTH_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_MONTH = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})"
_WEEKDAY_HEADS = frozenset(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_REPORTING_VERBS = "said|told|announced|reported"  # the verbs that report (extended by each test of reported speech)
_DAY_PART_AFTER = r"(?:\s+(?:morning|afternoon|evening|night)\b)?"  # "Friday night", "tomorrow morning": the day, whole
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
# a day of the month in words, as spoken in broadcast transcripts ("Sunday, March eighth", "the third of May")
_UNITS_ORD = "|".join(w for w, n in DAY_ORDINALS.items() if n < 10)  # "first" ... "ninth", as _day reads them
_DAY_WORD = rf"(?:(?:twenty|thirty)[\s-]?(?:{_UNITS_ORD})|{'|'.join(w for w, n in DAY_ORDINALS.items() if n >= 10)}|{_UNITS_ORD})"
_DAY_AFTER_MONTH = rf"(?:{_DAY}|{_DAY_WORD}(?![\w-]))"  # "March eighth" (not "the March first-quarter results")
_DAY_BEFORE_MONTH = rf"(?:{_DAY}|{_DAY_WORD}(?=\s+of\s))"  # "the eighth of March" (not "the first March since")
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_NUM = (r"(?:\d+|(?:a|one)\s+hundred|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]"
        r"(?:one|two|three|four|five|six|seven|eight|nine)\b|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
        r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty"
        r"|forty|fifty|sixty|seventy|eighty|ninety|several|a few|few)")
_UNIT = r"(?:day|week|month|year|decade|quarter)s?"
_FUTURE = re.compile(r"\b(?:will|shall|'ll|going to|scheduled|upcoming|next)\b", re.I)
_QUARTER_CONTEXT = re.compile(r"\bquarter", re.I)
_ORD = r"(?:first|second|third|fourth)"
_MOD = r"(?:(?:early|earlier|late|later|mid|middle|end|beginning|start)(?:[\s-]+of)?[\s-]+)?"

_SENTENCE_END = re.compile(r"[.!?]\s|\n")


@dataclass(frozen=True)
class _Value:
    value: str
    start: date | None
    end: date | None
    precision: str
    anchored: bool
    span: tuple[int, int] | None = None  # set by a rule whose expression reaches beyond its match


_CLOSE_BY = 250  # characters: about a sentence
_NARRATIVE_REACH = 1000  # characters: a few paragraphs; a date further back is not the one "the next day" follows
# which earlier mentions can anchor an anaphor of each unit: "the next day" needs a day, "the following month" a month
_ANCHOR_PRECISIONS = {"day": ("day",), "week": ("day", "week"), "weekend": ("day", "week"), "month": ("day", "week", "month"),
                      "year": ("day", "week", "month", "season", "quarter", "year"),
                      "decade": ("day", "week", "month", "season", "quarter", "year")}


def _last_date(before: list[TimeMention], start: int, within: int) -> TimeMention | None:
    """The story's last dated mention before ``start``, if it ends at most ``within`` characters before it."""
    anchor = next((t for t in reversed(before) if t.start_date), None)
    return anchor if anchor is not None and start - anchor.end <= within else None


def _before_the_present(before: list[TimeMention], reference: date) -> list[TimeMention]:
    """``before`` without the writer's own days read from the reference that are not before it (today, tomorrow): what a
    date told as past may count from."""
    return [t for t in before if not (t.anchored and t.start_date is not None and t.start_date >= reference)]


def _narrative_anchor(before: list[TimeMention], start: int, text: str, precisions: tuple[str, ...]) -> TimeMention | None:
    """The story's last date of one of ``precisions`` a narrative can go on from, within a few paragraphs before
    ``start``: not a bound ("the worst storm since 1703"), nor a date too coarse to count a day or a season from ("the
    1990s"), which the story names by the way ("three weeks earlier", a week's date, is passed over for the day before it)."""
    for t in reversed(before):
        if start - t.end > _NARRATIVE_REACH:
            return None
        if t.start_date and t.precision in precisions and not _SINCE_NEAR_BEFORE.search(text, max(0, t.start - 40), t.start):
            return t
    return None


_SINCE_NEAR_BEFORE = re.compile(r"\bsince\s+(?:[\w'’-]+\s+){0,3}$", re.I)  # "since 1703", "since the fires of 1967"


@dataclass(frozen=True)
class _Anaphor:
    """An expression dated from the story's own last date, not from the reference date: "the next day" is the
    day after the last day the story named ("On March 3 ... The next day ..."), "two years later" two years
    after its last year. Resolved in :meth:`TemporalTagger.tag`, in text order, so anaphors can chain."""

    unit: str  # day, weekend, week, month, year or decade
    offset: int
    fallback: _Value | None = None  # the value when the story names no date to count from
    within: int | None = None  # count only from a date this close before it, in characters
    not_after: date | None = None  # told as past: passing over the reference's own days (today, tomorrow) counted from it
    main_line: bool = False  # "that night", "that day": the story's day, not a step back from it (see _flashback)

    def resolve(self, before: list[TimeMention], start: int, text: str = "", reference: date | None = None) -> _Value | None:
        if self.unit == "year" and self.offset != 0 and reference is not None:
            # "said Tuesday that its profit fell in 2012, and warned of cuts this year. Net income dropped from 788 million
            # euros in the previous year": a step from the story's date, not from the writer's present ("last year")
            told = [t for t in before if not (t.anchored and t.start_date is not None and t.end_date is not None
                                              and t.start_date <= reference <= t.end_date)]
            present = next((t for t in reversed(before) if t not in told), None)
            # (with no other date, or beside the present in its own sentence, the present it is: "expects revenue to double
            # this year from the previous year", "Today it employs 40, up from 25 a year earlier")
            if _last_date(told, start, self.within or _NARRATIVE_REACH) is not None \
                    and (present is None or _SENTENCE_END.search(text, present.end, start)):
                before = told
        if self.not_after is not None:
            before = _before_the_present(before, self.not_after)
        if self.main_line:
            before = [t for t in before if not _flashback(text, t, start)]
        anchor = _last_date(before, start, self.within or _NARRATIVE_REACH)
        if anchor is None:
            return self.fallback  # the story names no date to count from, or none close enough to be the one
        if anchor.precision not in _ANCHOR_PRECISIONS[self.unit]:
            # the last date is coarser than the unit ("killed last October ... that same day"), or "that day" is
            # any day ("on days when prices tumble, losses on trades made that day"): no date to give; but a count
            # of days passes over a year named by the way ("the court ruled Wednesday; in 1996 it had ... A day
            # earlier, ..."): the story's last date fine enough, within a few paragraphs
            fine = next((t for t in reversed(before) if t.start_date and t.precision in _ANCHOR_PRECISIONS[self.unit]), None)
            if self.offset == 0 or fine is None or start - fine.end > _NARRATIVE_REACH:
                return None
            anchor = fine
        d = anchor.start_date
        if self.unit == "day":
            return _day_value(d + timedelta(days=self.offset), anchor.anchored)
        if self.unit == "weekend":  # "that weekend": the one the story's day falls in, or the next after a weekday
            return _weekend_v(d + timedelta(days=5 - d.weekday()) if d.weekday() < 5 else d - timedelta(days=d.weekday() - 5),
                              anchor.anchored)
        if self.unit == "week":
            return _week_v(d + timedelta(weeks=self.offset), anchor.anchored)
        if self.unit == "month":
            return _month_v(*V.add_months(d.year, d.month, self.offset), anchor.anchored)
        if self.unit == "decade":
            return _decade_v(d.year // 10 + self.offset, anchor.anchored)
        return _year_v(d.year + self.offset, anchor.anchored)


_PERIOD_ANCHORS = ("day", "week", "month", "season", "quarter", "year")  # (not a decade or a century)
# a step back from the story's day: "the day before", "the previous evening", "four days earlier"
_STEP_BACK = re.compile(r"(?:the\s+)?(?:day|night|evening|morning|afternoon)\s+before|the\s+(?:previous|preceding)\s+"
                        r"(?:day|night|evening|morning|afternoon)|(?:a|one|two|three|four|five|six|\d{1,2})\s+days?\s+(?:earlier|before)",
                        re.I)
_PLUPERFECT = re.compile(r"\bhad\s+(?:not\s+|already\s+|just\s+|first\s+|long\s+)?(?:been|gone|done|made|left|lost|sent|spent|built|"
                         r"met|held|told|sold|begun|come|become|put|set|hit|shut|fled|fought|kept|led|won|seen|\w+ed|\w+en)\b", re.I)
_RELATIVE_WORD_BEFORE = re.compile(r"\b(?:who|which|that|where|when|whose)\b", re.I)
_CLAUSE_TAIL = re.compile(r"[^.;:!?,]*$")  # the clause that ends where the search ends


def _flashback(text: str, t: TimeMention, start: int) -> bool:
    """Whether the date ``t``, counted from another (no digits) in a sentence before the one at ``start``, is a step back
    from the story's day ("the Weather Bureau hoisted storm flags the day before") or told in the pluperfect of its own
    clause ("Singapore had fallen four days earlier", "She had been due in Liverpool the next day"; not "men who had
    survived reached Queenstown the next day", "The crew had little food"): no day "that night" is in. (A step back in
    the same sentence goes on: "The day before, the squad flew to Cardiff; that night, they watched a film".)"""
    if any(ch.isdigit() for ch in t.text) or not _SENTENCE_END.search(text, t.end, start):
        return False
    return _STEP_BACK.fullmatch(t.text) is not None or _in_the_pluperfect(text, t.start)


def _in_the_pluperfect(text: str, start: int) -> bool:
    """Whether the clause before ``start`` is told in the pluperfect, its own verb "had" and a participle ("Singapore had
    fallen"; not "men who had survived", "The crew had little food")."""
    clause_start = _CLAUSE_TAIL.search(text, max(0, start - 80), start).start()  # type: ignore[union-attr]
    had = _PLUPERFECT.search(text, clause_start, start)
    return had is not None and not _RELATIVE_WORD_BEFORE.search(text, clause_start, had.start())


@dataclass(frozen=True)
class _FollowingPeriod:
    """ "the following spring", "the following June": the first such season or month after the story's last date ("was
    wounded in July 1944 and returned home the following spring": 1945); with no date before it, the next after the
    reference date."""

    season: str | None
    month: int | None
    reference: date
    south: bool = False  # the seasons of the southern hemisphere (see _south)

    def resolve(self, before: list[TimeMention], start: int, text: str) -> _Value:
        anchor = _narrative_anchor(before, start, text, _PERIOD_ANCHORS)
        after = anchor.start_date if anchor is not None and anchor.start_date is not None else self.reference
        anchored = anchor is None or anchor.anchored
        for year in (after.year - 1, after.year, after.year + 1):
            if self.season is not None:
                value = _season_value(year, self.season, anchored, self.south)
            else:
                value = _month_v(year, self.month, anchored)  # type: ignore[arg-type]
            if value.start > after:
                return value
        return value


@dataclass(frozen=True)
class _ThatYear:
    """ "that year", "that winter", "That January": in the year the story is telling of. That is the year it last wrote
    (``written``: "The mill closed in 1985. That winter ..."), unless a date it told of since, well before the reference,
    says the story has moved on ("the explosion of Dec. 6, 1917 ... Hugh MacLennan's 1941 novel ... The next day a blizzard
    ... Through that winter": 1917's; not a bound, "the worst storm since 1703")."""

    written: int | None  # the year the story last wrote (see _story_year)
    reference: date | None
    season: str | None = None
    month: int | None = None
    south: bool = False

    def resolve(self, before: list[TimeMention], start: int, text: str) -> _Value | None:
        year = self.written
        told = _narrative_anchor(before, start, text, _PERIOD_ANCHORS)
        if told is not None and told.start_date is not None and self.reference is not None and not _told_aside(text, told) \
                and (self.reference - told.start_date).days > _NARRATIVE_PAST_DAYS \
                and not _written_year_after(text, told.end, start, self.written):
            year = told.start_date.year
        if year is None:
            return None
        if self.season is not None:
            return _season_value(year, self.season, False, self.south)
        if self.month is not None:
            return _month_v(year, self.month, False)
        return _year_v(year, False)


_NARRATIVE_PAST_DAYS = 366  # a date told of this long before the reference is the story's past, not its present


def _written_year_after(text: str, lo: int, hi: int, year: int | None) -> bool:
    """Whether the year the story last wrote (``year``) is written between ``lo`` and ``hi``: then it is the later word."""
    return year is not None and any(int(y.group(0)) == year for y in _NARRATIVE_YEAR.finditer(text, lo, hi))


@dataclass(frozen=True)
class _NarrativeHoliday:
    """ "That Christmas", "that Easter": the holiday in the year of the story's last date ("The mill closed in 1985.
    That Christmas, ..."); ``fallback`` (as read from the reference date) when the story names none before it."""

    name: str
    edge: str | None
    weekend: bool
    fallback: _Value | None
    reference: date | None = None  # set for a holiday named alone, told as past (see resolve)

    def resolve(self, before: list[TimeMention], start: int, text: str) -> _Value | None:
        if self.reference is not None:
            return self._next_in_the_story(before, start, text)
        anchor = _last_date(before, start, _NARRATIVE_REACH)
        if anchor is None or anchor.start_date is None:
            return self.fallback
        found = H.in_year(self.name, anchor.start_date.year)
        return _holiday_value(self.name, found[0], anchor.anchored, self.edge, self.weekend) if found else self.fallback

    def _next_in_the_story(self, before: list[TimeMention], start: int, text: str) -> _Value | None:
        """A holiday named alone and told as past, a sentence or two after a day of another year than the reference's
        ("On Christmas Eve 1974 ... The eye passed over Darwin in the early hours of Christmas Day"): its first occurrence
        one to 31 days on (on the day itself only where it is named beside it, else an anniversary's); otherwise the
        fallback."""
        anchor = _story_day(before, text, ("day",))  # (a holiday after a season is often this year's: "that spring ... by Christmas")
        if anchor is None or anchor.anchored or anchor.start_date is None or start - anchor.end > _NARRATIVE_DAY_REACH \
                or anchor.start_date.year == self.reference.year:  # type: ignore[union-attr]
            return self.fallback
        after = anchor.start_date
        apposed = text[anchor.end:start].strip() == ","  # "on Sunday, Feb. 14, 1982, Valentine's Day": the day itself
        found = [o for year in (after.year, after.year + 1) for o in H.in_year(self.name, year)
                 if (0 if apposed else 1) <= (o.start - after).days <= _NARRATIVE_HOLIDAY_DAYS]
        return _holiday_value(self.name, found[0], False, self.edge, self.weekend) if found else self.fallback


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_PARTICIPLE_ASIDE_BEFORE = re.compile(r",\s+[a-z]+ed\s[^,;:.!?]*,\s+(?:by|before|after|until|on|in)\s+(?:the\s+)?$")
_CLAUSE_YEAR_BEFORE = re.compile(r"[,;]\s+(?:(?:and|but|while)\s+)?in\s+$", re.I)
_CLAUSE_MARK_BETWEEN = re.compile(r"[,;:]")
_SINCE_PART_BEFORE = re.compile(r"\bsince\s+(?:(?:early|late|mid)[\s-]+|the\s+(?:beginning|start|end|middle)\s+of\s+)$", re.I)


@dataclass(frozen=True)
class _NarrativeMonth:
    """A month named without a year after a date with its year in the same sentence ("The offensive began on
    Feb. 24, 2022, and by early April troops had withdrawn"): that date's year, or the next one for an earlier
    month (a narrative goes forward: "in November 2021 ... by March"), but the same one for the month just before a
    day (a look back: "arrested on Dec 3, 2019, after a victim went to the police in late November"). Otherwise
    ``fallback``, the month as read from the reference date and the tense: also where a later date comes before the
    year in the sentence (no narrative: "fell last year from a peak in 2013, but picked up in January"), and for a
    month told as past that would come after the publication."""

    month: int
    fallback: _Value
    tense: int = 0  # the tense of the month's own words (see _tense)
    reference: date | None = None

    def resolve(self, before: list[TimeMention], start: int, text: str) -> _Value:
        anchor = before[-1] if before else None
        if anchor is None or anchor.anchored or anchor.start_date is None or anchor.precision not in ("day", "month", "year") \
                or _SENTENCE_END.search(text, anchor.end, start) or _SINCE_BEFORE.search(text, max(0, anchor.start - 6), anchor.start) \
                or self.tense > 0 or _SINCE_BEFORE.search(text, max(0, start - 6), start) or _SINCE_PART_BEFORE.search(text, max(0, start - 20), start):
            # (not "the highest since 2008 in February": a bound reaching to now, no narrative's date; nor a month the
            # sentence speaks of as still to come, "signed in 2007, expires in September", or as reaching to now,
            # "reached record levels in 2023, have eased since late March")
            return self.fallback
        if _ASIDE_OPENS.search(text, max(0, anchor.start - 120), anchor.start) and "," in text[anchor.end:start]:
            return self.fallback  # a year in an aside between commas dates the aside only: "A maker, which borrowed heavily
            # in 1994, filed for bankruptcy in June"; "Plymouth, evacuated in 1996, was destroyed in early August"
        # (a year that opens the month's own clause dates it, whatever the dates before: "In 1996, California voted on
        # March 26, and in 1992 the primary was held in June")
        opens = _CLAUSE_YEAR_BEFORE.search(text, max(0, anchor.start - 12), anchor.start) is not None \
            and not _CLAUSE_MARK_BETWEEN.search(text, anchor.end, start)
        for t in [] if opens else reversed(before[:-1]):  # (the sentence's earlier dates, back to its start)
            if _SENTENCE_END.search(text, t.end, start):
                break
            if t.start_date is not None and t.start_date > anchor.start_date:
                return self.fallback  # "fell last year from a peak in 2013, but picked up in January": a look back
        # a narrative goes forward ("in November 2021 ... by March": 2022), but a month just before a day looks back
        # ("arrested on Dec 3, 2019, after a victim went to the police in late November")
        back = anchor.start_date.month - self.month
        year = anchor.start_date.year + (1 if anchor.precision != "year" and back > (1 if anchor.precision == "day" else 0) else 0)
        if self.tense < 0 and self.reference is not None and self.reference < date(year, self.month, 1):
            return self.fallback  # "dated 2024-04-15, follows investigations opened in March", "to host the final in 2026,
            # UEFA announced in late May": told as past, a month after the publication is not the one meant
        return _month_v(year, self.month, False)


@dataclass(frozen=True)
class _NarrativeDay:
    """A month-day without a year ("On July 24, the module splashed down") in a story that last named a day of another
    year, with its year, a few sentences before ("Apollo 11 lifted off on July 16, 1969"): that year, where the day
    follows that date in it within half a year (a narrative goes forward, by steps); otherwise ``fallback``, as read
    from the reference date."""

    month: int
    day: int
    fallback: _Value
    reference: date
    weekday: int | None = None  # written with it ("Sunday, 25 April"): the narrative's date must fall on it
    verb_before: bool = True  # told as past by a verb before it; one after it ("On 20 December Hillary reached") needs a day to follow
    span: tuple[int, int] | None = None  # the expression's, where it is shorter than the rule's match (see _Value.span)

    def resolve(self, before: list[TimeMention], start: int, text: str) -> _Value:
        if self.weekday is not None and self.fallback.start is not None and self.fallback.start.weekday() != self.weekday:
            # a weekday no year near the reference puts the day on: the story's year that does, the last it wrote
            # ("Kell's boat grounded in darkness on Sunday, 25 April", in a story of 1915 written for the centenary)
            # (the year of a day or a month the story told of, or of a sentence that opens with it, "In 1912, ...": not a
            # year by the way, "His grandson, who landed in Normandy in 1944", which falls on the weekday one time in seven)
            for t in reversed(before):
                d = V.valid_date(t.start_date.year, self.month, self.day) if t.start_date and not t.anchored else None
                if d is not None and d.weekday() == self.weekday and t.start_date.year != self.reference.year \
                        and (t.precision in ("day", "month") or _opens_its_sentence(text, t)) and not _told_aside(text, t):
                    return _day_value(d, False)
            return self.fallback
        anchor = _story_day(before, text)
        if anchor is None or anchor.anchored or start - anchor.end > _NARRATIVE_DAY_REACH or anchor.start_date is None \
                or anchor.start_date.year == self.reference.year or not self.verb_before and anchor.precision != "day":
            return self.fallback
        d = V.valid_date(anchor.start_date.year, self.month, self.day)
        if d is not None and self.weekday is not None and d.weekday() != self.weekday:
            return self.fallback
        if d is not None and _APPOSED_DAY.fullmatch(text, anchor.end, start) and abs((d - anchor.start_date).days) <= 7:
            return _day_value(d, False)  # "Three days later, on 28 April": the day the narrative's step names, whichever
            # day the step was counted from ("The next morning ... Three days later")
        if d is None or d < anchor.start_date or (d - anchor.start_date).days > _NARRATIVE_DAY_SPAN:
            return self.fallback  # (a day most of a year on is the present's again: "launched on January 1st, 1999 ...
            # starter kits went on sale on December 14th", in a story of December 2001)
        return _day_value(d, False)


_ASIDE_OPENS = re.compile(r",\s+(?:which|who|whose|where|[a-z]+ed)\b[^,.;:!?]*$")  # ", which borrowed heavily in "
_WEEK_OF = re.compile(r"the\s+week\s+of\b", re.I)
_WEEK_OPENS = re.compile(r"[\s\"'“‘]*(?:(?:In|During|Over|Throughout|By)\s+)?")  # what goes before a week opening a sentence
_YEAR_OPENING = r"[\s\"'“‘]*(?:In|By|During|Back\s+in)\s+"  # a sentence opening on its year: "In 1912", "Back in 1987"
_OPENING_YEAR = re.compile(rf"{_YEAR_OPENING}(?P<y>{_YEAR})\b")


def _opens_its_sentence(text: str, t: TimeMention) -> bool:
    """Whether the year ``t`` opens its sentence ("In 1912, ...")."""
    fronted = _OPENING_YEAR.match(text, _sentence_bounds(text, t.start, t.end)[0])
    return fronted is not None and fronted.start("y") == t.start


_NARRATIVE_DAY_REACH = 300  # characters: a sentence or two
_APPOSED_DAY = re.compile(r",\s+(?:on\s+)?")  # "Three days later, on 28 April"
_NARRATIVE_DAY_ANCHORS = ("day", "season")  # "That summer was brutal ... an arrest on Aug. 10" (a month is often an aside)


_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|whose)\b[^.;:!?,]*$", re.I)  # "Fans who marched two years ago"
_FOUNDING_BEFORE = re.compile(r",[^.;:!?,]*\b(?:born|founded|consecrated|established|built|opened|joined|married|wed)\b[^.;:!?]*$",
                              re.I)  # (and "The couple, married on 20 December 1969, renewed their vows on Christmas Eve")


def _told_aside(text: str, t: TimeMention) -> bool:
    """Whether the date ``t`` is told in an aside of its sentence: a relative clause ("Fans who marched two years ago",
    "McKay, who joined on 3 August 1998") or a birth or a founding between commas ("The church, consecrated on 12
    November 1899, ..."), no day a narrative goes on from."""
    lo = max(0, t.start - 80)
    return _RELATIVE_BEFORE.search(text, lo, t.start) is not None or _FOUNDING_BEFORE.search(text, lo, t.start) is not None


def _story_day(before: list[TimeMention], text: str, precisions: tuple[str, ...] = _NARRATIVE_DAY_ANCHORS) -> TimeMention | None:
    """The story's last date before a day it names without a year, not a bound ("since the earthquake of 3 February
    1931"), where that is a day or a season: what a narrative's next day follows (none where the story last told of a
    year or a month: "went 3-8 in the fall of 2004, and two years later ... The season opened on Labor Day")."""
    last = next((t for t in reversed(before) if t.start_date), None)
    if last is None or _SINCE_NEAR_BEFORE.search(text, max(0, last.start - 40), last.start) or _told_aside(text, last):
        return None
    return last if last.precision in precisions else None
_NARRATIVE_DAY_SPAN = 183  # days: how far on from the story's date a narrative's next day may lie
_NARRATIVE_HOLIDAY_DAYS = 31  # ... and its next holiday (a holiday on the day itself is an anniversary's)


@dataclass(frozen=True)
class _DayOfMonth:
    """A day of the month named alone ("the town fell on the 12th"): in the month of the story's last date before
    it, within a few paragraphs (the month after, when the day is earlier than that date's: a narrative goes
    forward); otherwise ``fallback``, the day as read from the reference date and the tense."""

    day: int
    fallback: _Value | None

    def resolve(self, before: list[TimeMention], start: int) -> _Value | None:
        anchor = _last_date(before, start, _NARRATIVE_REACH)
        if anchor is None or anchor.precision not in ("day", "month"):
            return self.fallback
        year, month = anchor.start_date.year, anchor.start_date.month  # type: ignore[union-attr]
        if anchor.precision == "day" and self.day < anchor.start_date.day:  # type: ignore[union-attr]
            year, month = V.add_months(year, month, 1)
        d = V.valid_date(year, month, self.day)
        return _day_value(d, anchor.anchored) if d else None


@dataclass(frozen=True)
class _FollowingWeekday:
    """"The following Monday": the first such weekday after the story's last day, within a few paragraphs;
    otherwise ``fallback``, the next one after the reference date ("that Friday": on or after that day, else the
    weekday as read from the reference)."""

    weekday: int
    fallback: _Value
    span: tuple[int, int]
    weekend: bool = False  # "the following weekend": the weekend of the first Saturday after that day
    same_day: bool = False  # "that Friday": the first Friday on or after that day
    back: bool = False  # "the previous Saturday": the last Saturday before that day ...
    reference: date | None = None  # ... where that day is not after this one (not "the budget year, which begins July 1")
    not_after: date | None = None  # told as past: passing over the reference's own days (today, tomorrow), as _Anaphor does

    def resolve(self, before: list[TimeMention], start: int, text: str) -> _Value | None:
        if self.not_after is not None:
            before = _before_the_present(before, self.not_after)
        anchor = _last_date(before, start, _NARRATIVE_REACH)
        if anchor is not None and self.same_day and anchor.precision == "week" and not anchor.value.endswith("WE"):
            # "founded on 8 January 1912. Delegates had been arriving since the previous week, and Seme opened the meeting
            # that Monday": the day told of that falls on it, in that week or the next (a week is often told by the way);
            # else that week's, as after a week that opens its sentence ("The previous week, Jo Cox was killed, and that
            # Thursday ...") or "the week of 3 June": what follows is in that week
            by_the_way = not _WEEK_OF.match(anchor.text) and not _WEEK_OPENS.fullmatch(
                text, _sentence_bounds(text, anchor.start, anchor.end)[0], anchor.start)
            named = next((t for t in reversed(before) if by_the_way and start - t.end <= _NARRATIVE_REACH and t.precision == "day"
                          and t.start_date is not None and t.start_date.weekday() == self.weekday
                          and 0 <= (t.start_date - anchor.start_date).days <= 13), None)  # type: ignore[operator]
            if named is not None:
                return _day_value(named.start_date, named.anchored)  # type: ignore[arg-type]
            return _day_value(anchor.start_date + timedelta(days=self.weekday), anchor.anchored)  # "that Friday" of that week
        anchor = _narrative_anchor(before, start, text, ("day", "month", "season", "quarter", "year"))
        if anchor is None or anchor.precision != "day" or self.back and _told_aside(text, anchor):
            return self.fallback
        d = anchor.start_date  # type: ignore[union-attr]
        if self.back:
            if self.reference is not None and d > self.reference:
                return self.fallback
            return _day_value(d - timedelta(days=(d.weekday() - self.weekday) % 7 or 7), anchor.anchored)
        day = d + timedelta(days=(self.weekday - d.weekday()) % 7 or (0 if self.same_day else 7))
        if self.not_after is not None and day > self.not_after:
            return self.fallback  # told as past, no day after the publication ("she had last been seen on the Saturday")
        return _weekend_v(day, anchor.anchored) if self.weekend else _day_value(day, anchor.anchored)


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _day(text: str) -> int:
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group(0))
    tens, _, unit = re.sub(r"[\s-]+", " ", text.lower()).rpartition(" ")
    return {"twenty": 20, "thirty": 30}.get(tens, 0) + DAY_ORDINALS[unit]  # "twenty-first": 21


def _number(text: str) -> int | None:
    text = " ".join(text.lower().split())
    if text.isdigit():
        return int(text)
    tens, _, units = text.replace(" ", "-").partition("-")
    if units and NUMBERS.get(tens) and NUMBERS.get(units):  # "seventy-five"
        return NUMBERS[tens] + NUMBERS[units]  # type: ignore[operator]
    return NUMBERS.get(text)


def _sentence_of(text: str, start: int, end: int) -> str:
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=max(0, start - 300))
    m = _SENTENCE_END.search(text, end)
    return text[lo:m.start() if m else min(len(text), end + 300)]


def _future(text: str, start: int, end: int) -> bool:
    return bool(_FUTURE.search(_sentence_of(text, start, end)))


# Tense cues for underspecified dates ("on Friday", "in January"): the cue nearest the expression in its
# sentence decides whether the named day or month is the next one or the last one (HeidelTime reads the
# sentence's verb tenses from part-of-speech tags; a word list does most of that for news prose).
# ... and the plural's ("Rovers travel to Denholm on Tuesday", "the two teams meet again on Saturday", "voters go to the
# polls on Sunday", "the new rules take effect on Wednesday"), not an infinitive's ("difficult to meet demand well into
# the summer", see _cue)
_PLURAL_SCHEDULE = ("travel", "host", "go", "vote", "meet", "open", "take", "begin", "close", "return")
_FUTURE_CUES = frozenset((
    "will", "shall", "would", "might", "should", "going", "gonna", "expected", "expects", "expect", "scheduled",
    "planned", "planning", "intends", "intend", "slated", "upcoming", "next", "effective", "payable", "pending",
    "tomorrow", "coming", "soon", "ll", "can", "must",  # ("must repay the debt by mid-January"; not "must have": see _cue)
    # the present of what is scheduled ("the ceasefire expires on Sunday", "talks resume Monday", "the court meets on
    # Thursday", "the law takes effect Jan. 1", "Yom Kippur falls on Saturday"; not "votes", as often the noun)
    "expires", "expire", "resumes", "resume", "reopens", "reopen", "convenes", "convene", "meets", "turns",
    "hosts", "begins", "starts", "ends", "opens", "closes", "takes", "face", "faces", "play", "plays", "leaves",
    "departs", "arrives", "runs", "falls", "goes", *_PLURAL_SCHEDULE,
))
_PAST_WORDS = frozenset((
    "said", "told", "was", "were", "had", "did", "met", "held", "went", "came", "began", "took", "made", "gave",
    "saw", "left", "rose", "fell", "won", "lost", "led", "sent", "found", "struck", "fought", "spoke", "wrote",
    "became", "ran", "paid", "sold", "bought", "brought", "thought", "kept", "stood", "shot", "broke", "chose",
    "drove", "flew", "knew", "grew", "threw", "drew", "got", "ago", "since", "earlier", "last", "yesterday",
    "previously", "already", "felt", "heard", "meant", "quit", "swept", "slid", "sank", "spent", "tore", "stole",
    "wore", "woke", "froze", "hung", "fled", "bled", "shook", "sought", "taught", "caught", "dealt", "built",
    "lent", "wept", "slept", "swore", "rode", "rang", "sang", "swam", "drank", "forgot", "withdrew", "arose",
    "hid", "bit", "stuck", "strode", "spun", "overtook", "undertook", "blew", "dove", "fed", "forecast", "beat", "died",
    "upheld", "withheld", "oversaw", "underwent", "withstood", "understood", "forbade", "overran", "overthrew", "overcame",
    "swung", "clung", "flung", "sprang", "shrank", "knelt", "leapt", "rebuilt", "retook", "rewrote", "sped",
    "used", "sued", "owed", "tied", "eyed", "axed",  # (regular pasts too short for the "-ed" test: "used his address Tuesday night")
))
_NOT_PAST = frozenset(("need", "needed", "speed", "indeed", "united", "based", "related", "limited", "hundred",
                       "proceed", "exceed", "succeed", "breed", "embed", "unprecedented", "detailed", "alleged",
                       "armed", "advanced", "concerned", "interested", "supposed", "proposed", "unspecified",
                       "undisclosed", "unidentified", "unnamed", "restated", "adjusted", "listed", "owned"))
_NOT_A_SUBJECT = frozenset(("today", "it", "that", "this", "there", "what", "which"))  # "today is Monday", "it is Monday": the day itself
_PASSIVE = frozenset(("be", "been", "being", "is", "are"))
_COPULAS = frozenset(("remain", "remains", "stay", "stays", "get", "gets", "getting", "become", "becomes", "seem", "seems", "keep",
                      "keeps"))
_MODALS = frozenset(("will", "would", "could", "can", "may", "might", "should", "shall", "must", "to", "ll"))
_PAST_MODALS = frozenset(("would", "could", "should", "might", "must"))  # + "have": what was possible or due
# "plans to leave on Thursday": an intention and an infinitive speak of the future
_INTENT = frozenset(("plan", "plans", "set", "due", "ready", "likely", "about", "going", "intend", "intends", "need", "needs",
                     "wants", "want", "hopes", "hope", "agreed", "decided", "expects", "promised", "vowed",
                     "threatened", "prepared", "preparing", "seeks", "aims", "poised", "scheduled", "expected",
                     "planned", "planning", "slated", "agreement", "forecast", "forecasts", "asked", "wanted", "urged",
                     "hoped", "ordered", "supposed", "unlikely"))
_OBJECTS = frozenset(("it", "him", "her", "them", "us", "me"))
# the progressive of what is arranged for a day to come (own list)
_ARRANGED = frozenset(("sending", "travelling", "traveling", "flying", "heading", "meeting", "visiting", "holding", "hosting",
                       "leaving", "returning", "arriving", "departing", "launching", "releasing", "opening", "playing",
                       "attending", "unveiling", "announcing", "staging", "resuming", "reopening", "convening"))
# (not "facing": "are facing heavy losses after the crash on Tuesday" is a state, not an arrangement)
# what a target is told with ("had promised deep cuts by the end of the decade"): an intention or a modal
_TARGETS = _INTENT | _MODALS - {"to"} | {"pledged", "pledge", "promise", "vow", "target", "targets", "goal", "aim", "aimed"}
_STILL = frozenset(("still", "now", "also", "already", "currently"))  # adverbs between "is" and what it is ("is still due")
# (not "as had been expected": an aside)
_SCHEDULED_HAD = frozenset(("scheduled", "planned", "slated", "set", "due", "supposed", "intended"))
_PLANS_HAD = frozenset(("planned", "scheduled", "intended"))  # (not "had promised to finish by Thanksgiving": still to come)
_ASKED = frozenset(("urged", "asked", "ordered", "advised", "encouraged", "instructed"))  # + someone + "to" (not "called police to")
_SUBJECT_PRONOUNS = frozenset(("he", "she", "it"))
# the present of what someone is to do, after its subject (a name or a pronoun; not "tax returns", "the reports"); not
# the verbs of a photo's caption, which tell the past in the present ("McCallie addresses the media Monday")
# ("Germany votes in September"; not "reports": "Media reports on Monday said")
_SCHEDULED_SINGULAR = frozenset(("returns", "testifies", "travels", "heads", "flies", "votes", "launches", "reads", "speaks",
                                 "performs", "visits", "unveils", "presents", "appears", "headlines", "premieres"))
_NOUNS_LIKE_PASTS = frozenset(("forecast", "shot", "beat"))  # after an article: "an updated forecast", "the last shot"
_PAST_ABILITY_NEXT = frozenset(("not", "n't", "have", "never", "only", "barely", "hardly", "no", "still", "already", "see",
                                "hear", "feel", "tell", "remember"))
_REPORTERS_REACH = frozenset(("reached", "located", "contacted", "found", "identified", "seen", "heard", "spotted", "observed"))
_NO_ONE = frozenset(("nobody", "no", "none", "neither", "nor", "never"))  # "Nobody could enter the building on Monday"
_NOUN_AFTER_WORDS = frozenset(("against", "about", "without", "by", "during", "after", "before", "over", "under"))
_ARTICLES = frozenset(("the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "whose"))  # (not "that", "this")
_PREPOSITIONS = frozenset(("in", "of", "for", "from", "on", "at", "with", "into", "to", "among", "across", "toward", "towards"))
_NOT_GERUNDS = frozenset(("morning", "evening", "during"))  # words in "-ing" after which an "-ed" word may be a verb
_ADJECTIVE_LEADS = frozenset(("first", "second", "third", "last", "long", "much", "newly", "recently", "once"))  # + an -ed adjective
_INFINITIVE_LEADS = frozenset(("to", "not", "did", "didn't", "could", "can", "cannot", "couldn't", "must", "let", "help", "helped"))
_YEAR_WORD = re.compile(r"(?:1[0-9]|20|21)\d\d(?!\d)")
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozen hundred".split())
_WILL_BEFORE = re.compile(r"(?:\b(?:will|shall)|'ll)\s+(?:\w+\s+){0,6}?\w*$", re.I)
_DETERMINERS = frozenset(("the", "its", "his", "her", "their", "our", "my", "your", "whose", "this", "that"))
_ATTRIBUTIVE = frozenset(("planned", "scheduled", "expected", "slated", "due"))
_AUXILIARIES = frozenset(("is", "are", "was", "were", "be", "been", "being", "has", "have", "had"))
_MAIN_PAST = re.compile(r"\s+(?:was|were)\s+(?!to\b|due\b|set\b|expected\b|scheduled\b|planned\b|slated\b)", re.I)
_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|\d[\d.,:]*")
# what ends an obligation's scope before a date: another verb ("and set Friday as the deadline") or an event of its own
# ("must be learned from the collapse of the bridge on Monday", "must be galling after his defeat on Sunday")
_MUST_SCOPE_ENDS = frozenset(("and", "or", "but", "after", "from", "about", "into", "over", "following", "since", "of"))


_DATE_WORDS = frozenset(("on", "in", "at", "last", "this", "week", "month", "year")) | MONTHS.keys() | WEEKDAYS.keys()


def _intent_before_a_date(words: list[str], i: int) -> bool:
    """Whether an intention's word stands before the date just before ``words[i]`` ("agreed on 9 March to")."""
    k = i - 1
    while k >= 0 and i - k <= 4 and (words[k].lower() in _DATE_WORDS or words[k][:1].isdigit()):
        k -= 1
    return k < i - 1 and k >= 0 and words[k].lower() in _INTENT


def _plan_before_now(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` (or the word before its "to") is a plan in the past perfect ("the trial had been scheduled to
    start in the spring", "had planned to open in June"): a plan superseded, whose day may be gone by or still to come
    ("had been scheduled for March but was postponed", said in January or in May), so no cue either way."""
    k = i - 1 if words[i].lower() == "to" else i
    if k < 1:
        return False
    lw = words[k].lower()
    return words[k - 1].lower() == "had" and lw in _PLANS_HAD \
        or k > 1 and words[k - 1].lower() == "been" and words[k - 2].lower() == "had" and lw in _SCHEDULED_HAD


# an adjective's ending, before a noun spelt as a plural's present ("a parliamentary vote", "the presidential vote", "a
# decisive vote"; not "voters go", "the pair meet", "both men meet again")
_ADJECTIVE_ENDINGS = ("ary", "al", "ic", "ive", "ous")
# the words of a vote: what is held on a day set for it ("Greece holds a parliamentary election on Sunday", "Nigeria holds
# polls on Saturday"; not a caption's "Police officials hold a news conference on Monday"), and an event after a day's
# possessive (see _EVENT_NOUN_AFTER)
_VOTE_WORDS = ("election", "elections", "vote", "votes", "poll", "polls", "referendum", "primary", "primaries", "caucus",
               "caucuses", "runoff")
_HELD_VOTES = frozenset(_VOTE_WORDS)


def _cue(words: list[str], i: int) -> int:
    """+1 if ``words[i]`` speaks of the future, -1 of the past, 0 if neither."""
    w = words[i]
    lw = w.lower()
    prev = words[i - 1].lower() if i else ""
    if lw[-1:] == "s" and (prev[:1].isdigit() and not _YEAR_WORD.match(prev) or prev in _NUMBER_WORDS) and lw in _FUTURE_CUES:
        return 0  # "lost by 239 runs on Sunday", "three starts": a plural noun after its count, no verb (a year is no
        # count: "signed in 2007, expires in September")
    if lw in _PLURAL_SCHEDULE and (prev in _INFINITIVE_LEADS or i and w[0].isupper() or prev in _ARTICLES or prev in MONTHS
                                   or prev in _PREPOSITIONS or prev in _NOUN_AFTER_WORDS or prev.endswith(_ADJECTIVE_ENDINGS)):
        return 0  # (nor a name's word: "won the Australian Open in January"; nor a noun: "the vote on Sunday was marred",
        # "the 27 December vote", "its warning against travel to Beijing on June 24", "postponed a parliamentary vote on
        # the withdrawal agreement on Monday")
    if lw == "proposed" and prev and prev not in _ARTICLES and prev not in _DETERMINERS and prev not in _PASSIVE \
            and not prev.endswith("ly") and not prev.isdigit():
        # "after the White House proposed deep cuts in February", "a plan proposed in May" (not "the proposed merger", "is
        # proposed for March", "the newly proposed rules"; nor what is proposed for a day: "Rules proposed for December",
        # "proposed a deadline of December 31")
        ahead = [x.lower() for x in words[i + 1:i + 4]]
        return 0 if ahead[:1] in (["for"], ["to"]) or "deadline" in ahead or "date" in ahead else -1
    if lw in _ARRANGED and prev in ("is", "are", "am"):
        return 1  # "Clinton is sending his envoy to Belgrade on Monday", "the board is meeting on Thursday": the present of
        # an arrangement (not "police are investigating a shooting on Saturday", what goes on about a day gone by)
    if lw in ("holds", "hold") and prev not in _INFINITIVE_LEADS and any(x.lower() in _HELD_VOTES for x in words[i + 1:i + 4]):
        return 1  # "Greece holds a parliamentary election on Sunday" (not "hold placards during talks", "hold a news conference")
    if lw == "could" and i + 1 < len(words) and words[i + 1].lower() not in _PAST_ABILITY_NEXT and prev not in _NO_ONE \
            and not (i + 2 < len(words) and words[i + 1].lower() == "be" and words[i + 2].lower() in _REPORTERS_REACH):
        return 1  # "warned that inflation could peak above 11 per cent in October": a possibility still to come (not
        # "could not get a flight in May", "could have won on Sunday", "could only watch on Friday": what was possible;
        # nor the reporter's "could be reached Tuesday", "could be seen on CCTV on Monday"; nor "nobody could enter")
    if lw in _PAST_MODALS and i + 1 < len(words) and words[i + 1].lower() == "have":
        return 0  # "argued that the court should have moved the case", "would have turned": no time to come (but "will have
        # their say in March" is to come)
    if lw == "early" and prev == "as" and i > 1 and _cue(words, i - 2) < 0:
        return 0  # "had warned as early as April": the verb before it tells (not "could come as early as April")
    if lw in _FUTURE_CUES or lw.endswith("'ll") or (lw == "may" and w == "may") or (lw == "early" and prev == "as"):
        if lw in _ATTRIBUTIVE and (prev in ("a", "an", "the") or (len(prev) > 4 and prev.endswith("ly"))):
            return 0  # "the hastily planned trip": an adjective, with no tense
        return 0 if lw == "next" and i + 1 < len(words) and words[i + 1] == "to" else 1
    if lw == "last" and (prev in _MODALS or prev in _DETERMINERS):
        return 0  # "will last until Monday": the verb, whose tense its modal gives; "its last flight": the final one
    if lw == "due" and prev not in ("a", "an", "the", "was", "were", "been") and (i + 1 == len(words) or words[i + 1].lower() in ("on", "by", "out")):
        return 1  # "revised figures due on Thursday", "a verdict is due by June" (not "due to rain", "due in part to", "was due")
    if lw in _SCHEDULED_SINGULAR and w.islower() and (prev in _SUBJECT_PRONOUNS or i and words[i - 1][:1].isupper()
                                                      and prev not in _DETERMINERS and prev not in _ARTICLES):
        return 1  # "He returns to Washington on Friday", "Greenspan testifies on Wednesday"
    if lw in ("due", "set", "forecast") and prev in ("is", "are") \
            or lw in ("due", "set") and prev in _STILL and i > 1 and words[i - 2].lower() in ("is", "are"):
        return 1  # "data is due Thursday", "the vote is set for Thursday", "more heat is forecast for the weekend", "a rise
        # in fuel duty is still due in August" (not "is now forecast at 1 percent, half the rate forecast in October")
    if (prev in ("a", "an", "the") or prev in _DETERMINERS or prev in _ADJECTIVE_LEADS or prev in _PREPOSITIONS
            or len(prev) > 5 and prev.endswith("ing") and prev not in _NOT_GERUNDS) and lw.endswith("ed") and lw not in _PAST_WORDS \
            and not (prev == "that" and (i + 1 == len(words) or words[i + 1].lower() in _PREPOSITIONS or words[i + 1].lower() in _BOUNDS)):
        return 0  # "it would run a reduced timetable on Saturday", "their first televised debate", "its long-delayed
        # report", "aid to besieged areas", "annexing occupied areas": an adjective, with no tense (but "a revival that
        # opened Thursday", "the strike that ended in May": a relative clause's verb)
    if lw in _PAST_WORDS and (prev in _MODALS or lw in _NOUNS_LIKE_PASTS
                              and any(x.lower() in ("a", "an", "the") for x in words[max(0, i - 2):i])):
        return 0  # "hope to beat Chelsea on Saturday", "will forecast": a base form that is spelt as its past; "will issue an
        # updated forecast on Thursday": a noun
    if lw in _PAST_WORDS or (len(lw) > 4 and lw.endswith("ed") and lw not in _NOT_PAST):
        # (a capitalised word inside the sentence is a name, no verb: "the Fed", "Ted", "Red Cross"; a participle
        # after "be" or "remain" takes its tense from the verbs before: "will remain closed on Tuesday")
        return 0 if prev in _PASSIVE or prev in _COPULAS or i and w[0].isupper() \
            or prev.endswith("ly") and i > 1 and words[i - 2].lower() in _PASSIVE else -1  # (and "to be fully invested")
    if lw == "to" and i + 1 < len(words) and words[i + 1].lower() == "be" and prev not in ("had", "used", "ought"):
        return 1  # "the final, to be played on Sunday", "talks to be held on Monday" (not "had to be evacuated")
    if lw == "to" and prev in ("need", "needs") and i > 1 and words[i - 2].lower() in ("not", "didn't", "never"):
        return 0  # "He did not need to attend the hearing on Tuesday": no intention, a need denied (its tense is the verb's)
    if lw == "to" and (prev in _INTENT or prev in ("is", "are") or prev in _OBJECTS and i > 1 and words[i - 2].lower() in _INTENT
                       or i > 1 and words[i - 2].lower() in _ASKED and prev.isalpha() and prev.islower() and prev not in _ARTICLES
                       or _intent_before_a_date(words, i)):
        return 1  # "plans to leave on Thursday", "wanted it to start in September", "the truce is to take effect on Friday",
        # "agreed on 9 March to hold elections by June", "urged residents to stock up on supplies over the weekend"
    return 0


_ABBREVIATIONS = frozenset(("mr", "mrs", "ms", "dr", "st", "jr", "sr", "co", "no", "jan", "feb", "mar", "apr", "jun",
                            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "gov", "sen", "rep", "lt", "col",
                            "inc", "corp", "ltd", "vs", "mt", "ft", "calif", "mass", "conn", "ill", "n.y", "n.j",
                            "u.s", "u.n", "a.m", "p.m", "d.c", "u.k", "e.g", "i.e"))
_SENTENCE_PUNCT = re.compile(r"[.!?][\"'`)]*\s|\n")


def _is_sentence_end(text: str, m: re.Match[str]) -> bool:
    if m.group(0)[0] != ".":
        return True
    word = text[max(0, m.start() - 5):m.start()].rsplit(None, 1)[-1:] or [""]
    word = word[0].lstrip("(\"'`").lower()
    return not (word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()))


class _Text(str):
    """The text being tagged, which keeps its sentence ends once found: the rules ask for them per expression
    (and whether it writes the day first: see :func:`_writes_day_first`)."""

    sentence_ends: tuple[list[int], list[int]] | None = None
    day_first: bool | None = None
    country: str | None = None  # the article's own country, where known (see TemporalTagger.tag)
    calendar: CountryCalendar | None = None  # ... and its calendar (python-holidays: see _feast_occurrences)


def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where the sentences of ``text`` end (the punctuation) and where the next ones start (kept on a :class:`_Text`)."""
    known = getattr(text, "sentence_ends", None)
    if known is not None:
        return known
    ends = [m for m in _SENTENCE_PUNCT.finditer(text) if _is_sentence_end(text, m)]
    bounds = ([m.start() for m in ends], [m.end() for m in ends])
    if isinstance(text, _Text):
        text.sentence_ends = bounds
    return bounds


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence around ``text[start:end]`` (abbreviations do not end sentences), at
    most 300 characters either side."""
    stops, starts = _sentence_ends(text)
    i = bisect_right(starts, start)
    lo = max(starts[i - 1] if i else 0, start - 300, 0)
    j = bisect_left(stops, end)
    hi = min(stops[j] if j < len(stops) else len(text), end + 300)
    return lo, hi


# "postponed until Tuesday", "extended the loans through January", "gave them until Friday": a deadline set
# (in the past) for a time still to come
_BOUNDS = frozenset(("until", "till", "through"))
# a date set for what is to come (not "originally set for", "previously set for", "had been set for": what was), or in the
# present, forecast, expected or planned for it ("Day Zero is now forecast for 12 April"; not "a strike was planned for
# Monday but was called off")
_SET_FOR = re.compile(r"(?<!originally\s)(?<!initially\s)(?<!previously\s)(?<!had\sbeen\s)\b(?:(?:set|scheduled|slated|fixed)\s+for|(?:is|are)\s+(?:now\s+)?(?:forecast|expected|planned)\s+for|(?:trial|hearing|sentencing|election|polling)\s+date"
                      r"\s+(?:of|for))\s+$", re.I)


def _set_for(text: str, start: int) -> bool:
    """Whether a date set for something ends just before ``start`` ("sentencing was set for", "a trial date of")."""
    window = text[max(0, start - 40):start]
    return window.rstrip().lower().endswith((" for", " of")) and _SET_FOR.search(window) is not None


# a new date given to what was set for another: "moved to 4 October", "postponed until March", "rescheduled for Friday"
_MOVED_TO = re.compile(r"\b(?:moved|postponed|pushed\s+back|put\s+back|delayed|deferred|rescheduled|shifted|brought\s+forward)"
                       r"\s+(?:back\s+)?(?:to|for|until|till)\s+(?:the\s+)?$", re.I)
# a closure, a ban or an order in force until a day, or from one, sets it to come as a deferral does ("has closed the
# crossing until Monday", "imposed a curfew from Friday", "ordered a humanitarian pause from Tuesday")
_ORDERS = frozenset((
    "close", "closes", "closed", "shut", "shuts", "seal", "seals", "sealed", "impose", "imposes", "imposed", "ban", "bans",
    "banned", "order", "orders", "ordered", "curfew", "lockdown", "closure", "pause", "truce", "suspended",
    "freeze", "freezes",  # (and "has frozen hiring until at least January": see _tense; not "the lake was frozen until March")
))
_DEFERRAL = _ORDERS | frozenset((
    "postpone", "postpones", "postponed", "delay", "delays", "delayed", "defer", "defers", "deferred", "extend",
    "extends", "extended", "adjourn", "adjourns", "adjourned", "recessed", "suspended", "rescheduled", "give", "gives",
    "gave", "given", "deadline", "deadlines", "extension", "extensions", "postponement",
    # and what someone was asked or told to do until then: "asked customers to turn down thermostats until Friday",
    # "were told not to return until the weekend"
    "asked", "told", "urged", "advised", "instructed", "warned", "encouraged",
))
_FROM_BOUNDS = frozenset(("from", "starting"))  # a start that only an order governs (a deferral's bound is "until")
# ... but no start after a comparison: "The rupiah closed at 3,030, down from 2,960 on Tuesday"
_COMPARED = frozenset(("down", "up", "higher", "lower", "rose", "fell", "compared", "unchanged"))  # (not "a fare increase from Monday")
# "declared Tuesday a national day of mourning", "named Friday a public holiday": a day set apart, still to come
_DECLARED_BEFORE = re.compile(r"\b(?:declared|declares|declare|named|names|made|makes|proclaimed|proclaims)\s+$", re.I)
_DAY_SET_APART_AFTER = re.compile(r"\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,3}(?:day|holiday)\b", re.I)
# a clause of its own: "said it would lift its ban, but on Friday it dismissed the reports" (the cue after the date, in
# its clause, decides before the earlier clause's "would")
_CLAUSE_BREAKS = frozenset(("but", "although", "though", "whereas"))
_SAID_BEFORE_THAT = frozenset(("said", "says", "say", "warned", "warns", "announced", "told", "added", "month", "week"))  # ("said last month that")
_MODAL_SOON_AFTER = re.compile(r"(?:\s+[\w'-]+){0,5}?\s+(?:would|will|could(?!\s+not\b)|might|should)\s+(?!have\b)", re.I)
_DAYS_AWAY_AFTER = re.compile(r",?\s+(?:is\s+|are\s+)?(?:now\s+)?(?:just\s+|only\s+)?(?:(?:a\s+few|two|three|four|five|six|several)\s+)?days?"
                              r"\s+away\b", re.I)


def _days_away(text: str, end: int) -> bool:
    """Whether a weekday's event follows its possessive and is "days away" ("Sunday's presidential election just days
    away"; not "Sunday's fire destroyed a farm a few hours away")."""
    event = _EVENT_NOUN_AFTER.match(text, end)
    return event is not None and _DAYS_AWAY_AFTER.match(text, event.end()) is not None
_STATES = frozenset(("remain", "remains", "remained", "stay", "stays", "stayed"))


# Verbs in the present: a sentence that speaks of now ("officials report cases", "the city is calm").
_PRESENT_WORDS = frozenset(("is", "are", "says", "say", "report", "reports", "remains", "remain", "continues",
                            "continue", "warns", "warn", "believes", "believe", "shows", "show", "appears", "appear"))


def speaks_of_now(sentence: str) -> bool:
    """Whether a sentence is in the present tense: a present verb and no past one ("Health officials in
    Mexico also report cases"; not "The attack, he says, killed 20"). A sentence without a date of its own
    that speaks of now takes the publication date, not the last date its paragraph named."""
    words = [w.lower() for w in _WORD.findall(sentence)]
    return any(w in _PRESENT_WORDS for w in words) and not any(
        w in _PAST_WORDS or w.endswith("ed") and w not in _NOT_PAST for w in words)


def _tense(text: str, start: int, end: int, after: bool = True) -> int:
    """The tense nearest ``text[start:end]`` in its sentence: +1 future, -1 past, 0 unknown.

    The nearest cue before the expression decides; failing one (and with ``after``), the nearest after it. A
    bound ("until") that a deferral ("postponed") governs speaks of the future, whatever the deferral's tense."""
    sentence_start, sentence_end = _sentence_bounds(text, start, end)
    aside = _PARTICIPLE_ASIDE_BEFORE.search(text, max(sentence_start, start - 120), start)
    if aside is not None and _WORD.search(text, sentence_start, aside.start()):
        # "is expected to rule on the law, argued over three days in March, by the end of the month": the date after a
        # participle's aside between commas belongs to the clause before the aside, whose verbs tell its tense
        start = aside.start()
    before = _WORD.findall(text, sentence_start, start)
    last = len(before) - 1
    if "soon" in before:
        # "likely to buy as soon as trading opened Monday": the clause takes the main clause's tense, so its verbs are
        # no cues; "as soon as Monday", right before the expression, speaks of the future itself
        last = next((i - 3 for i in range(last - 1, 1, -1) if before[i] == "as" and before[i - 1] == "soon"
                     and before[i - 2].lower() == "as"), last)
    if len(before) >= 2:
        last_two = (before[-2].lower(), before[-1].lower())
        if last_two[0] in ("is", "are") and last_two[1] in ("on", "in") or last_two[1] in ("is", "are") and last_two[0] not in _NOT_A_SUBJECT \
                or last_two[1] == "on" and len(before) >= 3 and before[-3].lower() in ("is", "are") \
                and (last_two[0].endswith("ed") or last_two[0] == "held") and not text.startswith(("'s", "’s"), end) \
                and text[start:start + 3].lower() in _WEEKDAY_HEADS \
                or _AHEAD_OF.search(text, max(0, start - 16), start) or _AHEAD_OF_EVENT_ON.search(text, max(0, start - 80), start) \
                or _MOVED_TO.search(text, max(0, start - 30), start) or _set_for(text, start):
            return 1  # "the final is on Sunday", "the other semi-final is played on Sunday" (a weekday's: not a custom's
            # "feet are washed on Holy Thursday"; nor "is blamed on Tuesday's storm"), "the dinner is Saturday",
            # "elections are in November", "ahead of Tuesday's vote", "has been moved to 4 October", "postponed until
            # March", "sentencing was set for Feb. 5", "set a trial date of March 14": still to come
    if _DECLARED_BEFORE.search(text, max(0, start - 14), start) and _DAY_SET_APART_AFTER.match(text, end):
        return 1
    if text.startswith(("'s", "’s"), end) and _days_away(text, end):
        return 1  # "With Sunday's presidential election just days away"
    lowered = text[sentence_start:start].lower()
    bounds = "til" in lowered or "through" in lowered or "from" in lowered or "starting" in lowered  # "until", "till"
    bound = from_bound = False
    for i in range(last, -1, -1):
        lw = before[i].lower()
        if bounds:
            if (bound and (lw in _DEFERRAL or lw == "frozen" and i and before[i - 1].lower() in ("has", "have")) or from_bound and lw in _ORDERS) \
                    and not (i and before[i - 1].lower() in _STATES):  # (not a state: "banks remained closed until Monday")
                return 1
            if lw in _BOUNDS and i and before[i - 1].lower() not in ("not", "up"):
                bound = True
                continue
            if lw in _FROM_BOUNDS and not bound and not (i and before[i - 1].lower() in _COMPARED):
                from_bound = True
                continue
        if lw == "that" and i and before[i - 1].lower() in _SAID_BEFORE_THAT and _MODAL_SOON_AFTER.match(text, end):
            return 1  # "Diplomats said last month that a delay beyond the end of June would require ...": what was said
            # of a time to come, its own modal after the date
        if (lw in _CLAUSE_BREAKS or lw == "that" and i >= last - 1) and after:
            # (a clause that opens right before the date has its own verb after it: "police can confirm that on Tuesday
            # a man was arrested")
            later = _cue_after(text, end, sentence_end, before)
            if later:
                return later
        if _plan_before_now(before, i):
            return 0
        c = _cue(before, i)
        if c > 0 and lw == "must" and any(w.lower() in _MUST_SCOPE_ENDS for w in before[i + 1:]):
            continue  # "ruled that he must be returned to his father, and set Friday as the deadline": the obligation's
            # verb ends before the date, which the next verb governs ("must repay the debt by mid-January" is to come)
        if c > 0 and before[i].lower() in _ATTRIBUTIVE and (not i or before[i - 1].lower() not in _AUXILIARIES) \
                and _MAIN_PAST.match(text, end):
            return -1  # "a rally planned for Saturday was called off": a participle; the main verb is past
        if c:
            return c
    if not after:
        return 0
    return _cue_after(text, end, sentence_end, before)


def _cue_after(text: str, end: int, sentence_end: int, before: list[str]) -> int:
    """The nearest tense cue after ``end`` in its sentence (``before``: the words before the expression)."""
    # (the word before the first one after is the expression's own last word: "a judge on Thursday ordered", where
    # "ordered" follows no preposition)
    own = _WORD.findall(text, max(0, end - 20), end)
    words = (own[-1:] or before[-1:]) + _WORD.findall(text, end, sentence_end)
    for i in range(1 if before else 0, len(words)):
        if _plan_before_now(words, i):
            return 0
        c = _cue(words, i)
        if c:
            return c
    return 0


# a lower-case word after a date that is no function word: a noun the date qualifies ("the 30 August ballot")
_NOUN_AFTER = re.compile(r"\s+(?!(?:of|and|or|to|at|in|on|when|while|as|was|were|is|are|be|been|the|a|an|through|until|till|"
                         r"with|by|after|before|for|that|which|this|last|next|from|he|she|it|they|we|there|but|so|if|"
                         r"had|has|have|will|would|could|said|says)\b)[a-z]")
# a day counted from a date: "the day before last Tuesday", "two days after March 3", "a week before Christmas"
_OFFSET_BEFORE = re.compile(rf"\b(?P<n>the|{_NUM})\s+(?P<unit>days?|weeks?)\s+(?P<way>before|after)\s+(?:the\s+)?$", re.I)


def _offset_from(text: str, start: int, v: _Value) -> tuple[int, _Value]:
    """(start, value) of a day-precision date, widened to an offset written before it, if any."""
    if v.precision != "day" or v.start is None or text[start - 6:start] not in ("after ", "efore ", "r the ", "e the "):
        return start, v
    m = _OFFSET_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return start, v
    count, unit = m.group("n").lower(), m.group("unit").lower()
    n = (1 if unit == "day" else None) if count == "the" else _number(count)  # "the days before Christmas": no count
    if n is None:
        return start, v
    days = n * (7 if unit.startswith("week") else 1) * (-1 if m.group("way").lower() == "before" else 1)
    return m.start(), _day_value(v.start + timedelta(days=days), True)


def _day_value(d: date, anchored: bool) -> _Value:
    return _Value(d.isoformat(), d, d, "day", anchored)


def _decade_v(decade: int, anchored: bool) -> _Value:
    s, e = V.decade_interval(decade)
    return _Value(f"{decade:03d}", s, e, "decade", anchored)


def _month_v(year: int, month: int, anchored: bool) -> _Value:
    s, e = V.month_interval(year, month)
    return _Value(V.month_value(year, month), s, e, "month", anchored)


def _year_v(year: int, anchored: bool) -> _Value:
    s, e = V.year_interval(year)
    return _Value(f"{year:04d}", s, e, "year", anchored)


def _week_v(d: date, anchored: bool) -> _Value:
    s, e = V.week_interval(d)
    return _Value(V.week_value(d), s, e, "week", anchored)


_TENSE_MONTHS = 2  # a month this close to the reference stays in its year whatever the tense


def _resolve_month_year(month: int, ref: date, tense: int) -> int:
    """The year of a month named without one.

    The next such month when the sentence speaks of the future (``tense`` > 0), the last one when it
    speaks of the past (< 0); otherwise the reference year (as in most news), except the year before
    when the month lies more than four months ahead ("in November" in a January article).
    """
    if tense > 0:
        return ref.year + 1 if month - ref.month < -_TENSE_MONTHS else ref.year
    if tense < 0:
        return ref.year - 1 if month - ref.month > _TENSE_MONTHS else ref.year
    return ref.year - 1 if month - ref.month > 4 else ref.year


def _resolve_month_day(month: int, day: int, ref: date, tense: int) -> date | None:
    """The date of a month and day named without a year, chosen like :func:`_resolve_month_year`."""
    this_year = V.valid_date(ref.year, month, day)
    if this_year is None:
        return None
    if tense > 0:
        return V.valid_date(ref.year + 1, month, day) if (this_year - ref).days < -30 * _TENSE_MONTHS else this_year
    if tense < 0:
        return V.valid_date(ref.year - 1, month, day) if (this_year - ref).days > 30 * _TENSE_MONTHS else this_year
    if (this_year - ref).days < -_YEAR_TURN_DAYS:  # "takes effect Jan. 1" in late December: the coming one
        return V.valid_date(ref.year + 1, month, day)
    return V.valid_date(ref.year - 1, month, day) if (this_year - ref).days > 122 else this_year


_YEAR_TURN_DAYS = 300  # a month-day this far back with no tense to say so is next year's, a few weeks ahead


def _tense_or_bound(text: str, start: int, end: int) -> int:
    """:func:`_tense`, or the future for an expression after "until", "till" or "through" in a sentence without a
    past verb ("Cyprus has until Monday", "funded through Jan. 15"), or after a modal ("homes could be without power
    until Sunday", whatever came before): a bound still to come."""
    if _modal_bound(text, start):
        return 1
    tense = _tense(text, start, end)
    return 1 if tense == 0 and _BOUND_BEFORE.search(text, max(0, start - 8), start) else tense


def _modal_bound(text: str, start: int) -> bool:
    """Whether a modal's bound ends just before ``start``: "could last until", "may stay shut until the", "must do so
    by", "have until"."""
    return _MODAL_BOUND_BEFORE.search(text, max(0, start - 70), start) is not None


_BOUND_BEFORE = re.compile(r"\b(?:until|till|through)\s+$", re.I)
_MODAL_BOUND_BEFORE = re.compile(r"\b(?:(?:(?:can|may|might|will|would|should|must)\s+(?:not\s+)?|could\s+(?!not\b))(?:[a-z]+\s+){1,5}?"
                                 r"(?:until|till|by)|(?:has|have)\s+until)\s+(?:the\s+)?$")  # (and "must do so by October 31",
# "have until Sunday"; but "could not reach the village until Sunday" is the past of "can")


def _relative_unit(unit: str, n: int, ref: date, direction: int) -> _Value:
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return _day_value(ref + timedelta(days=direction * n), True)
    if unit == "week":
        return _week_v(ref + timedelta(weeks=direction * n), True)
    if unit == "month":
        y, m = V.add_months(ref.year, ref.month, direction * n)
        return _month_v(y, m, True)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + direction * n
        y, q = ref.year + q // 4, q % 4 + 1
        s, e = V.quarter_interval(y, q)
        return _Value(f"{y:04d}-Q{q}", s, e, "quarter", True)
    if unit == "decade":
        return _decade_v(ref.year // 10 + direction * n, True)
    return _year_v(ref.year + direction * n, True)


_MONTH_TRIGGERS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_ANCHORS = ("@month",)  # capitalised, as the rules without re.I take them


# ---- windowed scanning ------------------------------------------------------------------------------
# Most rules begin with \b and an alternation, so the regular-expression engine tries them at every position
# of the text. Instead each rule names its *anchors*: strings that every one of its matches contains (a month
# name, the word "year", a four-digit year...), found by the automaton that finds the trigger words (one pass
# for all of them) or by a regular expression the engine scans fast, and runs only in windows around them, wide
# enough that every match, and every character the engine reads while trying one (lookaheads included), lies
# inside: :func:`_reach` bounds how far that is from where an attempt starts. The bound holds while runs of
# whitespace and hyphens (and, for a rule with \d+, digits) are short, and a rule repeats a word at most {1,40}
# times, never +; texts with longer runs, or with characters that defeat finding case-insensitive anchors in the
# lower-cased text, are scanned whole, as are rules without anchors. Matches and their order are those of a
# scan of the whole text: windows are apart and in order, a match lies inside one, and where a window ends
# early no attempt started inside reads that far. Anchors are:
#   "word"    the lower-cased word, whole (the rule has \b or \s before it and \b after it);
#   "^word"   the lower-cased text starting a word (the rule lets letters follow);
#   "@name"   a family in _ANCHOR_FAMILIES.
_MONTH_TOKEN = re.compile(r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
                          r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s)")  # as _month_alone takes them
_DECADE_PREFIXES = ("twen", "thir", "for", "fif", "six", "seven", "eigh", "nine")  # + "ties"
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f")  # match i or s case-insensitively but do not lower-case to them
_LONG_RUN = {3: re.compile(r"[\s-][\s-]{3}"), 15: re.compile(r"[\s-][\s-]{15}")}  # run bound -> a longer run
_DIGIT_RUN_BOUND = 12
_LONG_DIGITS = re.compile(r"\d\d{%d}" % _DIGIT_RUN_BOUND)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _finds(s: str, sub: str) -> list[int]:
    out = []
    i = s.find(sub)
    while i >= 0:
        out.append(i)
        i = s.find(sub, i + 1)
    return out


def _starts_word(text: str, p: int) -> bool:
    return not p or not _is_word(text[p - 1])


def _regex_hits(pattern: re.Pattern[str]) -> Callable[[_Scan], list[int]]:
    def hits(scan: _Scan) -> list[int]:
        # a hit that does not start a word never hides one that does: those are letters or digits, and an ISO
        # date's hyphens are followed by a month or by a day that (?!\w) ends
        text = scan.text
        return [p for p in map(re.Match.start, pattern.finditer(text)) if _starts_word(text, p)]
    return hits


def _month_tokens(scan: _Scan) -> list[int]:
    lower, text = scan.lower, scan.text
    return sorted(p for abbr in _MONTH_TRIGGERS for p in scan.words.get(abbr, ())
                  if _starts_word(text, p) and _MONTH_TOKEN.match(lower, p))


def _decade_words(scan: _Scan) -> list[int]:
    text = scan.text
    n = len(text)
    return sorted(p - len(w) for p in _finds(text, "ties") for w in _DECADE_PREFIXES
                  if text.startswith(w, p - len(w)) and (p + 4 == n or not _is_word(text[p + 4]))
                  and _starts_word(text, p - len(w)))


_DAY_MONTH_DIGITS = re.compile(r"\d\d?[./]\d")


def _day_month_digits(scan: _Scan) -> list[int]:
    """Where "14/3", "14.03" start a line or follow a space (a hit inside a word hides none of those)."""
    text = scan.text
    return [p for p in map(re.Match.start, _DAY_MONTH_DIGITS.finditer(text)) if not p or text[p - 1].isspace()]


_ANCHOR_FAMILIES: dict[str, tuple[Callable[[_Scan], list[int]], bool]] = {  # hits, and whether a hit must end a word
    "month": (_regex_hits(re.compile(r"Jan|Feb|Ma[ry]|Apr|Ju[nl]|Aug|Sep|Oct|Nov|Dec")), False),  # capitalised
    "caps_month": (_regex_hits(re.compile(r"JAN|FEB|MA[RY]|APR|JU[NL]|AUG|SEP|OCT|NOV|DEC")), False),  # in capitals
    "weekday": (_regex_hits(re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")), True),
    "year": (_regex_hits(re.compile(r"(?:1[6-9]|20)\d\d")), False),
    "old_year": (_regex_hits(re.compile(r"1[0-5]\d\d")), False),
    "iso": (_regex_hits(re.compile(r"(?:19|20)\d\d-[01]\d-[0-3]\d(?!\w)")), True),
    "0s": (lambda scan: sorted(_finds(scan.text, "0s") + _finds(scan.text, "0's")), False),
    "slash": (lambda scan: _finds(scan.text, "/"), False),
    "day_month_digits": (_day_month_digits, False),
    "month_i": (_month_tokens, False),  # lower-cased, as _month_alone takes them
    "decade": (_decade_words, True),
}

try:  # the parser behind re: private, so any surprise only turns windowing off
    from re import _constants as _SRE, _parser as _SRE_PARSE  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - before Python 3.11
    import sre_constants as _SRE  # type: ignore[no-redef]
    import sre_parse as _SRE_PARSE  # type: ignore[no-redef]


def _run_class(item: object) -> str | None:
    """"space" if ``item`` is one character of \\s or [\\s-], "digit" if of \\d, else None."""
    items = list(item)  # type: ignore[call-overload]
    if len(items) != 1 or items[0][0] is not _SRE.IN:
        return None
    kinds = set()
    for op, av in items[0][1]:
        if op is _SRE.CATEGORY and av is _SRE.CATEGORY_SPACE or op is _SRE.LITERAL and av == ord("-"):
            kinds.add("space")
        elif op is _SRE.CATEGORY and av is _SRE.CATEGORY_DIGIT:
            kinds.add("digit")
        else:
            return None
    return kinds.pop() if len(kinds) == 1 else None


def _reach(items: object, runs: dict[str, int], used: set[str]) -> tuple[int, int]:
    """(most characters a match of ``items`` consumes, most characters past its start the engine may read),
    when no unbounded repeat runs over more than ``runs[kind]`` characters; ``used`` collects those kinds.
    Raises ValueError for constructs it does not bound."""
    pos = reach = 0
    for op, av in items:  # type: ignore[attr-defined]
        if op in (_SRE.LITERAL, _SRE.NOT_LITERAL, _SRE.IN, _SRE.ANY):
            adv, look = 1, 1
        elif op is _SRE.AT:
            adv, look = 0, 1  # \b reads the next character
        elif op is _SRE.SUBPATTERN:
            adv, look = _reach(av[-1], runs, used)
        elif op is _SRE.BRANCH:
            both = [_reach(p, runs, used) for p in av[1]]
            adv, look = max(b[0] for b in both), max(b[1] for b in both)
        elif op in (_SRE.MAX_REPEAT, _SRE.MIN_REPEAT):
            _, most, item = av
            if most is _SRE.MAXREPEAT:
                kind = _run_class(item)
                if kind is None:
                    raise ValueError("unbounded repeat of more than a space or a digit")
                used.add(kind)
                adv, look = runs[kind], runs[kind] + 1  # the character that ends the run is read too
            else:
                a, lk = _reach(item, runs, used)
                adv, look = (most * a, (most - 1) * a + lk) if most else (0, 0)
        elif op in (_SRE.ASSERT, _SRE.ASSERT_NOT):
            direction, sub = av
            adv, look = 0, (_reach(sub, runs, used)[1] if direction > 0 else 0)  # a lookbehind reads before
        else:
            raise ValueError(f"no bound for {op}")
        reach = max(reach, pos + look)
        pos += adv
    return pos, reach


@dataclass(frozen=True)
class _Plan:
    """Where to run a rule: within ``reach[bound]`` of its ``anchors``, ``bound`` the longest run of spaces and
    hyphens the text may have; ``snap``: some anchor must end a word, so a window may not end inside one."""
    anchors: tuple[str, ...]
    reach: dict[int, int]
    digits: bool  # the reach assumes digit runs of at most _DIGIT_RUN_BOUND
    snap: bool


def _plan(pattern: re.Pattern[str], anchors: tuple[str, ...]) -> _Plan | None:
    if not anchors:
        return None
    try:
        tree = _SRE_PARSE.parse(pattern.pattern, pattern.flags)
        used: set[str] = set()
        reach = {bound: _reach(tree, {"space": bound, "digit": _DIGIT_RUN_BOUND}, used)[1] + 1 for bound in _LONG_RUN}
    except Exception:  # noqa: BLE001 - a construct _reach does not know: scan the whole text
        return None
    snap = any(not a.startswith(("@", "^")) or a.startswith("@") and _ANCHOR_FAMILIES[a[1:]][1] for a in anchors)
    return _Plan(anchors, reach, "digit" in used, snap)


def unplanned_rules() -> list[str]:
    """The rules given anchors whose pattern _reach cannot bound: scanned whole, slowly (see the tests: none may be)."""
    return [fn.__name__ for pattern, fn, _, anchors in _RULES if anchors and _plan(pattern, anchors) is None]


def _code_print(code: CodeType) -> tuple:
    """What a function's code is, the same in every process (a code object's repr holds its address)."""
    return code.co_code, tuple(_code_print(c) if isinstance(c, CodeType) else repr(c) for c in code.co_consts), code.co_names


def rule_plans(cache_dir: Path | None = None) -> tuple[_Plan | None, ...]:
    """Every rule's plan, in order. Parsing the patterns again to bound their reach took about a sixth of a process's
    start (80 ms of 570), so the plans are kept in one JSON file in ``cache_dir`` (the default cache directory if None),
    named by a digest of the Python version, the patterns, their anchors, the bounds and the planner's own code: any
    change to them is a new file, which replaces the old. A plan read that does not fit its rule is worked out again."""
    digest = hashlib.sha256(repr((sys.version, sorted(_LONG_RUN), _DIGIT_RUN_BOUND, sorted((k, f[1]) for k, f in _ANCHOR_FAMILIES.items()),
                                  [(p.pattern, p.flags, a) for p, _, _, a in _RULES],
                                  [_code_print(f.__code__) for f in (_plan, _reach, _run_class)])).encode("utf-8")).hexdigest()[:16]
    directory = cache_dir or default_cache_dir()
    path = directory / f"{_PLANS_FILE}{digest}.json"
    kept = read_json(path)
    if isinstance(kept, list) and len(kept) == len(_RULES):
        plans = tuple(_kept_plan(k, anchors) for k, (_, _, _, anchors) in zip(kept, _RULES))
        if all(p is not None or not anchors for p, (_, _, _, anchors) in zip(plans, _RULES)):
            return plans
    plans = tuple(_plan(pattern, anchors) for pattern, _, _, anchors in _RULES)  # (a damaged file: written over)
    write_json(path, [None if p is None else {"anchors": list(p.anchors), "reach": p.reach, "digits": p.digits, "snap": p.snap}
                      for p in plans])
    for old in directory.glob(f"{_PLANS_FILE}*.json"):  # (another version's plans)
        if old != path:
            old.unlink(missing_ok=True)
    return plans


_PLANS_FILE = "date-rule-plans-"


def _kept_plan(kept: object, anchors: tuple[str, ...]) -> _Plan | None:
    """A plan read from the cache, or None where it does not fit its rule (its anchors, the bounds, the types)."""
    if not isinstance(kept, dict) or kept.get("anchors") != list(anchors) or not isinstance(kept.get("reach"), dict):
        return None
    reach, digits, snap = kept["reach"], kept.get("digits"), kept.get("snap")
    if sorted(reach) != sorted(str(b) for b in _LONG_RUN) or not all(type(r) is int and r > 0 for r in reach.values()) \
            or type(digits) is not bool or type(snap) is not bool:
        return None
    return _Plan(anchors, {int(b): r for b, r in reach.items()}, digits, snap)


class _Scan:
    """Anchor hits in one text, found once for all rules."""

    def __init__(self, text: str, lower: str, bound: int, words: dict[str, list[int]]) -> None:
        """``words``: where each anchor and trigger word the text holds starts in ``lower`` (see _candidates)."""
        self.text, self.lower, self.bound, self.words = text, lower, bound, words
        self.hits: dict[str, list[int]] = {}
        self.long_digits: bool | None = None

    def anchor(self, name: str) -> list[int]:
        hits = self.hits.get(name)
        if hits is None:
            text = self.text
            if name[0] == "@":
                hits = _ANCHOR_FAMILIES[name[1:]][0](self)
            elif name[0] == "^":
                hits = [p for p in self.words.get(name[1:], ()) if _starts_word(text, p)]
            else:
                k, n = len(name), len(text)
                hits = [p for p in self.words.get(name, ())
                        if _starts_word(text, p) and (p + k == n or not _is_word(text[p + k]))]
            self.hits[name] = hits
        return hits

    def windows(self, plan: _Plan) -> list[tuple[int, int]] | None:
        """Stretches of the text, in order and apart, that hold every match of the rule; None: scan it whole."""
        if plan.digits:
            if self.long_digits is None:
                self.long_digits = _LONG_DIGITS.search(self.text) is not None
            if self.long_digits:
                return None
        anchors = plan.anchors
        if len(anchors) == 1:
            starts = self.anchor(anchors[0])
        else:
            starts = sorted(p for a in anchors for p in self.anchor(a))
        reach = plan.reach[self.bound]
        out: list[tuple[int, int]] = []
        lo = hi = -1
        for p in starts:
            if lo >= 0 and p - reach > hi:
                if plan.snap:
                    hi = self._snap(hi)
                if p - reach > hi:
                    out.append((lo, hi))
                    lo = -1
            if lo < 0:
                lo, hi = max(p - reach, 0), p + reach
            elif p + reach > hi:
                hi = p + reach
        if lo >= 0:
            out.append((lo, self._snap(hi) if plan.snap else hi))
        return out

    def _snap(self, hi: int) -> int:
        """``hi``, or the end of the word it cuts: a hit that must end a word then never ends at a window's end,
        where the text would seem to end."""
        text = self.text
        n = len(text)
        while hi < n and _is_word(text[hi - 1]):
            hi += 1
        return hi


Normaliser = Callable[[re.Match[str], str, date | None], _Value | None]
_EXPRESSION_GROUPS = ("x", "x2", "x3", "x4", "x5")  # a rule's groups that hold the expression when its match holds more
_RULES: list[tuple[re.Pattern[str], Normaliser, tuple[str, ...], tuple[str, ...]]] = []  # (pattern, normaliser, triggers, anchors)
_RuleMatch = tuple[re.Match[str], Normaliser, tuple[str, ...]]  # a rule's match, its normaliser and its expression's groups


def rule(pattern: str, flags: int = 0, triggers: tuple[str, ...] = (),
         anchors: tuple[str, ...] = ()) -> Callable[[Normaliser], Normaliser]:
    """Register a rule. ``triggers``: lower-case substrings one of which the text must contain for the rule
    to be tried at all (a cheap test that spares most regular-expression scans). ``anchors``: strings (see
    "windowed scanning" above) one of which every match contains; the rule then runs only near them."""
    def register(fn: Normaliser) -> Normaliser:
        _RULES.append((re.compile(pattern, flags), fn, triggers, anchors))  # (its plan: see rule_plans)
        return fn

    return register


# ---- absolute dates -------------------------------------------------------------------------------

@rule(rf"\b(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY_AFTER_MONTH}),?\s+(?P<y>{_YEAR})\b", triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)
def _mdy(m, text, ref):
    d = V.valid_date(int(m["y"]), _month(m["m"]), _day(m["d"]))
    return _day_value(d, False) if d else None


@rule(rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{_DAY_BEFORE_MONTH})(?:\s+of)?\s+(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})\b", triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)
def _dmy(m, text, ref):
    d = V.valid_date(int(m["y"]), _month(m["m"]), _day(m["d"]))
    return _day_value(d, False) if d else None


# A range of days: "3-4 March", "March 10-12, 2024", "between 10 and 12 March", "from 28 February to 3 March".
# Its value is an ISO 8601 interval ("2024-03-03/2024-03-04"): TimeML has no value for a span of days.
# Words join the two days only after "between" or "from" ("on March 3 and 4 people died" is March 3).
_DAY_RANGE_JOIN = (r"\s*[-–—]\s*", r"\s+(?:and|to|through|until|till)\s+(?:the\s+)?")
_DAY_RANGE_BEFORE = (r"\b", r"\b(?i:between|from)\s+")


def _day_range(m, text, ref):
    """A range of days, in one month ("3-4 March", "between 10 and 12 March") or across months ("28 February -
    3 March", "from Dec. 30 to Jan. 2, 2024"): one interval; a year written after it is its end's."""
    m1 = _month(m["m1"] if "m1" in m.re.groupindex else m["m"])
    m2 = _month(m["m2"]) if "m2" in m.re.groupindex else m1
    year = m["y"]
    if year:
        start = V.valid_date(int(year) - (m1 > m2), m1, _day(m["d1"]))
        end = V.valid_date(int(year), m2, _day(m["d2"]))
    elif ref is not None:
        start = _resolve_month_day(m1, _day(m["d1"]), ref, _tense(text, m.start(), m.end()))
        end = V.valid_date(start.year + (m1 > m2), m2, _day(m["d2"])) if start else None
    else:
        return None
    if start is None or end is None or not 0 < (end - start).days <= 366:
        return None
    return _Value(f"{start.isoformat()}/{end.isoformat()}", start, end, "day", not year)


for _join, _before in zip(_DAY_RANGE_JOIN, _DAY_RANGE_BEFORE):
    rule(rf"{_before}(?P<x>(?:the\s+)?(?P<d1>{_DAY}){_join}(?P<d2>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?)\b",
         triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)(_day_range)
    rule(rf"{_before}(?P<x>(?P<m>{_MONTH})\s+(?P<d1>{_DAY}){_join}(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?)(?!\s*(?:%|percent))",
         triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)(_day_range)
    # ... and across months, each day with its month
    rule(rf"{_before}(?P<x>(?:the\s+)?(?P<d1>{_DAY})(?:\s+of)?\s+(?P<m1>{_MONTH}){_join}(?P<d2>{_DAY})(?:\s+of)?\s+(?P<m2>{_MONTH})"
         rf"(?:,?\s+(?P<y>{_YEAR}))?)\b", triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)(_day_range)
    rule(rf"{_before}(?P<x>(?P<m1>{_MONTH})\s+(?P<d1>{_DAY}){_join}(?P<m2>{_MONTH})\s+(?P<d2>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?)",
         triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)(_day_range)
del _join, _before


# "on 11 and 12 January", "the night of 7 to 8 August", "on October 15 and 16": two days that share one month written
# once, each a date as TimeML annotates them ("April 24 and 25"); the day written with its month is found by the rules
# above, the bare one here. After "on" or "of" only ("between 10 and 12 March" is one range), and a bare day after its
# month only where no noun follows it ("on March 3 and 4 people died" is March 3).
_PAIR_AFTER = r"(?=\s*(?:[,.;:)!?]|$)|\s+(?:in|at|on|when|while|after|before|as|with|during|for|to|from|and|but|that|which|[a-z]{1,40}ing)\b)"


@rule(rf"\b(?i:on|of)\s+(?:the\s+)?(?P<x>(?P<d>{_DAY}))\s+(?:and|to|or)\s+(?:the\s+)?(?P<d2>{_DAY})(?:\s+of)?\s+(?P<m>{_MONTH})"
      rf"(?:,?\s+(?P<y>{_YEAR}))?\b", triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)
def _paired_day_before(m, text, ref):
    return _paired_day(m, text, ref)


@rule(rf"\b(?i:on|of)\s+(?P<m>{_MONTH})\s+(?P<d2>{_DAY_AFTER_MONTH})\s+(?:and|to|or)\s+(?:the\s+)?(?P<x>(?P<d>{_DAY}))\b"
      rf"(?:,?\s+(?P<y>{_YEAR})\b)?{_PAIR_AFTER}", triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)
def _paired_day_after(m, text, ref):
    return _paired_day(m, text, ref)


# ... and without "on" ("the fair runs March 29 and 30 at the showground"), where the bare day is a later one of the
# same month and no noun follows it; after "on" or "of" the rule above reads the pair, after "between" or "from" it is
# one range (above)
@rule(rf"\b(?=[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and|or)\s+\d)"  # (a cheap test first: most months have no pair)
      rf"(?P<m>{_MONTH})\s+(?P<d2>{_DAY_AFTER_MONTH})\s+(?:and|or)\s+(?P<x>(?P<d>{_DAY}))\b(?:,?\s+(?P<y>{_YEAR})\b)?{_PAIR_AFTER}",
      triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)
def _paired_later_day(m, text, ref):
    if _day(m["d"]) <= _day(m["d2"]) or _PAIR_HEAD_BEFORE.search(text, max(0, m.start() - 9), m.start()):
        return None
    return _paired_day(m, text, ref)


_PAIR_HEAD_BEFORE = re.compile(r"\b(?:on|of|between|from)\s+$", re.I)


def _paired_day(m, text, ref):
    """The bare day of a pair (group ``d``), in the month and the year of the other (``d2``)."""
    month = _month(m["m"])
    if m["y"]:
        year = int(m["y"])
    elif ref is not None:
        other = _resolve_month_day(month, _day(m["d2"]), ref, _tense_or_bound(text, m.start(), m.end()))
        if other is None:
            return None
        year = other.year
    else:
        return None
    d = V.valid_date(year, month, _day(m["d"]))
    return _day_value(d, not m["y"]) if d else None


def _digits(m, text, ref):
    """A date written in digits whose order the pattern fixes: "2016-12-11", "11.12.2016", "2016/12/11"."""
    d = V.valid_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day_value(d, False) if d else None


rule(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b", triggers=("-",), anchors=("@iso",))(_digits)
# "12.03.2024": day first, as everywhere dots are written; "2024/03/12": year, month, day
rule(r"(?<![\d.])(?P<d>3[01]|[12]\d|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)(?![\d]|\.\d)", triggers=(".",),
     anchors=("@year",))(_digits)
rule(r"(?<![\d/])(?P<y>(?:19|20)\d\d)/(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])", triggers=("/",),
     anchors=("@year",))(_digits)


# "12-Mar-2024", "12-Mar-24": day, month and year joined by hyphens, as situation reports and spreadsheets write them
@rule(rf"\b(?P<d>3[01]|[12]\d|0?[1-9])-(?P<m>{_MONTH_FULL}|{_MONTH_ABBR[:-3]})-(?P<y>(?:19|20)\d\d|\d\d)\b",
      triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)
def _hyphenated(m, text, ref):
    year = int(m["y"])
    d = V.valid_date(year + 2000 if year < 100 else year, _month(m["m"]), int(m["d"]))
    return _day_value(d, False) if d else None


# "MARCH 12", "12 MAR", "12 MARCH 2024": a date in capitals, as headlines and situation reports write one
_CAPS_MONTH = (r"(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
               r"|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?")


@rule(rf"\b(?:(?P<d>3[01]|[12]\d|0?[1-9])\s+(?P<m>{_CAPS_MONTH})|(?P<m2>{_CAPS_MONTH})\s+(?P<d2>3[01]|[12]\d|0?[1-9])\b)"
      rf"(?:,?\s+(?P<y>{_YEAR})\b)?", triggers=_MONTH_TRIGGERS, anchors=("@caps_month",))
def _caps_date(m, text, ref):
    month, day = _month(m["m"] or m["m2"]), int(m["d"] or m["d2"])
    if m["y"]:
        d = V.valid_date(int(m["y"]), month, day)
        return _day_value(d, False) if d else None
    if ref is None:
        return None
    d = _resolve_month_day(month, day, ref, _tense_or_bound(text, m.start(), m.end()))
    return _day_value(d, True) if d else None


# the order a text's other dates show: day first ("26/04/2021", "1.3.2024", "3 March"), month first ("04/26/2021", "March 3")
_DAY_FIRST_SHOWN = re.compile(rf"(?<![\d/.])(?:(?:1[3-9]|2\d|3[01])/(?:0?[1-9]|1[0-2])/\d\d|\d\d?\.\d\d?\.(?:19|20)\d\d"
                              rf"|\d\d?(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_FULL}\b)")
_MONTH_FIRST_SHOWN = re.compile(rf"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/\d\d|\b{_MONTH_FULL}\s+\d\d?(?:st|nd|rd|th)?\b(?![\d:])")


def _writes_day_first(text: str) -> bool:
    """Whether ``text`` writes its dates day first, by more of them showing that order than the other: an
    ambiguous "03/04/2021" in a British story of "26/04/2021" and "3 March" is 3 April (kept on a :class:`_Text`)."""
    known = getattr(text, "day_first", None)
    if known is not None:
        return known
    day_first = len(_DAY_FIRST_SHOWN.findall(text)) > len(_MONTH_FIRST_SHOWN.findall(text))
    if isinstance(text, _Text):
        text.day_first = day_first
    return day_first


_SHORT_DIGITS_TRIGGERS = tuple(f"{lead}{d}" for lead in ("\n", "on ", "update ", "sitrep ") for d in "0123456789")
# "14/3:", "Update 17/3 –", "14.03: strikes", "On 12.3.": a day and a month in digits heading a line or an update, in
# the reference's year (day first where both fit, as such reports write)
@rule(r"(?:^|\n|\b(?:[Oo]n|[Uu]pdate|[Ss]itrep)\s)(?P<x>(?P<a>3[01]|[12]\d|0?[1-9])[./](?P<b>3[01]|[12]\d|0?[1-9])"
      r"(?![\d/.]\d)\.?)(?=\s*[:–—-]|\s)", triggers=_SHORT_DIGITS_TRIGGERS, anchors=("@day_month_digits",))
def _short_digits(m, text, ref):
    if ref is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    if (a, b) == (9, 11) and text[m.end("a")] == "/":
        return _day_value(NINE_ELEVEN, False)  # "on 9/11": the day of 2001
    day, month = (b, a) if b > 12 and a <= 12 and text[m.end("a")] == "/" else (a, b)
    if month > 12:
        return None
    d = _resolve_month_day(month, day, ref, 0)
    return _day_value(d, True) if d else None


@rule(r"(?<![\d/])(?P<a>3[01]|[12]\d|0?[1-9])/(?P<b>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/])", triggers=("/",), anchors=("@slash",))
def _slash(m, text, ref):
    """"12/25/2016" (month first, as in US news) or "25/12/2016" (day first, as most of the world writes): the
    order a number over 12 shows; where both fit ("12/03/2024"), day first in a text that writes its other dates
    so (see :func:`_writes_day_first`), else month first unless that date is still to come at the reference date
    and the day-first one is past."""
    year = int(m["y"])
    year = year + (1900 if year > 30 else 2000) if year < 100 else year
    us, world = V.valid_date(year, int(m["a"]), int(m["b"])), V.valid_date(year, int(m["b"]), int(m["a"]))
    if us and world and us != world and _writes_day_first(text):
        return _day_value(world, False)
    if us and world and us != world and ref is not None and us > ref >= world:
        return _day_value(world, True)
    return _day_value(us or world, False) if us or world else None


@rule(rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<m>{_MONTH})\s+(?P<d>{_DAY_AFTER_MONTH})\b(?!,?\s+{_YEAR})(?!\s*(?:%|percent|-\s?\d|-[A-Za-z]))",
      triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)  # (a dash before a number or a word is a range's or a compound's;
# not a dateline's: "MANAGUA, Nicaragua, March 6 --")
def _md(m, text, ref):
    if ref is None or m["m"] == "May" and not re.match(r"\d", m["d"]):
        return None
    return _month_day_without_year(m, text, ref)


@rule(rf"\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{_DAY_BEFORE_MONTH})(?:\s+of)?\s+(?P<m>{_MONTH})\b(?!,?\s+{_YEAR})", triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)
def _dm(m, text, ref):
    return _month_day_without_year(m, text, ref) if ref is not None else None


_SAID_ON_A_DAY_AFTER = re.compile(rf"[^.;!?]*\b(?:{_REPORTING_VERBS}|says)\s+(?:on\s+)?(?:{_WEEKDAY}|yesterday|today)\b")


def _month_day_without_year(m: re.Match[str], text: str, ref: date) -> _Value | None:
    """A month-day written without a year (groups ``m``, ``d`` and the weekday ``wd``), in the year the tense
    and the reference choose; "the Sept. 11 attacks" are 2001's."""
    month, day = _month(m["m"]), _day(m["d"])
    if (month, day) == (9, 11) and ref > NINE_ELEVEN and (_NINE_ELEVEN_AFTER.match(text, m.end())
                                                          or _NINE_ELEVEN_BEFORE.search(text, max(0, m.start() - 40), m.start())):
        return _day_value(NINE_ELEVEN, False)
    tense = _tense_or_bound(text, m.start(), m.end())
    d = _resolve_month_day(month, day, ref, tense)
    weekday, span = m["wd"], None
    holiday = _HOLIDAY_WEEKDAY_BEFORE.search(text, max(0, m.start() - 8), m.start()) if weekday and d else None
    name = H.canonical(f"{holiday['h']} {weekday}") if holiday else None
    if name is not None and any(o.start == d for o in H.in_year(name, d.year)):  # type: ignore[union-attr]
        # "culminate on Easter Sunday, March 31": the weekday is the holiday's, where the holiday falls on the date beside it
        # (not "Feel Good Friday, June 4", "Sen. Dan Good Friday, March 8")
        weekday, span = None, (min(m.start("m"), m.start("d")), m.end())
    value = replace(_day_value(_on_its_weekday(d, weekday, ref), True), span=span) if d else None
    if value is None or tense >= 0 or _SAID_ON_A_DAY_AFTER.match(text, m.end()):
        return value  # (not "On 20 November inspectors found a leak, the regulator said on Monday": today's news)
    # told as past: perhaps the story's narrative (see _NarrativeDay), a past verb before it ("lifted off on July 16, 1969.
    # The module splashed down on July 24") or after it ("On 20 December Hillary reached Depot 700")
    return _NarrativeDay(month, day, value, ref, WEEKDAYS[weekday.lower()] if weekday else None,
                         _tense(text, m.start(), m.end(), after=False) < 0, span)


def _on_its_weekday(d: date, weekday: str | None, ref: date) -> date:
    """A month-day without a year, ``d`` as the tense chose its year, moved to the year next to it whose date
    falls on the weekday written with it ("Sunday, March 8" read in December 2016: 8 March 2015 was a Sunday,
    2016's a Tuesday), if that year is within a year of the reference."""
    if weekday is None or d.weekday() == WEEKDAYS[weekday.lower()]:
        return d
    for year in (d.year - 1, d.year + 1):
        other = V.valid_date(year, d.month, d.day)
        if other and other.weekday() == WEEKDAYS[weekday.lower()] and abs((other - ref).days) <= 366:
            return other
    return d


# "the week of March 6", "the weekend of 24 June": TimeML gives the week that holds the day, or that week's weekend
@rule(rf"\b[Tt]he\s+week(?P<we>end)?\s+of\s+(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY})\b(?:,?\s+(?P<y>{_YEAR})\b)?(?!\s*(?:%|percent|-))"
      rf"|(?:the\s+)?(?P<d1>{_DAY_BEFORE_MONTH})(?:\s+of)?\s+(?P<m1>{_MONTH})\b(?:,?\s+(?P<y1>{_YEAR})\b)?)",
      triggers=("week",), anchors=("week", "weekend"))
def _week_of(m, text, ref):
    (month, day), year = _month_day(m), m["y"] or m["y1"]
    if year:
        d = V.valid_date(int(year), month, day)
    else:
        d = _resolve_month_day(month, day, ref, _tense(text, m.start(), m.end())) if ref else None
    if d is None:
        return None
    return _weekend_v(_saturday_of_week(d), not year) if m["we"] else _week_v(d, not year)


def _year_of_month(m: re.Match[str], month: int, text: str, ref: date | None) -> int | None:
    """The year written after a month (group "y"), else the one its tense and the reference give it."""
    if m["y"]:
        return int(m["y"])
    return _resolve_month_year(month, ref, _tense(text, m.start(), m.end())) if ref is not None else None


# "the first week of January", "the last week of March 2016": seven days of the month (TimeML: the week holding them)
@rule(rf"\b[Tt]he\s+(?P<o>first|second|third|fourth|last)\s+week\s+of\s+(?P<m>{_MONTH_FULL})(?:,?\s+(?P<y>{_YEAR})\b)?",
      triggers=("week",), anchors=("week",))
def _nth_week_of_month(m, text, ref):
    month = _month(m["m"])
    year = _year_of_month(m, month, text, ref)
    if year is None:
        return None
    first = date(year, month, 1)
    last = V.month_interval(year, month)[1]
    start = last - timedelta(days=6) if m["o"] == "last" else first + timedelta(days=7 * (ORDINALS[m["o"]] - 1))
    return _Value(V.week_value(start + timedelta(days=3)), start, min(start + timedelta(days=6), last), "week", not m["y"])


# "the first weekend of June", "the last weekend of 2024": the weekend of that month's or year's first or last Saturday
@rule(rf"\b[Tt]he\s+(?P<o>first|second|third|fourth|last)\s+weekend\s+of\s+(?:(?P<m>{_MONTH_FULL})(?:,?\s+(?P<y>{_YEAR})\b)?"
      rf"|(?P<year>{_YEAR})\b)", triggers=("weekend",), anchors=("weekend",))
def _nth_weekend(m, text, ref):
    if m["year"]:
        year, first_month, last_month = int(m["year"]), 1, 12
    else:
        year = _year_of_month(m, _month(m["m"]), text, ref)
        first_month = last_month = _month(m["m"])
    if year is None:
        return None
    if m["o"] == "last":
        end = V.month_interval(year, last_month)[1]
        saturday = _saturday_on_or_before(end)
    else:
        saturday = _saturday_on_or_after(date(year, first_month, 1)) + timedelta(days=7 * (ORDINALS[m["o"]] - 1))
    return _weekend_v(saturday, not (m["y"] or m["year"]))


# "the town fell on the 12th": a day of the month the story is in (see _DayOfMonth); not "on the 12th floor"
_DAY_OF_MONTH_BEFORE = re.compile(r"\b(?i:on|by|until|since|from|before|after)\s+$")


# (a noun after it makes it an ordinal: "the 12th floor"; a conjunction or preposition does not: "on the 12th and")
@rule(r"\b[Tt]he\s+(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\b|century|(?!(?:and|or|but|when|while|as|after|before"
      r"|in|at|to|with|amid|until|during|despite|following)\b)[A-Za-z]))",
      triggers=tuple(f"the {n}" for n in range(1, 10)))
def _day_of_month(m, text, ref):
    if not _DAY_OF_MONTH_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    day = int(m["d"])
    fallback = None
    if ref is not None:
        tense = _tense(text, m.start(), m.end())
        year, month = ref.year, ref.month
        if tense <= 0 and day > ref.day:  # the last such day, or the next one when the future is spoken of
            year, month = V.add_months(year, month, -1)
        elif tense > 0 and day < ref.day:
            year, month = V.add_months(year, month, 1)
        d = V.valid_date(year, month, day)
        fallback = _day_value(d, True) if d else None
    return _DayOfMonth(day, fallback)


@rule(rf"\b(?P<mod>(?:early|late|mid)[\s-]+)?(?P<m>{_MONTH})(?:,?\s+|\s+of\s+)(?P<y>{_YEAR})\b", triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)
def _my(m, text, ref):
    return _month_v(int(m["y"]), _month(m["m"]), False)


_MONTH_YEAR_AFTER = re.compile(rf"(?:,?\s+(?:and|or|to|through|until|till)\s+| ?[-–—] ?)(?P<m>{_MONTH_FULL}|{_MONTH_ABBR})\s+(?:of\s+)?"
                               rf"(?P<y>{_YEAR})\b")  # ("in January and February of 1991")
_MONTH_BEFORE_AND = re.compile(rf"\b(?:{_MONTH_FULL}|{_MONTH_ABBR}),?\s+$")
_MONTH_BEFORE_DASH = re.compile(rf"\b(?:{_MONTH_FULL}|{_MONTH_ABBR}) ?$")
# a month that names the period a statistic measures: "will report January retail sales", "revised November's jobless
# rate" (no preposition before it, as _month_alone asks): the latest such month, up to the reference's (before _month_alone,
# whose "and November" with no month before "and" is no date, and would keep the span)
_STATISTICS = (r"(?:sales|figures|data|numbers|rate|payrolls|employment|unemployment|inflation|output|exports|imports"
               r"|orders|production|prices|index|survey|deficit|surplus|reading|starts|shipments|spending)")
# ... with at most two words of the statistic's own between ("January retail sales"), not a phrase's ("opens in September
# with a production")
_FUNCTION_WORD = r"(?:with|a|an|the|of|in|on|at|by|for|from|to|and|or|as|its|his|her|their|is|was|will|be)"


@rule(rf"\b(?P<x>(?P<m>{_MONTH_FULL}))(?:'s|’s)?(?=\s+(?:(?!{_FUNCTION_WORD}\b)[a-z]{{1,20}}[\s-]+){{0,2}}{_STATISTICS}\b)", triggers=_MONTH_TRIGGERS,
      anchors=_MONTH_ANCHORS)
def _month_statistics(m, text, ref):
    if ref is None:
        return None
    month = _month(m["m"])
    year = ref.year if month <= ref.month else ref.year - 1
    return _month_v(year, month, True)


# the month a futures contract is for: "crude for January delivery" (said in December: the coming January; a contract
# traded expires in its month or later; not "the May contract expired", "a March delivery to AirAsia")
@rule(rf"\bfor\s+(?P<x>(?P<m>{_MONTH_FULL}))(?=\s+(?:delivery|contracts?|futures)\b)", triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)
def _contract_month(m, text, ref):
    if ref is None:
        return None
    month = _month(m["m"])
    return _month_v(ref.year if month >= ref.month else ref.year + 1, month, True)


# the figures of a month, which are published after it: "inflation data for December", "retail sales in December are due"
_FIGURES_FOR_BEFORE = re.compile(r"\b(?:data|figures|numbers|statistics|readings?|sales|output|results|orders|exports|imports|production|"
                                 r"payrolls|spending)\s+(?P<p>for|in)\s+$", re.I)  # (not prices: "crude for December delivery")
_PUBLISHED_AFTER = re.compile(r"\s+(?:are|is|were|was|will\s+be)\s+(?:due|released|published|announced|out)\b", re.I)


# A month alone needs a preposition or modifier before it: "in March", not "the March on Washington" or "may";
# or an article before it and a noun after it: "a June agreement", "the January figures"; or an adjective of its
# weather or business ("after a mild December"); or a verb or a possessive after a month that is no one's name
# ("December was the wettest month", "November's jobs report"; not "June was born"). (Not "the government's December
# jobs report": a possessive before the month, tried at every word, cost the tagger a tenth of its time.)
@rule(rf"\b(?:(?P<joined>and|or)\s+(?=[A-Z])|(?P<dash>[–—-] ?)(?=[A-Z])|(?:in|since|until|till|by|from|through|throughout|during|before|after|of|to|for|between|into|around|as\s+(?:recently|early|late|far\s+back)\s+as)[\s-]+(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?|(?=(?:early|late|mid|end(?=-)|the\s+(?:beginning|start|end|middle)\s+of)[\s-]))"
      rf"(?P<x>(?:(?:early|late|mid)[\s-]+|end-|the\s+(?:beginning|start|end|middle)\s+of\s+)?(?:(?P<rel>last|next|this|that)\s+)?(?P<m>{_MONTH_FULL}|{_MONTH_ABBR}(?=\s)))(?![\s-]+\d)(?!\s+(?:of\s+)?{_YEAR})"
      rf"|\b(?P<x2>(?P<rel2>last|next|this)\s+(?P<m2>{_MONTH_FULL}))\b"
      rf"|\b(?:a|an|the|its|their)\s+(?P<x3>(?P<m3>{_MONTH_FULL}))(?=\s+(?!(?:on|of|to|for|in|at|from|by|with|and|or)\b)(?-i:[a-z]))"
      rf"|\b(?:a|an|the)\s+(?:(?:unusually|very|exceptionally)\s+)?(?:mild|cold|wet|dry|warm|hot|cool|snowy|rainy|stormy|chilly|frigid|"
      rf"freezing|balmy|sunny|busy|quiet|slow|bleak|dismal|record)\s+"
      rf"(?P<x4>(?P<m4>January|February|April|June|July|August|September|October|November|December))\b(?![\s-]+\d)"  # ("a slow March")
      rf"|\b(?P<x5>(?-i:(?P<m5>January|February|July|September|October|November|December)))"
      rf"(?=\s+(?:was|had\s+been|has\s+been|ended|saw|brought|proved|became)\b|['’]s\s+(?-i:[a-z]))",  # (not "September is always")
      re.I, triggers=_MONTH_TRIGGERS, anchors=("@month_i",))
def _month_alone(m, text, ref):
    name = m["m"] or m["m2"] or m["m3"] or m["m4"] or m["m5"]
    if name[0].islower() or name.lower().rstrip(".") == "may" and name != "May":
        return None
    if m["joined"] and not _MONTH_BEFORE_AND.search(text, max(0, m.start() - 16), m.start()) \
            or m["dash"] and not _MONTH_BEFORE_DASH.search(text, max(0, m.start() - 16), m.start()):
        return None  # "between January and March", "in May or June", "March–April": only after another month ("Jack and June" is no date)
    if ref is None:
        return None
    month = _month(name)
    rel = (m["rel"] or m["rel2"] or "").lower()
    if rel == "last":
        year = ref.year if month < ref.month else ref.year - 1
    elif rel == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif rel == "this":
        year = ref.year
    else:
        later = _MONTH_YEAR_AFTER.match(text, m.end())
        if later is not None:  # "in March and April 2015": the year written after the next month is this one's too
            year = int(later["y"]) - (month > _month(later["m"]))
            return _month_v(year, month, False)
        start = next(m.start(x) for x in _EXPRESSION_GROUPS if m[x] is not None)  # the preposition is a cue too ("since")
        tense = _tense_or_bound(text, start, m.end())
        figures = _FIGURES_FOR_BEFORE.search(text, max(0, start - 24), start)
        if figures is not None and (figures["p"].lower() == "for" or _PUBLISHED_AFTER.match(text, m.end())):
            tense = -1  # "inflation data for December will be announced on Friday", "retail sales in December are due next
            # week": the figures of a month gone by (not "spending in April will rise")
        if tense == 0 and month > ref.month and _LATER_THIS_YEAR.search(text, _sentence_bounds(text, start, m.end())[0], start):
            tense = 1  # "plans two more launches later this year, one in the autumn and one in December": this year's
        year = _resolve_month_year(month, ref, tense)  # ("his contract runs until December")
        if month > ref.month and year == ref.year and text[m.start():m.start() + 5].lower() == "since":
            year -= 1  # "besieged since May" read in March: a May gone by, however near
        return _NarrativeMonth(month, _month_v(year, month, True), tense, ref)
    return _month_v(year, month, True)


# a count after a number is no date: "2000 fighters", "1990-2000 people"
_COUNTED_AFTER = r" (?:percent|people|fighters|troops|soldiers|militants|civilians|members|km|miles|metres|meters|feet|tons|tonnes|points|dollars|pounds|euros)\b"


@rule(rf"(?<![\w$€£.,'-])(?P<y>{_YEAR})(?![\w%]|-\d|\.\d|,\d|{_COUNTED_AFTER})", anchors=("@year",))
def _year(m, text, ref):
    if is_model_year(text, m.start(), m.end()):
        return None  # a car's model year, not a date (see events.text.vehicles)
    if _NUMBERED_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None  # "Flight 1757", "Windows 2000", "Room 2014": a number that names a thing
    if _PHONE_REST.match(text, m.end()):
        return None  # "the helpline, 1800 555 0103": a toll-free number
    return _year_v(int(m["y"]), False)


_PHONE_REST = re.compile(r" \d{3} ?\d{3,4}\b")


# what a number after it names, not a year: "Flight 1757", "Windows 2000", "Route 1999", "Article 2001", "No. 2010"
_NUMBERED_BEFORE = re.compile(
    r"\b(?:[Ff]light|[Rr]oute|[Hh]ighway|[Ii]nterstate|Windows|Boeing|Airbus|Apollo|Room|Suite|[Bb]us|[Tt]rain|No\.|Nos\.|Article"
    r"|Section|Chapter|Resolution|Exit|Gate|Terminal|Platform|Pier|Unit|Apartment|Engine|Ladder|Squad|Local|Precinct|Channel"
    r"|Form|Rule|Bill|Proposition|Prop\.?|Measure|Lot|Block|Page|Version|Model|Batch|Item|Case|Tower|Building|Level|Floor)\s+$")


# Years before 1600, where a number could be anything else, only after a preposition of time, ending a clause ("was
# built in 1453.", "since 1066 and", "circa 1200,", "around 1140,"; not "in 1500 cases", "rose by 1200 points"), or with an era ("800
# AD", "AD 800", "1000 CE"). A year before Christ ("500 BC") is found, but the calendar here starts at year 1: no value.
_BEFORE_CHRIST = re.compile(r"\s*(?:BCE?|B\.C\.(?:E\.)?)(?!\w)")
_CLAUSE_ENDS_AFTER = r"(?=\s*[,.;:)]|\s+(?:and|or|when|after|before|under|during|until|by|as|the|a|an|he|she|it|they)\b)"


@rule(rf"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|till|[Cc]irca|c\.|the\s+year|[Aa]round|[Bb]efore|[Aa]fter)\s+(?P<x>(?P<y>1[0-5]\d\d)){_CLAUSE_ENDS_AFTER}",
      anchors=("@old_year",))
def _old_year(m, text, ref):
    return _year_v(int(m["y"]), False)


@rule(r"\b(?P<x>(?P<y>\d{1,4})\s*(?P<era>AD|A\.D\.|CE|C\.E\.|BCE?|B\.C\.(?:E\.)?))(?!\w)|\b(?P<x2>(?:AD|A\.D\.)\s*(?P<y2>\d{1,4}))\b",
      triggers=tuple(f"{d}{sep}{era}" for d in "0123456789" for sep in ("", " ") for era in ("ad", "ce", "bc", "a.d.", "c.e.", "b.c."))
      + tuple(f"{era}{sep}{d}" for d in "123456789" for sep in ("", " ") for era in ("ad", "a.d.")))
def _era_year(m, text, ref):
    if m["era"] and m["era"].startswith("B"):
        return None
    return _year_v(int(m["y"] or m["y2"]), False)


# A range of years: "2001-2006", "the 2014-15 season", "1990–91": one interval (ISO 8601 "2001/2006", as a range of
# days), not a year and a number; not a count ("1800-2000 fighters"), a code or a phone number ("555-2001-2006")
@rule(rf"(?<![\w$€£.,'/:-])(?P<y1>{_YEAR}) ?(?P<sep>[-–—/]) ?(?P<y2>{_YEAR}|\d\d)(?![\w%/:]|[-–.,]\d|{_COUNTED_AFTER})", anchors=("@year",))
def _year_range(m, text, ref):
    first = int(m["y1"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if len(m["y2"]) == 2 and last <= first and first % 100 == 99:
        last += 100  # "1999-00": 1999 to 2000 (but "2016-12" is no range: a year and its month)
    if not 0 < last - first <= 100 or m["sep"] == "/" and last - first != 1:
        return None  # (with a slash, only a budget or a season's two years: "2017/18", "2009/2010")
    return _Value(f"{first:04d}/{last:04d}", date(first, 1, 1), date(last, 12, 31), "year", False)


@rule(rf"\b(?P<mod>early|late|mid)[\s-](?P<y>{_YEAR})\b", re.I, anchors=("@year",))
@rule(rf"\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+|fiscal\s+)(?P<y>{_YEAR})\b", re.I, triggers=(" of 1", " of 2", "fiscal"), anchors=("@year",))
def _mod_year(m, text, ref):
    return _year_v(int(m["y"]), False)


# "the 1980s", "the mid-1600s"; before 1600 only after "the" or a part of it ("the 1570s", "early 1100s"), where a
# number could be a count ("1500s and 1000s of them"); "the 1800s" and "the late 1100s" are centuries (the 2000s a decade)
@rule(r"\b(?P<the>(?:the\s+)?(?:(?P<part>early|late|mid)[\s-])?)(?P<c>1\d|20)(?P<d>\d)0'?s\b", triggers=("0s", "0's"), anchors=("@0s",))
def _decade(m, text, ref):
    if int(m["c"]) < 16 and not m["the"]:
        return None
    if m["d"] == "0" and m["c"] != "20":
        c = int(m["c"])
        s, e = V.century_interval(c)
        if m["part"]:
            first, last = _PART_OF_CENTURY[m["part"].lower()]
            s, e = date(c * 100 + first, 1, 1), date(c * 100 + last, 12, 31)
        return _Value(f"{c:02d}", s, e, "century", False)
    return _decade_v(int(m["c"] + m["d"]), False)


@rule(r"(?:\b(?:the\s+(?:(?:early|mid|late)[\s-]+)?)?'?|(?<![\w'])')(?P<d>[2-9])0'?s\b(?!\s*(?:percent|%))|\bthe\s+(?:(?:early|mid|late)[\s-]+)?(?P<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", triggers=("0s", "0's", "ties"), anchors=("@0s", "@decade"))
def _short_decade(m, text, ref):
    digit = int(m["d"]) if m["d"] else DECADE_WORDS[m["w"].lower()]
    if m["d"] and not (m.group(0).startswith("the") or "'" in m.group(0)):
        return None
    if m["d"] and "'" not in m.group(0) and _WEATHER.search(_sentence_of(text, m.start(), m.end())):
        return None  # "highs in the 70s", "lows in the 20s": temperatures
    return _decade_v(190 + digit, False)


_WEATHER = re.compile(r"\b(?:temperatures?|temps|highs?|lows?|degrees|fahrenheit|celsius|mercury|thermometers?|heat\s+index"
                      r"|wind\s+chill|forecasts?|weather)\b", re.I)


_CENTURY_WORDS = {w: n for n, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), 1)} | {"twenty-first": 21}
_PART_OF_CENTURY = {"early": (0, 32), "mid": (33, 65), "late": (66, 99)}  # years into the century (TimeML: a mod)


@rule(r"\b(?:the\s+)?(?:(?P<part>early|mid|late)[\s-]+)?(?P<n>\d{1,2})(?:st|nd|rd|th)[\s-]century\b"
      r"|\bthe\s+(?:(?P<part2>early|mid|late)[\s-]+)?(?P<w>(?:twenty-)?first|second|third|fourth|fifth|sixth|seventh|eighth|"
      r"ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
      r"twentieth)\s+century\b", re.I, triggers=("century",), anchors=("century",))
def _century(m, text, ref):
    """ "the 19th century" is TimeML's "18"; "the late 19th century" too, over its last third (1866-1899); "an 11th
    century temple", "a 19th-century church"; "the nineteenth century" (in words, with its article)."""
    if m.group(0).endswith("Century") and re.match(r"\s+[A-Z]", text[m.end():m.end() + 2]):
        return None  # "21st Century Fox", "the Twentieth Century Fund": a name
    if _BEFORE_CHRIST.match(text, m.end()):
        return None  # "the 11th century BC": found, but before the calendar's first year (no value)
    c = (int(m["n"]) if m["n"] else _CENTURY_WORDS[m["w"].lower()]) - 1
    s, e = V.century_interval(c)
    part = m["part"] or m["part2"]
    if part:
        first, last = _PART_OF_CENTURY[part.lower()]
        s, e = date(max(1, c * 100 + first), 1, 1), date(c * 100 + last, 12, 31)
    return _Value(f"{c:02d}", s, e, "century", False)


# ---- quarters, halves, seasons ---------------------------------------------------------------------

@rule(rf"\b(?:the\s+(?=(?:fiscal[\s-]+)?{_ORD}\s+quarter))?(?:fiscal[\s-]+)?(?P<o>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter(?!ly\b)(?:\s+of\s+(?:(?:fiscal|calendar)\s+)?(?P<y>{_YEAR}))?", re.I, triggers=("quarter",), anchors=("^quarter",))
def _quarter(m, text, ref):
    q = ORDINALS[m["o"].lower()]
    year = int(m["y"]) if m["y"] else (ref.year if ref else None)
    if year is None:
        return None
    if not m["y"] and ref is not None:
        year = _quarter_year(q, ref, text, m.start(), m.end())
    s, e = V.quarter_interval(year, q)
    return _Value(f"{year:04d}-Q{q}", s, e, "quarter", not m["y"])


# "For the holiday quarter, Orchard forecast revenue of ...": US retail's and technology's name for the fourth quarter
# (not "the holiday quarter-final", nor a town's "holiday quarter of the old town"; "the holiday quarter of 2023")
@rule(rf"\b(?i:the\s+holiday(?:[\s-]+shopping)?\s+quarter)\b(?!-)(?:\s+of\s+(?P<y>{_YEAR})\b)?(?!\s+of\s+(?:the\b|[A-Z]))",
      triggers=("holiday",), anchors=("holiday",))
def _holiday_quarter(m, text, ref):
    if m["y"]:
        return _quarter_v(int(m["y"]), 4, anchored=False)
    if ref is None:
        return None
    return _quarter_v(_quarter_year(4, ref, text, m.start(), m.end()), 4)


@rule(rf"\b(?:the\s+)?(?P<o>first|second|last|latter|front|back)\s+half(?:\s+of\s+(?P<y>{_YEAR}))?|\b(?P<o2>first|last)\s+two\s+quarters\s+of\s+(?P<y2>{_YEAR})", re.I, triggers=("half", "two quarters"), anchors=("^half", "quarters"))
def _half(m, text, ref):
    h = 1 if (m["o"] or m["o2"]).lower() in ("first", "front") else 2  # (finance's "the back half of the year")
    y = m["y"] or m["y2"]
    year = int(y) if y else (ref.year if ref else None)
    if year is None:
        return None
    of_year = None if y else _OF_THE_YEAR.match(text, m.end())
    if of_year is not None:  # "the second half of the year", "the first half of next year": one expression
        year += {"next": 1, "last": -1}.get(of_year["which"].lower(), 0)
        return replace(_half_v(year, h, True), span=(m.start(), of_year.end()))
    if not y and (not _FINANCE.search(_sentence_of(text, m.start(), m.end())) or _OF_AFTER.match(text, m.end())):
        return None  # (a match's "second half", a film's, "the last half of the '80s": no half of this year)
    if not y and ref is not None and h > (ref.month - 1) // 6 + 1 and _tense(text, m.start(), m.end()) < 0:
        year -= 1  # "sales in the second half rose" in February: last year's
    return _half_v(year, h, not y)


_OF_AFTER = re.compile(r"\s+of\b")
_OF_THE_YEAR = re.compile(r"\s+of\s+(?P<which>the|this|next|last)\s+year\b", re.I)
# a sentence about a year's accounts or its economy, where "the second half" or a bare "Q3" is a part of a year
_FINANCE = re.compile(r"\b(?:year|profits?|sales|revenues?|earnings|growth|econom\w*|GDP|margins?|inflation|output|turnover"
                      r"|results|dividend|guidance|forecasts?|outlook)\b", re.I)
_ACCOUNTS = re.compile(r"\b(?:books|figures|data|estimates?|accounts|statistics|results|profits?|earnings|revenues?|sales|"
                       r"loss|losses|growth|GNP|GDP)\b", re.I)  # ("expects to report a loss for the fourth quarter")
# (a period's figures; not "year", "outlook" or "forecast", as _FINANCE: "This year, the phone will be sold in the fourth quarter")


# "Q3 operating profit rose": a quarter as financial news writes it, without its year, in a sentence of accounts
@rule(r"(?<![\w-])Q(?P<n>[1-4])\b(?![\s-]*\d)", triggers=("q1", "q2", "q3", "q4"), anchors=("q1", "q2", "q3", "q4"))
def _bare_quarter(m, text, ref):
    lead = text[_sentence_bounds(text, m.start(), m.end())[0]:m.start()]  # the sentence before it
    before = re.search(r"(\w+)\W*$", lead)
    named = before is not None and before[1][:1].isupper() and lead.strip(" \n\"'(") != before[1]  # (not its first word)
    if ref is None or named or not _FINANCE.search(_sentence_of(text, m.start(), m.end())):
        return None  # "the Audi Q3": a name
    q = int(m["n"])
    return _quarter_v(_quarter_year(q, ref, text, m.start(), m.end()), q)


# a forecast made, the verb with its subject's word before it ("the firm forecast revenue"; not the noun, "missed its
# forecast", "below forecast", nor a past forecast set against the result, "had forecast", nor "projected as MVP")
_FORECAST_VERB = re.compile(r"\b(?P<before>[\w'’]+)\s+(?:forecasts?|forecasted|predict(?:s|ed)|project(?:s|ed)|guided)\b"
                            r"(?!\s+(?:as|to)\b)", re.I)
_NOT_A_FORECASTER = frozenset(("had", "the", "a", "its", "their", "his", "her", "our", "than", "below", "above", "beat",
                               "beats", "missed", "misses", "of", "and", "with"))
# ... in a sentence that dates what it compares in the past ("Last year", "a year ago", an annual or revised figure)
_PAST_COMPARISON = re.compile(r"\b(?:last\s+year|a\s+year\s+(?:ago|earlier)|annual|revis\w*|year-end)\b", re.I)


def _forecast_ahead(sentence: str) -> bool:
    """Whether ``sentence`` forecasts what is still to come (see _FORECAST_VERB)."""
    return any(f["before"].lower() not in _NOT_A_FORECASTER and not f["before"].endswith(("'", "’"))
               for f in _FORECAST_VERB.finditer(sentence)) and not _PAST_COMPARISON.search(sentence)


# a quarter a plan is set in: "expand in the first quarter" (not "faster than in the first quarter", "since the first quarter")
_QUARTER_TO_COME_BEFORE = re.compile(r"(?<!than\s)\b(?:in|by|during)\s+$", re.I)


def _quarter_year(q: int, ref: date, text: str, start: int, end: int) -> int:
    """The year of quarter ``q`` named without one: the reference's, or last year's for a quarter still to come unless
    the sentence speaks of the future ("would cost ... in the second quarter"). The fourth quarter in the first is last
    year's in a sentence of its figures, whatever the tense: the one just ended, whose figures are still to come ("revised
    figures are expected to show growth in the fourth quarter", "companies will close their books for the fourth
    quarter"; but "the phone will be sold in Europe in the fourth quarter"). A quarter two or more before the reference's in
    a sentence of the future is next year's ("plans to expand in the first quarter", said in November)."""
    if q == 4 and ref.month <= 3 and _ACCOUNTS.search(_sentence_of(text, start, end)):
        return ref.year - 1
    now = (ref.month - 1) // 3 + 1
    if q > now and not _future(text, start, end) and _tense(text, start, end) <= 0 \
            and not (q == now + 1 and _forecast_ahead(_sentence_of(text, start, end))):
        return ref.year - 1  # (but a forecast for the next quarter is for the one to come: "For the fourth quarter, the
        # firm forecast revenue of $7.6 billion", said in September)
    if now - q >= 2 and _QUARTER_TO_COME_BEFORE.search(text, max(0, start - 20), start) and not text.startswith(("'s", "’s"), end) \
            and (_future(text, start, end) or _tense(text, start, end) > 0) and not _ACCOUNTS.search(_sentence_of(text, start, end)):
        return ref.year + 1  # "plans to expand in the first quarter", said in November: next year's (not a quarter whose
        # figures are still to come: "results for the first quarter will be released")
    return ref.year


# "For the full year, profit reached $151 million", "raised its full-year margin target": the year of the accounts,
# the publication year's, or last year's where spoken of as past early in the year (results come out after it ends)
@rule(r"\b(?:the\s+full\s+year|full-year)\b(?![\s-]+(?:of\s+)?\d)", re.I, triggers=("full year", "full-year"), anchors=("full",))
def _full_year(m, text, ref):
    sentence = _sentence_of(text, m.start(), m.end())
    if ref is None or not _FINANCE.search(sentence.replace(m.group(0), "")):
        return None  # ("worked a full year on the farm" is a duration; "the full year" needs a sentence of accounts)
    year = ref.year - 1 if ref.month <= 3 and _tense(text, m.start(), m.end()) < 0 else ref.year
    return _year_v(year, True)


# "more shop closures in the new year" (read in December): the coming year; in January or February, this one
@rule(r"\b[Tt]he\s+new\s+year\b(?!['’])", triggers=("the new year",), anchors=("new",))
def _the_new_year(m, text, ref):
    if ref is None or 3 <= ref.month <= 9:
        return None  # (in midsummer "the new year" is a school's or a firm's, no calendar's)
    return _year_v(ref.year + 1 if ref.month >= 10 else ref.year, True)


# "Q3 2016", "2016 Q3", "H1 2016": a quarter or a half as financial news writes it, with its year ("H1N1" is a virus)
@rule(rf"\b(?:(?P<k>[QH])(?P<n>[1-4])\s+(?P<y>{_YEAR})|(?P<y2>{_YEAR})\s+(?P<k2>[QH])(?P<n2>[1-4]))\b",
      triggers=("q1", "q2", "q3", "q4", "h1", "h2"), anchors=("q1", "q2", "q3", "q4", "h1", "h2"))
def _short_quarter(m, text, ref):
    kind, n, year = m["k"] or m["k2"], int(m["n"] or m["n2"]), int(m["y"] or m["y2"])
    if kind == "H":
        if n > 2:
            return None
        return _half_v(year, n, False)
    return _quarter_v(year, n, False)


# "the summer", "in winter": a season named without a year is read by the sentence's tense, unless a noun
# follows it ("the winter storm", "summer camp") or, for "the fall", no preposition comes before ("the fall of Aleppo")
# ... and these, after a season but not after "the fall", a collapse ("the fall from power", "the fall amid fears")
_SEASON_ONLY_AFTER = "amid|despite|unless|than|following|into"
_FALL_NOUN_AFTER = re.compile(rf"[\s-]+(?:{_SEASON_ONLY_AFTER})\b")
_SEASON_NOUN_AFTER = re.compile(
    r"[\s-]+(?!(?:and|or|when|as|before|after|to|in|on|at|with|for|is|was|were|will|would|that|because|but|while|until|through"
    r"|ended|began|the|a|an|it|he|she|they|we|there|this|these|those|its|his|her|their|our|many|most|some"
    rf"|{_SEASON_ONLY_AFTER})\b)[a-z]")
# ... nor these, which follow a season ("would return over the summer if", "a poll taken over the summer found")
_SEASON_CLAUSE_AFTER = re.compile(
    r"[\s-]+(?:if|so|since|from|at|across|over|under|during|around|within|whether|where|which|who|has|had|have|could|should"
    r"|may|might|can|did|does|not|also|already|still|without|found|saw|showed|brought|left|came|went)\b")
# ... but a spring of water and a fall (a drop, a tumble) take them too ("the spring which feeds the village", "the water
# in the spring has turned brown", "the cause of the fall has", "injuries sustained in the fall left"): those are the
# season only after a preposition of a span ("until the spring, when"), or with a conjunction after a preposition of
# time ("to open in the fall without state aid", "in the spring if")
_SEASON_CONJUNCTION_AFTER = re.compile(r"[\s-]+(?:if|whether|so|without)\b")
_TIME_PREPOSITIONS = "in|during|over|since|until|till|through|by|before|after"
_SEASON_PREPOSITION = re.compile(rf"\b(?:{_TIME_PREPOSITIONS}|for|from|of)\s+$", re.I)
_TIME_PREPOSITION = re.compile(rf"\b(?P<p>{_TIME_PREPOSITIONS})\s+$", re.I)
_SPAN_PREPOSITIONS = frozenset(("during", "until", "till", "through"))


def _noun_after_season(m: re.Match[str], text: str) -> bool:
    """Whether a noun follows the season of ``m`` ("the winter storm", "summer camp"): then it names no time."""
    if not _SEASON_NOUN_AFTER.match(text, m.end()):
        return False
    if not _SEASON_CLAUSE_AFTER.match(text, m.end()):
        return True
    if m["s"].lower() not in ("spring", "fall"):
        return False
    before = m["prep"] or ((p := _TIME_PREPOSITION.search(text, max(0, m.start() - 8), m.start())) and p["p"])
    return not (before and (before.lower() in _SPAN_PREPOSITIONS or _SEASON_CONJUNCTION_AFTER.match(text, m.end())))


def _south(text: str) -> bool:
    """Whether the article's own country (see _Text) has the southern hemisphere's seasons."""
    return getattr(text, "country", None) in V.SOUTHERN_HEMISPHERE


def _season_this_year(season: str, ref: date, south: bool) -> int:
    """The year of "this winter": the reference's, or the year before while a season begun then runs into it."""
    return ref.year - 1 if ref <= V.season_interval(ref.year - 1, season, south)[1] else ref.year


def _season_by_tense(season: str, ref: date, tense: int, south: bool = False) -> int:
    """The year of the season a sentence names without one: the last begun when it speaks of the past, the
    current or next when of the future, else this one (_season_this_year)."""
    begun = max(y for y in range(ref.year - 2, ref.year + 2) if V.season_interval(y, season, south)[0] <= ref)
    if tense < 0:
        return begun
    if tense > 0:
        return begun if V.season_interval(begun, season, south)[1] >= ref else begun + 1
    return _season_this_year(season, ref, south)


@rule(rf"\b(?:(?P<rel>this\s+past|this\s+coming|this|last|next|that|the)\s+|(?P<prep>in|during|over|since|until|till|through|by|before|after)\s+)?(?P<sx>(?:(?:early|late|mid)[\s-]+)?(?P<s>spring|summer|fall|autumn|winter))(?:\s+(?:of\s+)?(?P<y>{_YEAR})(?:[-–/](?P<y2>\d{{2}}|\d{{4}})\b)?)?\b", re.I, triggers=("spring", "summer", "fall", "autumn", "winter"), anchors=("spring", "summer", "fall", "autumn", "winter"))
def _season(m, text, ref):
    season, south = SEASONS[m["s"].lower()], _south(text)
    rel = _relation(m["rel"])
    if m["y"]:
        # "the winter of 2022-23" is the winter that begins in 2022 (and "the summer of 2012-13" a southern summer); a
        # second year is its only when it is the next one
        end = m.end() if m["y2"] and season in ("WI", "SU") and int(m["y2"]) % 100 == (int(m["y"]) + 1) % 100 else m.end("y")
        start = m.start("sx") if m["prep"] else m.start()
        return replace(_season_value(int(m["y"]), season, False, south), span=(start, end))
    elif (rel == "the" or m["prep"]) and ref is not None:
        if _noun_after_season(m, text) or m["s"][:1].isupper():
            return None  # "the winter storm", "in summer camp"; a capitalised season is part of a name ("the Prague Spring")
        if m["s"].lower() == "fall" and (not m["prep"] and not _SEASON_PREPOSITION.search(text, max(0, m.start() - 10), m.start())
                                         or m["prep"] and m["prep"].lower() in ("before", "after", "till")
                                         and not re.match(r"\s*(?:[,.;:)]|$)", text[m.end():m.end() + 2])):
            return None  # ("prices rose after fall in demand": the noun; "before fall." is the season)
        if m["s"].lower() == "fall" and _FALL_NOUN_AFTER.match(text, m.end()):
            return None  # "since the fall from power of Omar al-Bashir", "after the fall amid fears of a recession"
        start = m.start("sx") if m["prep"] else m.start()
        value = _season_value(_season_by_tense(season, ref, _tense(text, start, m.end()), south), season, True, south)
        return replace(value, span=(start, m.end()))
    elif m["s"][:1].isupper() and re.match(r"\s+[A-Z]", text[m.end():m.end() + 2]):
        return None  # "the last Winter Games", "next Summer Olympics": a name
    elif rel == "that":  # "On Jan. 9, 2002, ... That spring": the season of the year the story last named, as "that year"
        if m["s"].lower() in ("fall", "spring") and _VERB_PARTICLE_AFTER.match(text, m.end()):
            return None  # "the facilities that fall under the contract", "fears that spring from it": a verb
        return _ThatYear(_story_year(text, m.start()), ref, season=season, south=south)
    elif rel in ("this", "last", "next") and ref is not None:
        starts = sorted((V.season_interval(y, season, south)[0], y) for y in (ref.year - 2, ref.year - 1, ref.year, ref.year + 1))
        current = max(y for start, y in starts if start <= ref)  # the latest season of this name begun by the reference
        current_interval = V.season_interval(current, season, south)
        if rel == "this":
            # the season of the reference's year, whether past or to come ("this summer" in March or November);
            # a winter runs into the next year, so in January "this winter" began the December before
            year = _season_this_year(season, ref, south)
        elif rel == "last":
            year = current - 1 if current_interval[1] >= ref else current
        else:
            year = current + 1
    else:
        return None
    return _season_value(year, season, not m["y"], south)


_VERB_PARTICLE_AFTER = re.compile(r"\s+(?:from|up|to|into|under|over|on|off|in|out|back|short|below|behind|apart|through|upon|by|within|"
                                  r"outside|between|down|forward|across|victim|prey|foul|silent|ill|flat|asleep)\b", re.I)


# "hotels expect a busy spring", "after a wet summer": a season with an adjective after "a" is this year's, read by
# the sentence's tense as "the summer" is (not "a spring in his step", "a summer job": no adjective, or a noun after)
@rule(r"\ban?\s+(?P<adj>[a-z]{1,40})\s+(?P<s>spring|summer|autumn|winter)\b", triggers=("spring", "summer", "autumn", "winter"),
      anchors=("spring", "summer", "autumn", "winter"))
def _a_season(m, text, ref):
    if ref is None or m["adj"] not in _SEASON_ADJECTIVES or _SEASON_NOUN_AFTER.match(text, m.end()):
        return None
    season, south = SEASONS[m["s"]], _south(text)
    value = _season_value(_season_by_tense(season, ref, _tense(text, m.start(), m.end()), south), season, True, south)
    return replace(value, span=(m.start("adj"), m.end()))


_SEASON_ADJECTIVES = frozenset("busy quiet wet dry hot cold warm cool mild harsh long short early late record difficult "
                               "tough bumper".split())


def _season_value(year: int, season: str, anchored: bool, south: bool = False) -> _Value:
    s, e = V.season_interval(year, season, south)
    return _Value(f"{year:04d}-{season}", s, e, "season", anchored)


# "9/11", "the Sept. 11 attacks", "the 11 September attacks": the day of 2001 news names so, not this year's 11 September
@rule(r"(?<![\w/])9/11(?![\w/])", triggers=("9/11",), anchors=("9/11",))
def _nine_eleven(m, text, ref):
    return _day_value(NINE_ELEVEN, False)


NINE_ELEVEN = date(2001, 9, 11)
_NINE_ELEVEN_AFTER = re.compile(r",?\s+(?:attacks?|terror|terrorist|hijack\w*|commission|memorial|victims|plot|plotters)\b")
# "the terrorist attacks of September 11" (after 2001)
_NINE_ELEVEN_BEFORE = re.compile(r"\battacks\s+of\s+$", re.I)  # (not "the attack on September 11 killed the ambassador")


# ---- relative to the reference date ------------------------------------------------------------------

@rule(rf"\b(?:(?:earlier|later|early|late)\s+(?=yesterday)|(?:the\s+)?day\s+(?P<side>before|after)\s+(?=yesterday|tomorrow))?"
      rf"(?P<w>today|yesterday|tomorrow)\b{_DAY_PART_AFTER}", re.I,
      triggers=("today", "yesterday", "tomorrow"), anchors=("today", "yesterday", "tomorrow"))
def _deictic_day(m, text, ref):  # ("tomorrow night", "yesterday morning": the day, its part in the span, as a weekday's)
    if ref is None:
        return None
    delta = {"today": 0, "yesterday": -1, "tomorrow": 1}[m["w"].lower()]
    if m["side"]:  # "the day before yesterday", and without its article as South Asian and African English writes it
        delta += -1 if m["side"].lower() == "before" else 1
    return _day_value(ref + timedelta(days=delta), True)


# "last night", "tonight", "this morning": a part of the reference day (or of the day before); TimeML calls them
# TIMEs (1998-03-04TNI), a map places them on their day
# (not "the last night of the festival", "on his last night": a final night)
@rule(r"\b(?:(?P<last>last)\s+night|this\s+(?:morning|afternoon|evening)|tonight)\b(?!\s+of\b)", re.I,
      triggers=("night", "morning", "afternoon", "evening"), anchors=("night", "tonight", "morning", "afternoon", "evening"))
def _part_of_today(m, text, ref):
    if ref is None or m["last"] and _FINAL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None
    return _day_value(ref - timedelta(days=1 if m["last"] else 0), True)


_FINAL_BEFORE = re.compile(r"\b(?:the|his|her|its|our|their|my|your|a|one|every|each)\s+$", re.I)


# "Drones struck Odesa overnight", "overnight shelling of Kharkiv": the night before the reference day (the night
# after it in the future tense), from the evening of one day to the morning of the next; TimeML's 1998-03-04TNI.
# Not "overnight" as "suddenly" ("did not happen overnight", "almost overnight", "an overnight success"), nor before
# a noun that is no event of a night ("overnight rates", "an overnight stay"), nor before a weekday, which dates it
# ("overnight into Sunday": the weekday rule's).
@rule(r"\bovernight\b(?=\s*(?:[,.;:!?)\"'”—–]|$|(?:on|in|at|into|to|from|with|near|as|and|but|after|before|when|while|amid"
      r"|across|along|around|against|outside|inside|by|for|[a-z]{1,40}ing)\b|(?:air\s*)?(?:attacks?|strikes?|raids?|shelling"
      r"|bombardments?|bombings?|barrages?|assaults?|fighting|clashes|explosions?|blasts?|drones?|missiles?|rockets?"
      r"|fires?|storms?|rain|curfew)\b))(?!\s+(?:on|into|to)\s+" + _WEEKDAY + r"|\s+" + _WEEKDAY + ")",
      re.I, triggers=("overnight",), anchors=("overnight",))
def _overnight(m, text, ref):
    if ref is None or _SUDDENLY.search(text, max(0, m.start() - 50), m.start()):
        return None
    evening = ref if _tense(text, m.start(), m.end()) > 0 else ref - timedelta(days=1)
    return _Value(f"{evening.isoformat()}TNI", evening, evening + timedelta(days=1), "day", True)


# "overnight" as "suddenly": after "almost", "virtually", an article ("an overnight success"), or after a verb of
# change a few words before it ("did not happen overnight", "became a star overnight", "won't be solved overnight")
_SUDDENLY = re.compile(r"\b(?:almost|virtually|practically|nearly|literally|seemingly|all\s+but|an?)\s+$"
                       r"|\b(?:happen|chang|disappear|vanish|transform|becom|became|emerg|evolv|solv|fix|buil|overturn"
                       r"|revers|go\s+away|went\s+away)\w*(?:\s+[\w'-]+){0,3}\s+$", re.I)


_PART_OF_DAY = r"(?:day|morning|afternoon|evening|night)"
_PARTS_OF_DAY = ("day", "morning", "afternoon", "evening", "night")
# TimeML's parts of a day, written after the day's value: "Tuesday night" is 1995-06-27TNI, "this morning" 2003-02-05TMO
_PART_SUFFIX = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI", "tonight": "TNI"}
_PART_OF_DAY_END = re.compile(r"\b(?:morning|afternoon|evening|night|tonight)$", re.I)


def _with_part_of_day(text: str, start: int, end: int, v: _Value) -> _Value:
    """``v``, a day, with the part of it that ends its expression ("Tuesday night", "tomorrow morning", "tonight", "the
    next morning"), as TimeML writes it; a map still places it on its day."""
    part = _PART_OF_DAY_END.search(text, max(start, end - 9), end)
    return v if part is None else replace(v, value=v.value + _PART_SUFFIX[part.group(0).lower()])


# "the following spring", "the following June": after the story's last date (see _FollowingPeriod)
@rule(rf"\b[Tt]he\s+following\s+(?:(?P<s>spring|summer|autumn|fall|winter)|(?P<m>{_MONTH_FULL}))\b", triggers=("following",),
      anchors=("following",))
def _following_period(m, text, ref):
    if ref is None:
        return None
    return _FollowingPeriod(SEASONS[m["s"]] if m["s"] else None, None if m["s"] else _month(m["m"]), ref, _south(text))


# "that day", "later that night", "the same morning": the day the story last named
@rule(rf"\b(?:(?:earlier|later)\s+)?(?:that|the\s+same|that\s+same)\s+(?P<u>{_PART_OF_DAY})\b", re.I,
      triggers=_PARTS_OF_DAY, anchors=_PARTS_OF_DAY)
# "the next day", "the following morning", "the previous night", "the night before" (not "the day before the vote")
@rule(rf"\bthe\s+(?P<rel>next|following|previous|preceding)\s+(?P<u>{_PART_OF_DAY})\b"
      rf"|\bthe\s+(?P<u2>day|night|morning|evening)\s+(?P<rel2>before|after)\b(?=\s*(?:[,.;:!?)]|$))", re.I,
      triggers=_PARTS_OF_DAY, anchors=_PARTS_OF_DAY)
# "the following week", "the following month", "the following year" ("the next year", "the previous year": above)
@rule(r"\bthe\s+(?P<rel3>following)\s+(?P<u3>week|month|year)\b", re.I, triggers=("following",), anchors=("following",))
# "rising 19 percent the year before", "the week after" (not "the year before the war")
@rule(r"\bthe\s+(?P<u3>week|month|year)\s+(?P<rel4>before|after)\b(?=\s*(?:[,.;:!?)]|$))", re.I,
      triggers=("before", "after"), anchors=("before", "after"))
# "hours later", "minutes earlier": the same day as the last one named
@rule(r"\b(?:(?:a\s+few|several|a\s+couple\s+of|\d{1,2}|two|three|four|five|six)\s+)?(?:hours?|minutes?|moments?)\s+(?:later|earlier|afterwards?)\b"
      r"(?!\s+than\b)",  # (not a comparison: "began half an hour earlier than usual")
      re.I, triggers=("later", "earlier", "afterward"), anchors=("later", "earlier", "afterward", "afterwards"))
def _anaphoric_day(m, text, ref):
    groups = m.groupdict()
    rel = (groups.get("rel") or groups.get("rel2") or groups.get("rel3") or groups.get("rel4") or "").lower()
    unit = groups.get("u3")
    offset = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(rel, 0)
    if not unit and offset == 0 and ref is not None and _tense(text, m.start(), m.end()) < 0:
        # "that night" told as past is no night of the writer's today or tomorrow ("His letters are published tomorrow, as
        # the parade passes the GPO today. That night he carried dispatches": the night of the story's 1916 day)
        return _Anaphor("day", 0, not_after=ref, main_line=_THAT_DEMONSTRATIVE.search(m.group(0)) is not None)
    return _Anaphor(unit.lower() if unit else "day", offset, main_line=not unit and _THAT_DEMONSTRATIVE.search(m.group(0)) is not None)


# "that night", not "that same day" nor "the same day": the day just told of, a step back too
_THAT_DEMONSTRATIVE = re.compile(r"\bthat\s+(?!same\b)", re.I)


# Holidays and festivals (see holidays.py for their calendars): "Thanksgiving", "Easter Monday", "Ramadan",
# "Eid al-Adha", "Yom Kippur", "Nowruz"; a year written after one is its year ("Christmas 2015").
# _HOLIDAY_WORDS: what every match contains, as whole words (see "windowed scanning"): "Good Friday", not every Friday
_HOLIDAY_WORDS = ("thanksgiving", "christmas", "year's", "easter", "good friday", "holy saturday", "maundy thursday", "holy thursday",
                  "palm sunday", "ash wednesday", "holy week", "ramadan", "ramazan", "ramzan", "eid", "ashura",
                  "islamic new year", "hijri new year", "mawlid", "passover", "pesach", "shavuot", "rosh hashana",
                  "rosh hashanah", "yom kippur", "sukkot", "sukkoth", "succot", "hanukah", "hanukkah", "chanukah", "purim",
                  "nowruz", "norouz", "nowrouz", "norooz", "navruz", "newroz", "nauryz", "lunar new year",
                  "chinese new year", "tet", "tết", "seollal", "black friday", "cyber monday", "halloween", "valentine's", "valentines",
                  "fourth of july", "bastille day", "boxing day", "patrick's day", "may day", "women's day", "veterans",
                  "veteran's", "armistice day", "remembrance", "guy fawkes", "bonfire night", "juneteenth", "george's day",
                  "andrew's day", "david's day", "canada day", "australia day", "anzac day", "waitangi day", "presidents",
                  "president's", "martin luther king", "mlk day", "columbus day", "mothering sunday", "hallowe'en", "labor day",
                  "groundhog day", "april fools", "april fool's", "victory day", "ve day", "v-e day", "torah", "arbaeen",
                  "arbain", "arbaein", "arba'een", "arba'in", "thingyan", "stephen's day", "saints", "souls", "epiphany",
                  "kings", "rizal day", "workers", "lantern festival", "ascension day", "pentecost", "whit", "idul", "lebaran",
                  "hari raya", "bayram", "arafat", "arafah", "eidul", "new year", "prophet's birthday",
                  "prophet’s birthday", "milad", "youm", "chehlum", "shrove", "pancake day", "hogmanay", "burns night")
# (nor a shorter name inside the longer one the event is called by: "the Easter Sunday attacks" is no "Easter")
_NOT_THE_DAY = r"(?!(?:\s+(?:Sunday|Monday|Day|Eve|[Ww]eek))?\s+(?:[Ww]ar|Island|Rising|Offensive|Agreement|Accords?|[Mm]assacre|[Bb]ombings?|[Aa]ttacks?))"


@rule(r"\b(?:(?P<eve>[Tt]he\s+eve\s+of\s+)|[Tt]he\s+(?P<which>first|last)\s+day\s+of\s+|(?P<rel>[Ll]ast|[Nn]ext|[Tt]his|[Tt]hat)\s+)?"
      r"(?P<h>(?:Thanksgiving(?:\s+Day)?|(?:Orthodox\s+)?Christmas(?:\s+(?:Day|Eve))?"
      r"|New\s+Year's\s+(?:Day|Eve)|New\s+Year(?!['’]s)"
      r"|(?:Orthodox\s+)?(?:Easter(?:\s+(?:Sunday|Day|Monday|[Ww]eek))?|Good\s+Friday|Holy\s+(?:Saturday|Thursday|Week)"
      r"|Maundy\s+Thursday|Palm\s+Sunday)|Ash\s+Wednesday|Shrove\s+Tuesday|Pancake\s+Day|Ascension\s+Day|Pentecost(?:\s+Sunday)?|Whit\s+(?:Sunday|Monday)"
      r"|Rama[dz]an|Ramzan|Eid(?:[\s-]+|[\s-]*(?:[AaEe]l|[Uu]l)[\s-]*)(?:Fitr|Adha|Azha|Kabir|Kabeer)|Idul[\s-]*(?:Fitri?|Adha)|Lebaran"
      r"|Hari\s+Raya\s+(?:Puasa|Aidilfitri|Haji|Aidiladha)|(?:Kurban|Ramazan|Ramadan)\s+Bayram[ıi]?|(?:[Tt]he\s+)?Day\s+of\s+Araf(?:at|ah)"
      r"|Ashura|(?:Islamic|Hijri)\s+New\s+Year"
      r"|Mawlid(?:[\s-]+a[ln][\s-]+Nabi)?|(?:[Tt]he\s+)?Prophet['’]s\s+Birthday|(?:Eid[\s-]+)?Milad[\s-]+(?:un|ul|an)[\s-]+Nabi"
      r"|Youm[\s-]+[ie][\s-]+Ashur|Chehlum|Passover|Pesach|Shavuot|Rosh\s+Hashanah?|Yom\s+Kippur|Sukkoth?|Succot"
      r"|Simc?hat\s+Torah|Simchas\s+Torah|Arba(?:'?een|'?e?in)|Thingyan"
      r"|Hanukk?ah|Chanukah|Purim|Nowruz|Norouz|Nowrouz|Norooz|Navruz|Newroz|Nauryz|(?:Lunar|Chinese)\s+New\s+Year|T[eế]t|Seollal"
      r"|Black\s+Friday|Cyber\s+Monday|Halloween|(?:(?:St\.?|Saint)\s+)?Valentine'?s\s+Day|Fourth\s+of\s+July|Bastille\s+Day"
      r"|Boxing\s+Day|(?:St\.?|Saint)\s+Stephen's\s+Day|All\s+(?:Saints|Souls)'?\s+Day|Epiphany|Three\s+Kings'?\s+Day|Rizal\s+Day"
      r"|(?:International\s+)?Workers'?\s+Day|Lantern\s+Festival|(?:St\.?|Saint)\s+Patrick's\s+Day|May\s+Day|International\s+Women's\s+Day|Veterans'?\s+Day"
      r"|Veteran's\s+Day|Armistice\s+Day|Remembrance\s+(?:Day|Sunday)|Guy\s+Fawkes\s+(?:Night|Day)|Bonfire\s+Night|Juneteenth"
      r"|(?:St\.?|Saint)\s+(?:George|Andrew|David)'s\s+Day|Canada\s+Day|Australia\s+Day|Anzac\s+Day|ANZAC\s+Day|Waitangi\s+Day"
      r"|Hogmanay|Burns\s+Night(?!-)"
      r"|Presidents'?\s+Day|President's\s+Day|(?:Martin\s+Luther\s+King(?:,?\s+Jr\.?)?|MLK)\s+Day|Columbus\s+Day"
      r"|Mothering\s+Sunday|Hallowe'en|Labor\s+Day|Groundhog\s+Day|April\s+Fool'?s'?\s+Day|Victory\s+Day|V-?E\s+Day)"
      # not the Easter Rising (1916), the Good Friday Agreement (1998), the Yom Kippur War (1973), Christmas Island
      rf"{_NOT_THE_DAY})\b(?:(?P<weekend>\s+(?:holiday\s+)?weekend)\b|,?\s+(?P<y>{_YEAR})\b)?",
      triggers=_HOLIDAY_WORDS, anchors=_HOLIDAY_WORDS)
def _holiday(m, text, ref):
    value = _holiday_found(m, text, ref)
    return _with_the_weekend(value, m, text, m.start())


def _with_the_weekend(value: _Value | None, m: re.Match[str], text: str, start: int) -> _Value | None:
    """``value``, its span taking in the article before a holiday's weekend ("the Easter weekend", "the Memorial Day
    weekend") whose name starts at ``start``."""
    if value is not None and m["weekend"] and start >= 4 and text[start - 4:start].lower() == "the ":
        return replace(value, span=(start - 4, m.end()))
    return value


_HOLIDAY_REL_BEFORE = re.compile(r"\b(last|next|this)\s+$", re.I)
_YEAR_AFTER_NAME = re.compile(rf",?\s+(?P<y>{_YEAR})\b")  # "Diwali 2019", "Heritage Day, 2019"
_EVE_BEFORE = re.compile(r"\b[Tt]he\s+eve\s+of\s+$")
_FESTIVAL_KEYS = frozenset(name.lower() for names in FESTIVALS.values() for name in names | ALIASES.keys())
_NOT_THE_HOLIDAY_BEFORE = re.compile(r"\b(?:Father|Little)\s+$")
_CANADIAN_BEFORE = re.compile(r"\bCanadian\s+$")
_FINAL_OF_AFTER = re.compile(r"\s+of\s+(?:the|his|her|their|its|our|my|this|that)\b", re.I)
_QUALIFIED_NEW_YEAR_BEFORE = re.compile(r"\b(?:Jewish|Hebrew|Tamil|Persian|Iranian|Sinhala|Sinhalese|Thai|Khmer|Lao|Burmese|Korean|"
                                        r"Vietnamese|Tibetan|Ethiopian|Coptic|Orthodox|Julian|Old|Parsi|Hindu|Bengali|Nepali|"
                                        r"Nepalese|Marathi|Telugu|Kannada|Malayalam|Punjabi|Sikh|Assamese|Odia|Balinese|"
                                        r"Mongolian|Muslim|Kurdish|Afghan|Bahá'í|Bahai|Zoroastrian|Assyrian|Armenian)\s+$")


def _holiday_found(m: re.Match[str], text: str, ref: date | None) -> _Value | None:
    name, weekend = H.canonical(m["h"]), m["weekend"] is not None
    edge = "eve" if m["eve"] is not None else (m["which"].lower() if m["which"] else None)  # the eve, or its first or last day
    if name is None or name == "ramadan" and _a_name(text, m.start("h"), m.end("h")) \
            or _NOT_THE_HOLIDAY_BEFORE.search(text, max(0, m.start("h") - 8), m.start("h")):
        return None  # "Tariq Ramadan", "Ramadan Shallah": a person's name (Ramadan is a common one); "Father Christmas",
        # "Little Christmas" (Ireland's 6 January)
    if name == "new year" and _QUALIFIED_NEW_YEAR_BEFORE.search(text, max(0, m.start("h") - 12), m.start("h")):
        return None  # "the Jewish New Year", "Tamil New Year": another calendar's (the Lunar and Islamic ones are read above)
    if name == "thanksgiving" and (getattr(text, "country", None) == "CA" or _CANADIAN_BEFORE.search(text, max(0, m.start("h") - 10), m.start("h"))):
        name = "thanksgiving ca"  # Canada's, the second Monday of October
    rel = (m["rel"] or "").lower()
    if rel == "last" and _FINAL_OF_AFTER.match(text, m.end()):
        return None  # "the last Hogmanay of the 20th century", "his last Christmas of the war": the final one, no previous one
    if rel == "that" and _CONJUNCTION_THAT_AFTER.search(text, max(0, m.start() - 14), m.start()):
        value = _occurrence(name, m, text, ref, "", edge, weekend)  # "said that Christmas was coming": the conjunction
        return replace(value, span=(m.start("h"), m.end())) if value is not None else None
    if rel == "that" and not m["y"]:  # "That Christmas": the one of the year the story is telling of
        return _NarrativeHoliday(name, edge, weekend, _occurrence(name, m, text, ref, "", edge, weekend))
    value = _occurrence(name, m, text, ref, rel, edge, weekend)
    if not rel and not m["y"] and not weekend and value is not None and ref is not None \
            and _tense(text, m.start(), m.end(), after=False) < 0:
        return _NarrativeHoliday(name, edge, weekend, value, ref)  # (a past verb before it: see _NarrativeHoliday)
    return value


def _occurrence(name: str, m: re.Match[str], text: str, ref: date | None, rel: str = "", edge: str | None = None,
                weekend: bool = False) -> _Value | None:
    """The occurrence of holiday ``name`` the match means: the one of its year (group "y"), else the last or next one
    (``rel``), else the nearest in the direction the sentence speaks of."""
    if m["y"]:
        found = _feast_occurrences(name, text, int(m["y"]), 0) or H.in_year(name, int(m["y"]))
        return _holiday_value(name, found[0], False, edge, weekend) if found else None
    if ref is None:
        return None
    found = _nearest_occurrence(_feast_occurrences(name, text, ref.year, 1) or H.occurrences(name, ref), text, m.start(), m.end(),
                                ref, rel)
    return _holiday_value(name, found, True, edge, weekend) if found is not None else None


# feasts a country keeps by its own sighting of the moon, which its calendar dates where it gives the feast's one day
# (Indonesia's and Singapore's Eid are often a day after the Umm al-Qura calendar's)
_SIGHTED_FEASTS = {"eid al fitr": "Eid al-Fitr", "eid al adha": "Eid al-Adha"}


def _feast_occurrences(name: str, text: str, year: int, spread: int) -> list[H.Occurrence]:
    """The feast ``name`` as the article's own country's calendar dates it, in ``year`` and ``spread`` years either side
    (none where the country or its calendar does not say)."""
    calendar = getattr(text, "calendar", None)
    if calendar is None or name not in _SIGHTED_FEASTS:
        return []
    found = calendar.occurrences(_SIGHTED_FEASTS[name], range(year - spread, year + spread + 1))
    # (a run of days off under the feast's name does not say which is the feast: Pakistan's from the day before)
    return found if all(o.start == o.end for o in found) else []


_DAYS_AWAY = 14  # a holiday this few days ahead is the one a sentence with no tense means
_REPORTED_DAYS_AWAY = 3  # ... and the one reported speech in the past means ("said they were reviewing flights over New Year's Day")
# the verbs that report what was said, which each test of reported speech below extends with its own
_REPORTED_BEFORE = re.compile(rf"\b(?:{_REPORTING_VERBS}|warned)\b")
_UNDER_WAY_BEFORE = re.compile(r"\b(?:was|were)\s+(?:to\s+[a-z]+|[a-z]+ing)\b(?:\s+[\w'-]+){0,5}?\s+"
                               r"(?:over|on|for|into|until|through|at|before|around|ahead\s+of)\s+$")


def _nearest_occurrence(years: list[H.Occurrence], text: str, start: int, end: int, ref: date, rel: str = "") -> H.Occurrence | None:
    """Of a holiday's occurrences around the reference (in order), the one the text at ``start:end`` means: the last or
    next one (``rel``), this year's ("this"), else the nearest in the direction the sentence speaks of."""
    if not years:
        return None  # outside the calendar's table
    if rel == "last":
        before = [o for o in years if o.end < ref]  # "last Ramadan" in Ramadan: the one before
        return before[-1] if before else None
    if rel == "next":
        after = [o for o in years if o.start > ref]
        return after[0] if after else None
    this_year = [o for o in years if o.start.year == ref.year]
    i = years.index(min(this_year, key=lambda o: abs((o.start - ref).days))) if this_year else 0
    if rel != "this":  # the one nearest the reference in the direction the sentence speaks of, as a month-day
        tense = _tense(text, start, end)
        days = (years[i].start - ref).days
        if tense > 0 and days < -30 * _TENSE_MONTHS:
            i += 1
        elif (tense < 0 and days > 30 * _TENSE_MONTHS) or (tense == 0 and days > 122):
            i -= 1
        elif tense == 0 and days < 0 and i + 1 < len(years) and (years[i + 1].start - ref).days <= _DAYS_AWAY:
            i += 1  # "Happy New Year" on 24 December: the one a week away, not the one a year gone
        elif tense < 0 and days < 0 and i + 1 < len(years) and (years[i + 1].start - ref).days <= _REPORTED_DAYS_AWAY \
                and _UNDER_WAY_BEFORE.search(text, max(0, start - 80), start) \
                and _REPORTED_BEFORE.search(text, _sentence_bounds(text, start, end)[0], start):
            i += 1  # ... and in reported speech of what was under way or to be, the one a day or two away: "airlines said this
            # week they were reviewing flights over New Year's Day" on 31 December (but not "Sales over New Year's Day were
            # weak", "Police said 40 people died on the roads on New Year's Day", "the man, who was stabbed on New Year's Day")
        i = min(max(i, 0), len(years) - 1)
    return years[i]


def _holiday_value(name: str, o: H.Occurrence, anchored: bool, edge: str | None = None, weekend: bool = False) -> _Value:
    if edge == "eve":  # "on the eve of Ramadan": the day before its first
        return _day_value(o.start - timedelta(days=1), anchored)
    if edge in ("first", "last"):  # "the first day of Ramadan", "the last day of Hanukkah"
        return _day_value(o.start if edge == "first" else o.end, anchored)
    if weekend:  # "the Easter weekend", "Labor Day weekend": the weekend the day ends or opens (a Monday's, the one before)
        day = o.start - timedelta(days=1) if o.start.weekday() == 0 else o.start
        return _weekend_v(_saturday_of_week(day), anchored)
    if name.endswith(" week"):
        return _Value(V.week_value(o.start), *V.week_interval(o.start), "week", anchored)
    if o.end > o.start:  # a festival of several days: its first to its last
        return _Value(f"{o.start.isoformat()}/{o.end.isoformat()}", o.start, o.end, "day", anchored)
    return _day_value(o.start, anchored)


def _a_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word joins the word at ``start:end`` into a person's name: a first name before it
    ("Tariq Ramadan"), or a word after it ("Ramadan Shallah")."""
    before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 30):start])
    if before and before[1] not in _NOT_FIRST_NAMES:
        return True
    return re.match(r"\s+[A-Z][a-z]+", text[end:end + 30]) is not None


# capitalised words before a holiday's name that are no first name: "the Holy Month", "Muslim", and words that
# begin a sentence ("During Ramadan, ...")
_NOT_FIRST_NAMES = frozenset({
    "Holy", "Month", "Muslim", "Muslims", "Islamic", "Sunni", "Shia", "Shiite", "Blessed", "Fasting", "The", "This",
    "Last", "Next", "During", "Since", "Before", "After", "Until", "Till", "Through", "Throughout", "In", "On", "By",
    "For", "At", "Of", "From", "Ahead", "Amid", "Around", "Over", "When", "Every", "Each", "But", "And", "As"})


# "this coming Sunday", "this past weekend", "the coming month": the next and the last, whatever the tense
_RELATION_ALIASES = {"this coming": "next", "coming": "next", "this past": "last", "a week from": "week", "a week on": "week"}


def _relation(words: str | None) -> str:
    """A relation before a day, a unit or a season as the rules compare it: lower case, one space between words
    (the text may have more, or a line break), "this coming" as "next" and "this past" as "last"."""
    rel = " ".join((words or "").lower().split())
    return _RELATION_ALIASES.get(rel, rel)


# "last Friday", "the previous Friday": read before the match (a scan for them at every word would be slow)
_WEEKDAY_REL = re.compile(
    r"\b(?:the\s+(?=previous|past|following))?(?P<rel>this\s+coming|this\s+past|last|next|this|past|previous|coming|following"
    r"|a\s+week\s+(?:from|on))\s+$", re.I)  # ("a week from Tuesday", "a week on Friday": a week after the coming day)
# "that Friday", "By that Sunday": the demonstrative, not the conjunction ("said that Friday's vote", "hoped that Monday")
_THAT_BEFORE = re.compile(r"(?<![\w'])(?P<x>[Tt]hat)\s+$")
_CONJUNCTION_THAT_AFTER = re.compile(r"\b(?:said|says|say|told|tells|announced|added|stated|reported|noted|warned|insisted|argued"
                                     r"|believed?|believes|thinks?|thought|knew|knows?|hoped?|hopes|expects?|expected|agreed"
                                     r"|decided|confirmed|claimed|suggested|showed|shows|means?|meant|indicated|so|such|now|is"
                                     r"|was|ruled|found|given|than)\s+$", re.I)
# "9 a.m. Tuesday", "4:30 p.m. EDT Thursday", "noon Friday": TimeML takes the clock time into the span and the value
_CLOCK_BEFORE = re.compile(r"(?:\b(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?\s*(?:a\.m\.|(?P<pm>p\.m\.))|\b(?P<noon>noon))"
                           r"(?:\s+(?:[ECMP][SD]T|GMT))?,?\s+$", re.I)


# not "Saturday, March 8" or "Saturday 8 March" (the date rules take those whole); "on Saturday, 69 percent" is the weekday
_POST_END = r"(?=\s*(?:[,.;:!?)\"'”—–]|$)|\s+(?:and|or|but|at|in|on|when|while|after|before|to|from|with|by|as|he|she|it|they|we)\b)"
# ... and "Monday last", "Friday next", "Sunday week" as Irish, British and Indian copy write them (the weekday before
# "last"/"next" that ends its phrase: not "talks on Monday last three hours", "Monday next week")
@rule(rf"\b(?P<w>{_WEEKDAY}){_DAY_PART_AFTER}\b(?:\s+(?P<post>last|next|week)\b{_POST_END}"  # ("Sunday week, August 5th")
      rf"|(?!\s*,?\s+(?:{_MONTH}|(?:the\s+)?{_DAY}(?:\s+of)?\s+{_MONTH})))", triggers=("day",), anchors=("@weekday",))
def _weekday(m, text, ref):
    if ref is None:
        return None
    if _NAMED_WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _NAME_AFTER_WEEKDAY.match(text, m.end()) \
            or _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) and _CAPITALISED_AFTER.match(text, m.end()):
        return None  # "Bloody Sunday", "Super Tuesday", "the Good Friday Agreement" (the holiday rule takes "Good Friday"),
        # "The Mail on Sunday", "the Sunday Times", "Saturday Night Live"
    if _ANY_WEEKDAY.search(text, max(0, m.start() - 24), m.start()) and not _price_each(text, m.start(), m.end()) \
            or _HABIT_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
            or _OF_EACH_MONTH_AFTER.match(text, m.end()) or _PARTS_OF_DAYS_AFTER.match(text, m.end()) \
            and not _WEEKDAY_AND_BEFORE.search(text, max(0, m.start() - 32), m.start()) and _tense(text, m.start(), m.end()) >= 0:
        return None  # "on a Sunday", "every Friday", "every second Saturday", "its usual Monday", "the second Tuesday of each
        # month", "meets on Thursday evenings" (not told as past: "Wednesday mornings were chaotic"): no one day
    before = _WEEKDAY_REL.search(text, max(0, m.start() - 22), m.start())
    start = before.start() if before else m.start()
    lo = max(0, start - 24)
    clock = _CLOCK_BEFORE.search(text, lo, start) if text.find("m.", lo, start) >= 0 or text.find("oon", lo, start) >= 0 else None
    if clock is not None:
        start = clock.start()
    rel = _relation(before["rel"]) if before else (m["post"] or "").lower()
    if before and rel == "week" and (_RANGE_END_AFTER.match(text, m.end()) or _OWNED_OR_SINCE_AFTER.match(text, m.end())
                                     or _DURATION_LEAD.search(text, max(0, before.start() - 12), before.start())
                                     or _tense(text, before.start(), m.end()) < 0):
        before, start, rel = None, m.start(), ""  # "worked a week from Monday to Friday", "schools close for a week from
        # Monday", "it will be a week on Friday since", "spent a week on Friday's report", "released a week on Thursday": a
        # week's span, or one told as past, not the day a week after
    if rel == "week":  # "Sunday week", "a week from Tuesday": a week after the coming Sunday
        return replace(_day_value(ref + timedelta(days=((WEEKDAYS[m["w"].lower()] - ref.weekday()) % 7 or 7) + 7), True),
                       span=(start, m.end()))
    if rel == "following":  # "He was arrested on March 4. The following Monday, ...": the first Monday after that day
        return _FollowingWeekday(WEEKDAYS[m["w"].lower()], _weekday_value(m, text, ref, "next", start), (start, m.end()))
    if rel == "previous" and text[start:start + 4].lower() == "the " and not any(
            w.group(0) == m["w"] for w in _WEEKDAY_WORD.finditer(text, 0, start)):
        # "A third died three days later. A patrol had reported the crack on the previous Saturday": the last Saturday
        # before the story's day (a Friday the story told of before: see _weekday_value)
        return _FollowingWeekday(WEEKDAYS[m["w"].lower()], _weekday_value(m, text, ref, rel, start), (start, m.end()), back=True,
                                 reference=ref)
    the = _THE_BEFORE.search(text, max(0, m.start() - 4), m.start()) if not before and clock is None and m.end() == m.end("w") else None
    if the is not None and not _NOUN_AFTER.match(text, m.end()) and not _BOUND_AFTER.match(text, m.end()) \
            and not _SINCE_OR_AFTER_BEFORE.search(text, max(0, the.start() - 7), the.start()) and _tense(text, m.start(), m.end()) < 0:
        # "Dublin rose on Easter Monday. On the Wednesday he watched from a loft": told as past, the first such weekday
        # after the story's day (not "the Monday meeting", "the Friday before the vote")
        back = text[max(0, the.start() - 3):the.start()].lower() == "on " and _in_the_pluperfect(text, the.start())
        return _FollowingWeekday(WEEKDAYS[m["w"].lower()], _weekday_value(m, text, ref, "", m.start()), (the.start(), m.end()),
                                 back=back, reference=ref if back else None, not_after=ref)  # ("Delegates had been handed the
        # draft on the Wednesday": the one before the story's day)
    that = _THAT_BEFORE.search(text, max(0, m.start() - 6), m.start()) if not before and not text.startswith("'s", m.end()) else None
    if that is not None and not _CONJUNCTION_THAT_AFTER.search(text, max(0, that.start() - 14), that.start()):  # "On November 5 it said a payment was due that Friday": the Friday of that week (on or after it)
        return _FollowingWeekday(WEEKDAYS[m["w"].lower()], _weekday_value(m, text, ref, "", m.start()), (that.start("x"), m.end()),
                                 same_day=True)
    if before is None and clock is None and m.end() == m.end("w"):
        part = _PART_OF_DAY_BEFORE.search(text, max(0, start - 7), start)
        if part is not None:
            start = part.start()  # "late Sunday", "early Saturday": the day, its part in the span (not "early Friday morning")
    if not rel and (_DAY_OFF_AFTER.match(text, m.end()) or _DAY_OFF_DECLARED_BEFORE.search(text, max(0, start - 40), start)
                    and _DAY_OFF_AFTER_DECLARED.match(text, m.end())):
        rel = "this" if WEEKDAYS[m["w"].lower()] == ref.weekday() else "next"  # "Monday is a public holiday", "declared
        # Monday and Tuesday public holidays": a day off to come (or today's, said on the day)
    value = _weekday_value(m, text, ref, rel, start)
    if clock is not None:
        hour = 12 if clock["noon"] else int(clock["h"]) % 12 + (12 if clock["pm"] else 0)
        value = replace(value, value=f"{value.value}T{hour:02d}:{clock['min'] or '00'}")
    return replace(value, span=(start, m.end())) if start != m.start() else value


_OWNED_OR_SINCE_AFTER = re.compile(r"['’]s\b|\s+since\b")
_DURATION_LEAD = re.compile(r"\b(?:for|last|lasts|lasted|lasting|spent|spend|spends|spending|took|take|takes|taking|in|just|only|"
                            r"least|about|around|nearly|almost|over|to|by)\s+$", re.I)  # ("the ban will last just a week from
# Monday", "delayed by a week from Tuesday"; but "the vote is a week from Tuesday" is that day)
_RANGE_END_AFTER = re.compile(r"\s*(?:to|through|until|till|thru|-|–)\s", re.I)
_DAY_OFF = r"(?:a\s+)?(?:public|bank|national|special|general)\s+holidays?"
_OTHER_WEEKDAY = rf"(?:\s*(?:,|and|or)\s+{_WEEKDAY})*"
_DAY_OFF_AFTER = re.compile(rf"{_OTHER_WEEKDAY}\s+(?:is|are|will\s+be|has\s+been\s+declared|have\s+been\s+declared)\s+{_DAY_OFF}")
_DAY_OFF_DECLARED_BEFORE = re.compile(rf"\b(?:declared|declares|declare|announced|gazetted)\s+(?:{_WEEKDAY}\s*(?:,|and|or)\s+)*$")
_DAY_OFF_AFTER_DECLARED = re.compile(rf"{_OTHER_WEEKDAY}\s+(?:as\s+)?{_DAY_OFF}")


# "the first Monday in October", "the last Thursday of November, 2004": that day of that month
@rule(rf"\b(?:the\s+)?(?P<n>first|second|third|fourth|last)\s+(?P<w>{_WEEKDAY})\s+(?:in|of)\s+(?P<m>{_MONTH_FULL})"
      rf"(?:,?\s+(?P<y>{_YEAR})\b)?", triggers=("first", "second", "third", "fourth", "last"),
      anchors=("first", "second", "third", "fourth", "last"))
def _nth_weekday(m, text, ref):
    month, wd = _month(m["m"]), WEEKDAYS[m["w"].lower()]
    year = _year_of_month(m, month, text, ref)
    if year is None:
        return None
    n = m["n"].lower()
    return _day_value(V.nth_weekday(year, month, wd, -1 if n == "last" else ORDINALS[n]), not m["y"])


_COUNTRY_OF = {word.lower(): cc for cc, (names, demonyms) in H.COUNTRY_WORDS.items() for word in names + demonyms}
_COUNTRY_WORDS = "|".join(re.escape(w) for w in sorted(_COUNTRY_OF, key=len, reverse=True)).replace("\\ ", "\\s+")
_TITLE_BEFORE = re.compile(r"\b(?:film|movie|blockbuster|sequel)\s+$", re.I)
_COUNTRY_WORD = re.compile(rf"(?<![\w.])(?P<w>(?i:{_COUNTRY_WORDS}))s?(?![\w])")  # (and a people: "Americans")


# "Ukraine's Independence Day", "Indian Independence Day", "Ukraine marked Independence Day", "India marked Republic Day":
# the day of the country the text names with it (its possessive or adjective, else the one country its sentence names
# that keeps such a day, else the article's own); none without one. So is "Election Day" (and "Election Night"): the
# United States' (other countries' elections fall on no fixed day)
@rule(rf"\b(?:(?P<c>(?i:{_COUNTRY_WORDS}))['’]s\s+|(?P<d>(?i:{_COUNTRY_WORDS}))\s+)?"
      rf"(?P<x>(?P<h>Independence|Republic|Memorial|Labour|Mother['’]s|Father['’]s|Family|Election|Inauguration)\s+(?:Day|(?<=Election\s)Night)"
      rf"(?:(?P<weekend>\s+(?:holiday\s+)?weekend)\b"
      rf"|,?\s+(?P<y>{_YEAR})\b)?)",
      triggers=("independence day", "republic day", "memorial day", "labour day", "mother's day", "father's day",
                "mother’s day", "father’s day", "family day", "election day", "election night", "inauguration day"),
      anchors=("independence", "republic", "memorial", "labour", "mother", "father", "family", "election", "inauguration"))
def _national_day(m, text, ref):
    if _TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or text.startswith(":", m.end()):
        return None  # the film "Independence Day" ("the American film Independence Day: Resurgence")
    day = m["h"].lower().replace("’", "'") + " day"
    if day == "election day" and (_OTHER_ELECTION_BEFORE.search(text, max(0, m.start() - 24), m.start()) and not m["c"] and not m["d"]):
        return None  # "the runoff Election Day", "Britain's Election Day": no fixed day
    country = _whose(m, text, H.NATIONAL_DAYS[day])
    if country is None:
        if day == "election day" and m["y"]:  # "Election Day 2016" with no country: its year, as before the day was known
            return replace(_year_v(int(m["y"]), False), span=(m.start("y"), m.end("y")))
        return None
    value = _occurrence(f"{day} {country.lower()}", m, text, ref, weekend=m["weekend"] is not None)
    return _with_the_weekend(value, m, text, m.start("x"))


_OTHER_ELECTION_BEFORE = re.compile(r"(?:\b(?:primary|runoff|run-off|special|municipal|local)|[A-Z]\w*['’]s)\s+$", re.I)


# a year written with two digits after an apostrophe, after a preposition ("bought in '99", "the class of ’08"): the one
# of its century nearest the reference, at most a few years after it
@rule(r"\b(?P<p>in|since|until|till|by|from|during|of|before|after|through)\s+(?P<x>['’](?P<yy>\d\d))(?![\w'’%]|\s*(?:percent|per\s+cent)\b)",
      re.I, triggers=("'", "’"), anchors=("^'", "^’"))
def _apostrophe_year(m, text, ref):
    if ref is None:
        return None
    year = ref.year // 100 * 100 + int(m["yy"])
    ahead = _APOSTROPHE_BOUND_AHEAD if m["p"].lower() in ("until", "till", "by", "before") else _APOSTROPHE_YEAR_AHEAD
    return _year_v(year - 100 if year > ref.year + ahead else year, True)


_APOSTROPHE_YEAR_AHEAD = 5  # "the class of '28" said in 2025 is to come; "in '99" said in 2001 is 1999
_APOSTROPHE_BOUND_AHEAD = 50  # ... but a bound may lie far ahead: "net zero by '50"


# "the first six months" (of a year): its first half, the reference's year's unless a year is written after it
@rule(rf"\b[Tt]he\s+first\s+six\s+months\b(?:\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next)\s+year|the\s+year)\b)?",
      triggers=("six months",), anchors=("six",))
def _first_six_months(m, text, ref):
    if m["y"]:
        return _half_v(int(m["y"]), 1, False)
    if ref is None:
        return None
    return _half_v(ref.year + (_YEAR_OFFSET[m["rel"].lower()] if m["rel"] else 0), 1, True)


# "the outgoing year" in a review of the year: the year ending (in January, the one just ended)
@rule(r"\b[Tt]he\s+outgoing\s+year\b", triggers=("outgoing year",), anchors=("outgoing",))
def _outgoing_year(m, text, ref):
    return _year_v(ref.year - (1 if ref.month == 1 else 0), True) if ref is not None else None


# "the final quarter of 2001", "the last quarter of last year": the year's fourth quarter (not the quarter before the
# reference, as "the last quarter" alone is)
@rule(rf"\b[Tt]he\s+(?:final|last)\s+quarter\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|last|next)\s+year)\b", triggers=("quarter of",),
      anchors=("quarter",))
def _final_quarter(m, text, ref):
    if m["y"]:
        return _quarter_v(int(m["y"]), 4, False)
    return _quarter_v(ref.year + _YEAR_OFFSET[m["rel"].lower()], 4, True) if ref is not None else None


# "D-Day": 6 June 1944, the Normandy landings (not "D-Day for the reform", a plan's own day)
@rule(r"\bD-Day\b(?!\s+(?:for|of)\b)", triggers=("d-day",), anchors=("d-day",))
def _d_day(m, text, ref):
    return _day_value(date(1944, 6, 6), False)


# "this day week", "this day fortnight" (Irish and British courts: "the case was put back to this day fortnight"): a
# week or two from the reference
@rule(r"\b[Tt]his\s+day\s+(?P<u>week|fortnight)\b", triggers=("this day",), anchors=("week", "fortnight"))
def _this_day_week(m, text, ref):
    return _day_value(ref + timedelta(days=7 if m["u"] == "week" else 14), True) if ref is not None else None


# A day of the Muslim calendar, as news from the Gulf, Pakistan and Egypt writes it: "Dhul Hijjah 9", "10 Ramadan 1393",
# "9th Muharram", "Safar 15, 1431", "12 Rabi Al Awwal"; its year the Hijri year written after it, else the one that puts
# the day nearest the reference in the sentence's direction (Umm al-Qura, as the feasts: see holidays.py)
_HIJRI_MONTH = (r"(?:Muharram|Moharram|Safar|Rabi['’]?[\s-]*(?:(?i:al|ul|el)[\s-]*)?(?:Awwal|Awal|Thani|Akhir|Sani|II?\b)"
                r"|Jumad[ae]['’]?[\s-]*(?:(?i:al|ul|el)[\s-]*)?(?:Awwal|Awal|Ula|Oula|Akhirah|Akhira|Akhir|Thani|Thaniyah|Sani|II?\b)"
                r"|Rajab|Sha['’]?ban|Rama[dz]an|Ramzan|Shaw{1,2}al|(?:Dhu|Zu)(?:l|['’]l|[\s-]+(?i:al))?[\s-]*(?:Qa['’]?dah|Qi['’]?dah|Hij{1,2}ah?))")
_HIJRI_DAY_BEFORE = re.compile(r"(?:\b(?:on|the|of|by|from|until|till|since|before|after)|[,(])\s+$", re.I)
_HIJRI_WORDS = ("muharram", "moharram", "safar", "rabi", "jumad", "rajab", "sha'ban", "shaban", "sha’ban", "ramadan", "ramazan",
                "ramzan", "shawal", "shawwal", "qadah", "qa'dah", "qa’dah", "qidah", "qi'dah", "qi’dah", "hijja", "hijah")
_HIJRI_ANCHORS = tuple("^" + word for word in _HIJRI_WORDS)  # where a word starts ("Hijjah", "Dhul-Hijjah", "Jumada")


def _hijri_month(name: str) -> int:
    key = re.sub(r"[^a-z]", "", name.lower())
    if key.startswith(("rabi", "jumad")):
        rest = key[4:] if key.startswith("rabi") else key[6:]  # ("Rabi I", "Rabi al-Thani", "Jumada al-Ula")
        first = rest == "i" or rest.endswith(("awwal", "awal", "ula", "oula"))
        return (3 if first else 4) if key.startswith("rabi") else (5 if first else 6)
    for prefix, month in (("muh", 1), ("moh", 1), ("saf", 2), ("raj", 7), ("sha", 8), ("ram", 9), ("shaw", 10)):
        if key.startswith(prefix) and not (prefix == "sha" and key.startswith("shaw")):
            return month
    return 11 if "q" in key else 12


@rule(rf"\b(?:(?P<d>[12]\d|30|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_HIJRI_MONTH})|(?P<m2>{_HIJRI_MONTH})\s+(?P<d2>[12]\d|30|0?[1-9])"
      rf"(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y>1[345]\d\d)(?:\s*(?:AH|A\.H\.|H)\b)?)?(?![\w-])", triggers=_HIJRI_WORDS, anchors=_HIJRI_ANCHORS)
def _hijri_date(m, text, ref):
    if m["m"] and not m["y"] and not _HIJRI_DAY_BEFORE.search(text, max(0, m.start() - 8), m.start()):
        return None  # "scored 2 Safar goals": a count; "on 10 Muharram", "the 9th Muharram" are days
    month, day = (_hijri_month(m["m"]), int(m["d"])) if m["m"] else (_hijri_month(m["m2"]), int(m["d2"]))
    if m["y"]:
        d = H.hijri_day(int(m["y"]), month, day)
        return _day_value(d, False) if d else None
    if ref is None:
        return None
    found = _nearest_occurrence(H.hijri_days(month, day, ref), text, m.start(), m.end(), ref)
    return _day_value(found.start, True) if found else None


# ... and a month of it after a preposition ("in Muharram", "until the end of Safar"; Ramadan is a holiday's): its days
@rule(rf"\b(?:in|during|of|until|till|since|before|after|by|from)\s+(?P<x>(?!Rama[dz]an|Ramzan)(?P<m>{_HIJRI_MONTH}))\b(?!\s+\d|-)",
      triggers=_HIJRI_WORDS, anchors=_HIJRI_ANCHORS)
def _hijri_month_alone(m, text, ref):
    if ref is None:
        return None
    found = _nearest_occurrence(H.hijri_days(_hijri_month(m["m"]), 1, ref, whole_month=True), text, m.start("x"), m.end(), ref)
    return _holiday_value("hijri month", found, True) if found else None


# Britain's and Ireland's bank holidays: "the August bank holiday", "the late May bank holiday weekend", "Bank Holiday
# Monday" (the one nearest in the sentence's direction); Ireland's where the article is Irish (see holidays.py)
@rule(rf"\b(?:[Tt]he\s+)?(?P<h>(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:May(?:\s+Day)?|June|August|October|[Ss]pring|[Ss]ummer|Whitsun)\s+[Bb]ank\s+[Hh]oliday"
      rf"|[Bb]ank\s+[Hh]oliday\s+Monday)\b(?:(?P<weekend>\s+weekend)\b|,?\s+(?P<y>{_YEAR})\b)?", triggers=("bank holiday",),
      anchors=("bank",))
def _bank_holiday(m, text, ref):
    name = H.canonical(m["h"])
    if name is None:
        return None
    if getattr(text, "country", None) == "IE" and H.canonical(f"{name} ie"):
        name = f"{name} ie"
    return _occurrence(name, m, text, ref, weekend=m["weekend"] is not None)


def _whose(m: re.Match[str], text: str, keeps: dict[str, object]) -> str | None:
    """The country whose day the match names, among those that ``keeps`` it: the one its possessive or adjective
    names (group "c" or "d"), else the one country its sentence names, else the article's own (see _Text)."""
    named = m["c"] or m["d"]
    if named is not None:
        country = _COUNTRY_OF[" ".join(named.lower().split())]
        return country if country in keeps else None
    lo, hi = _sentence_bounds(text, m.start(), m.end())
    countries = {_COUNTRY_OF[" ".join(w["w"].lower().split())] for w in _COUNTRY_WORD.finditer(text, lo, hi)} & keeps.keys()
    if len(countries) == 1:
        return countries.pop()
    own = getattr(text, "country", None)
    return own if not countries and own in keeps else None


_WEEKDAY_WORD = re.compile(rf"\b(?P<w>{_WEEKDAY})\b")
_PART_OF_DAY_BEFORE = re.compile(r"\b(?:[Ee]arly|[Ll]ate)\s+$")
# days of one year or none that news names by a weekday (own list), and newspapers and shows named after one
_NAMED_WEEKDAY_BEFORE = re.compile(r"\b(?:Bloody|Black|Blue|Super|Manic|Good|Mail\s+on)\s+$")
_HOLIDAY_WEEKDAY_BEFORE = re.compile(r"\b(?P<h>Easter|Palm|Good|Ash|Holy|Maundy|Shrove|Whit|Black|Cyber)\s+$")  # its weekday
_NAME_AFTER_WEEKDAY = re.compile(r"\s+Night\s+(?:Live|Football|Fever)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_SINCE_OR_AFTER_BEFORE = re.compile(r"\b(?:since|after)\s+$", re.I)  # "led the league after the Saturday"
_BOUND_AFTER = re.compile(r"\s+(?:before|after|of)\b|['’]s\b")  # "the Friday before the vote", "the Monday of Holy Week"
_CAPITALISED_AFTER = re.compile(rf"\s+(?!{_MONTH}\b)[A-Z][a-z]")  # "the Sunday Times", not "the Sunday March 8 vote"
_THAN_AFTER = re.compile(r"\s+than\b")
_SET_BEFORE = re.compile(r"\b(?:every|each)\s+(?:(?:other|second|third|fourth|alternate)\s+)?$", re.I)  # ("every second Saturday")
_ANY_WEEKDAY = re.compile(r"\b(?:(?:on|of)\s+an?|every|each|any|one|(?:every|each)\s+(?:other|second|third|fourth|alternate))\s+$", re.I)  # not
# "in a Sunday raid": that Sunday
# a weekday a habit or a rule names: "its usual Monday", "normally collected on Thursday", "the first Wednesday of the month"
_HABIT_BEFORE = re.compile(r"\b(?:usual|usually|typically|regularly|customarily|(?<!ing\s)normally|normally(?!\s+(?:again\s+)?(?:on|by|"
                           r"until|since|from|before|after)\b))\s+(?:[a-z]+\s+){0,2}(?:on\s+)?$", re.I)  # (not a manner: "hoped to have
# services running normally by Monday"; but "The briefing normally held on Friday", "Voting normally takes place on Thursday")
# a price's "each", told as past, makes no set: "sold shares at $17 each Tuesday night" (not "Admission is $5 each Saturday")
_PRICE_EACH_BEFORE = re.compile(r"(?:[$£€]\s?\d[\d,.]*(?:\s*(?:million|billion|m|bn))?|\d[\d,.]*\s*(?:dollars|euros|pounds|pence|cents))"
                                r"\s+each\s+$", re.I)


def _price_each(text: str, start: int, end: int) -> bool:
    """Whether the "each" before the date at ``start`` is a price's, told as past ("sold shares at $17 each Tuesday night")."""
    return _PRICE_EACH_BEFORE.search(text, max(0, start - 40), start) is not None and _tense(text, start, end) < 0
_PARTS_OF_DAYS_AFTER = re.compile(r"\s+(?:mornings|afternoons|evenings|nights)\b")
_WEEKDAY_AND_BEFORE = re.compile(rf"\b{_WEEKDAY}\s*(?:,|and|or|&|through|thru|to|-|–)\s*(?:(?:also\s+)?on\s+)?$")  # ("on Friday and
# Saturday nights", "Friday through Sunday nights": days named, which the plural takes in)
_OF_EACH_MONTH_AFTER = re.compile(r"\s+(?:of|in)\s+(?:each|every|the)\s+month\b", re.I)


def _weekday_value(m: re.Match[str], text: str, ref: date, rel: str, start: int) -> _Value:
    wd = WEEKDAYS[m["w"].lower()]
    back = (ref.weekday() - wd) % 7
    possessive = text.startswith("'s", m.end())  # "Tuesday's vote" was, more often than not, held ...
    before_event = possessive and rel == "" and _BEFORE_EVENT.search(text, max(0, start - 22), start) is not None \
        and _EVENT_NOUN_AFTER.match(text, m.end()) is not None
    if possessive and rel == "" and (_AHEAD_OF.search(text, max(0, start - 16), start) or before_event
                                     or _days_away(text, m.end()) or _EVENT_BEGINS_AFTER.match(text, m.end())
                                     or _MEET_IN_BEFORE.search(text, max(0, start - 60), start)
                                     or _WILL_BEFORE.search(text, max(0, start - 60), start) and _tense(text, start, m.end(), after=False) > 0):
        possessive = False  # ... but not "ahead of Tuesday's election", "runners will take part in Sunday's marathon",
        # "with Sunday's election just days away"
        # (a reported "would" is no such cue: "they would look for ways around Wednesday's ruling")
    tense = (_tense_or_bound(text, start, m.end()) if rel == "" else _tense(text, start, m.end())) \
        if rel in ("", "this") and not possessive else 0
    if possessive and rel == "" and _AWAITED_BEFORE.search(text, max(0, start - 24), start):
        # "economists expect Friday's employment report", "traders are waiting for Thursday's decision": what is awaited
        # is still to come (today's, on its own day)
        return _day_value(ref + timedelta(days=(wd - ref.weekday()) % 7), True)
    if before_event and tense <= 0:
        # "a final push for votes before Tuesday's midterm elections", "preparations for Sunday's Academy Awards", in a
        # story told in the past: the nearest such day, to come or gone by
        ahead = (wd - ref.weekday()) % 7
        return _day_value(ref + timedelta(days=ahead) if ahead <= back else ref - timedelta(days=back), True)
    # "this Friday" is the coming one unless the sentence speaks of the past ("tickets go on sale this Friday")
    if rel == "next" or (rel in ("", "this") and not possessive and tense > 0) or rel == "this" and not possessive and tense == 0:
        ahead = (wd - ref.weekday()) % 7 or 7
        if rel in ("", "this") and back == 0:
            ahead = 0
        return _day_value(ref + timedelta(days=ahead), True)
    if rel == "previous" and text[start:start + 4].lower() == "the ":
        # "Friday's close ... down from the previous Friday": the week before the Friday the story told of
        earlier = [w for w in _WEEKDAY_WORD.finditer(text, 0, start) if w.group(0) == m["w"]
                   and not _WEEKDAY_REL.search(text, max(0, w.start() - 22), w.start())]
        if earlier:
            told = _weekday_value(earlier[-1], text, ref, "", earlier[-1].start())
            return _day_value(date.fromisoformat(told.value) - timedelta(days=7), True)
    if rel in ("last", "past", "previous") and back == 0:
        back = 7
    return _day_value(ref - timedelta(days=back), True)


_BEFORE_EVENT = re.compile(r"\b(?:before|preparations\s+for)\s+$", re.I)
# the events a weekday's possessive names ("Tuesday's election", "Sunday's final")
_EVENTS = "|".join(_VOTE_WORDS) + (r"|match|game|final|race|funeral|ceremony|awards|summit|meeting|talks|debate|launch|opening|parade|"
                                   r"rally|concert|show|premiere|deadline|hearing|trial|festival|marathon|derby|showdown")
# "Saturday's ceremony begins at 9:38 a.m.": an event whose present says it is still to come
_EVENT_BEGINS_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + _EVENTS + r"|service|march)\s+(?:begins|starts|"
                                 r"kicks\s+off|gets\s+under\s*way|takes\s+place)\b", re.I)
# "Germany meet the Czech Republic in Sunday's final": a fixture told in the present
_MEET_IN_BEFORE = re.compile(r"\b(?:meet|meets|play|plays|host|hosts)\s+(?:[\w.'’-]+\s+){1,5}?(?:in|at)\s+$")
_AWAITED_BEFORE = re.compile(r"\b(?:expects?|expecting|awaits?|awaiting|wait(?:ing|s)?\s+for|braces?\s+for|bracing\s+for"
                             r"|look(?:s|ing)?\s+ahead\s+to)\s+$", re.I)  # (present forms: "as investors awaited Friday's report",
# told on Saturday, was of a report since out)
# an event set for a day, after the day's possessive ("before Saturday's funeral", not "before Saturday's attack")
_EVENT_NOUN_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:" + _EVENTS + r")\b", re.I)
_NARRATIVE_YEAR = re.compile(rf"(?<![\w$€£.,'-]){_YEAR}(?![\w%]|-\d|\.\d|,\d)")  # a year as the _year rule reads one


def _story_year(text: str, start: int) -> int | None:
    """The year the story last named before ``start`` (within a few paragraphs): what "that year" is."""
    named = [y for y in _NARRATIVE_YEAR.finditer(text, max(0, start - 1500), start)
             if not _SINCE_NEAR_BEFORE.search(text, max(0, y.start() - 40), y.start())]  # (not "the worst storm since 1703")
    return int(named[-1].group(0)) if named else None


_MODAL_AFTER = re.compile(r"\s+(?:would|will|could|can|may|might|must|should|shall)\b")


# "August of that year", "the summer of that year", "That August": in the year the story last named ("The town was
# freed in 1944. In August of that year ..."); with none named, the month alone is read as any other
@rule(rf"\b(?:(?:(?P<m>{_MONTH_FULL})|[Tt]he\s+(?P<s>spring|summer|fall|autumn|winter))\s+of\s+that\s+year|[Tt]hat\s+(?P<m2>(?!May\b){_MONTH_FULL}))\b"
      r"(?!\s+[A-Z])", triggers=("that year", *(f"that {name.lower()}" for name in MONTHS if len(name) > 3)), anchors=("that",))
def _of_that_year(m, text, ref):
    if m["m2"] and text[m.start()] == "t" and (_CONJUNCTION_THAT_AFTER.search(text, max(0, m.start() - 14), m.start())
                                                or _MODAL_AFTER.match(text, m.end())):
        return None  # "hoped that March would be dry": the conjunction ("riots in Colombo that July" is the month)
    year = _story_year(text, m.start())
    if m["s"]:
        return _ThatYear(year, ref, season=SEASONS[m["s"].lower()], south=_south(text))
    return _ThatYear(year, ref, month=_month(m["m"] or m["m2"]))


@rule(r"\b(?:(?P<side>earlier|later|early|late)\s+|(?:the\s+)?(?:start|beginning|end|middle)\s+of\s+)?(?P<rel>this\s+past|this\s+coming|this|last|next|the\s+past|the\s+last|the\s+previous|the\s+next|the\s+coming|the\s+current|the\s+same|that\s+same|that)\s+(?:fiscal\s+|financial\s+)?(?P<u>week(?:end)?|month|year|quarter|decade|century)\b", re.I, triggers=("week", "month", "year", "quarter", "decade", "century"), anchors=("week", "weekend", "month", "year", "quarter", "decade", "century"))
def _this_unit(m, text, ref):
    value = _this_unit_value(m, text, ref)
    duration = _DURATION_BEFORE.search(text, max(0, m.start() - 24), m.start()) if isinstance(value, _Value) and m["side"] else None
    if duration is not None and not (m["side"].lower() in ("earlier", "later") and _FOR_BEFORE.search(text, max(0, duration.start() - 5), duration.start())):
        return replace(value, span=(m.start("rel"), m.end()))  # "bins will be a day late this week": how late, no part of it
    return value  # (but "shut down for three days earlier this month": a duration, then when)


_FOR_BEFORE = re.compile(r"\bfor\s+$", re.I)
_DURATION_BEFORE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?)\s+$", re.I)


def _this_unit_value(m: re.Match[str], text: str, ref: date | None) -> _Value | _Anaphor | None:
    if ref is None:
        return None
    rel = _relation(re.sub(r"^(?:the|that)\s+", "", m["rel"], flags=re.I))
    unit = m["u"].lower()
    if rel in ("same", "that"):
        # anaphoric: "that year" is the year the story last named ("In 1998 ... Later that year ..."), "that month"
        # the month of its last date ("In January ... Later that month"); with none, or for another unit, it
        # depends on a narrative this tagger does not follow
        if unit == "weekend" and _CONJUNCTION_THAT_AFTER.search(text, max(0, m.start() - 14), m.start("rel")):
            return None  # "warned on Tuesday that weekend parking charges would rise": the conjunction
        if unit in ("month", "week", "weekend"):
            return _Anaphor(unit, 0)
        return _ThatYear(_story_year(text, m.start()), ref) if unit == "year" else None
    direction = _REL_SHIFT[rel]
    if unit == "year" and _FISCAL_WORD.search(m.group(0)) and _fiscal_start(text) and rel in ("this", "current", "last", "previous", "next"):
        return _fiscal_year_around(ref, _fiscal_start(text), direction)  # "this financial year" in an Indian story: 2022/2023
    if unit in ("week", "month", "year") and re.match(r"the\s+(?:previous|next)\b", m["rel"], re.I):
        # "In 2018 the firm lost money; the previous year it had gained": the year before the story's own, when it
        # named one close by; else counted from the reference ("up from the previous year")
        return _Anaphor(unit, direction, _relative_unit(unit, 1, ref, direction), within=_CLOSE_BY)
    if unit == "weekend":
        # "this weekend": the one under way on a Saturday or a Sunday, else the coming one; "last" and "next" the ones
        # either side of it
        return _weekend_v(_saturday_of_week(ref) + timedelta(days=7 * direction), True)
    if unit == "century":
        c = ref.year // 100 + direction
        s, e = V.century_interval(c)
        return _Value(f"{c:02d}", s, e, "century", True)
    if rel == "this" and unit == "quarter" and _tense(text, m.start(), m.end()) <= 0:
        narrative = _narrative_quarter(text, m.start(), ref)  # "this quarter's loss" in a results story: the one reported
        if narrative is not None:
            return _quarter_v(*narrative)
    if rel == "last" and unit == "year" and (_AMOUNT_BEFORE.search(text, max(0, m.start() - 20), m.start())
                                              or re.match(r"'s\s+[$#\d]", text[m.end():m.end() + 5])):
        narrative = _narrative_quarter(text, m.start(), ref)  # "up from $3 million last year" in quarterly results
        if narrative is not None:
            return _quarter_v(narrative[0] - 1, narrative[1])
    if rel == "this" and unit == "week" and ref.weekday() == 6 and not m["side"] and _tense(text, m.start(), m.end()) > 0:
        return _week_v(ref + timedelta(days=1), True)  # "will vote again this week" in a Sunday paper: the coming week
    value = _relative_unit(unit, 1 if direction else 0, ref, direction or 1)
    side = (m["side"] or "").lower()
    if rel == "this" and value.start is not None and value.end is not None and side in ("earlier", "later"):
        # "earlier this month": the month up to the reference day; "later this year": from it on (the value stays
        # TimeML's, the month or the year)
        if side == "earlier":
            return replace(value, end=min(value.end, ref))
        return replace(value, start=max(value.start, ref))
    return value


def _years_ago_on(when: list[str], n: int, ref: date) -> _Value | None:
    """``n`` years before the day, week or month ``when`` names ("today", "next month", "this week")."""
    word = when[-1].lower()
    if word in ("today", "tonight", "tomorrow", "yesterday"):
        day = V.valid_date(ref.year - n, ref.month, ref.day)
        if day is None:
            return None
        return _day_value(day + timedelta(days={"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1}[word]), True)
    step = {"this": 0, "next": 1, "last": -1}[when[0].lower()]
    if word == "month":
        year, month = V.add_months(ref.year, ref.month, step)
        return _Value(f"{year - n:04d}-{month:02d}", *V.month_interval(year - n, month), "month", True)
    if not 1 <= ref.year - n <= 9999:
        return None  # ("2030 years ago this week": before the calendar)
    then = V.valid_date(ref.year - n, ref.month, ref.day) or date(ref.year - n, 2, 28)  # (29 February in a common year)
    return _week_v(then + timedelta(days=7 * step), True)


# "This day last year, only half the passes had been claimed": British copy's day a year before the reference
@rule(r"\bthis\s+(?:day|date)\s+last\s+year\b", re.I, triggers=("last year",), anchors=("this",))
def _this_day_last_year(m, text, ref):
    if ref is None:
        return None
    return _day_value(V.valid_date(ref.year - 1, ref.month, ref.day) or date(ref.year - 1, 2, 28), True)  # (29 February: the 28th)


# "fifty years ago", "half a century ago"; "a hundred years ago today" is that day
@rule(rf"\b(?:(?:nearly|almost|about|roughly|more\s+than|less\s+than|over)\s+)?(?<![\d,.])(?P<n>half\s+a|{_NUM})\s+(?P<u>{_UNIT}|fortnights?|century|centuries)\s+(?:or\s+so\s+)?(?P<dir>ago|earlier|before|later|from now|hence)\b(?:(?<=ago)(?P<today>\s+(?:today|tonight|tomorrow|yesterday|(?:this|next|last)\s+(?:week|month))\b)|(?!(?<=earlier)\s+(?:this|last|next)\s+(?:week|month|year)\b)(?!(?<=later)\s+(?:this|last|next)\s+(?:week|month|year)\b))", re.I, triggers=("ago", "from now", "hence", "earlier", "later"), anchors=("ago", "earlier", "before", "later", "now", "hence"))
def _ago(m, text, ref):
    if ref is None or _THAN_AFTER.match(text, m.end()):
        return None  # "a week later than usual": a difference, no date
    n, unit, way = _number(m["n"]), m["u"].lower().rstrip("s"), m["dir"].lower()
    if unit == "fortnight":  # "a fortnight ago": two weeks
        n, unit = (2 * n if n is not None else None), "week"
    if unit.startswith("centur"):  # "a century ago", "half a century ago": that many years
        n, unit = (50 if m["n"].lower().startswith("half") else 100 * n if n is not None else None), "year"
    elif unit == "decade":  # "a decade ago": the year ten years back (as TimeBank), not the decade before
        n, unit = (10 * n if n is not None else None), "year"
    elif m["n"].lower().startswith("half"):
        return None  # "half a year ago": no date this reads (nor "a year ago" inside it)
    if m["today"]:  # "a hundred years ago today": this day of that year; "thirty years ago next month": that month
        return _years_ago_on(m["today"].split(), n, ref) if unit == "year" and way == "ago" and n else None
    if n == 1 and unit == "year" and way in ("ago", "earlier"):
        value = _year_earlier_value(text, m.start(), ref)  # "a year earlier" in a results story: the quarter
        if way == "earlier" and value.precision == "year":
            # else a year before the date just named ("sold in 1988; a year earlier"); with none close by, a
            # comparison with the year before the reference ("up from 4 pence a year earlier")
            return _Anaphor("year", -1, value, within=_CLOSE_BY)
        return value
    if way in ("earlier", "later"):  # "two days later": counted from the story's last date
        if n is None or unit not in _ANCHOR_PRECISIONS:
            return None  # "a few days later", "a decade later": no date to give
        return _Anaphor(unit, n if way == "later" else -n)
    if way == "before":
        return None  # "two days before the vote": relative to an event, not a date
    if n is None:
        return _Value("PAST_REF" if way == "ago" else "FUTURE_REF", None, None, "ref", True)
    return _relative_unit(unit, n, ref, -1 if way == "ago" else 1)


@rule(r"\b(?P<w>now|currently|recently|nowadays|the present|at present|these days|the near future|the coming (?:days|weeks|months|years)|the (?:days|weeks|months|years) ahead|the past(?![\s-]+(?:\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|couple)\b)|[\s-]+(?:\w{1,40}[\s-]+)?(?:years?|months?|weeks?|days?|decades?|centur(?:y|ies)|hours?|quarters?)\b)|the future|recent (?:days|weeks|months|years)(?: and (?:days|weeks|months|years))?)\b", re.I, triggers=("now", "current", "recent", "present", "past", "future", "these days", "coming", "ahead"), anchors=("now", "nowadays", "currently", "recently", "recent", "present", "past", "future", "these days", "coming", "ahead"))
def _ref(m, text, ref):
    word = re.sub(r"\s+", " ", m["w"].lower())
    if word == "recently" and text[m.start() - 3:m.start()].lower() == "as " and text[m.end():m.end() + 3].lower() == " as":
        return None  # "as recently as November": a bound on the date after it, no date itself
    value = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF", "the present": "PRESENT_REF",
             "recently": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF", "at present": "PRESENT_REF",
             "these days": "PRESENT_REF"}.get(
                 word, "PAST_REF" if word.startswith("recent") else "FUTURE_REF" if word.endswith(("ahead", "future"))
                 or word.startswith("the coming") else None)
    if value is None:
        return None
    if value == "PRESENT_REF" and ref is not None:
        return _Value(value, ref, ref, "ref", True)
    return _Value(value, None, None, "ref", True)


# ---- anaphoric expressions resolved against the reference date -----------------------------------------

def _last_quarter(ref: date) -> tuple[int, int]:
    q = (ref.month - 1) // 3  # the quarter before the current one (the one being reported on)
    return (ref.year, q) if q else (ref.year - 1, 4)


_ORDINAL_QUARTER = re.compile(r"\b(?P<o>first|second|third|fourth)(?:[\s-]+fiscal)?[\s-]+quarter", re.I)
_QUALIFIED = re.compile(r"(?:\d\d|\ban?|year's|year-ago|year-earlier|next|last|previous|prior)[\s-]+(?:fiscal[\s-]+)?$", re.I)
# the latest "period" a results story speaks of: a quarter, or a longer span (nine months, the year)
_PERIOD_MARK = re.compile(r"quarter(?!ly|[\s-]+centur)|(?:three|six|nine|twelve|12)[\s-]+months|\b(?:first|second)\s+half|"
                          r"(?:full|fiscal|calendar|whole)[\s-]+year\b|\byear\s+ended|\bfor\s+the\s+year\b", re.I)
_AMOUNT_BEFORE = re.compile(r"(?:\d|million|billion|cents|a\s+share|%)\W{0,3}$", re.I)


def _reported_quarter(text: str, pos: int, ref: date) -> tuple[int, int]:
    """The quarter a results story reports on: the ordinal quarter named just before ``pos``, else the first
    one the story names, if no year qualifies it ("third-quarter profit", not "the 1988 third quarter");
    else the last complete quarter."""
    first = found = None
    for m in _ORDINAL_QUARTER.finditer(text, 0, pos):
        if not _QUALIFIED.search(text, max(0, m.start() - 20), m.start()) and _tense(text, m.start(), m.end()) <= 0:
            first, found = first or m, m  # a quarter spoken of in the future ("will take a charge") is not reported on
    if found is None:
        return _last_quarter(ref)
    if pos - found.end() > 400:
        found = first  # the headline quarter, unless the sentence at hand names another
    q = ORDINALS[found["o"].lower()]
    return (ref.year - 1 if q > (ref.month - 1) // 3 + 1 else ref.year), q


def _narrative_quarter(text: str, pos: int, ref: date) -> tuple[int, int] | None:
    """The reported quarter when the story, just before ``pos``, speaks of a quarter rather than of a
    longer span: then "a year ago" and "last year" in a comparison mean that quarter a year before."""
    if "quarter" not in text:
        return None
    last = None
    for last in _PERIOD_MARK.finditer(text, max(0, pos - 600), pos):
        pass
    if last is None:
        if not _ORDINAL_QUARTER.search(text, 0, pos):
            return None
    elif not last.group(0).lower().startswith("quarter"):
        return None
    return _reported_quarter(text, pos, ref)


def _quarter_v(year: int, q: int, anchored: bool = True) -> _Value:
    s, e = V.quarter_interval(year, q)
    return _Value(f"{year:04d}-Q{q}", s, e, "quarter", anchored)


def _half_v(year: int, half: int, anchored: bool) -> _Value:
    s, e = V.half_interval(year, half)
    return _Value(f"{year:04d}-H{half}", s, e, "quarter", anchored)


# Fiscal years as South Asian, Australian and British copy writes them: "FY24", "FY2024-25", "Q3 FY23", "the current
# fiscal". Where the article's country keeps a fiscal year across two calendar years (India's from April, Pakistan's
# and Australia's from July), "FY24" is its two years, 2023/2024, and its quarters the calendar's ("Q3 FY23": October to
# December 2022, 2022-Q4); elsewhere (a US company's, or no country known) the year it ends, as TimeBank writes
# "fiscal 1990", and "Q3 FY23" 2023-Q3.
_REL_SHIFT = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}  # units from the reference's
_FISCAL_WORD = re.compile(r"\b(?:fiscal|financial)\b", re.I)
FISCAL_YEAR_START = {"IN": 4, "GB": 4, "CA": 4, "ZA": 4, "HK": 4, "PK": 7, "BD": 7, "NP": 7, "AU": 7, "NZ": 7, "EG": 7, "KE": 7,
                     "UG": 7, "TZ": 7}  # (Japan and Singapore name theirs by the year it begins: not read so)


def _fiscal_start(text: str) -> int | None:
    """The month the article's own country's fiscal year begins in, where it spans two calendar years and is named by
    the one it ends in (see FISCAL_YEAR_START)."""
    return FISCAL_YEAR_START.get(getattr(text, "country", None) or "")


def _fiscal_year_v(start_year: int, first_month: int, anchored: bool) -> _Value:
    """The fiscal year that begins in ``first_month`` of ``start_year``: its two calendar years."""
    end = V.month_interval(*V.add_months(start_year + 1, first_month, -1))[1]
    return _Value(f"{start_year:04d}/{start_year + 1:04d}", date(start_year, first_month, 1), end, "year", anchored)


def _two_digit_year(digits: str) -> int:
    """A year written with two digits or four: "24" is 2024, "99" 1999."""
    return int(digits) if len(digits) == 4 else 2000 + int(digits) if int(digits) < 50 else 1900 + int(digits)


@rule(r"\b(?:(?P<q>Q[1-4]|H[12])\s*)?FY\s?['’]?(?P<y>\d{4}|\d{2})(?:[-–/](?P<y2>\d{4}|\d{2}))?\b", triggers=("fy",))
def _fiscal_label(m, text, ref):
    year, first = _two_digit_year(m["y"]), _fiscal_start(text)
    if m["y2"]:  # "FY2024-25", "FY1999-00": its two years written
        end = int(m["y2"]) if len(m["y2"]) == 4 else year + 1 if int(m["y2"]) == (year + 1) % 100 else None
        if end != year + 1 or m["q"]:
            return None
        return _fiscal_year_v(year, first, False) if first else \
            _Value(f"{year:04d}/{end:04d}", date(year, 1, 1), date(end, 12, 31), "year", False)
    if not m["q"]:
        return _fiscal_year_v(year - 1, first, False) if first else _year_v(year, False)
    n = int(m["q"][1])
    if first is None:
        return _quarter_v(year, n, False) if m["q"][0] == "Q" else _half_v(year, n, False)
    if m["q"][0] == "H":  # a half of the fiscal year: six months from its first, or its seventh
        s = date(*V.add_months(year - 1, first, 6 * (n - 1)), 1)
        return _Value(f"{s.isoformat()[:7]}/{V.add_months(s.year, s.month, 5)[0]:04d}-{V.add_months(s.year, s.month, 5)[1]:02d}",
                      s, V.month_interval(*V.add_months(s.year, s.month, 5))[1], "quarter", False)
    y, month = V.add_months(year - 1, first, 3 * (n - 1))  # the fiscal quarter's first month
    return _quarter_v(y, (month - 1) // 3 + 1, False)


# "the current fiscal", "this fiscal year", "the outgoing fiscal year": the fiscal year that holds the reference, where
# the country keeps one across two calendar years (else the calendar year: see _this_unit)
@rule(r"\b(?:the\s+)?(?P<rel>current|this|last|previous|next|outgoing|coming)\s+(?:fiscal|financial)(?:\s+year\b|(?=\s*[,.;:)]|\s+"
      r"(?:and|or|to|from|in|on|at|as|with|by|for|when|while|after|before)\b))", re.I,
      triggers=("fiscal", "financial"), anchors=("fiscal", "financial"))
def _this_fiscal_year(m, text, ref):
    first = _fiscal_start(text)
    if ref is None or first is None:
        return None
    return _fiscal_year_around(ref, first, _REL_SHIFT.get(m["rel"].lower(), 0))  # ("outgoing": this one)


def _fiscal_year_around(ref: date, first: int, shift: int) -> _Value:
    """The fiscal year beginning in month ``first`` that holds ``ref``, or the one ``shift`` years from it."""
    return _fiscal_year_v((ref.year if ref.month >= first else ref.year - 1) + shift, first, True)


@rule(r"\bthe\s+(?:(?:latest|most recent|recent|just-ended|just-completed|past|last|current)\s+)?(?:fiscal\s+)?quarter\b(?!\s+of\b|[\s-]*‐?[\s-]*finals?\b)", re.I, triggers=("quarter",), anchors=("quarter",))
def _the_quarter(m, text, ref):
    if ref is None:
        return None
    if re.search(r"current", m.group(0), re.I):
        return _quarter_v(ref.year, (ref.month - 1) // 3 + 1)
    return _quarter_v(*_reported_quarter(text, m.start(), ref))




@rule(rf"\b(?:a\s+year\s+earlier|(?:the\s+(?=(?:(?:comparable|corresponding|same)\s+)?year-(?:earlier|ago)\s+(?:{_ORD}[\s-]+)?(?:quarter|period)))?(?:(?:comparable|corresponding|same)\s+)?year-(?:earlier|ago)(?:\s+(?:(?P<o>{_ORD})[\s-]+)?(?P<p>quarter|period))?"
      rf"|the\s+(?:(?:comparable|corresponding|same)\s+)?(?P<p2>quarter|period)\s+(?:a\s+year\s+(?:earlier|ago)|(?:of\s+)?last\s+year)"
      rf"|last\s+year's\s+(?:(?P<o2>{_ORD})[\s-]+)?(?P<p3>quarter|period))\b", re.I, triggers=("year",), anchors=("year",))
def _year_earlier(m, text, ref):
    if ref is None:
        return None
    return _year_earlier_value(text, m.start(), ref, m["o"] or m["o2"], m["p"] or m["p2"] or m["p3"])


def _year_earlier_value(text: str, pos: int, ref: date, ordinal: str | None = None, period: str | None = None) -> _Value:
    """"A year earlier": in a results story that speaks of a quarter, that quarter a year before; else the year before."""
    narrative = _narrative_quarter(text, pos, ref)
    if ordinal:
        y, _ = narrative or _reported_quarter(text, pos, ref)
        return _quarter_v(y - 1, ORDINALS[ordinal.lower()])
    if narrative is None and period and (period.lower() == "quarter" or _ORDINAL_QUARTER.search(text)):
        narrative = _reported_quarter(text, pos, ref)
    if narrative is not None:
        return _quarter_v(narrative[0] - 1, narrative[1])
    return _year_v(ref.year - 1, True)


@rule(rf"\bthe\s+(?P<y>{_YEAR})\s+(?:(?P<o>{_ORD})[\s-]+)?(?:fiscal\s+)?(?P<p>quarter|period)\b", re.I, triggers=("quarter", "period"), anchors=("quarter", "period"))
def _year_quarter(m, text, ref):
    year = int(m["y"])
    if m["o"]:
        return _quarter_v(year, ORDINALS[m["o"].lower()], False)
    narrative = _narrative_quarter(text, m.start(), ref) if ref else None
    if narrative is None and ref is not None and (m["p"].lower() == "quarter" or _ORDINAL_QUARTER.search(text)):
        narrative = _reported_quarter(text, m.start(), ref)
    return _quarter_v(year, narrative[1], False) if narrative else _year_v(year, False)


_YEAR_OFFSET = {"next": 1, "this": 0, "the": 0, "last": -1}  # "next year", "this year", "the year", "last year"


@rule(rf"\b(?P<rel>next|this|last)\s+year's\s+(?:fiscal\s+)?(?P<o>{_ORD})[\s-]+quarter\b", re.I, triggers=("quarter",), anchors=("quarter",))
# "the third quarter of this year", "the first quarter of next year"
@rule(rf"\b(?:the\s+)?(?:fiscal\s+)?(?P<o>{_ORD})[\s-]+quarter\s+of\s+(?P<rel>next|this|last)\s+year\b", re.I,
      triggers=("quarter",), anchors=("quarter",))
def _rel_year_quarter(m, text, ref):
    if ref is None:
        return None
    year = ref.year + _YEAR_OFFSET[m["rel"].lower()]
    return _quarter_v(year, ORDINALS[m["o"].lower()])


# "the December quarter", "the June half": the quarter or the half that month ends (as Australian and British results
# name them); "the July-September period", "the April-June quarter": the quarter or half those months make (as
# Japanese and Indian results name them); in the year written after it, else the year the month's tense gives
@rule(rf"\b[Tt]he\s+(?:(?P<first>{_MONTH_FULL}|{_MONTH_ABBR[:-3]})\s?[-–]\s?)?(?P<m>March|June|September|December|Mar|Jun|Sept?|Dec)"
      rf"\s+(?P<k>quarter|half|period)\b(?:\s+of\s+(?P<y>{_YEAR})\b)?", triggers=("quarter", "half", "period"),
      anchors=("quarter", "half", "period"))
def _month_quarter(m, text, ref):
    month, kind = _month(m["m"]), m["k"]
    months = month - _month(m["first"]) + 1 if m["first"] else 3 if kind == "quarter" else 6 if kind == "half" else 0
    if months not in (3, 6) or kind == "quarter" and months != 3 or kind == "half" and months != 6 \
            or months == 6 and month % 6:
        return None  # "the March-May period", "the June period": no quarter or half
    if m["y"]:
        year, anchored = int(m["y"]), False
    elif ref is None:
        return None
    else:
        year, anchored = _resolve_month_year(month, ref, _tense(text, m.start(), m.end())), True
    return _quarter_v(year, month // 3, anchored) if months == 3 else _half_v(year, month // 6, anchored)


# "the second half of next year"
@rule(r"\b(?:the\s+)?(?P<o>first|second|latter)\s+half\s+of\s+(?P<rel>next|this|last)\s+year\b", re.I, triggers=("half of",),
      anchors=("^half",))
def _rel_year_half(m, text, ref):
    if ref is None:
        return None
    year = ref.year + _YEAR_OFFSET[m["rel"].lower()]
    return _half_v(year, 1 if m["o"].lower() == "first" else 2, True)


# "the first six months of 2013", "the last three months of the year": the half or the quarter they make ("the year"
# told as past before its end is last year's, as a bare quarter is: "contracted in the final three months of the year"
# read in March)
@rule(rf"\b(?:the\s+)?(?P<side>first|last|final)\s+(?P<n>three|six)\s+months\s+of\s+(?:(?P<y>{_YEAR})|(?P<rel>this|next|last|the)\s+year)\b",
      re.I, triggers=("months of",), anchors=("months",))
def _months_of_year(m, text, ref):
    first = m["side"].lower() == "first"
    if m["y"]:
        year = int(m["y"])
    elif ref is None:
        return None
    elif m["rel"].lower() == "the":
        year = _quarter_year((1 if first else 4) if m["n"].lower() == "three" else (2 if first else 4), ref, text, m.start(), m.end())
    else:
        year = ref.year + _YEAR_OFFSET[m["rel"].lower()]
    if m["n"].lower() == "six":
        return _half_v(year, 1 if first else 2, not m["y"])
    return _quarter_v(year, 1 if first else 4, not m["y"])


_YEAR_APPOSED = re.compile(rf"(?<![\d,.])(?P<y>{_YEAR}),\s+$")
# ... and "ahead of the vote on Tuesday", "ahead of Diwali on Tuesday", "ahead of talks with the IMF on Thursday": the
# event's day (not "arrived ahead of schedule on Tuesday": an idiom of time, no event)
_AHEAD_LEADS = r"ahead\s+of|in\s+advance\s+of|in\s+time\s+for|build-?up\s+to|countdown\s+to"
_AHEAD_OF_EVENT_ON = re.compile(rf"\b(?:{_AHEAD_LEADS})\s+"
                                r"(?!(?:schedule|time|expectations|forecasts|estimates|the\s+curve|the\s+pack|the\s+rest)\b)"
                                r"(?:[\w'’-]+\s+){1,5}?(?:on|for)\s+$", re.I)
_AHEAD_OF = re.compile(rf"\b(?:{_AHEAD_LEADS}|ready\s+for|preparing\s+for|to\s+go\s+(?:before|until))\s+$", re.I)  # ("with five days to go before Tuesday's elections")
# an award's noun before "of the year", as its title ("Player of the Year") or named, won or voted ("named coach of the
# year"); not "the best-selling album of the year", "the record of the year so far", "the manager of the year's best fund",
# "Europe's Best-Selling Car of the Year", "her third book of the year" (a superlative, "top" or an ordinal before the noun)
_AWARD_OF = re.compile(r"(?:(?P<won>\b(?:named|won|wins|winning|crowned|voted|awarded)\s+(?:(?:the|an?|this|last)\s+)?"
                       r"(?:[\w'’-]+\s+){0,2}))?(?<!est\s)(?<!Top\s)(?<!top\s)(?<!elling\s)(?<!ird\s)(?<!ond\s)(?<!rst\s)"
                       r"\b(?P<noun>(?i:player|coach|manager|rookie|footballer|cricketer|athlete|sportsman|"
                       r"sportswoman|person|album|song|record|book|car|teacher|volunteer|citizen|entrepreneur|businessman|"
                       r"businesswoman))\s+of\s+$")
_OF_THE_YEAR_GOES_ON = re.compile(r"['’]s\b|\s+so\s+far\b")
_NOT_THE_YEAR = r"(?![\s-]+(?:\d|ago|before|after|earlier|later|in|of|to|when|that|which|before))"
# ... but "the end of the year before picking up": after a part of the year, "before" a gerund is no "the year before"
# ("in the year before joining the administration" still is no date)
_NOT_THE_YEAR_PART = r"(?![\s-]+(?:\d|ago|earlier|later|in|of|to|when|that|which|after|before(?!\s+[a-z]{1,20}ing\b)))"


# a present perfect running up to the expression: "has risen 7 percent since the beginning of the month" (not "had")
_PERFECT_SINCE = re.compile(r"\b(?:has|have)\s(?:(?!\bhad\b)[^.;!?\n]){0,60}\bsince\s+$", re.I)
# ... said at an earlier date than the story's, as reported speech or figures give it ("the ministry said on Jan. 28 that
# 312 people have died since the beginning of the month", read in February)
_MONTH_BEGAN = re.compile(r"(?:the\s+)?(?:beginning|start)\b", re.I)
_REPORTED_PERFECT = re.compile(rf"\b(?:{_REPORTING_VERBS}|says|wrote|according\s+to|statement|bulletin|figures|data|shows?|showed)\b",
                               re.I)


def _perfect_since_month_began(m: re.Match[str], text: str) -> bool:
    """Whether "the beginning (start) of the month" of ``m`` follows a present perfect that runs up to now, in the
    writer's own words (see _PERFECT_SINCE): then it is the reference's month, whatever the story's last date."""
    if not _MONTH_BEGAN.match(m.group(0)):
        return False  # ("since the end of the month" cannot be this one's)
    perfect = _PERFECT_SINCE.search(text, max(0, m.start() - 80), m.start())
    sentence_start = _sentence_bounds(text, m.start(), m.end())[0]
    return perfect is not None and not _REPORTED_PERFECT.search(text, sentence_start, perfect.start())


@rule(rf"\bthe\s+(?:fiscal\s+|financial\s+)?(?P<u>year)\b{_NOT_THE_YEAR}", re.I, triggers=("the year", "the fiscal year", "the financial year"),
      anchors=("year",))
# (a place after "in" is where the weekend was spent: "over the weekend in Aleppo"; "the year in review" is no year)
@rule(r"\bthe\s+(?P<u>weekend)\b(?![\s-]+(?:\d|of|before|after|that|which|when))", re.I, triggers=("the weekend",), anchors=("weekend",))
@rule(r"\b(?:the\s+)?(?P<u>year)(?:-|\s|['’]s\s)end\b(?![\s-]+\d)", re.I,  # "by year-end", "at year end", "the year's end"
      triggers=("year-end", "year end", "year's end", "year’s end"), anchors=("year",))
@rule(rf"\b(?:(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:earlier|later)\s+in)\s+the\s+(?P<u>year|month|week|decade)\b{_NOT_THE_YEAR_PART}", re.I,
      triggers=("of the year", "in the year", "of the month", "in the month", "of the week", "in the week", "of the decade"),
      anchors=("year", "month", "week", "decade"))
def _the_year(m, text, ref):
    if ref is None:
        return None
    unit = m["u"].lower()
    award = _AWARD_OF.search(text, max(0, m.start() - 60), m.start()) if unit == "year" and m.group(0)[:3].lower() == "the" else None
    if award is not None and (award["noun"][0].isupper() and m["u"] == "Year" or award["won"]) and not _OF_THE_YEAR_GOES_ON.match(text, m.end()):
        return None  # "the 2023 African Player of the Year", "named coach of the year": an award's title, no year
    if unit == "year":
        apposed = _YEAR_APPOSED.search(text, max(0, m.start() - 8), m.start()) if m.group(0)[:3].lower() == "the" else None
        if apposed is not None:  # "in 1957, the year he married": the year it stands beside
            return _year_v(int(apposed["y"]), False)
        return _year_v(ref.year, True)
    if unit == "decade":  # "by the end of the decade": the reference's, or told as past the story's last year's
        # ("A new code was written in 1975, and the city was rebuilt by the end of the decade": the 1970s)
        now = _decade_v(ref.year // 10, True)
        if _tense(text, m.start(), m.end()) < 0 and _TARGETS.isdisjoint(
                w.lower() for w in _WORD.findall(text, _sentence_bounds(text, m.start(), m.end())[0], m.start())):
            return _Anaphor("decade", 0, now, within=_CLOSE_BY)  # (not a target's: "had promised deep cuts by the end of
        return now  # the decade", told in 2020: the decade to come)
    if unit == "month":  # "by the end of the month": the reference's month ...
        if _tense(text, m.start(), m.end()) < 0 and not _perfect_since_month_began(m, text):
            # ... or, told as past, the month of the story's last date ("On Jan. 9, 2002, he set off ... The search was
            # called off at the end of the month": January 2002); not a present perfect that runs up to now ("has
            # risen 7 percent since the beginning of the month")
            return _Anaphor("month", 0, _month_v(ref.year, ref.month, True), within=_CLOSE_BY)
        return _month_v(ref.year, ref.month, True)
    if unit == "week":
        return _week_v(ref, True)
    if m["u"][0] == "W" and text[m.end():m.end() + 1] == " " and text[m.end() + 1:m.end() + 2].isupper():
        return None  # "said on The Weekend Show": a title
    # "ahead of the weekend", "would decide after the weekend": what lies ahead has not come yet (see _tense)
    tense = _tense(text, m.start(), m.end())
    future = _modal_bound(text, m.start()) or tense > 0 or tense == 0 and _future(text, m.start(), m.end())
    # ("she would decide after the weekend", "the cold snap could last until the weekend"; but a past verb of its own
    # clause outweighs a future elsewhere in the sentence: "Roofs collapsed over the weekend, and the state asked
    # residents to clear snow before the next storm")
    return _weekend_v(_saturday_on_or_after(ref) if future else _saturday_on_or_before(ref), True)


def _saturday_of_week(d: date) -> date:
    """The Saturday of the ISO week that holds ``d``."""
    return d + timedelta(days=5 - d.weekday())


def _saturday_on_or_after(d: date, strictly: bool = False) -> date:
    return d + timedelta(days=(5 - d.weekday()) % 7 or (7 if strictly else 0))


def _saturday_on_or_before(d: date) -> date:
    return d - timedelta(days=(d.weekday() - 5) % 7)


def _month_day(m: re.Match[str]) -> tuple[int, int]:
    """The month and the day a match writes month first (groups "m", "d") or day first ("m1", "d1")."""
    return (_month(m["m"]), _day(m["d"])) if m["m"] else (_month(m["m1"]), _day(m["d1"]))


def _weekend_v(saturday: date, anchored: bool) -> _Value:
    iso = saturday.isocalendar()
    return _Value(f"{iso[0]:04d}-W{iso[1]:02d}-WE", saturday, saturday + timedelta(days=1), "week", anchored)


# "the following weekend": the one after the story's last day ("beat Rovers on March 9 ... host City the following
# weekend"), else the next one after the reference
@rule(r"\b[Tt]he\s+following\s+weekend\b", triggers=("following weekend",), anchors=("weekend",))
def _following_weekend(m, text, ref):
    if ref is None:
        return None
    return _FollowingWeekday(5, _weekend_v(_saturday_on_or_after(ref, strictly=True), True), m.span(), weekend=True)


@rule(rf"\b(?P<m>{_MONTH})\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b", triggers=_MONTH_TRIGGERS, anchors=_MONTH_ANCHORS)
def _month_rel_year(m, text, ref):
    if ref is None:
        return None
    year = ref.year + _YEAR_OFFSET[m["rel"].lower()]
    return _month_v(year, _month(m["m"]), True)


# "March 22 last year", "4 September last year", "the 4th of September last year", "Jan. 22 next year": that day of
# the year named
@rule(rf"\b(?:(?P<m>{_MONTH})\s+(?P<d>{_DAY_AFTER_MONTH})|(?:the\s+)?(?P<d1>{_DAY_BEFORE_MONTH})(?:\s+of)?\s+(?P<m1>{_MONTH})),?"
      rf"\s+(?P<rel>last|this|next)\s+year\b(?!['’]s)", triggers=("last year", "this year", "next year"),  # (not "last year's")
      anchors=_MONTH_ANCHORS)
def _day_rel_year(m, text, ref):
    if ref is None:
        return None
    month, day = _month_day(m)
    d = V.valid_date(ref.year + _YEAR_OFFSET[m["rel"].lower()], month, day)
    return _day_value(d, True) if d else None


_UNITS_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TENS_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
               "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
               "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SPELLED_YEAR = (r"(?:nineteen|eighteen)\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
                 r"|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)|(?:the\s+year\s+)?two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?")


def _spelled_year_value(words: str) -> int | None:
    tokens = re.split(r"[\s-]+", words.lower().replace("the year ", ""))
    if tokens[:2] == ["two", "thousand"]:
        rest = [t for t in tokens[2:] if t != "and"]
        return 2000 + (_UNITS_WORDS.get(rest[0], 10) if rest else 0)
    century = _TENS_WORDS[tokens[0]] * 100
    if tokens[1] == "hundred":
        return century
    return century + sum(_TENS_WORDS.get(t, _UNITS_WORDS.get(t, 0)) for t in tokens[1:])


@rule(rf"\b(?:(?P<m>{_MONTH_FULL})\s+|(?:the\s+)?(?P<s>spring|summer|fall|autumn|winter)\s+of\s+)?(?P<y>{_SPELLED_YEAR})\b", re.I, triggers=("nineteen", "eighteen", "two thousand"), anchors=("nineteen", "eighteen", "thousand"))
def _spelled_year(m, text, ref):
    year = _spelled_year_value(m["y"])
    if year is None:
        return None
    if m["m"]:
        return _month_v(year, _month(m["m"]), False)
    if m["s"]:  # "the winter of nineteen ninety-four", as _season takes "the winter of 1994"
        return _season_value(year, SEASONS[m["s"].lower()], False, _south(text))
    return _year_v(year, False)


_WEEKDAY_NAME = re.compile(_WEEKDAY)
_RANGE_GAP = re.compile(r"\s*(?:to|through|thru|until|till|[-–—])\s*|\s+and\s+")
_BETWEEN_BEFORE = re.compile(r"\b[Bb]etween\s+$")


def _in_the_sentence_s_year(text: str, t: TimeMention, before: list[TimeMention], reference: date) -> TimeMention:
    """The mention ``t`` (``before``: the mentions before it; each is read so as the text is tagged, so that the dates
    after it count from its year), where a month-day without a year is in a sentence that opens with its year ("In 2014,
    polling was held between April 7 and May 12, and the results were declared on May 16"; "In 2018, voting took place
    on a single day, March 18") or in a clause of "in YYYY, when" ("came in 1995, when Cone went to the Yankees on July
    28"): in that year, as a bare month after a year already is (see _NarrativeMonth). Not the day a statement was made
    ("In 2014 sales fell, the company said on March 3"), nor a day told as past in a year still to come, or as still to
    come in a year gone by. The first clause of a sentence that opens "Last year" holds its
    month-days and its months ("Last year we didn't boil until April"). "The year" and "the end of the year" in a sentence
    that opens with a year gone by are that year ("In 1974, ... it was abandoned before the end of the year")."""
    if t.anchored and t.precision == "year" and _THE_YEAR.match(t.text):
        lo = _sentence_bounds(text, t.start, t.end)[0]
        opening = _FRONTED_YEAR.match(text, lo)
        if opening is not None and int(opening["y"] or opening["ym"]) < reference.year and _tense(text, t.start, t.end) <= 0 \
                and not _PRESENT_VERB.search(text, text.rfind(";", opening.end(), t.start) + 1 or opening.end(), t.start) \
                and not any(opening.end() <= o.start < t.start for o in before):
            # (not in a clause of the present, "In 2022, prices rose; they have fallen since the start of the year", nor
            # past another date: "In 2019, the firm was sold; profits this year rose from the start of the year")
            year = int(opening["y"] or opening["ym"])  # "In 1974, ... Congress abandoned it before the end of the year": 1974's
            return replace(t, value=f"{year:04d}", start_date=date(year, 1, 1), end_date=date(year, 12, 31), anchored=False)
        return t
    if t.anchored and t.precision == "day" and t.start_date and (name := H.canonical(t.text)) is not None:
        return _the_sentence_s_holiday(text, t, name, reference)
    if not (t.anchored and t.precision in ("day", "month") and t.start_date and t.end_date and _MONTH_NAME.search(t.text)
            and not _RELATIVE_WORD.search(t.text)):
        return t
    lo = _sentence_bounds(text, t.start, t.end)[0]
    opening = _FRONTED_YEAR.match(text, lo) or _WHEN_YEAR.search(text, lo, t.start)
    if opening is not None and t.precision == "day":
        year = int(opening["y"] or opening.groupdict().get("ym") or opening.groupdict().get("y2"))
    elif _LAST_YEAR_OPENING.match(text, lo) and not _NEXT_CLAUSE.search(text, lo, t.start) \
            and _tense(text, t.start, t.end) <= 0 or _WHEN_LAST_YEAR.search(text, lo, t.start):
        year = reference.year - 1  # (in its first clause: not "Last year it served 1,400 meals, and ... in September"); and
        # in a clause of "last year, when" ("compared with 31 last year, when the holiday fell on Nov. 23")
    elif _NEXT_YEAR_OPENING.match(text, lo) and not _NEXT_CLAUSE.search(text, lo, t.start) and _tense(text, t.start, t.end) >= 0:
        year = reference.year + 1  # "Next year, the race will take place in its old slot, on October 30"
    else:
        return t
    if t.precision == "month":
        if year != t.start_date.year:
            start, end = V.month_interval(year, t.start_date.month)
            return replace(t, value=V.month_value(year, t.start_date.month), start_date=start, end_date=end, anchored=False)
        return t
    tense = _tense(text, t.start, t.end)
    if year == t.start_date.year or year > reference.year and tense < 0 or year < reference.year and tense > 0 \
            or _SAID_ON_BEFORE.search(text, max(0, t.start - 16), t.start) and not (
                _ANNOUNCED_ON_BEFORE.search(text, max(0, t.start - 60), t.start)
                and not _CLAUSE_MARK.search(text, text.find(",", lo, t.start) + 1 or lo, t.start)):
        return t
    start = V.valid_date(year, t.start_date.month, t.start_date.day)
    end = V.valid_date(year + (t.end_date.year - t.start_date.year), t.end_date.month, t.end_date.day)
    if start is None or end is None:
        return t
    value = start.isoformat() if start == end else f"{start.isoformat()}/{end.isoformat()}"
    return replace(t, value=value, start_date=start, end_date=end, anchored=False)


_A_YEAR_EARLIER = re.compile(r"(?i:a\s+year\s+(?:earlier|ago|before))$")


def _compared_a_year_earlier(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """``mentions``, where "a year earlier" (or "ago") read as a year compares a month its sentence named before it: that
    month a year before ("Sales in January fell 21 percent from a year earlier": January of the year before). (Not a day:
    "on April 30 ... from a year earlier" compares the year as often as the day.)"""
    out = list(mentions)
    for k, t in enumerate(mentions):
        if not (t.precision == "year" and _A_YEAR_EARLIER.search(t.text) and k):
            continue
        lo = _sentence_bounds(text, t.start, t.end)[0]
        u = None
        for before in reversed(mentions[:k]):  # (only back to the sentence's start)
            if before.start < lo:
                break
            if before.precision == "month" and before.start_date and before.end_date \
                    and before.start_date.year == t.start_date.year + 1 and ";" not in text[before.end:t.start]:  # type: ignore[union-attr]
                u = before
                break
        if u is None:
            continue
        year, month = u.start_date.year - 1, u.start_date.month  # type: ignore[union-attr]
        s, e = V.month_interval(year, month)
        out[k] = replace(t, value=V.month_value(year, month), start_date=s, end_date=e, precision="month")
    return out


def _years_shared(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """``mentions``, where a day without its year stands beside a day written with one: the first of a pair takes the
    second's year ("photographs taken on 23 January and 29 January 1930"), and a day restated after a date takes its
    year ("On 8 May 1945, VE Day, ...")."""
    out = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if not (a.precision == "day" == b.precision and a.start_date and b.start_date and a.start_date == a.end_date
                and b.start_date == b.end_date):
            continue
        gap = text[a.end:b.start]
        if a.anchored and not b.anchored and _PAIR_GAP.fullmatch(gap) and _MONTH_NAME.search(a.text) \
                and (a.start_date.month, a.start_date.day) <= (b.start_date.month, b.start_date.day):
            d = V.valid_date(b.start_date.year, a.start_date.month, a.start_date.day)
            if d is not None:
                out[k] = replace(a, value=d.isoformat(), start_date=d, end_date=d, anchored=False)
        elif b.anchored and not a.anchored and gap == ", " and (a.start_date.month, a.start_date.day) == (b.start_date.month, b.start_date.day):
            out[k + 1] = replace(b, value=a.value, start_date=a.start_date, end_date=a.end_date, anchored=False)
    return out


def _the_sentence_s_holiday(text: str, t: TimeMention, name: str, reference: date) -> TimeMention:
    """A one-day holiday named alone (``name``, as holidays.py knows it) in a sentence that opens with its year or in a
    clause of "in YYYY, when", told as past of a year gone by: that year's ("In 1996, stores opened on Thanksgiving", "came
    in 1995, when the shop burned down on Christmas Eve"). Not the days a country's calendar gives (holidays.py's only)."""
    lo = _sentence_bounds(text, t.start, t.end)[0]
    opening = _FRONTED_YEAR.match(text, lo) or _WHEN_YEAR.search(text, lo, t.start)
    if opening is None:
        return t
    year = int(opening["y"] or opening.groupdict().get("ym") or opening.groupdict().get("y2"))
    if year >= reference.year or year == t.start_date.year or _tense(text, t.start, t.end) > 0:
        return t
    found = H.in_year(name, year)
    if len(found) != 1 or found[0].start != found[0].end:
        return t
    day = found[0].start
    return replace(t, value=day.isoformat(), start_date=day, end_date=day, anchored=False)


_PAIR_GAP = re.compile(r"\s+(?:and|or)\s+")
# "came in 1995, when Cone went to the Yankees on July 28", "the latest onset since 2019, when the monsoon arrived on June 8"
_WHEN_LAST_YEAR = re.compile(r"\blast\s+year,?\s+when\b[^.;:!?,]*$", re.I)
_WHEN_YEAR = re.compile(rf"\bin\s+(?P<y>{_YEAR}),?\s+when\b[^.;:!?,]*$|\b(?:since|until|till)\s+(?P<y2>{_YEAR}),\s+when\b[^.;:!?,]*$")
_FRONTED_YEAR = re.compile(rf"{_YEAR_OPENING}(?:early\s+|mid-|late\s+)?(?:(?P<y>{_YEAR}),|{_MONTH_FULL}\s+(?P<ym>{_YEAR})\b)")
_MONTH_NAME = re.compile(rf"\b{_MONTH}")
_PRESENT_VERB = re.compile(r"\b(?:has|have|is|are|says|say)\b", re.I)
_THE_YEAR = re.compile(r"(?:the\s+(?:end|beginning|start|middle|rest|course)\s+of\s+)?the\s+year$", re.I)
_LATER_THIS_YEAR = re.compile(r"\blater\s+this\s+year\b", re.I)
_NEXT_YEAR_OPENING = re.compile(r"[\s\"'“‘]*Next\s+year\b(?!\s+(?:is|will\s+be|looks|promises)\b)")
_LAST_YEAR_OPENING = re.compile(r"[\s\"'“‘]*Last\s+year\b(?!['’]|\s+(?:was|were|is|ended|saw|brought|proved|became)\b)")
# (not "Last year's winner", nor "Last year was tough, he told reporters on March 3": the year as a subject)
_NEXT_CLAUSE = re.compile(r"[,;]\s*(?:and|but|while|whereas|although|though)\b|;")
_SAID_ON_BEFORE = re.compile(rf"\b(?:{_REPORTING_VERBS}|says|added|stated|confirmed|disclosed|noted)\s+(?:on\s+)?$")
# ... but a thing announced in the passive in the sentence's own clause is on its own day ("Last year, the results were
# announced on 20th December"; not the tag "Last year, the firm lost $3 billion, it was announced on March 5")
_ANNOUNCED_ON_BEFORE = re.compile(r"\b(?!(?:it|that|which|who)\b)[\w'’]+\s+(?:was|were)\s+announced\s+(?:on\s+)?$", re.I)
_CLAUSE_MARK = re.compile(r"[,;]|\b(?:according|and|but|as|when|while|after|because)\b")  # (a clause after the fronted one's comma)
_RELATIVE_WORD = re.compile(r"\b(?:last|next|this|ago|later|earlier|before|after|following|previous)\b", re.I)


def _day_ranges(text: str, mentions: list[TimeMention], reference: date | None) -> tuple[TimeMention, ...]:
    """``mentions``, where two days written apart make a range ("from Friday to Monday", "Friday-Sunday", "between
    Tuesday and Thursday", "6 December to 4 January") read as one span, in order.

    Two weekdays lie within one week: each read alone by its tense may fall on either side of the reference date ("runs
    Friday-Sunday" on a Sunday is not the 16th to the 11th). Where the two readings disagree, a past range counts back
    from its end; else a range that can hold the reference date does; else a range to come counts from its start, one
    across the reference from the end nearer to it. A month-day that ends a range before its start is the next year's
    ("6 December to 4 January" read in October). Weekdays of opening hours are no days at all."""
    out: list[TimeMention | None] = list(mentions)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a is None or b is None or reference is None or a.start_date is None or b.start_date is None or not b.anchored \
                or a.value != a.start_date.isoformat() or b.value != b.start_date.isoformat():
            continue
        gap = text[a.end:b.start]
        if not _RANGE_GAP.fullmatch(gap) or gap.strip() == "and" and not _BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start):
            continue  # ("on Monday and Thursday": two days)
        weekdays = _WEEKDAY_NAME.fullmatch(a.text) and _WEEKDAY_NAME.fullmatch(b.text)
        if not weekdays and _WEEKDAY_NAME.fullmatch(b.text) and _WEEKDAY_NAME.fullmatch(a.text.split()[-1]):
            # "next Monday through Friday": the end in the week its start names
            last = a.start_date + timedelta(days=(b.start_date.weekday() - a.start_date.weekday()) % 7 or 7)
            out[k + 1] = replace(b, value=last.isoformat(), start_date=last, end_date=last)
            continue
        if not weekdays:
            later = V.valid_date(b.start_date.year + 1, b.start_date.month, b.start_date.day)
            if b.start_date < a.start_date and later is not None and 0 < (later - a.start_date).days <= 366 \
                    and not _WEEKDAY_NAME.search(b.text):  # (a year on, a day written with its weekday is on another)
                out[k + 1] = replace(b, value=later.isoformat(), start_date=later, end_date=later)
            continue
        if not a.anchored:
            continue
        lo = _sentence_bounds(text, a.start, b.end)[0]
        if (_HOURS_BEFORE.search(text, lo, a.start) or _CLOCK_AFTER.match(text, b.end)) and not _WHICH_WEEK_AFTER.match(text, b.end):
            out[k] = out[k + 1] = None  # opening hours: "the office is open Monday through Friday", "Tuesday to Saturday,
            continue  # 10am to 4pm": a set of days, no dates
        first, last = a.start_date, b.start_date
        if 0 < (last - first).days < 7:
            continue
        days = (last.weekday() - first.weekday()) % 7 or 7
        into = (reference.weekday() - first.weekday()) % 7
        if first <= reference and last <= reference:  # past: "was held from Friday to Monday", back from the Monday
            first = last - timedelta(days=days)
        elif into <= days:  # a range that can hold the reference date does ("banned from Monday to Thursday" on a Wednesday)
            first = reference - timedelta(days=into)
            last = first + timedelta(days=days)
        elif first > reference or reference - first <= last - reference:
            last = first + timedelta(days=days)
        else:
            first = last - timedelta(days=days)
        out[k] = replace(a, value=first.isoformat(), start_date=first, end_date=first)
        out[k + 1] = replace(b, value=last.isoformat(), start_date=last, end_date=last)
    return tuple(m for m in out if m is not None)


_HOURS_BEFORE = re.compile(r"\b(?:open|opens|(?:opening|office|business|visiting)\s+hours|operates|operating|staffed|served|daily|weekdays)\b(?:\s+\w+){0,4}"
                           r"\s+(?:from\s+)?$", re.I)
_WHICH_WEEK_AFTER = re.compile(r"\s+(?:this|next|last)\s+week\b", re.I)  # ("open from Monday to Thursday next week": days)
_CLOCK_AFTER = re.compile(r",?\s*(?:from\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)", re.I)


def _dateline_day(text: str, reference: date | None) -> date | None:
    """The day a wire story's dateline gives ("MANAGUA, Nicaragua, March 6 --"), where it is up to three days before the
    publication date: the day the story was written, which its "today" and "on Tuesday" count from; else ``reference``."""
    if reference is None:
        return None
    m = _DATELINE_DAY.match(text)
    if m is None:
        return reference
    month, day = _month(m["m"]), _day(m["d"])
    written = V.valid_date(reference.year - (1 if month > reference.month else 0), month, day)
    return written if written is not None and 0 < (reference - written).days <= 3 else reference


# what a date written out in full has among its digits: a year ("2009", "'98", "12-Mar-05"), or day and month joined by
# a stroke, a point or a hyphen ("3/4/05", "9/11", the day of 2001 named by its date)
_YEAR_DIGITS = re.compile(r"\d{4}|\d\s?[/.-]\s?\d|['’]\d\d|[A-Za-z]\.?-\d\d(?!\d)")
_DATELINE_DAY = re.compile(rf"\s*[A-Z][A-Z .'’-]+,(?:\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?,)?\s+(?P<m>{_MONTH})\s+(?P<d>{_DAY})"
                           r"\s*(?:\(|--|-|—|–|:)")


class TemporalTagger:
    """Finds and normalises temporal expressions. Build once; :meth:`tag` is thread-safe and its answer depends on its
    arguments only (on first use per country it reads or writes that country's day names in ``cache_dir``, see
    :mod:`events.time.country_days`; the default cache directory if None, and imports python-holidays to date a day).
    Building one reads its rules' plans from ``cache_dir``, or works them out and writes them there (see rule_plans)."""

    def __init__(self, cache_dir: Path | None = None) -> None:
        plans = rule_plans(cache_dir)
        self._rules = tuple((pattern, normalise, triggers, plan, tuple(g for g in _EXPRESSION_GROUPS if g in pattern.groupindex))
                            for (pattern, normalise, triggers, _), plan in zip(_RULES, plans))
        # every rule's trigger and anchor words in one automaton: one pass over a text finds which are in it, and
        # where (a substring test per word and rule took a sixth of the tagger's time)
        self._triggers = ahocorasick.Automaton()
        words = {t for _, _, triggers, _ in _RULES for t in triggers}
        words |= {a.lstrip("^") for plan in plans if plan is not None for a in plan.anchors if a[0] != "@"}
        words |= set(_MONTH_TRIGGERS)  # (for the "month_i" anchors)
        words |= _FESTIVAL_KEYS  # (the festivals read wherever they are named: see _country_days)
        for word in words:
            self._triggers.add_word(word, word)
        self._triggers.make_automaton()
        # each country's own named days ("Heritage Day"), and India's festivals wherever named (see country_days)
        self._calendars: Memo[str, CountryCalendar | None] = Memo(lambda cc: CountryCalendar.of(cc, cache_dir=cache_dir), limit=300)
        self._festivals: Memo[str, CountryCalendar | None] = Memo(lambda cc: CountryCalendar.of(cc, FESTIVALS[cc], cache_dir))

    def _country_days(self, text: str, reference: date | None, country: str | None, festivals: bool
                      ) -> list[tuple[int, int, _Value | _Anaphor | _NarrativeMonth | None]]:
        """Candidates for the named days of the article's own country's calendar, and for the festivals read wherever
        named (India's, China's, Korea's: see country_days.FESTIVALS) where the text may name one (``festivals``): the
        occurrence of a year written after the name ("Diwali 2019"), else the last or next one, else the nearest in the
        sentence's direction; "the eve of" one is the day before."""
        if reference is None:
            return []
        calendars = [self._calendars[country]] if country else []
        if festivals:
            calendars += [self._festivals[cc] for cc in FESTIVALS if cc != country]
        found: list[tuple[int, int, _Value | _Anaphor | _NarrativeMonth | None]] = []
        for calendar in calendars:
            if calendar is None:
                continue
            for start, end, name in calendar.find(text):
                written = _YEAR_AFTER_NAME.match(text, end)
                if written:
                    occurrences = calendar.occurrences(name, range(int(written["y"]), int(written["y"]) + 1))
                    occurrence = occurrences[0] if occurrences else None
                    end = written.end()
                else:
                    years = calendar.occurrences(name, range(reference.year - 1, reference.year + 2))
                    rel = _HOLIDAY_REL_BEFORE.search(text, max(0, start - 6), start)
                    occurrence = _nearest_occurrence(years, text, start, end, reference, rel[1].lower() if rel else "")
                    start = rel.start() if rel else start
                if occurrence is None:
                    continue
                eve = _EVE_BEFORE.search(text, max(0, start - 14), start)
                day = occurrence.start - timedelta(days=1) if eve else occurrence.start
                found.append((eve.start() if eve else start, end, _day_value(day, not written)))
        return found

    def _matches(self, text: str) -> tuple[list[_RuleMatch], bool]:
        """What the rules' patterns match in ``text`` (each match with its rule's normaliser and expression groups), and
        whether the text may name a festival read wherever named (see _country_days). Matching needs no reference date:
        a text tagged twice, for its own latest date and then against it (:meth:`tag_inferring_reference`), is read once."""
        found = []
        lower = text.lower()
        # where each word starts in ``lower`` (the text opens a line: a trigger at a line's start, "\n1", is found at
        # its start too: "14/3: shelling")
        words: dict[str, list[int]] = {}
        for last, word in self._triggers.iter("\n" + lower):
            words.setdefault(word, []).append(last - len(word))
        present = words.keys()
        scan = None
        if len(lower) == len(text) and (text.isascii() or not any(c in text for c in _CASE_TRAPS)):
            bound = next((b for b, run in _LONG_RUN.items() if not run.search(text)), None)
            if bound is not None:
                scan = _Scan(text, lower, bound, words)
        for pattern, normalise, triggers, plan, spans in self._rules:
            if triggers and present.isdisjoint(triggers):
                continue
            windows = scan.windows(plan) if scan is not None and plan is not None else None
            if windows == []:
                continue  # no anchor, no match
            if windows is None:
                matches: Iterable[re.Match[str]] = pattern.finditer(text)
            elif len(windows) == 1:
                matches = pattern.finditer(text, *windows[0])
            else:
                matches = chain.from_iterable(pattern.finditer(text, lo, hi) for lo, hi in windows)
            found.extend((m, normalise, spans) for m in matches)
        return found, not present.isdisjoint(_FESTIVAL_KEYS)

    @staticmethod
    def _candidates(text: str, reference: date | None, matches: list[_RuleMatch]
                    ) -> list[tuple[int, int, _Value | _Anaphor | _NarrativeMonth | None]]:
        """The rules' matches (:meth:`_matches`) normalised against ``reference``, each with its expression's span."""
        found = []
        for m, normalise, spans in matches:
            # a rule may match context (a preposition) around the expression: group "x", "x2" or "x3" is the expression
            start, end = next((m.span(g) for g in spans if m.group(g) is not None), m.span())
            try:
                value = normalise(m, text, reference)
            except (ValueError, OverflowError):
                value = None  # a date outside the calendar ("2016 decades ago"): found, but no value
            if isinstance(value, (_Value, _FollowingWeekday, _NarrativeDay)) and value.span is not None:
                start, end = value.span
            found.append((start, end, value))
        return found

    def tag(self, text: str, reference: date | None, country: str | None = None) -> tuple[TimeMention, ...]:
        """Temporal expressions in ``text``, normalised against ``reference`` (the publication date); ``country``, the
        ISO code of the article's own country where known, dates the days countries keep apart ("Memorial Day",
        "Mother's Day", "Independence Day", Canada's Thanksgiving) that the text does not say whose."""
        text = _Text(text)
        return self._tag(text, reference, country, *self._matches(text))

    def tag_inferring_reference(self, text: str, country: str | None = None) -> tuple[date | None, tuple[TimeMention, ...]]:
        """``tag(text, latest_complete_date(text), country)`` and that reference date, for a text whose publication date
        is unknown; the text's expressions are matched once for both."""
        if not _YEAR_DIGITS.search(text):
            return None, self.tag(text, None, country)
        text = _Text(text)
        matches, festivals = self._matches(text)
        reference = _latest_complete(self._tag(text, None, None, matches, festivals))
        return reference, self._tag(text, reference, country, matches, festivals)

    def _tag(self, text: _Text, reference: date | None, country: str | None,
             matches: list[_RuleMatch], festivals: bool) -> tuple[TimeMention, ...]:
        reference = _dateline_day(text, reference)
        text.country = country
        text.calendar = self._calendars[country] if country else None
        candidates = self._candidates(text, reference, matches)
        # (a country's days first: where the rules found a name they cannot date for it, "Memorial Day" in a Korean story,
        # its calendar's day wins the tie)
        candidates = self._country_days(text, reference, country, festivals) + candidates
        # longest first, then earliest; a longer match that could not be normalised still blocks its parts
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        kept: list[tuple[int, int, _Value | _Anaphor | _NarrativeMonth | _DayOfMonth | _FollowingWeekday | None]] = []
        taken = bytearray(len(text) + 1)
        for start, end, value in candidates:
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            kept.append((start, end, value))
        mentions: list[TimeMention] = []
        for start, end, v in sorted(kept, key=lambda k: k[0]):
            if isinstance(v, _Anaphor):
                v = v.resolve(mentions, start, text, reference)  # in text order: "the next day" counts from the dates before it
            elif isinstance(v, _NarrativeMonth):
                v = v.resolve(mentions, start, text)
            elif isinstance(v, _NarrativeDay):
                v = v.resolve(mentions, start, text)
            elif isinstance(v, (_FollowingWeekday, _FollowingPeriod, _ThatYear, _NarrativeHoliday)):
                v = v.resolve(mentions, start, text)
            elif isinstance(v, _DayOfMonth):
                v = v.resolve(mentions, start)
            if v is not None and v.precision in ("day", "month") and _SET_BEFORE.search(text, max(0, start - 7), start) \
                    and not _price_each(text, start, end):
                continue  # "consulted every February 2 since 1887", "each March": a set, no one date
            if v is not None and text[start:start + 4].lower() == "the " and text[start + 4:start + 5].isdigit() \
                    and v.precision == "day" and _NOUN_AFTER.match(text, end):
                start += 4  # "the 30 August ballot", "the 7 October attacks": the article is the noun's
            if v is not None:
                if v.precision == "day" and len(v.value) == 10:
                    v = _with_part_of_day(text, start, end, v)
                start, v = _offset_from(text, start, v)  # "the day before last Tuesday", "two days after March 3"
                mention = TimeMention(start, end, text[start:end], v.value, v.start, v.end, v.precision,  # type: ignore[arg-type]
                                      v.anchored)
                # (in its sentence's year before the dates after it count from it: "in 1975, when ... on 5 June. Britain had
                # joined two years earlier")
                mentions.append(_in_the_sentence_s_year(text, mention, mentions, reference) if reference else mention)
        mentions = _years_shared(text, mentions)
        return _day_ranges(text, _compared_a_year_earlier(text, mentions), reference)

    def latest_complete_date(self, text: str) -> date | None:
        """The latest fully specified date (day, month and year written out) that ``text`` cites."""
        if not _YEAR_DIGITS.search(text):
            return None  # (no date is complete without its year's digits: a text that has none is not tagged for one; one
            # that has is tagged whole, since its other dates say whether "04/02/2005" is day or month first)
        return _latest_complete(self.tag(text, None))


def _latest_complete(mentions: tuple[TimeMention, ...]) -> date | None:
    """The latest day among ``mentions`` (tagged with no reference) that is written out whole."""
    dates = [t.start_date for t in mentions if t.precision == "day" and not t.anchored and t.start_date
             and any(ch.isdigit() for ch in t.text)]  # (a day named for its date, "D-Day", writes none: no reference)
    return max(dates, default=None)
