"""The gazetteer index on disk: a damaged one is reported with the way to rebuild it, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from events.errors import GazetteerError
from events.places import Gazetteer
from events.places.index import haversine_km, index_dir
from events.places.normalize import normalize
from events.places.sources import CONVENTION_KM, GEONAMES_COUNTRY_POINTS, countryinfo_records


def _drop(path: Path) -> None:
    path.unlink()


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def _one_name_less(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").rsplit("\n", 1)[0], encoding="utf-8")


@pytest.mark.parametrize("file, damage", [
    ("names.txt", _drop),  # a file lost (an interrupted copy of the cache)
    ("places-kind.npy", _truncate),  # an array cut short (a full disk)
    ("names.txt", _one_name_less),  # names and places out of step: every name shown would be its neighbour's
    ("meta.json", _truncate),  # not JSON any more
])
def test_damaged_index_is_reported(tmp_path: Path, file: str, damage) -> None:
    built = Gazetteer.build()
    copy = index_dir(tmp_path)
    shutil.copytree(built, copy)
    damage(copy / file)
    with pytest.raises(GazetteerError, match=r"damaged .*gazetteer build --force"):
        Gazetteer.load(tmp_path)


def test_intact_copy_loads(tmp_path: Path) -> None:
    shutil.copytree(Gazetteer.build(), index_dir(tmp_path))
    copy, original = Gazetteer.load(tmp_path), Gazetteer.load()
    assert copy.path != original.path
    assert [copy.place(i) for i in copy.candidates("palmyra")] == [original.place(i) for i in original.candidates("palmyra")]
    assert "SY" in {copy.place(i).country_code for i in copy.candidates("palmyra")}


@pytest.mark.parametrize("name, kind, km", [
    ("Russia", "country", (2200, 2500)),  # a country: the radius of a disc of its surface
    ("Luxembourg", "country", (20, 40)),  # ... not the 250 km drawn for any country before
    ("Kerch Strait", "continent", (10, 30)),  # a strait is no 1,200-km area
    ("Lake Victoria", "continent", (100, 250)),
    ("Europe", "continent", (1500, 3000)),
    ("Texas", "region", (300, 700)),  # a region: how far from its point most of its towns lie
    ("Rhode Island", "region", (10, 80)),
    ("Bavaria", "region", (100, 250)),
    ("San Bernardino County", "county", (90, 200)),  # a US county: how far from its point most of its ZIP codes lie
    ("Arlington County", "county", (2, 12)),  # ... not the 25 km drawn for every county before
])
def test_areas_carry_their_extent(name: str, kind: str, km: tuple[int, int]) -> None:
    place = next(p for p in Gazetteer.load().lookup(name) if p.kind == kind)
    assert place.kind == kind and km[0] <= place.extent_km <= km[1]


@pytest.mark.parametrize("name", ["Mosul", "Middle East"])
def test_no_extent_where_none_is_known(name: str) -> None:
    assert Gazetteer.load().lookup(name)[0].extent_km is None  # a town; an area not in the table


def test_a_region_s_prior_is_its_country_s_people_per_first_level_region() -> None:
    """A region of a populous country with few regions ranks above one of a small country; the islands and
    historical regions of the project's own table (no ISO code) are no share of the country: adding Vancouver
    Island once tipped "Stroud, Ontario" to Ontario, California."""
    import numpy as np

    from events.places.index import KINDS, _priors

    kind = np.array([KINDS.index(k) for k in ("country", "region", "region", "country", "region", "region")])
    population = np.array([40_000_000, 0, 0, 3_000_000, 0, 0])
    country = np.array(["CA", "CA", "CA", "UY", "UY", "UY"])
    ids = np.arange(1, 7)  # GeoNames ids
    with_island = _priors(kind, population, [], country, np.array(["", "CA-ON", "", "", "UY-FL", "UY-CA"]), ids)
    keep = [0, 1, 3, 4, 5]  # the same places less the island
    without = _priors(kind[keep], population[keep], [], country[keep], np.array(["", "CA-ON", "", "UY-FL", "UY-CA"]), ids[keep])
    assert with_island[1] == without[1]  # Ontario: 40 M people in one region, the island beside it no share
    assert with_island[1] > with_island[4]  # Ontario above Florida, Uruguay (1.5 M per region)


def test_a_town_with_no_population_figure_counts_as_a_village() -> None:
    """GeoNames gives Ras al-Ain no population: unknown, not none; a ZIP-code town (no GeoNames id) keeps its own
    figure."""
    import numpy as np

    from events.places.index import KINDS, UNKNOWN_POPULATION, _priors

    kind = np.array([KINDS.index("city")] * 3)
    priors = _priors(kind, np.array([0, 0, 72_881]), [], np.array(["SY", "US", "IL"]), np.array(["", "", ""]),
                     np.array([170_000, -5, 294_000]))
    assert priors[0] == pytest.approx(np.log10(UNKNOWN_POPULATION + 10))
    assert priors[1] == pytest.approx(1.0)  # log10(0 + 10)
    assert priors[2] > priors[0]


def test_a_country_has_one_capital_its_biggest_town_of_the_name() -> None:
    """The US's capital is Washington, D.C., not each of its many towns named Washington (which all took the capital's
    prior and bonuses, so that a story of Winston Churchill's Fulton, Mo. speech put "WASHINGTON" in Missouri)."""
    from collections import Counter

    g = Gazetteer.load()
    per_country = Counter(str(g.country[p]) for p in g.capitals)
    assert per_country and max(per_country.values()) == 1
    washington = [g.place(p) for p in g.candidates("washington") if p in g.capitals]
    assert [(p.country_code, p.admin1) for p in washington] == [("US", "DC")]


