"""TimeML values and the inclusive intervals they denote."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}
SOUTHERN_SEASON_MONTHS = {"SP": (9, 11), "SU": (12, 2), "FA": (3, 5), "WI": (6, 8)}
# countries whose seasons are the southern hemisphere's: an Australian "winter" is June to August
SOUTHERN_HEMISPHERE = frozenset("AO AR AU BO BR BW CL LS MG MU MW MZ NA NZ PY SZ UY ZA ZM ZW".split())


def day_value(d: date) -> str:
    return d.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def month_interval(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def week_interval(d: date) -> tuple[date, date]:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def quarter_interval(year: int, quarter: int) -> tuple[date, date]:
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), month_interval(year, first + 2)[1]


def half_interval(year: int, half: int) -> tuple[date, date]:
    return (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))


def season_interval(year: int, season: str, south: bool = False) -> tuple[date, date]:
    """The months of ``season`` of ``year``, in the southern hemisphere when ``south``."""
    first, last = (SOUTHERN_SEASON_MONTHS if south else SEASON_MONTHS)[season]
    if first > last:  # winter 2016 runs from December 2016 into February 2017 (in the south, summer does)
        return date(year, first, 1), month_interval(year + 1, last)[1]
    return date(year, first, 1), month_interval(year, last)[1]


def year_interval(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def decade_interval(decade: int) -> tuple[date, date]:
    return date(decade * 10, 1, 1), date(decade * 10 + 9, 12, 31)


def century_interval(century: int) -> tuple[date, date]:
    return date(max(1, century * 100), 1, 1), date(century * 100 + 99, 12, 31)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def valid_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (Monday 0) of a month; ``n`` = -1: the last one ("the fourth Thursday of November")."""
    if n < 0:
        last = month_interval(year, month)[1]
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
