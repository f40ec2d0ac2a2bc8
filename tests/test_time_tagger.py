"""Temporal expressions: found with offsets, normalised against the reference date. Odd rows say why."""

from __future__ import annotations

from datetime import date

import pytest

from events.time import TemporalTagger

REF = date(2016, 12, 12)  # a Monday: the seed article's date
TAGGER = TemporalTagger()


@pytest.mark.parametrize(("text", "expected"), [
    ("(Global Research, December 12, 2016)", ("December 12, 2016", "2016-12-12", "2016-12-12", "2016-12-12", "day")),
    ("in December 2016", ("December 2016", "2016-12", "2016-12-01", "2016-12-31", "month")),  # a month, not 1 December
    ("captured the city on Sunday", ("Sunday", "2016-12-11", "2016-12-11", "2016-12-11", "day")),  # day before a Monday
    ("on Saturday", ("Saturday", "2016-12-10", "2016-12-10", "2016-12-10", "day")),
    ("drove them out in March", ("March", "2016-03", "2016-03-01", "2016-03-31", "month")),  # publication year
    ("first captured in May 2015", ("May 2015", "2015-05", "2015-05-01", "2015-05-31", "month")),
    ("eight months ago", ("eight months ago", "2016-04", "2016-04-01", "2016-04-30", "month")),
    ("last week", ("last week", "2016-W49", "2016-12-05", "2016-12-11", "week")),  # ISO week before the reference's
    ("this year", ("this year", "2016", "2016-01-01", "2016-12-31", "year")),
    ("yesterday", ("yesterday", "2016-12-11", "2016-12-11", "2016-12-11", "day")),
    ("Dec. 11", ("Dec. 11", "2016-12-11", "2016-12-11", "2016-12-11", "day")),
    ("12 December", ("12 December", "2016-12-12", "2016-12-12", "2016-12-12", "day")),
    ("the 1990s", ("the 1990s", "199", "1990-01-01", "1999-12-31", "decade")),
    ("in the third quarter", ("the third quarter", "2016-Q3", "2016-07-01", "2016-09-30", "quarter")),
    ("next year", ("next year", "2017", "2017-01-01", "2017-12-31", "year")),
    ("last spring", ("last spring", "2016-SP", "2016-03-01", "2016-05-31", "season")),
    ("12/11/2016", ("12/11/2016", "2016-12-11", "2016-12-11", "2016-12-11", "day")),  # US order
    ("nineteen ninety-six", ("nineteen ninety-six", "1996", "1996-01-01", "1996-12-31", "year")),
    ("Talks will resume on Friday", ("Friday", "2016-12-16", "2016-12-16", "2016-12-16", "day")),  # future tense
    ("in November", ("November", "2016-11", "2016-11-01", "2016-11-30", "month")),
])
def test_expressions(text: str, expected: tuple[str, str, str, str, str]) -> None:
    (m,) = TAGGER.tag(text, REF)
    assert (m.text, m.value, str(m.start_date), str(m.end_date), m.precision) == expected
    assert text[m.start:m.end] == m.text


@pytest.mark.parametrize(("text", "why"), [
    ("He may come later.", "modal 'may' is not the month"),
    ("It cost $27 million.", "money is not a year or a day"),
    ("4000 ISIS fighters", "a count is not a year"),
    ("on the second day", "an ordinal is not a date"),
    ("the sun rose", "'sun' is not Sunday"),
    ("the March on Washington", "'March' as a name, with no preposition"),
    ("fighting lasted three years", "a duration is not a date"),
    ("Call 555-1234 now", None),
])
def test_not_dates(text: str, why: str | None) -> None:
    found = [m.text for m in TAGGER.tag(text, REF) if m.value not in ("PRESENT_REF",)]
    assert found == [], why


def test_relative_needs_a_reference() -> None:
    assert TAGGER.tag("on Sunday", None) == ()
    (m,) = TAGGER.tag("on December 11, 2016", None)
    assert m.value == "2016-12-11" and not m.anchored


def test_latest_complete_date_ignores_partial_dates() -> None:
    text = "In May 2015 ... (Global Research, December 12, 2016) ... on Sunday ... by March 3, 2016."
    assert TAGGER.latest_complete_date(text) == date(2016, 12, 12)
    assert TAGGER.latest_complete_date("in December 2016") is None


@pytest.mark.parametrize("reference", [date(2016, 12, 12), date(2000, 2, 29), date(1998, 1, 1), None])
def test_offsets_hold_on_a_long_text(reference) -> None:
    text = ("On Sunday, December 11, 2016, fighters took Palmyra. Last week and in March and the 1990s and "
            "yesterday, 3 years ago, the third quarter, this spring and next month. ") * 5
    for m in TAGGER.tag(text, reference):
        assert text[m.start:m.end] == m.text
        assert m.start_date is None or m.start_date <= m.end_date
