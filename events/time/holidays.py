"""Holidays and festivals: the days a calendar rule gives each year ("Thanksgiving": the fourth Thursday of
November; "Ramadan": the ninth month of the Muslim year).

Western civil and church days follow the Gregorian calendar and dateutil's computus (Easter, Western or
Orthodox); Muslim days the Umm al-Qura calendar (hijridate, 1924-2077), which a country that sights the new
moon may observe a day apart from; Jewish days the Hebrew calendar and Nowruz the Persian one (convertdate;
Nowruz is the day of the March equinox). A festival of several days is one occurrence from its first day to
its last: Ramadan its whole month, Passover eight days (as kept outside Israel, so no day of either
observance falls outside), Hanukkah eight, Sukkot seven, Rosh Hashanah two.

The Lunar New Year is the day of the new moon between 21 January and 20 February (PyMeeus, which convertdate
uses for the equinox), at Beijing's time; Vietnam's Tết at Hanoi's, an hour behind, which now and then makes it
a day earlier.

Orthodox Christmas is the Julian calendar's 25 December (7 January). Simchat Torah is the 22nd of Tishri, as Israel
keeps it; Arbaeen the 20th of Safar, forty days after Ashura; Thingyan, Myanmar's water festival, 13 to 16 April. Victory Day is 9 May, as Russia, Ukraine
(until 2023) and their neighbours keep the end of the Second World War, VE Day 8 May (Bangladesh's and Azerbaijan's
Victory Days, 16 December and 8 November, are not read).

Days named for one date wherever they are kept: Halloween, Valentine's Day, the Fourth of July, Bastille Day, Boxing
Day, St. Patrick's Day, St. George's, St. Andrew's and St. David's Days, May Day, International Women's Day, Veterans
Day, Armistice and Remembrance Day, Guy Fawkes (Bonfire) Night, Juneteenth;
one country's days by their own names: Hogmanay and Burns Night (Scotland's 31 December and 25 January), Canada Day,
Australia Day, Anzac Day, Waitangi Day, Presidents' Day and Martin Luther King Day (the third Monday of
February and of January), Columbus Day (the second Monday of October), Labor Day as the US and Canada spell it (the
first Monday of September; "Labour Day" is May Day in much of the world and another day in Australia and New Zealand),
Groundhog Day (2 February), April Fools' Day, Remembrance Sunday (the second Sunday of November) and Mothering Sunday
(three weeks before Easter), Ascension Day, Pentecost and Whit Monday (39, 49 and 50 days after it), Britain's bank
holidays and Ireland's (_BANK_HOLIDAYS); and Black Friday and Cyber Monday, the Friday and Monday after Thanksgiving. "Labour
Day", "Memorial Day", "Mother's Day", "Father's Day", "Family Day", "Independence Day", "Republic Day" and Canada's
Thanksgiving differ from country to country, and the stories mapped here come from everywhere: they are read only where the text
says whose, or the article's own country does (NATIONAL_DAYS); so is "Election Day", the United States' (others' fall on
no fixed day). Not "Eid" alone (either of two feasts).
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Callable

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from events.time import values as V


@dataclass(frozen=True)
class Occurrence:
    """One year's holiday: its first and last day (the same day for a one-day holiday)."""

    start: date
    end: date


_YearRule = Callable[[int], list[Occurrence]]  # the occurrences that begin in a Gregorian year


def _gregorian(day: Callable[[int], date], days: int = 1) -> _YearRule:
    return lambda year: [Occurrence(d, d + timedelta(days=days - 1)) for d in (day(year),)]


def _fixed(month: int, day: int) -> _YearRule:
    """The same day each year."""
    return _gregorian(lambda year: date(year, month, day))


def _easter(offset: int, method: int = EASTER_WESTERN) -> _YearRule:
    """The day ``offset`` days from Easter Sunday by dateutil's ``method`` (the Western churches' or the Orthodox)."""
    return _gregorian(lambda year: easter(year, method) + timedelta(days=offset))


