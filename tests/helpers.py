"""Hand-built records for tests that must not depend on the gazetteer or the date tagger."""

from __future__ import annotations

from datetime import date

from events.model import Place, PlaceMention, TimeMention

PLACES = {
    "Palmyra": Place("Palmyra", 34.56, 38.28, "city", "SY", 170017, 51323, "SY-HI", "PPL"),
    "Mosul": Place("Mosul", 36.335, 43.119, "city", "IQ", 99072, 1739800, "IQ-NI", "PPLA"),
    "Raqqa": Place("Ar Raqqah", 35.95, 39.009, "city", "SY", 172955, 177636, "SY-RA", "PPLA"),
    "Deir ez-Zor": Place("Deir ez-Zor", 35.336, 40.141, "city", "SY", 170794, 242565, "SY-DY", "PPLA"),
    "Aleppo": Place("Aleppo", 36.202, 37.159, "city", "SY", 170063, 1602264, "SY-HL", "PPLA"),
    "Idlib": Place("Idlib", 35.931, 36.634, "city", "SY", 169388, 128840, "SY-ID", "PPLA"),
    "Erbil": Place("Erbil", 36.191, 44.009, "city", "IQ", 95446, 932800, "IQ-AR", "PPLA"),
    "Syria": Place("Syria", 35.0, 38.0, "country", "SY", 163843, 22198110, None, "PCLI", extent_km=243),
    "Homs province": Place("Homs", 34.5, 37.5, "region", "SY", None, 0, "SY-HI", "ADM1"),
    "Tabqa": Place("Al-Tabqa", 35.837, 38.548, "city", "SY", 163915, 69425, "SY-RA", "PPL"),
    "Turkey": Place("Turkey", 39.0, 35.0, "country", "TR", 298795, 82319724, None, "PCLI"),
}


def place_mention(text: str, surface: str, name: str, role: str = "location", nth: int = 0) -> PlaceMention:
    """The ``nth`` occurrence of ``surface`` in ``text``, resolved to ``PLACES[name]``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return PlaceMention(start, start + len(surface), surface, PLACES[name], role, 1.0)  # type: ignore[arg-type]


def time_mention(text: str, surface: str, value: str, start: date, end: date, precision: str) -> TimeMention:
    i = text.index(surface)
    return TimeMention(i, i + len(surface), surface, value, start, end, precision, False)  # type: ignore[arg-type]
