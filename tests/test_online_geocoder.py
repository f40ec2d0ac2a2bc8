"""The opt-in Nominatim fallback, with a fake geopy geocoder (tests never touch the network)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from events.errors import GeocoderError
from events.places.online import NominatimGeocoder


class FakeNominatim:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def geocode(self, query, exactly_one=True, addressdetails=True, country_codes=None):
        self.calls.append(query)
        if query == "Jazal":
            return SimpleNamespace(address="Jazal, Homs, Syria", latitude=34.7, longitude=38.1,
                                   raw={"addresstype": "village", "address": {"country_code": "sy"}})
        return None


def test_answers_are_cached_and_rate_limited(tmp_path: Path) -> None:
    fake = FakeNominatim()
    geocoder = NominatimGeocoder("tests", tmp_path, min_delay_seconds=0.0, geocoder=fake)
    place = geocoder.geocode("Jazal", "SY")
    assert (place.name, place.country_code, place.kind, place.source) == ("Jazal", "SY", "city", "nominatim")
    assert geocoder.geocode("Nowhere") is None
    again = NominatimGeocoder("tests", tmp_path, min_delay_seconds=0.0, geocoder=fake)
    assert again.geocode("Jazal", "SY") == place and again.geocode("Nowhere") is None
    assert fake.calls == ["Jazal", "Nowhere"], "each name is asked once, answers (even 'none') are cached on disk"


def test_user_agent_is_required(tmp_path: Path) -> None:
    with pytest.raises(GeocoderError, match="user agent"):
        NominatimGeocoder("", tmp_path, geocoder=FakeNominatim())


def test_geoparser_asks_only_for_unknown_names(extractor, tmp_path: Path) -> None:
    from events.places import Geoparser

    fake = FakeNominatim()
    parser = Geoparser(extractor.geoparser.gazetteer, NominatimGeocoder("tests", tmp_path, 0.0, fake))
    text = "Fighters captured the village of Jazal near Palmyra in Syria."
    names = {(m.text, m.place.source) for m in parser.parse(text)}
    assert ("Jazal", "nominatim") in names and ("Palmyra", "gazetteer") in names
    assert fake.calls == ["Jazal"]