def _hijri(month: int, day: int, whole_month: bool = False) -> _YearRule:
    """A day of the Umm al-Qura calendar (or its whole month) in each Gregorian year: one, or two in the years
    the Muslim year's eleven fewer days bring it round twice; none outside the calendar's table."""
    def rule(year: int) -> list[Occurrence]:
        from hijridate import Gregorian, Hijri  # imported on first use: most texts name no Muslim holiday

        found = []
        try:
            first = Gregorian(year, 1, 1).to_hijri().year
        except OverflowError:
            return []
        for hijri_year in (first, first + 1):
            try:
                h = Hijri(hijri_year, month, day)
                start = h.to_gregorian()
                length = h.month_length() if whole_month else 1
            except (OverflowError, ValueError):
                continue  # outside the table, or the 30th of a month of 29 days that year
            if start.year == year:
                start = date(start.year, start.month, start.day)
                found.append(Occurrence(start, start + timedelta(days=length - 1)))
        return found

    return rule


def hijri_day(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a day of the Umm al-Qura calendar ("10 Ramadan 1393": 6 October 1973); None outside its
    table or for a day the month does not have."""
    from hijridate import Hijri

    try:
        d = Hijri(year, month, day).to_gregorian()
    except (OverflowError, ValueError):
        return None
    return date(d.year, d.month, d.day)


def hijri_days(month: int, day: int, around: date, whole_month: bool = False) -> list[Occurrence]:
    """A day of the Umm al-Qura calendar ("Dhul Hijjah 9"), or its whole month ("in Muharram"), in the Gregorian year
    of ``around`` and the years either side, in order."""
    rule = _hijri(month, day, whole_month)
    return sorted((o for year in (around.year - 1, around.year, around.year + 1) for o in rule(year)), key=lambda o: o.start)


def _hebrew(month: int, day: int, days: int = 1, leap_month: int | None = None) -> _YearRule:
    """A day of the Hebrew calendar in each Gregorian year (``leap_month`` instead of ``month`` in a leap year:
    Purim falls in the second Adar)."""
    def rule(year: int) -> list[Occurrence]:
        from convertdate import gregorian, hebrew

        found = []
        for hebrew_year in (year + 3760, year + 3761):  # a Hebrew year begins in September or October
            m = leap_month if leap_month and hebrew.leap(hebrew_year) else month
            with warnings.catch_warnings():  # convertdate 2.5 calls its own deprecated month_days
                warnings.simplefilter("ignore", DeprecationWarning)
                jd = hebrew.to_jd(hebrew_year, m, day)
            start = date(*gregorian.from_jd(jd))
            if start.year == year:
                found.append(Occurrence(start, start + timedelta(days=days - 1)))
        return found

    return rule


def _lunar_new_year(utc_hours: int) -> _YearRule:
    """The Lunar New Year: the day, at the clock of ``utc_hours`` (Beijing's +8 for the Chinese one, Hanoi's +7 for
    Tết), of the new moon that falls between 21 January and 20 February (PyMeeus' lunar phases; a new moon within a
    minute or so of midnight could fall on the other day)."""
    def rule(year: int) -> list[Occurrence]:
        from pymeeus.Epoch import Epoch
        from pymeeus.Moon import Moon

        for month, day in ((1, 21), (2, 5)):  # the new moon nearest each: the first in the window is the one
            new_moon = Moon.moon_phase(Epoch(year, month, day), target="new")
            d = (_J2000 + timedelta(days=new_moon.jde() - 2451545.0, hours=utc_hours)).date()
            if date(year, 1, 21) <= d <= date(year, 2, 20):
                return [Occurrence(d, d)]
        return []

    return rule


_J2000 = datetime(2000, 1, 1, 12)  # Julian day 2451545.0


def _nowruz(year: int) -> list[Occurrence]:
    from convertdate import gregorian, persian

    d = date(*gregorian.from_jd(persian.to_jd(year - 621, 1, 1)))  # the first of Farvardin, the March equinox
    return [Occurrence(d, d)]


# Hebrew months as convertdate numbers them (Nisan is the first, Tishri the seventh)
_NISAN, _SIVAN, _TISHRI, _KISLEV, _ADAR, _ADAR_II = 1, 3, 7, 9, 12, 13

_RULES: dict[str, _YearRule] = {
    "thanksgiving": _gregorian(lambda y: V.nth_weekday(y, 11, 3, 4)),
    "christmas": _gregorian(lambda y: date(y, 12, 25)),
    "christmas eve": _gregorian(lambda y: date(y, 12, 24)),
    # the Julian calendar's 25 December, the Orthodox churches' Christmas (7 January from 1901 to 2099)
    "orthodox christmas": _gregorian(lambda y: date(y, 1, 7)),
    "orthodox christmas eve": _gregorian(lambda y: date(y, 1, 6)),
    "victory day": _gregorian(lambda y: date(y, 5, 9)),  # the end of the Second World War as Russia and its neighbours keep it
    "ve day": _gregorian(lambda y: date(y, 5, 8)),  # ... and as Western Europe does
    "new year's day": _gregorian(lambda y: date(y, 1, 1)),
    "new year": _gregorian(lambda y: date(y, 1, 1)),  # "the New Year holidays", "before the New Year"
    "new year's eve": _gregorian(lambda y: date(y, 12, 31)),
    "black friday": _gregorian(lambda y: V.nth_weekday(y, 11, 3, 4) + timedelta(days=1)),
    "cyber monday": _gregorian(lambda y: V.nth_weekday(y, 11, 3, 4) + timedelta(days=4)),
    "halloween": _gregorian(lambda y: date(y, 10, 31)),
    "valentine's day": _gregorian(lambda y: date(y, 2, 14)),
    "fourth of july": _gregorian(lambda y: date(y, 7, 4)),
    "bastille day": _gregorian(lambda y: date(y, 7, 14)),
    "boxing day": _gregorian(lambda y: date(y, 12, 26)),
    "st stephen's day": _gregorian(lambda y: date(y, 12, 26)),  # Boxing Day as Ireland and Catalonia name it
    "all saints' day": _gregorian(lambda y: date(y, 11, 1)),
    "all souls' day": _gregorian(lambda y: date(y, 11, 2)),
    "epiphany": _gregorian(lambda y: date(y, 1, 6)),  # and Three Kings' Day
    "rizal day": _gregorian(lambda y: date(y, 12, 30)),  # the Philippines'
    "workers' day": _gregorian(lambda y: date(y, 5, 1)),  # International Workers' Day, May Day
    "st patrick's day": _gregorian(lambda y: date(y, 3, 17)),
    "may day": _gregorian(lambda y: date(y, 5, 1)),
    "international women's day": _gregorian(lambda y: date(y, 3, 8)),
    "veterans day": _gregorian(lambda y: date(y, 11, 11)),
    "armistice day": _gregorian(lambda y: date(y, 11, 11)),
    "remembrance day": _gregorian(lambda y: date(y, 11, 11)),
    "remembrance sunday": _gregorian(lambda y: V.nth_weekday(y, 11, 6, 2)),
    "guy fawkes night": _gregorian(lambda y: date(y, 11, 5)),
    "hogmanay": _gregorian(lambda y: date(y, 12, 31)),  # Scotland's New Year's Eve
    "burns night": _gregorian(lambda y: date(y, 1, 25)),  # Robert Burns' birthday, Scotland's
    "juneteenth": _gregorian(lambda y: date(y, 6, 19)),
    "st george's day": _gregorian(lambda y: date(y, 4, 23)),
    "st andrew's day": _gregorian(lambda y: date(y, 11, 30)),
    "st david's day": _gregorian(lambda y: date(y, 3, 1)),
    "canada day": _gregorian(lambda y: date(y, 7, 1)),
    "australia day": _gregorian(lambda y: date(y, 1, 26)),
    "anzac day": _gregorian(lambda y: date(y, 4, 25)),
    "waitangi day": _gregorian(lambda y: date(y, 2, 6)),
    "presidents day": _gregorian(lambda y: V.nth_weekday(y, 2, 0, 3)),
    "martin luther king day": _gregorian(lambda y: V.nth_weekday(y, 1, 0, 3)),
    "columbus day": _gregorian(lambda y: V.nth_weekday(y, 10, 0, 2)),
    "labor day": _gregorian(lambda y: V.nth_weekday(y, 9, 0, 1)),  # the US and Canada's, spelt as they spell it
    "groundhog day": _gregorian(lambda y: date(y, 2, 2)),
    "april fools' day": _gregorian(lambda y: date(y, 4, 1)),
    "ramadan": _hijri(9, 1, whole_month=True),
    "eid al fitr": _hijri(10, 1),
    "eid al adha": _hijri(12, 10),
    "day of arafat": _hijri(12, 9),  # the eve of Eid al-Adha, the pilgrims' day on Mount Arafat
    "ashura": _hijri(1, 10),
    "arbaeen": _hijri(2, 20),  # forty days after Ashura, the pilgrimage to Karbala
    "islamic new year": _hijri(1, 1),
    "mawlid": _hijri(3, 12),
    "passover": _hebrew(_NISAN, 15, days=8),
    "shavuot": _hebrew(_SIVAN, 6),
    "rosh hashanah": _hebrew(_TISHRI, 1, days=2),
    "yom kippur": _hebrew(_TISHRI, 10),
    "sukkot": _hebrew(_TISHRI, 15, days=7),
    "simchat torah": _hebrew(_TISHRI, 22),  # as Israel keeps it (with Shemini Atzeret); the diaspora a day later
    "hanukkah": _hebrew(_KISLEV, 25, days=8),
    "purim": _hebrew(_ADAR, 14, leap_month=_ADAR_II),
    "nowruz": _nowruz,
    "lunar new year": _lunar_new_year(8),
    "lantern festival": lambda year: [Occurrence(o.start + timedelta(days=14), o.start + timedelta(days=14))
                                      for o in _lunar_new_year(8)(year)],  # the first lunar month's 15th
    "thingyan": _gregorian(lambda y: date(y, 4, 13), days=4),  # Myanmar's water festival before its new year
    "tet": _lunar_new_year(7),
    "seollal": _lunar_new_year(9),  # Korea's, at Seoul's clock
}
# Easter and the days fixed by it; "Easter week" and "Holy Week" are dated by their Sunday (the tagger gives
# the ISO week, which ends on it)
_EASTER_DAYS = {"easter": 0, "easter sunday": 0, "easter day": 0, "easter monday": 1, "good friday": -2,
                "holy saturday": -1, "maundy thursday": -3, "palm sunday": -7, "ash wednesday": -46,
                "easter week": 0, "holy week": 0, "shrove tuesday": -47, "pancake day": -47, "ascension day": 39, "pentecost": 49, "whit sunday": 49, "whit monday": 50}
_RULES |= {name: _easter(k) for name, k in _EASTER_DAYS.items()}
_RULES |= {"orthodox " + name: _easter(k, EASTER_ORTHODOX) for name, k in _EASTER_DAYS.items()
           if name in ("easter", "easter sunday", "easter day", "easter monday", "good friday", "holy saturday",
                       "maundy thursday", "palm sunday", "easter week", "holy week")}  # (the days news says "Orthodox" of)
_RULES["mothering sunday"] = _easter(-21)  # Laetare Sunday, Britain's and Ireland's Mother's Day

# Britain's bank holidays, and Ireland's where they differ (the tagger reads "_ie" for an Irish article): the early May
# and the spring (late May) ones, the August one (the first Monday of August in Ireland), Ireland's June and October
# ones; "bank holiday Monday" is any of them, Easter Monday too
_BANK_HOLIDAYS = {
    "early may bank holiday": lambda y: V.nth_weekday(y, 5, 0, 1), "spring bank holiday": lambda y: V.nth_weekday(y, 5, 0, -1),
    "august bank holiday": lambda y: V.nth_weekday(y, 8, 0, -1), "august bank holiday ie": lambda y: V.nth_weekday(y, 8, 0, 1),
    "june bank holiday": lambda y: V.nth_weekday(y, 6, 0, 1), "october bank holiday": lambda y: V.nth_weekday(y, 10, 0, -1),
}
_RULES |= {name: _gregorian(day) for name, day in _BANK_HOLIDAYS.items()}


def _any_of(*names: str) -> _YearRule:
    return lambda year: sorted((o for name in names for o in _RULES[name](year)), key=lambda o: o.start)


_RULES["bank holiday monday"] = _any_of("easter monday", "early may bank holiday", "spring bank holiday", "august bank holiday")
_RULES["bank holiday monday ie"] = _any_of("easter monday", "early may bank holiday", "june bank holiday",
                                           "august bank holiday ie", "october bank holiday")

# Days a country keeps under a name other countries use for their own days ("Independence Day", "Republic Day"): read
# only where the text says whose (see the tagger's _national_day). Own tables: the names and demonyms that say which
# country, and each day's month and day per country.
COUNTRY_WORDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "US": (("United States", "America", "U.S."), ("American",)), "IN": (("India",), ("Indian",)),
    "PK": (("Pakistan",), ("Pakistani",)), "BD": (("Bangladesh",), ("Bangladeshi",)),
    "LK": (("Sri Lanka",), ("Sri Lankan",)), "MM": (("Myanmar", "Burma"), ("Burmese",)),
    "AF": (("Afghanistan",), ("Afghan",)), "UA": (("Ukraine",), ("Ukrainian",)),
    "BY": (("Belarus",), ("Belarusian",)), "MD": (("Moldova",), ("Moldovan",)), "GE": (("Georgia",), ("Georgian",)),
    "AM": (("Armenia",), ("Armenian",)), "AZ": (("Azerbaijan",), ("Azerbaijani",)),
    "KZ": (("Kazakhstan",), ("Kazakh",)), "UZ": (("Uzbekistan",), ("Uzbek",)), "KG": (("Kyrgyzstan",), ("Kyrgyz",)),
    "TJ": (("Tajikistan",), ("Tajik",)), "EE": (("Estonia",), ("Estonian",)),
    "LT": (("Lithuania",), ("Lithuanian",)), "FI": (("Finland",), ("Finnish",)), "PL": (("Poland",), ("Polish",)),
    "GR": (("Greece",), ("Greek",)), "CY": (("Cyprus",), ("Cypriot",)), "XK": (("Kosovo",), ("Kosovar",)),
    "BA": (("Bosnia",), ("Bosnian",)), "LB": (("Lebanon",), ("Lebanese",)), "IQ": (("Iraq",), ("Iraqi",)),
    "JO": (("Jordan",), ("Jordanian",)), "DZ": (("Algeria",), ("Algerian",)), "TN": (("Tunisia",), ("Tunisian",)),
    "MA": (("Morocco",), ("Moroccan",)), "LY": (("Libya",), ("Libyan",)), "SD": (("Sudan",), ("Sudanese",)),
    "SS": (("South Sudan",), ("South Sudanese",)), "ER": (("Eritrea",), ("Eritrean",)),
    "SO": (("Somalia",), ("Somali",)), "KE": (("Kenya",), ("Kenyan",)), "UG": (("Uganda",), ("Ugandan",)),
    "TZ": (("Tanzania",), ("Tanzanian",)), "RW": (("Rwanda",), ("Rwandan",)), "CD": (("DR Congo", "DRC"), ()),
    "NG": (("Nigeria",), ("Nigerian",)), "GH": (("Ghana",), ("Ghanaian",)), "SN": (("Senegal",), ("Senegalese",)),
    "ML": (("Mali",), ("Malian",)), "NE": (("Niger",), ("Nigerien",)),
    "CI": (("Ivory Coast", "Côte d'Ivoire"), ("Ivorian",)), "MZ": (("Mozambique",), ("Mozambican",)),
    "AO": (("Angola",), ("Angolan",)), "ZM": (("Zambia",), ("Zambian",)), "ZW": (("Zimbabwe",), ("Zimbabwean",)),
    "MX": (("Mexico",), ("Mexican",)), "BR": (("Brazil",), ("Brazilian",)),
    "AR": (("Argentina",), ("Argentine", "Argentinian")), "CL": (("Chile",), ("Chilean",)),
    "CO": (("Colombia",), ("Colombian",)), "PE": (("Peru",), ("Peruvian",)), "VE": (("Venezuela",), ("Venezuelan",)),
    "EC": (("Ecuador",), ("Ecuadorian",)), "BO": (("Bolivia",), ("Bolivian",)), "UY": (("Uruguay",), ("Uruguayan",)),
    "GT": (("Guatemala",), ("Guatemalan",)), "HN": (("Honduras",), ("Honduran",)),
    "SV": (("El Salvador",), ("Salvadoran",)), "NI": (("Nicaragua",), ("Nicaraguan",)),
    "CR": (("Costa Rica",), ("Costa Rican",)), "HT": (("Haiti",), ("Haitian",)), "JM": (("Jamaica",), ("Jamaican",)),
    "DO": (("Dominican Republic",), ("Dominican",)), "PH": (("Philippines",), ("Philippine", "Filipino")),
    "ID": (("Indonesia",), ("Indonesian",)), "VN": (("Vietnam",), ("Vietnamese",)),
    "MY": (("Malaysia",), ("Malaysian",)), "IT": (("Italy",), ("Italian",)),
    "TR": (("Turkey", "Türkiye"), ("Turkish",)), "NP": (("Nepal",), ("Nepali", "Nepalese")),
}
INDEPENDENCE_DAYS: dict[str, tuple[int, int]] = {
    "US": (7, 4), "IN": (8, 15), "PK": (8, 14), "BD": (3, 26), "LK": (2, 4), "MM": (1, 4), "AF": (8, 19),
    "UA": (8, 24), "BY": (7, 3), "MD": (8, 27), "GE": (5, 26), "AM": (9, 21), "AZ": (10, 18), "KZ": (12, 16),
    "UZ": (9, 1), "KG": (8, 31), "TJ": (9, 9), "EE": (2, 24), "LT": (2, 16), "FI": (12, 6), "PL": (11, 11),
    "GR": (3, 25), "CY": (10, 1), "XK": (2, 17), "BA": (3, 1), "LB": (11, 22), "IQ": (10, 3), "JO": (5, 25),
    "DZ": (7, 5), "TN": (3, 20), "MA": (11, 18), "LY": (12, 24), "SD": (1, 1), "SS": (7, 9), "ER": (5, 24),
    "SO": (7, 1), "KE": (12, 12), "UG": (10, 9), "TZ": (12, 9), "RW": (7, 1), "CD": (6, 30), "NG": (10, 1),
    "GH": (3, 6), "SN": (4, 4), "ML": (9, 22), "NE": (8, 3), "CI": (8, 7), "MZ": (6, 25), "AO": (11, 11),
    "ZM": (10, 24), "ZW": (4, 18), "MX": (9, 16), "BR": (9, 7), "AR": (7, 9), "CL": (9, 18), "CO": (7, 20),
    "PE": (7, 28), "VE": (7, 5), "EC": (8, 10), "BO": (8, 6), "UY": (8, 25), "GT": (9, 15), "HN": (9, 15),
    "SV": (9, 15), "NI": (9, 15), "CR": (9, 15), "HT": (1, 1), "JM": (8, 6), "DO": (2, 27), "PH": (6, 12),
    "ID": (8, 17), "VN": (9, 2), "MY": (8, 31),
}
REPUBLIC_DAYS: dict[str, tuple[int, int]] = {"IN": (1, 26), "IT": (6, 2), "TR": (10, 29), "NP": (5, 28)}
# ... and days kept under one name on different dates: the rule each country follows
_SECOND_SUNDAY_OF_MAY = _gregorian(lambda y: V.nth_weekday(y, 5, 6, 2))
_THIRD_SUNDAY_OF_JUNE = _gregorian(lambda y: V.nth_weekday(y, 6, 6, 3))
_FIRST_SUNDAY_OF_SEPTEMBER = _gregorian(lambda y: V.nth_weekday(y, 9, 6, 1))
_FIRST_MONDAY_OF_SEPTEMBER = _gregorian(lambda y: V.nth_weekday(y, 9, 0, 1))
NATIONAL_DAYS: dict[str, dict[str, _YearRule]] = {
    "independence day": {cc: _fixed(month, day) for cc, (month, day) in INDEPENDENCE_DAYS.items()},
    "republic day": {cc: _fixed(month, day) for cc, (month, day) in REPUBLIC_DAYS.items()},
    "memorial day": {"US": _gregorian(lambda y: V.nth_weekday(y, 5, 0, -1))},  # the last Monday of May
    "labour day": {"CA": _FIRST_MONDAY_OF_SEPTEMBER, "US": _FIRST_MONDAY_OF_SEPTEMBER,
                   "NZ": _gregorian(lambda y: V.nth_weekday(y, 10, 0, 4))},  # (Australia's differ by state)
    "mother's day": {**{cc: _SECOND_SUNDAY_OF_MAY for cc in ("US", "CA", "AU", "NZ", "IN", "PH", "ZA", "ZW", "KE", "GH",
                                                              "JM", "MY", "SG", "PK", "BD", "IT", "DE", "JP", "CN", "TR")},
                     **{cc: _easter(-21) for cc in ("GB", "IE", "NG")}},  # Mothering Sunday
    "father's day": {**{cc: _THIRD_SUNDAY_OF_JUNE for cc in ("US", "CA", "GB", "IE", "IN", "PH", "ZA", "ZW", "KE", "GH",
                                                             "NG", "JM", "MY", "SG", "PK", "JP", "CN", "FR", "MX")},
                     **{cc: _FIRST_SUNDAY_OF_SEPTEMBER for cc in ("AU", "NZ")}},
    "thanksgiving": {"CA": _gregorian(lambda y: V.nth_weekday(y, 10, 0, 2))},  # Canada's (the US's is the default)
    # the third Monday of February in most Canadian provinces; Easter Monday in South Africa
    "family day": {"CA": _gregorian(lambda y: V.nth_weekday(y, 2, 0, 3)), "ZA": _easter(1)},
    # the Tuesday after the first Monday of November: federal elections in even years, states' and cities' in odd ones
    "election day": {"US": _gregorian(lambda y: V.nth_weekday(y, 11, 0, 1) + timedelta(days=1))},
    # the President's: 20 January of the year after a presidential election (4 March until 1933)
    "inauguration day": {"US": lambda y: [Occurrence(d, d) for d in (date(y, 1, 20) if y >= 1937 else date(y, 3, 4),)] if y % 4 == 1 else []},
}
_RULES |= {f"{day} {cc.lower()}": year_rule for day, table in NATIONAL_DAYS.items() for cc, year_rule in table.items()}

# other spellings and forms of the same names (after lower case, hyphens as spaces, one space between words)
_ALIASES = {
    "thanksgiving day": "thanksgiving", "christmas day": "christmas", "election night": "election day", "orthodox christmas day": "orthodox christmas",
    "v e day": "ve day",
    "valentines day": "valentine's day", "st valentine's day": "valentine's day", "saint valentine's day": "valentine's day",
    "st. patrick's day": "st patrick's day", "saint patrick's day": "st patrick's day", "veterans' day": "veterans day",
    "veteran's day": "veterans day", "hallowe'en": "halloween", "bonfire night": "guy fawkes night",
    "guy fawkes day": "guy fawkes night", "presidents' day": "presidents day", "president's day": "presidents day",
    "martin luther king jr. day": "martin luther king day", "martin luther king jr day": "martin luther king day",
    "mlk day": "martin luther king day", "martin luther king, jr. day": "martin luther king day",
    "martin luther king, jr day": "martin luther king day", "saint george's day": "st george's day", "st. george's day": "st george's day",
    "saint andrew's day": "st andrew's day", "st. andrew's day": "st andrew's day", "saint david's day": "st david's day",
    "st. david's day": "st david's day", "april fool's day": "april fools' day", "april fools day": "april fools' day",
    "ramazan": "ramadan", "ramzan": "ramadan",
    "holy thursday": "maundy thursday", "orthodox holy thursday": "orthodox maundy thursday",
    # the two Eids as Indonesia, Malaysia, Singapore and Turkey name them
    "idul fitri": "eid al fitr", "idul fitr": "eid al fitr", "lebaran": "eid al fitr", "hari raya puasa": "eid al fitr",
    "hari raya aidilfitri": "eid al fitr", "ramazan bayram": "eid al fitr", "ramazan bayrami": "eid al fitr",
    "ramazan bayramı": "eid al fitr", "ramadan bayram": "eid al fitr", "ramadan bayrami": "eid al fitr",
    "idul adha": "eid al adha", "hari raya haji": "eid al adha", "hari raya aidiladha": "eid al adha",
    "kurban bayram": "eid al adha", "kurban bayrami": "eid al adha", "kurban bayramı": "eid al adha",
    "the day of arafat": "day of arafat", "day of arafah": "day of arafat", "the day of arafah": "day of arafat",
    "hijri new year": "islamic new year", "mawlid al nabi": "mawlid", "mawlid an nabi": "mawlid",
    "prophet's birthday": "mawlid", "the prophet's birthday": "mawlid", "prophet’s birthday": "mawlid",
    "the prophet’s birthday": "mawlid", "milad un nabi": "mawlid", "milad ul nabi": "mawlid", "milad an nabi": "mawlid",
    "eid milad un nabi": "mawlid", "eid milad ul nabi": "mawlid", "youm i ashur": "ashura", "youm e ashur": "ashura",
    "chehlum": "arbaeen",  # (Pakistan's names: the tenth of Muharram, and the fortieth day after it)
    "pesach": "passover", "rosh hashana": "rosh hashanah", "chanukah": "hanukkah", "hanukah": "hanukkah",
    "succot": "sukkot", "sukkoth": "sukkot", "simhat torah": "simchat torah", "simchas torah": "simchat torah",
    "arbaein": "arbaeen", "arbain": "arbaeen", "arba'een": "arbaeen", "arba'in": "arbaeen",
    "norouz": "nowruz", "nowrouz": "nowruz", "norooz": "nowruz", "navruz": "nowruz", "newroz": "nowruz",
    "nauryz": "nowruz", "chinese new year": "lunar new year", "tết": "tet",
    "saint stephen's day": "st stephen's day", "st. stephen's day": "st stephen's day", "all saints day": "all saints' day",
    "all souls day": "all souls' day", "three kings' day": "epiphany", "three kings day": "epiphany",
    "international workers' day": "workers' day", "workers day": "workers' day",
    "whitsunday": "whit sunday", "pentecost sunday": "pentecost", "ascension": "ascension day",
    "may bank holiday": "early may bank holiday", "may day bank holiday": "early may bank holiday",
    "early may day bank holiday": "early may bank holiday", "late may bank holiday": "spring bank holiday",
    "whitsun bank holiday": "spring bank holiday", "summer bank holiday": "august bank holiday",
}


def canonical(name: str) -> str | None:
    """The holiday a name as written stands for ("Eid ul-Fitr" and "Eid-al-Fitr": "eid al fitr"), None if
    it is no holiday known here."""
    key = " ".join(name.lower().replace("-", " ").split())
    key = re.sub(r"^eid ?(?:al |ul |el |)(fitr|adha|azha|kabir|kabeer)$",  # ("Eid-el-Kabir": the Great Eid, as West Africa names it)
                 lambda m: "eid al " + ("fitr" if m[1] == "fitr" else "adha"), key)
    key = _ALIASES.get(key, key)
    return key if key in _RULES else None


def occurrences(name: str, around: date) -> list[Occurrence]:
    """The occurrences of the holiday ``name`` (as :func:`canonical` gives it) that begin in the year of
    ``around``, the year before or the year after, in order."""
    rule = _RULES[name]
    return sorted((o for year in (around.year - 1, around.year, around.year + 1) for o in rule(year)),
                  key=lambda o: o.start)


def in_year(name: str, year: int) -> list[Occurrence]:
    """The occurrences of the holiday ``name`` that begin in ``year``."""
    return _RULES[name](year)
