"""A country's own named days from python-holidays (events.time.country_days): how its entries become names."""

from __future__ import annotations

from datetime import date

import pytest

from events.time.country_days import FESTIVALS, CountryCalendar, _names


@pytest.mark.parametrize(("entry", "names", "why"), [
    ("Heritage Day", ["Heritage Day"], "a plain name"),
    ("Heritage Day (observed)", [], "a day off in lieu is no day of that name"),
    ("Ganesh Chaturthi / Vinayak Chaturthi", ["Ganesh Chaturthi", "Vinayak Chaturthi"], "two names of one day"),
    ("Karaka Chaturthi (Karwa Chouth)", ["Karaka Chaturthi", "Karwa Chouth"], "a second name in parentheses"),
    ("Janmashtami (Vaishnava)", ["Janmashtami"], "a one-word qualifier in parentheses is no name"),
    ("Diwali (South India)", ["Diwali"], "... nor a region"),
    ("Eid al-Fitr Holiday", [], "a second day off"),
    ("Local Government Elections", [], "an election day"),
    ("Public Holiday by Presidential Decree", [], "a day declared once"),
])
def test_calendar_entries_become_names(entry: str, names: list[str], why: str) -> None:
    assert _names(entry) == names, why


def test_a_country_calendar_leaves_the_tagger_s_own_days_out() -> None:
    calendar = CountryCalendar.of("ZA")
    assert calendar is not None
    named = set(calendar.names.values())
    assert {"Heritage Day", "Freedom Day", "Youth Day"} <= named
    assert not named & {"Christmas Day", "Good Friday", "Family Day"}  # read by the tagger's own rules
    assert calendar.days("Heritage Day", 2013) == [date(2013, 9, 24)]


def test_india_s_festivals_are_one_calendar_with_their_other_spellings() -> None:
    calendar = CountryCalendar.of("IN", FESTIVALS["IN"])
    assert calendar is not None
    assert [name for _, _, name in calendar.find("Deepavali lights and Bhai Dooj sweets; Independence Day.")] == ["Diwali", "Bhai Duj"]
    assert calendar.days("Diwali", 2016) == [date(2016, 10, 30)]
    assert calendar.days("Diwali", 1998) == []  # outside its lunisolar tables (2001-2035): no date rather than a guess


def test_a_country_python_holidays_does_not_know_has_no_calendar() -> None:
    assert CountryCalendar.of("XX") is None


def test_day_names_are_kept_in_the_cache_directory(tmp_path) -> None:
    first = CountryCalendar.of("ZA", cache_dir=tmp_path)
    (kept,) = tmp_path.glob("holiday-names-*-ZA.json")  # one file per country, named by python-holidays' version
    assert "Heritage Day" in kept.read_text(encoding="utf-8")
    again = CountryCalendar.of("ZA", cache_dir=tmp_path)  # read back from the file
    assert first is not None and again is not None and again.names == first.names


def test_a_damaged_names_file_is_written_over(tmp_path) -> None:
    CountryCalendar.of("ZA", cache_dir=tmp_path)
    (kept,) = tmp_path.glob("holiday-names-*.json")
    kept.write_text("[]", encoding="utf-8")  # valid JSON of another shape
    calendar = CountryCalendar.of("ZA", cache_dir=tmp_path)
    assert calendar is not None and "Heritage Day" in calendar.names.values()
    assert "Heritage Day" in kept.read_text(encoding="utf-8") and not list(tmp_path.glob("*.tmp"))


def test_an_unwritable_cache_only_costs_time(tmp_path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory", encoding="utf-8")
    calendar = CountryCalendar.of("ZA", cache_dir=blocked / "cache")  # a cache directory that cannot be made
    assert calendar is not None and "Heritage Day" in calendar.names.values()
