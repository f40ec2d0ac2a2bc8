"""The compact offline gazetteer index: built once into the cache directory, memory-mapped on load.

Files (in ``<cache>/gazetteer-v<N>-<digest of the build code>/``):
- ``names.marisa``: normalised name -> place numbers (a MARISA RecordTrie, memory-mapped);
- ``skeletons.marisa``: consonant skeleton -> place numbers, for misspelt transliterations;
- ``common.marisa``: English word frequencies ("however", "Mobile", "Police"), to tell words from places;
- ``places-<array>.npy``: per-place arrays (coordinates, population, GeoNames id, kind, country, region code),
  memory-mapped;
- ``names.txt``: each place's canonical name, one a line (in place-number order);
- ``meta.json``: demonyms (of countries; of continents and macro-regions apart), capitals, people's names.
Building takes ~30 s and ~1.5 GB once; loading takes well under a second.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import marisa_trie
import numpy as np

from events.cache import default_cache_dir
from events.errors import GazetteerError
from events.memo import Memo
from events.model import Place
from events.places.normalize import ARTICLE_COUNTRIES, consonants, normalize, skeleton, strip_article
from events.places.regions import link_admin1

if TYPE_CHECKING:
    from events.places import sources

INDEX_VERSION = 7
KINDS = ("city", "region", "country", "continent", "county")  # stored as the position: append only
_ARRAYS = ("lat", "lon", "population", "geonameid", "kind", "country", "admin1", "region", "extent")  # places-<name>.npy
_RECORD = "<i"


def _build_digest() -> str:
    """A short digest of the code that decides the index's contents (own tables, sources, normalisation):
    editing it gives a new index folder, so a stale index is never used."""
    here = Path(__file__).parent
    h = hashlib.sha1()
    for name in ("sources.py", "normalize.py", "regions.py", "index.py"):
        h.update((here / name).read_bytes())
    return h.hexdigest()[:8]


def index_dir(cache_dir: Path | None) -> Path:
    return (cache_dir or default_cache_dir()) / f"gazetteer-v{INDEX_VERSION}-{_build_digest()}"


def _build_files(target: Path) -> None:
    from events.places import sources

    places: list[sources.RawPlace] = []
    places.extend(sources.iter_continents())
    places.extend(sources.iter_countries())
    places.extend(sources.iter_regions())
    places.extend(sources.iter_areas())
    places.extend(sources.iter_us_counties())
    places.extend(sources.iter_gb_counties())
    places.extend(sources.iter_cities())
    places.extend(sources.iter_us_towns({(p.admin1, normalize(n)) for p in places
                                         if p.kind == "city" and p.country == "US" for n in p.names | {p.name}}))
    places.extend(sources.iter_districts({(p.country, normalize(n)) for p in places if p.kind in ("city", "region", "county")
                                          for n in p.names | {p.name}}))
    sources.release_build_data()  # GeoNames' towns, read once for the countries and the towns: not kept after the build
    # each country's capital: the most populous of its towns of the capital's name (not the US's other Washingtons)
    capitals = sources.country_capitals()
    capital_of: dict[str, sources.RawPlace] = {}
    for p in places:
        if p.kind == "city" and capitals.get(p.country) == p.name:
            known = capital_of.get(p.country)
            if known is None or p.population > known.population:
                capital_of[p.country] = p
    for p in capital_of.values():
        p.capital = True
    # the ISO 3166-2 region of every place where it can be told (see events.places.regions)
    grouping = sources.grouping_codes()
    links = link_admin1(((p.country, p.admin1, p.lat, p.lon) for p in places if p.kind == "city" and p.country != "US"),
                        ((p.country, p.admin1, p.lat, p.lon) for p in places
                         if p.kind == "region" and p.admin1.startswith(f"{p.country}-") and p.admin1 not in grouping))
    region_codes = [_region_code(p, links) for p in places]
    _region_extents(places, region_codes)

    name_records: list[tuple[str, tuple[int]]] = []
    skeleton_records: list[tuple[str, tuple[int]]] = []
    seen: set[tuple[str, int]] = set()
    for i, p in enumerate(places):
        keys = set()
        for name in p.names | {p.name}:
            key = normalize(name)
            if len(key) >= 2:
                keys.add(key)
                stripped = strip_article(key) if p.country in ARTICLE_COUNTRIES else key
                if stripped != key and len(stripped) >= 4:
                    keys.add(stripped)
        for key in keys:
            if (key, i) not in seen:
                seen.add((key, i))
                name_records.append((key, (i,)))
        if p.kind != "city" or p.population >= 5000:
            for sk in {skeleton(k) for k in keys} - {""}:
                skeleton_records.append((sk, (i,)))

    from wordfreq import top_n_list, zipf_frequency  # build-time only

    # English word frequencies (Zipf x 10) for the 100,000 commonest words and for every ASCII name:
    # "however" and "Ripley" are words or surnames before they are places.
    english = {w: zipf_frequency(w, "en") for w in top_n_list("en", 100_000) if w.isalpha()}
    for key in {k for k, _ in name_records}:
        if key.isascii() and key not in english:
            z = zipf_frequency(key, "en")
            if z >= 2.0:
                english[key] = z
    common = [(w, (int(round(z * 10)),)) for w, z in english.items()]
    country_index = {p.country: i for i, p in enumerate(places) if p.kind == "country"}
    demonyms = {
        normalize(form): country_index[code]
        for code, forms in sources.country_demonyms().items() if code in country_index for form in forms
    }
    region_index: dict[str, int] = {}
    for i, p in enumerate(places):
        if p.kind == "region" and p.admin1 in sources.REGION_DEMONYMS:
            region_index.setdefault(p.admin1, i)
    demonyms.update({normalize(form): region_index[code] for code, forms in sources.REGION_DEMONYMS.items()
                     if code in region_index for form in forms})  # "Scottish": Scotland
    area_index = {(p.admin1 or p.name): i for i, p in enumerate(places) if p.kind == "continent"}
    area_demonyms = {normalize(form): area_index[area] for area, forms in sources.AREA_DEMONYMS.items()
                     if area in area_index for form in forms}
    by_key: dict[str, list[int]] = {}
    for key, (i,) in name_records:
        by_key.setdefault(key, []).append(i)
    namesakes = _namesakes(places, region_codes, by_key)
    # An upper-case form ("US") is kept apart: "us" the pronoun must not match.
    meta = {
        "namesakes": sorted(namesakes.items()),
        "exonyms": sorted([(i, sorted({normalize(n) for n in sources.EXONYMS[p.geonameid]}))
                           for i, p in enumerate(places) if p.geonameid in sources.EXONYMS and p.kind == "city"]
                          + _contested_country_names(places)),
        "first_names": _first_names(sources.first_names(), places, by_key),
        "surnames": sorted(sources.surnames()),
        "transliterated": sorted(sources.transliterated_countries()),
        "demonyms": demonyms,
        "adjectives": {code: adjective for code, adjective in sources.country_adjectives().items() if code in country_index},
        "area_demonyms": area_demonyms,
        "capital": [i for i, p in enumerate(places) if p.capital],
        "upper_aliases": sorted({n for p in places if p.kind in ("country", "continent") for n in p.names
                                 if n.replace(".", "").isupper() and len(n.replace(".", "")) <= 4}
                                | {n for names in sources.REGION_ALIASES.values() for n in names if n.replace(".", "").isupper()}
                                | {n for names in sources.CITY_ALIASES.values() for n in names}),
    }
    marisa_trie.RecordTrie(_RECORD, name_records).save(str(target / "names.marisa"))
    marisa_trie.RecordTrie(_RECORD, skeleton_records).save(str(target / "skeletons.marisa"))
    marisa_trie.RecordTrie("<B", common).save(str(target / "common.marisa"))
    arrays = {
        "lat": np.array([p.lat for p in places], dtype=np.float64),
        "lon": np.array([p.lon for p in places], dtype=np.float64),
        "population": np.array([p.population for p in places], dtype=np.int64),
        "geonameid": np.array([p.geonameid for p in places], dtype=np.int64),
        "kind": np.array([KINDS.index(p.kind) for p in places], dtype=np.int8),
        "country": np.array([p.country for p in places], dtype="<U2"),
        "admin1": np.array([p.admin1 for p in places], dtype="<U8"),
        "region": np.array(region_codes, dtype="<U8"),
        "extent": np.array([p.extent_km for p in places], dtype=np.float32),
    }
    for name in _ARRAYS:
        np.save(target / f"places-{name}.npy", arrays[name])
    names = [" ".join(p.name.split()) for p in places]  # one a line: no line breaks inside a name
    (target / "names.txt").write_text("\n".join(names), encoding="utf-8")
    (target / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")


COUNTY_KM = 80.0  # how far from a county's point (its middle) a place in it may lie: the resolver's and the unlisted's
REGION_EXTENT_TOWNS = 5  # a region's extent is told by the spread of at least this many of its towns ...
REGION_EXTENT_QUANTILE = 0.9  # ... as how far from its point this share of them lie


def _region_extents(places: list[sources.RawPlace], region_codes: list[str]) -> None:
    """Each first-level region's rough radius, where its towns tell it: most of them lie within it of the region's
    point (Texas ~500 km, Hatay ~50 km), for the map to draw the region about as large as it is."""
    towns: dict[str, list[int]] = {}
    for i, p in enumerate(places):
        if p.kind == "city" and region_codes[i]:
            towns.setdefault(region_codes[i], []).append(i)
    for i, p in enumerate(places):
        members = towns.get(region_codes[i], []) if p.kind == "region" and not p.extent_km else []
        if len(members) >= REGION_EXTENT_TOWNS:
            p.extent_km = spread_km(p.lat, p.lon, [(places[t].lat, places[t].lon) for t in members])


def spread_km(lat: float, lon: float, points: Sequence[tuple[float, float]]) -> float:
    """How far from ``lat, lon`` the share ``REGION_EXTENT_QUANTILE`` of ``points`` lie: an area's rough radius
    from the places in it (a region's towns, a US county's ZIP codes)."""
    return float(np.quantile([haversine_km(lat, lon, a, b) for a, b in points], REGION_EXTENT_QUANTILE))


def _region_code(p: sources.RawPlace, links: dict[tuple[str, str], str]) -> str:
    """A place's ISO 3166-2 first-level region: its own code (regions), its state (US towns and counties),
    its parent (counties from ISO 3166-2), or the region its GeoNames code is linked to (other towns)."""
    if p.kind == "region":
        return p.admin1
    if p.kind not in ("city", "county") or not p.admin1:
        return ""
    if p.country == "US":
        return f"US-{p.admin1}"
    if p.admin1.startswith(f"{p.country}-"):
        return p.admin1
    return links.get((p.country, p.admin1), "")


@dataclass(frozen=True)
class Gazetteer:
    """Offline place names -> candidate places. Build with :meth:`build`, open with :meth:`load`."""

    path: Path
    names: marisa_trie.RecordTrie
    skeletons: marisa_trie.RecordTrie
    common: marisa_trie.RecordTrie
    lat: np.ndarray
    lon: np.ndarray
    population: np.ndarray
    geonameid: np.ndarray
    kind: np.ndarray
    country: np.ndarray
    admin1: np.ndarray
    region: np.ndarray  # ISO 3166-2 first-level region code, or "" (see _region_code)
    extent: np.ndarray  # an area's rough radius in km, 0 when not known (countries, regions, sources.AREA_KM)
    canonical: tuple[str, ...]
    demonyms: dict[str, int]  # demonym -> the country it names, or the region (REGION_DEMONYMS: "Scottish")
    adjectives: dict[str, str]  # country code -> its adjective ("IQ" -> "Iraqi")
    # "European", "Middle Eastern": read only where a span is given as a place (in running text they mostly
    # begin an institution's name: "European Commission", "African Union")
    area_demonyms: dict[str, int]
    capitals: frozenset[int]
    upper_aliases: frozenset[str]
    priors: np.ndarray  # prior() of every place, computed once at load
    namesakes: dict[int, int]  # region -> the town in it that it is named after (see _namesakes)
    first_names: frozenset[str]  # people's first names, lower case, that are no well-known place (see _first_names)
    surnames: frozenset[str] = frozenset()  # people's surnames, lower case ("henderson", "smith")
    exonyms: dict[int, tuple[str, ...]] = field(default_factory=dict)  # place -> keys of its own English names (sources.EXONYMS; a contested country name)
    transliterated: frozenset[str] = frozenset()  # countries whose towns' English names are transliterations (another script)
    _own_names: Memo[int, tuple[str, ...]] = field(init=False, repr=False, compare=False)
    _places: Memo[int, Place] = field(init=False, repr=False, compare=False)  # place(i), shared (a Place is frozen)
    _candidates: Memo[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)  # candidates(key)
    _zipf: Memo[str, float] = field(init=False, repr=False, compare=False)  # zipf(key)
    _namesake_of: dict[int, int] = field(init=False, repr=False, compare=False)  # town -> region named after it

    def __post_init__(self) -> None:
        object.__setattr__(self, "_own_names", Memo(self._compute_own_names, limit=200_000))
        object.__setattr__(self, "_places", Memo(self._compute_place, limit=100_000))
        object.__setattr__(self, "_candidates", Memo(self._compute_candidates, limit=200_000))
        object.__setattr__(self, "_zipf", Memo(self._compute_zipf, limit=200_000))  # asked of every capitalised word
        object.__setattr__(self, "_namesake_of", {town: region for region, town in self.namesakes.items()})

    @staticmethod
    def build(cache_dir: Path | None = None, force: bool = False) -> Path:
        """Build the index into the cache directory (skipped when present unless ``force``); return its folder."""
        target = index_dir(cache_dir)
        if (target / "meta.json").exists() and not force:
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".gazetteer-", dir=target.parent))
        try:
            _build_files(tmp)
            if target.exists():
                shutil.rmtree(target)
            os.replace(tmp, target)
            for stale in target.parent.glob("gazetteer-v*"):  # indexes of older versions of this code
                if stale != target and stale.is_dir():
                    shutil.rmtree(stale, ignore_errors=True)
        except (OSError, KeyError, ValueError) as error:
            shutil.rmtree(tmp, ignore_errors=True)
            raise GazetteerError(f"could not build the gazetteer index in {target}: {error}") from error
        return target

    @classmethod
    def load(cls, cache_dir: Path | None = None) -> Gazetteer:
        """Open the index (building it first if needed)."""
        path = cls.build(cache_dir)
        try:
            names = marisa_trie.RecordTrie(_RECORD).mmap(str(path / "names.marisa"))
            skeletons = marisa_trie.RecordTrie(_RECORD).mmap(str(path / "skeletons.marisa"))
            common = marisa_trie.RecordTrie("<B").mmap(str(path / "common.marisa"))
            # memory-mapped, as plain arrays (a memmap's own indexing is slower on the hot path)
            arrays = {name: np.load(path / f"places-{name}.npy", mmap_mode="r").view(np.ndarray) for name in _ARRAYS}
            canonical = tuple((path / "names.txt").read_text(encoding="utf-8").split("\n"))
            meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
            if any(len(a) != len(canonical) for a in arrays.values()):
                raise ValueError(f"{len(canonical)} names for {len(arrays['kind'])} places")
        except (OSError, ValueError, KeyError) as error:
            raise GazetteerError(f"the gazetteer index in {path} is damaged ({error}); rebuild it with "
                                 "`python -m events gazetteer build --force`") from error
        return cls(
            path=path, names=names, skeletons=skeletons, common=common,
            lat=arrays["lat"], lon=arrays["lon"], population=arrays["population"], geonameid=arrays["geonameid"],
            kind=arrays["kind"], country=arrays["country"], admin1=arrays["admin1"], region=arrays["region"],
            extent=arrays["extent"],
            canonical=canonical, demonyms=meta["demonyms"], adjectives=meta["adjectives"], area_demonyms=meta["area_demonyms"], capitals=frozenset(meta["capital"]),
            upper_aliases=frozenset(meta["upper_aliases"]),
            priors=_priors(arrays["kind"], arrays["population"], meta["capital"], arrays["country"], arrays["region"],
                           arrays["geonameid"]),
            namesakes={region: town for region, town in meta["namesakes"]}, first_names=frozenset(meta["first_names"]),
            exonyms={town: tuple(keys) for town, keys in meta["exonyms"]},
            surnames=frozenset(meta["surnames"]), transliterated=frozenset(meta["transliterated"]),
        )

    # -- lookups -----------------------------------------------------------------------------------
    def candidates(self, key: str) -> tuple[int, ...]:
        """Place numbers whose names normalise to ``key`` (kept per key: news asks for the same words again and
        again, most of them no name at all)."""
        return self._candidates[key]

    def _compute_candidates(self, key: str) -> tuple[int, ...]:
        return tuple(r[0] for r in self.names.get(key, ()))

    def skeleton_candidates(self, key: str) -> list[int]:
        sk = skeleton(key)
        return [r[0] for r in self.skeletons.get(sk, ())] if sk else []

    def zipf(self, key: str) -> float:
        """How common ``key`` is as an English word (Zipf scale: 7 = "the", 4 = "police", 0 = unknown)."""
        return self._zipf[key]

    def _compute_zipf(self, key: str) -> float:
        found = self.common.get(key)
        return found[0][0] / 10 if found else 0.0

    def is_common_word(self, key: str) -> bool:
        """An everyday English word, or the plural of one ("beers": "Beers, sofas, TVs found in the river")."""
        return self.zipf(key) >= 4.0 or key.endswith("s") and self.zipf(key) >= 3.0 and self.zipf(key[:-1]) >= 4.0

    def kind_of(self, i: int) -> str:
        return KINDS[int(self.kind[i])]

    def _compute_own_names(self, i: int) -> tuple[str, ...]:
        key = normalize(self.canonical[i])
        # "Frankfurt am Main", "Halle (Saale)": a town's own name without the river or region that tells it from others
        short = _TOWN_QUALIFIER.sub("", key) if self.kind_of(i) == "city" else key
        region = self._namesake_of.get(i)  # GeoNames' "Janīn" is also, as its governorate says, "Jenin" ...
        if region is not None and key == normalize(self.canonical[region]) + " city":
            region = None  # ... but New York City's own name stays its own: "New York" is the state's as much
        bare = strip_article(key) if str(self.country[i]) in ARTICLE_COUNTRIES else key
        return (key, bare) + ((short,) if short != key else ()) \
            + ((normalize(self.canonical[region]),) if region is not None else ()) + self.exonyms.get(i, ())

    def own_name_keys(self, i: int) -> tuple[str, ...]:
        """The lookup keys of a place's own name ("florida"), not of its alternate names; a town's own names
        include that of the region named after it, its English exonym ("odessa", see sources.EXONYMS) and, for a German
        town, its name without its river or region ("frankfurt" for Frankfurt am Main)."""
        return self._own_names[i]

    def name_prior(self, i: int, key: str) -> float:
        """:meth:`prior` for a place read from the name ``key``: its own name counts
        :data:`EXACT_NAME_BONUS` over an alternate one ("Florida" the state, not Floridablanca)."""
        return self.prior(i) + (EXACT_NAME_BONUS if key in self._own_names[i] else 0.0)

    def prior(self, i: int) -> float:
        """How likely a place is before any context: population, capitals, countries and regions first."""
        return float(self.priors[i])

    def place(self, i: int) -> Place:
        """The place number ``i`` as a :class:`Place` (one object per place while the memo holds it)."""
        return self._places[int(i)]

    def _compute_place(self, i: int) -> Place:
        gid = int(self.geonameid[i])
        return Place(
            name=self.canonical[i], lat=float(self.lat[i]), lon=float(self.lon[i]), kind=self.kind_of(i),  # type: ignore[arg-type]
            country_code=str(self.country[i]) or None, geonameid=gid if gid >= 0 else None,
            population=int(self.population[i]), admin1=str(self.admin1[i]) or None,
            feature_code={"city": "PPLC" if i in self.capitals else "PPL", "county": "ADM2", "region": "ADM1",
                          "country": "PCLI", "continent": "CONT"}[self.kind_of(i)],
            extent_km=round(float(self.extent[i])) or None,
        )

    def lookup(self, name: str) -> tuple[Place, ...]:
        """Candidate places for a name (case- and diacritics-insensitive), most likely first."""
        found = self.candidates(normalize(name))
        return tuple(self.place(i) for i in sorted(found, key=self.prior, reverse=True))

    def distance_km(self, a: int, b: int) -> float:
        return haversine_km(float(self.lat[a]), float(self.lon[a]), float(self.lat[b]), float(self.lon[b]))


# the river or region after a German town's name ("am Main", "an der Havel", "im Breisgau", "(Oder)"), which news leaves out
_TOWN_QUALIFIER = re.compile(r" (?:am|an der|im|in der|ob der) \w.*$| \((?:[^\W\d_]| )+\)$")
EXACT_NAME_BONUS = 2.0  # a place's own name over an alternate one (see Gazetteer.name_prior)
UNKNOWN_POPULATION = 1_000  # the people a GeoNames town with no population figure counts as (see _priors)
KIND_PRIORS = {1: 5.2, 2: 7.5, 3: 8.5, 4: 4.6}  # region, country, continent, county; cities: log10(population) (+0.6 for capitals)


def _priors(kind: np.ndarray, population: np.ndarray, capitals: list[int], country: np.ndarray,
            region_code: np.ndarray, geonameid: np.ndarray) -> np.ndarray:
    people = population.astype(np.float64)
    # GeoNames lists 30,000 of its towns with no population (Ras al-Ain, Tal Abyad, Al Atarib): unknown, not none;
    # cities500 holds them as seats or as places of note: a village's size (its towns' lower quartile is ~900)
    people[(population == 0) & (geonameid > 0) & (kind == KINDS.index("city"))] = UNKNOWN_POPULATION
    priors = np.log10(people + 10)
    priors[capitals] += 0.6
    for k, value in KIND_PRIORS.items():
        priors[kind == k] = value
    # a region of a populous country with few regions (Florida, US) before one of a small country (Florida,
    # Uruguay): +-0.5 around a region of a million people, by its country's population per first-level region
    # (ISO 3166-2's: the islands, valleys and historical regions of sources.AREAS are no share of it)
    region = kind == KINDS.index("region")
    regions = np.flatnonzero(region)
    first_level = regions[region_code[regions] != ""]  # (only the regions' rows of the code column are read)
    codes, counts = np.unique(country[first_level], return_counts=True)
    is_country = kind == KINDS.index("country")
    country_pop = dict(zip(country[is_country].tolist(), population[is_country].tolist()))
    per_region = {c: country_pop.get(c, 0) / n for c, n in zip(codes.tolist(), counts.tolist())}
    idx = np.flatnonzero(region)
    people = np.array([per_region.get(c, 0.0) for c in country[idx].tolist()])
    priors[idx] += np.clip(0.5 * (np.log10(people + 1.0) - 6.0), -0.5, 0.5)
    return priors


SEAT_POPULATION = 20_000  # a region is named after a town, not after a village (the state of Amapá is no village's) ...
SEAT_TOWN = 10_000  # ... though a town of its very name in it may be smaller (Ma'rib, seat of Marib governorate)
SEAT_KM = 60.0  # how near a region's point a town of its name lies, when their region codes cannot tell


def _first_names(names: Iterable[str], places: list[sources.RawPlace], by_key: Mapping[str, list[int]]) -> list[str]:
    """The first names that name no country, region or continent ("Steve", "Mary"; not "Georgia", "India",
    "Jordan": "India Pakistan talks" opening a sentence are two countries)."""
    return sorted(name for name in names if all(places[i].kind in ("city", "county") for i in by_key.get(normalize(name), ())))


def _contested_country_names(places: list[sources.RawPlace]) -> list[tuple[int, list[str]]]:
    """Names two countries bear that the project's table gives one of them (sources.COUNTRY_ALIASES), as that one's
    own names: news' "Congo" is the Democratic Republic far more often than the Republic, pycountry's "Congo"
    (which stays the Republic's alternate name, for a story that names it in full first)."""
    from events.places import sources

    bearers: dict[str, set[str]] = {}
    for p in places:
        if p.kind == "country":
            for name in p.names | {p.name}:
                bearers.setdefault(normalize(name), set()).add(p.country)
    found = []
    for i, p in enumerate(places):
        if p.kind == "country":
            keys = sorted(k for k in {normalize(n) for n in sources.COUNTRY_ALIASES.get(p.country, ())} if len(bearers.get(k, ())) > 1)
            if keys:
                found.append((i, keys))
    return found


MEGACITY = 5_000_000  # a city this big, named after its region and "City", is the name's likeliest reading


def _namesakes(places: list[sources.RawPlace], region_codes: list[str], by_key: Mapping[str, list[int]]) -> dict[int, int]:
    """Regions named after a town in them, with the town: a town of the same country bears the region's own
    name (or ISO's local name: "Dayr az Zawr" for the "Deir Ezzor" shown) and lies in the region ("Idlib" governorate, Homs governorate, Erzurum province, the state of Salzburg),
    or bears it as an alternate name, spelt with the same consonants, and lies near the region's point ("Jenin" is
    GeoNames' Janīn, whose region code is the whole West Bank's; not Maryland City for Maryland, nor Kuala Pahang
    for Pahang); the most populous such town. ``by_key``: place numbers by lookup key."""
    found = {}
    for r, region in enumerate(places):
        if region.kind != "region":
            continue
        key = normalize(region.name)
        towns = [t for name in {key, normalize(region.local_name)} for t in by_key.get(name, ())
                 if (town := places[t]).kind == "city" and town.country == region.country and town.population >= SEAT_TOWN
                 and (region_codes[t] == region_codes[r] and (normalize(town.name) == name  # "Homs" in Homs governorate
                                                              # ... or a megacity called after it, which news calls by the
                                                              # region's name as often (New York City, an alternate
                                                              # name "New York"; not Oklahoma City for Oklahoma)
                                                              or normalize(town.name) == name + " city" and town.population >= MEGACITY)
                      or town.population >= SEAT_POPULATION
                      and consonants(normalize(town.name)) == consonants(name)  # "Janīn" for "Jenin", not Maryland City
                      and haversine_km(region.lat, region.lon, town.lat, town.lon) < SEAT_KM)]
        # ... or its own name is another of the region's names: "Kherson" for Khersonska oblast, in it
        towns += [t for alias in {normalize(n) for n in region.names} - {key} for t in by_key.get(alias, ())
                  if (town := places[t]).kind == "city" and town.country == region.country
                  and town.population >= SEAT_POPULATION and region_codes[t] == region_codes[r] and normalize(town.name) == alias]
        if towns:
            found[r] = max(towns, key=lambda t: places[t].population)
    return found


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def iter_keys(gazetteer: Gazetteer, prefix: str = "") -> Iterable[str]:
    return gazetteer.names.iterkeys(prefix)


def region_key(g: Gazetteer, p: int) -> str | None:
    """The first-level region a place is in, where we can tell: its ISO 3166-2 code ("US-LA", "CA-ON"), else,
    for a town whose GeoNames region code could not be linked to one, that code ("XK:07"), which links
    it with the other towns of its region though not with the region itself."""
    kind = g.kind_of(p)
    code = str(g.region[p])
    if code or kind == "region":
        return code or None
    admin1 = str(g.admin1[p])
    if not admin1 or kind not in ("city", "county"):
        return None
    country = str(g.country[p])
    return f"US-{admin1}" if country == "US" else f"{country}:{admin1}"
