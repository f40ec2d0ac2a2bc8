"""The named days of one country's own calendar, from python-holidays.

A South African story names "Heritage Day", a Nigerian one "Democracy Day", a Kenyan one "Mashujaa Day", an Indian one
"Bhai Duj": days only their country's calendar dates. python-holidays (offline tables and rules for some 200
countries, kept up to date by its maintainers; Hindu festivals from its own lunisolar tables, 2001-2035) gives each
country's named days per year. The tagger reads them where the article's country is known (see
:meth:`TemporalTagger.tag <events.time.tagger.TemporalTagger.tag>`), and India's festivals wherever they are named
("Diwali", "Holi", "Dussehra": one calendar wherever they are kept), after its own rules: a day those know
("Christmas", "Independence Day", "Eid al-Adha") is theirs (see :mod:`events.time.holidays`).

A name the calendar gives in parts is read by each ("Ganesh Chaturthi / Vinayak Chaturthi", "Karaka Chaturthi (Karwa
Chouth)"); a day off in lieu ("(observed)"), an election day, a second day of a holiday ("Eid al-Fitr Holiday") or a
day a government declared once is no name to read.
"""

from __future__ import annotations

import functools
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import ahocorasick

from events.cache import default_cache_dir, read_json, write_json
from events.time import holidays as H

NAME_YEARS = range(2001, 2031)  # the years whose day names make up a country's list (names change now and then)
# festivals read wherever they are named, each by the calendar of the country whose lunisolar reckoning dates it:
# India's Hindu and Sikh festivals (its public and optional days that are no Indian state occasion), China's and Korea's
FESTIVALS: dict[str, frozenset[str]] = {
    "IN": frozenset(("Diwali", "Holi", "Dussehra", "Janmashtami", "Raksha Bandhan", "Ganesh Chaturthi", "Onam", "Pongal",
                     "Makar Sankranti", "Maha Shivaratri", "Ram Navami", "Vaisakhi", "Chhath Puja", "Buddha Purnima", "Bhai Duj",
                     "Karwa Chouth", "Guru Nanak's Birthday", "Govardhan Puja", "Holika Dahan", "Basant Panchami",
                     "Ugadi", "Gudi Padwa")),
    "CN": frozenset(("Mid-Autumn Festival", "Dragon Boat Festival", "Spring Festival", "Tomb-Sweeping Day")),
    "KR": frozenset(("Chuseok",)),
}
# other spellings news uses for a calendar's names
ALIASES = {"Deepavali": "Diwali", "Bhai Dooj": "Bhai Duj", "Dasara": "Dussehra", "Dussera": "Dussehra",
           "Karva Chauth": "Karwa Chouth", "Karwa Chauth": "Karwa Chouth", "Guru Nanak Jayanti": "Guru Nanak's Birthday",
           "Baisakhi": "Vaisakhi", "Janmashtmi": "Janmashtami", "Mahashivratri": "Maha Shivaratri",
           "Maha Shivratri": "Maha Shivaratri", "Qingming Festival": "Tomb-Sweeping Day", "Tuen Ng": "Dragon Boat Festival",
           "Duanwu Festival": "Dragon Boat Festival", "Mooncake Festival": "Mid-Autumn Festival", "Chhath": "Chhath Puja",
           "Hangeul Day": "Hangul Day", "Youm-i-Takbeer": "Youm-e-Takbeer"}