@pytest.mark.parametrize("name, own, why", [
    ("Frankfurt am Main", "frankfurt", "a German town's name without its river, as news writes it"),
    ("Halle (Saale)", "halle", "... or its river in brackets"),
    ("Brandenburg an der Havel", "brandenburg", "... or after \"an der\""),
])
def test_a_german_town_s_own_name_without_its_river(name: str, own: str, why: str) -> None:
    g = Gazetteer.load()
    town = next(p for p in g.candidates(own) if g.canonical[p] == name)
    assert own in g.own_name_keys(town), why


@pytest.mark.parametrize("name, code, why", [
    ("India", "IN", "countryinfo's 20°N 77°E and GeoNames' 22°N 79°E lie 304 km apart: halfway is within 161 km of both"),
    ("Australia", "AU", "-27, 133 against -25, 135: corpora annotated with either convention read it right"),
    ("Japan", "JP", "GeoNames puts Japan at Tokyo, countryinfo in the middle of Honshu"),
    ("Canada", "CA", "1,031 km apart: no point is within reach of both, so it stays countryinfo's (LGL's and GeoVirus')"),
    ("Democratic Republic of the Congo", "CD", "324 km apart, just beyond twice the reach: countryinfo's"),
    ("China", "CN", "the two conventions agree: no table row, countryinfo's point"),
])
def test_a_country_s_point_is_within_reach_of_both_conventions(name: str, code: str, why: str) -> None:
    own = next(tuple(r["latlng"]) for c, r in countryinfo_records() if c == code)
    g = Gazetteer.load()
    country = next(p for p in g.candidates(normalize(name)) if g.canonical[p] == name and g.kind_of(p) == "country")
    place = g.place(country)
    at = (place.lat, place.lon)
    assert haversine_km(*at, *own) <= CONVENTION_KM, why
    geonames = GEONAMES_COUNTRY_POINTS.get(code, own)
    if haversine_km(*own, *geonames) <= 2 * CONVENTION_KM:
        assert haversine_km(*at, *geonames) <= CONVENTION_KM, why
    else:
        assert at == pytest.approx(own), why