@dataclass(frozen=True, eq=False)
class CountryCalendar:
    """One country's named days: :meth:`find` finds them in a text, :meth:`days` gives a name's days in a year (computed
    on first use and kept: the only state, which threads may fill at once without harm)."""

    country: str
    names: dict[str, str]  # each name as written (and its aliases, and with "’" for "'") -> the calendar's name
    automaton: Any  # an Aho-Corasick automaton of the names (one pass over a text finds them all), or None for none
    _years: dict[int, dict[str, list[date]]] = field(default_factory=dict, compare=False, repr=False)  # (filled as asked)

    @classmethod
    def of(cls, country: str, only: frozenset[str] | None = None, cache_dir: Path | None = None) -> CountryCalendar | None:
        """The calendar of ``country`` (an ISO code), ``only`` the names given; None where python-holidays has none.
        Its day names are kept in ``cache_dir`` (see _day_names): python-holidays is imported only to date a day."""
        found = _day_names(country, cache_dir)
        if found is None:
            return None
        names: dict[str, str] = {}
        for name in found:
            if _own_rule_reads(name, country) or only is not None and name not in only:
                continue
            names.setdefault(name, name)
        names |= {alias: name for alias, name in ALIASES.items() if name in names}
        names |= {written.replace("'", "’"): name for written, name in names.items() if "'" in written}
        if not names:
            return cls(country, {}, None)
        automaton = ahocorasick.Automaton()
        for written in names:
            automaton.add_word(written, written)
        automaton.make_automaton()
        return cls(country, names, automaton)

    def days(self, name: str, year: int) -> list[date]:
        """The days of the calendar's ``name`` in ``year`` (none outside its tables)."""
        found = self._years.get(year)
        if found is None:
            found = _calendar_years(self.country, range(year, year + 1))[year]
            if len(self._years) < _YEARS_KEPT:  # (past that, computed each time: memory stays bounded, no entry vanishes)
                self._years[year] = found
        return found.get(name, [])

    def occurrences(self, name: str, years: range) -> list[H.Occurrence]:
        """The calendar's ``name`` in ``years``, in order, each run of days one occurrence (the Spring Festival's days off)."""
        runs: list[H.Occurrence] = []
        for day in (d for year in years for d in self.days(name, year)):
            if runs and (day - runs[-1].end).days == 1:
                runs[-1] = H.Occurrence(runs[-1].start, day)
            else:
                runs.append(H.Occurrence(day, day))
        return runs

    def find(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, the calendar's name) of each of its days named in ``text`` as a whole name, the longest where
        names overlap ("Chinese New Year's Eve" over "New Year")."""
        if self.automaton is None:
            return
        taken = -1
        found = sorted(((last + 1 - len(written), last + 1, written) for last, written in self.automaton.iter(text)),
                       key=lambda f: (f[0], -f[1]))
        for start, end, written in found:
            if start < taken or start and (text[start - 1].isalnum() or text[start - 1] == "-") \
                    or end < len(text) and (text[end].isalnum() or text[end] == "-"):
                continue
            taken = end
            yield start, end, self.names[written]


_YEARS_KEPT = 64  # years of a calendar kept once computed
NAMES_FORMAT = 1  # the day names cache's format (with the filter of _names): a new one is written when it changes


def _day_names(country: str, cache_dir: Path | None) -> list[str] | None:
    """The day names of ``country``'s calendar over NAME_YEARS, in order; None where python-holidays has no such country.
    Kept in one JSON file per country in ``cache_dir`` (the default cache directory if None), under python-holidays'
    version, so that a process reads them without importing python-holidays (a tenth of a second with a country's
    tables) unless an article names one of them; an unwritable cache, or a damaged file, is only slower."""
    path = (cache_dir or default_cache_dir()) / f"holiday-names-{NAMES_FORMAT}-{_holidays_version()}-{country}.json"
    kept = read_json(path)
    if isinstance(kept, dict) and "names" in kept and (kept["names"] is None or isinstance(kept["names"], list)):
        return kept["names"]  # (a file of another shape is damaged: computed again, and written over)
    names = _names_over_years(country)
    write_json(path, {"names": names})  # (one file per country, replaced whole)
    return names


@functools.cache
def _holidays_version() -> str:
    """python-holidays' installed version, read once a process (each reading searches every installed package: some 5 ms)."""
    from importlib import metadata  # (here: importing it costs every process start a hundredth of a second)

    return metadata.version("holidays")


def _names_over_years(country: str) -> list[str] | None:
    """The day names python-holidays gives ``country`` over NAME_YEARS, in order; None for a country it does not know."""
    try:
        years = _calendar_years(country, NAME_YEARS)
    except NotImplementedError:
        return None  # no such country in python-holidays
    return list(dict.fromkeys(name for year in NAME_YEARS for name in years[year]))


def _own_rule_reads(name: str, country: str) -> bool:
    """Whether the tagger's own rules read the day ``name`` of ``country`` (see events.time.holidays): "Christmas Day";
    "Independence Day" where its own table has the country's."""
    key = " ".join(name.lower().replace("’", "'").split())
    return H.canonical(name) is not None or country in H.NATIONAL_DAYS.get(key, {})


def _calendar_years(country: str, years: range) -> dict[int, dict[str, list[date]]]:
    """Per year, each day name of ``country``'s calendar (in English where it has English names), with its days; raises
    NotImplementedError for a country python-holidays does not know."""
    import holidays as python_holidays  # (here, not at the top: its import takes a twentieth of a second)

    kind = python_holidays.country_holidays(country).__class__
    language = "en_US" if "en_US" in (kind.supported_languages or ()) else None
    with warnings.catch_warnings():  # ("available only from 2001 to 2035": outside the tables, no days)
        warnings.simplefilter("ignore")
        calendar = python_holidays.country_holidays(country, years=years, language=language,
                                                    categories=kind.supported_categories)
        entries = [(day, written) for day, names in sorted(calendar.items()) for written in names.split("; ")]
    plain = {(day.year, written) for day, written in entries if "(" not in written}
    out: dict[int, dict[str, list[date]]] = {year: {} for year in years}
    for day, written in entries:
        for name in _names(written):
            if "(" in written and (day.year, name) in plain:
                continue  # "Dussehra (Saptami)", a day of the festival whose own entry is "Dussehra"
            out[day.year].setdefault(name, []).append(day)
    return out


def _names(written: str) -> list[str]:
    """The names one calendar entry gives a day: "Ganesh Chaturthi / Vinayak Chaturthi" is two, "Karaka Chaturthi
    (Karwa Chouth)" two, "Janmashtami (Vaishnava)" one; an observed day, an election or a second day off none."""
    if _LIEU.search(written):
        return []
    plain = _PARENTHESES.sub(" ", written).strip()
    if _NOT_A_NAME.search(plain):
        return []
    parts = [p.strip() for p in re.split(r"\s+/\s+|\s+or\s+", plain)]
    # (a name in parentheses has two words or more: "Karwa Chouth", "Chhath Puja"; one is a qualifier: "Saptami")
    parts += [inner.strip() for inner in _PARENTHESES.findall(written) if " " in inner.strip() and inner[:1].isupper()
              and not _NOT_A_NAME.search(inner) and not _QUALIFIER.search(inner)]
    return [p for p in parts if p[:1].isupper() and len(p) > 3]


_LIEU = re.compile(r"observed|half-day|in lieu", re.I)
_PARENTHESES = re.compile(r"\s*\(([^)]*)\)\s*")
_NOT_A_NAME = re.compile(r"[Ee]lection|[Hh]oliday|[Dd]ecree|[Ss]pecial|[Bb]ridge|[Dd]ay off|[Ss]ubstitut|\d")
_QUALIFIER = re.compile(r"\b(?:South|North|East|West|India|estimated)\b")  # "Diwali (South India)": where, not another name
