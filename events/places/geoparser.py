"""The geoparser: find place names in text and resolve them, offline (optionally with an online fallback)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol, TypeVar

from rapidfuzz.fuzz import ratio

from events.memo import Memo
from events.model import Place, PlaceBasis, PlaceMention
from events.places.index import Gazetteer, haversine_km
from events.places.normalize import normalize
from events.places.outlets import OutletHome, learn_homes
from events.places.recognize import THE_BEFORE, Candidate, Recognizer, misspellings_in_context
from events.places.resolve import Resolver
from events.places.unlisted import FOCUS_SCORE, with_districts, with_unlisted


_LOCATIVE_UNKNOWN = re.compile(
    r"\b(?:in|near|outside|at|around|village of|town of|city of|district of)\s+(?P<name>[A-Z][a-z][\w'’-]*(?:\s[A-Z][a-z][\w'’-]*)?)")

_GENERIC_FIRST = frozenset("the downtown greater metropolitan metro north south east west northern southern eastern western central upper lower".split())
_GENERIC_LAST = frozenset("city town village county parish province state region area district township borough municipality".split())


RECOGNISED_TEXTS = 2000  # texts whose recognised names a geoparser keeps (see Geoparser.home_places)
STRAY_TOWN = 20_000  # a town smaller than this, alone in its country among an article's places, is a stray ...
STRAY_OTHERS = 2  # ... when at least this many other place mentions lie in other countries ...
STRAY_KM = 500.0  # ... and none of them within this distance (a town across a border stays)
# a river named like a town ("the Una river", "the Mary River") ...
_RIVER_AFTER = re.compile(r"\s+[Rr]iver\b")
# ... or another feature ("Canaan Valley", "Kiser Lake"; not "Kherson Falls to Russian Troops", a headline's verb)
_FEATURE_WORD_AFTER = re.compile(r"\s+(?:Creek|Lake|Reservoir|Valley|Mountains|Range|Canal|Gorge)\b")
# ... or after "the" with no noun after it, as a river, a strait or a building is named ("along the Severn as")
_COMMA = re.compile(r",\s*")
_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:)]|\s(?:as|at|near|and|in|on|to|from|which|where|burst|rose|flooded|flows|was|is|has|had|river|estuary)\b)")
# ... judged after the list or route the name opens ("the Cannes and Venice festivals", "the Rosslare to Cherbourg ferry":
# a noun follows; "the Linden and Hilltop neighborhoods": a feature's plural)
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*|\s+(?:and|or|to|from|&)\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
_FEATURES_AFTER = re.compile(r"\s+(?:rivers|creeks|streams|neighbou?rhoods|districts|suburbs|wards|sections)\b")
_RIVER_BEFORE = re.compile(r"\bRiver\s+$")  # ... or British style, "the River Avon" (not Avon, Ohio)
FEATURE_STRAY_TOWN = 100_000  # ... a town under this size, far from the story, is then a stray ...
FEATURE_NAMESAKE_CITY = 1_000_000  # ... or under this size and alone in its country (a city this big names its river)
FEATURE_STRAY_KM = 400.0  # ... when this far from every other place the story names


def _generic_words_dropped(key: str) -> str:
    """``"downtown richmond"`` -> ``"richmond"``, ``"york city"`` -> ``"york"``: a name with a generic word
    before or after it; other names are returned unchanged (chopping "Meadow Grove" to "Meadow" is a guess)."""
    words = key.split()
    if len(words) > 1 and words[0] in _GENERIC_FIRST:
        words = words[1:]
    if len(words) > 1 and words[-1] in _GENERIC_LAST:
        words = words[:-1]
    return " ".join(words)


def _basis(candidate: Candidate, place: int, alone: int) -> PlaceBasis:
    """What a resolved name rests on (see ``PlaceBasis``): ``within`` when it was placed at the region its address
    names, not at one of its readings; ``outlet`` when the article alone (``alone``) reads it otherwise."""
    return "within" if place not in candidate.places else "name" if place == alone else "outlet"


# a feature named after a region or a country, which the gazetteer lacks: "the Gulf of Venezuela", "the Gulf of Honduras",
# "the White Mountains", "the Delaware River" (own list of the words English names them by)
_FEATURE_NAMED_BEFORE = re.compile(r"\b(?:Lake|Mount|Straits?\s+of|Gulf\s+of|Sea\s+of|Bay\s+of)\s+$")
_FEATURE_NAMED_AFTER = re.compile(r"\s+(?:River|Canal|Mountains|Range|Lake|Strait|Basin|Plateau|Desert)\b")
# ... or is itself the feature's word, after a word of its name: "the White Mountains" (ISO's English "Mountains" for Côte
# d'Ivoire's Montagnes), not "in Plateau, Nigeria" (the state). (Not recognize's _FEATURE_WORDS: "Valley", "Island" or
# "Park" after a region's name often mean the region, "the Ohio Valley", "Rhode Island".)
_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s$")


def _without_features_named_after(text: str, mentions: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """The mentions less the regions and countries that only name a feature the gazetteer lacks: the state of Georgia
    is no place of "the Gulf of Venezuela", nor Côte d'Ivoire's Montagnes of "the White Mountains"."""
    return tuple(m for m in mentions if m.place is None or m.place.kind not in ("region", "country")
                 or not (_FEATURE_NAMED_BEFORE.search(text, max(0, m.start - 12), m.start) or _FEATURE_NAMED_AFTER.match(text, m.end)
                         or _FEATURE_NAMED_AFTER.fullmatch(" " + m.text) and _NAME_WORD_BEFORE.search(text, max(0, m.start - 20), m.start)))


def _without_strays(text: str, mentions: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
    """The mentions less the strays: small towns (under :data:`STRAY_TOWN`) in a country where the article names
    no other kind of place, nor a bigger town, far (:data:`STRAY_KM`) from every other place it names, while
    :data:`STRAY_OTHERS` or more mentions of other places lie elsewhere (a town's own repeats are no other place). A
    news story names a small town abroad with its country or region, or near places it names; a name that only fits a
    far town ("Tanya", Honduras; "Kristen", Austria; "Gruyère", Australia; "Piccadilly", Western Australia, twice in a
    London story; "Fingal" and "Ranelagh", two Australian towns 600 km apart, in a Dublin story) is a person, a word
    or a place the gazetteer lacks. On LGL and GeoVirus, 100 of 101 such mentions were no toponym (93) or the wrong
    place (7), measured 2026-11-26 when a stray had to be alone in its country; the twelve more dropped since it may
    have far company of its kind there are nine non-toponyms, one wrong place and two right (LGL's "Athens",
    Tennessee), and on the held-out probes eight wrong places, measured 2026-11-27. A town under
    :data:`FEATURE_STRAY_TOWN` is a stray when "river" follows it and it lies :data:`FEATURE_STRAY_KM` from every other
    place the story names ("the Una river burst its banks in Bihac": Una, India, in a Bosnian story), and so is a town
    under :data:`FEATURE_NAMESAKE_CITY` alone in its country ("the Mary River near Gympie": Mary, Turkmenistan; a city of a
    million names its river). A town before another feature's word ("Canaan Valley", "Kiser Lake") is a stray so only
    when it is small and the story names other places of its country, all far from it ("Canaan Valley" in a West
    Virginia story: Canaan, Connecticut); alone in its country, it is the valley's own in a story set elsewhere ("Napa
    Valley winemakers say exports to Shanghai fell", "the Kathmandu Valley"). A town on its namesake lies near the story
    ("the Sacramento River", "the Catawba River"): of the 50 such readings on LGL, GeoVirus and held-out probes 14-17, the
    12 this far were all wrong places (5) or no toponym (7), measured 2026-11-27. After "River", as British copy writes
    a river ("the River Avon"), a town under :data:`FEATURE_STRAY_TOWN` is a stray as any other; so it is after "the"
    with no noun after it, nor after the list or route it opens, as a river, a strait or a building is named ("along the
    Severn as the river rose" in a Gloucester story; LGL's "the Webster" theatre, "the Golden Gate"), though not before a
    noun it qualifies ("the Severn school board", "the Cannes and Venice festivals", "the Rosslare to Cherbourg ferry"),
    in an address ("the Paradise, Calif., area") or where its own name begins with "The" ("The Woodlands has grown"):
    on LGL and held-out probes 14-26, measured 2026-11-28, the mentions dropped were no toponym or the wrong place,
    none right; a second reader's 457 counter-examples narrowed it to this (lists, addresses, "The" towns), and
    withdrew a rule for "Lake X" (the lake's own town is often the right reading: Lake Taupo, Lake Lugano)."""
    placed = [m for m in mentions if m.place is not None]
    if len(placed) <= STRAY_OTHERS:
        return mentions
    in_country: dict[str | None, set[Place]] = {}  # the places each country holds (a place named twice is one)
    for m in placed:
        in_country.setdefault(m.place.country_code, set()).add(m.place)  # type: ignore[union-attr,arg-type]
    small_only = {cc for cc, places in in_country.items()  # the countries where the article names only small towns
                  if all(q.kind == "city" and q.population < STRAY_TOWN for q in places)}

    def named_alone_after_the(m: PlaceMention) -> bool:
        """ "along the Severn as": no noun after the name, nor after the list it opens; not an address ("the Paradise,
        Calif., area") nor a town whose own name begins with "The" ("The Woodlands has grown")."""
        end = m.end
        while (more := _LIST_GOES_ON.match(text, end)) is not None:
            end = more.end()
        if not (_NO_NOUN_AFTER.match(text, end) or end > m.end and _FEATURES_AFTER.match(text, end)):
            return False
        address = _COMMA.match(text, m.end)
        return not m.place.name.startswith("The ") and not (address is not None and any(  # type: ignore[union-attr]
            o.start == address.end() and o.place.country_code == m.place.country_code for o in placed))  # type: ignore[union-attr]

    def stray(m: PlaceMention) -> bool:
        p = m.place
        if not (p is not None and p.kind == "city" and m.role == "location" and p.country_code is not None):
            return False
        alone = len(in_country[p.country_code]) == 1
        feature = _RIVER_AFTER.match(text, m.end) is not None and (
            p.population < FEATURE_STRAY_TOWN or p.population < FEATURE_NAMESAKE_CITY and alone) \
            or _FEATURE_WORD_AFTER.match(text, m.end) is not None and p.population < FEATURE_STRAY_TOWN and not alone
        feature = feature or p.population < FEATURE_STRAY_TOWN and THE_BEFORE.search(text, max(0, m.start - 5), m.start) is not None \
            and named_alone_after_the(m)
        if not (feature or p.country_code in small_only
                or p.population < FEATURE_STRAY_TOWN and _RIVER_BEFORE.search(text, max(0, m.start - 6), m.start)):
            return False
        others = [o.place for o in placed if o.place != p]  # the mentions of other places (not its own repeats)
        far = FEATURE_STRAY_KM if feature else STRAY_KM
        return len(others) >= STRAY_OTHERS and all(
            haversine_km(p.lat, p.lon, o.lat, o.lon) > far for o in others)  # type: ignore[union-attr]

    return tuple(m for m in mentions if not stray(m))


T = TypeVar("T")


def article_country(mentions: Sequence[PlaceMention], home: OutletHome | None = None) -> str | None:
    """The country an article is about: its own (:func:`own_country`), else its outlet home's (a local paper's story
    that names one town, or none). The date tagger reads a day that countries keep apart by it ("Memorial Day")."""
    return own_country(mentions) or (home.country if home is not None else None)


def own_country(mentions: Sequence[PlaceMention]) -> str | None:
    """The country an article is about, as its places tell it: the one that holds more than half of the places it
    names as locations or datelines (not its demonyms), at least two, a dateline counting twice (where the story was
    filed: "SINGAPORE -" alone says Singapore); None where no country does. The date tagger reads a day that countries
    keep apart by it ("Memorial Day", "Mother's Day")."""
    countries: Counter[str] = Counter()
    for m in mentions:
        if m.place is not None and m.place.country_code and m.role in ("location", "dateline"):
            countries[m.place.country_code] += 2 if m.role == "dateline" else 1
    if not countries:
        return None
    country, n = countries.most_common(1)[0]
    return country if n >= 2 and n * 2 > sum(countries.values()) else None


def _most_named(items: Sequence[T]) -> T | None:
    """The item named most often (the first named, on a tie), or ``None`` for none."""
    counts = Counter(items)  # (a Counter keeps the order items were first seen in: max keeps the first on a tie)
    return max(counts, key=lambda item: counts[item]) if counts else None


def _focus_town(mentions: Sequence[PlaceMention]) -> PlaceMention | None:
    """The first mention of the town a story names most (the first named, on a tie), or ``None``."""
    towns = [m for m in mentions if m.place is not None and m.role == "location" and m.place.kind == "city"
             and m.basis != "within"]
    top = _most_named([m.place for m in towns])
    return next((m for m in towns if m.place == top), None)


class Geocoder(Protocol):
    """An optional fallback for names the gazetteer lacks (see :mod:`events.places.online`)."""

    def geocode(self, name: str, country_code: str | None = None) -> Place | None: ...


class Geoparser:
    """Finds and resolves place names. Build once per process; :meth:`parse` is pure."""

    def __init__(self, gazetteer: Gazetteer, geocoder: Geocoder | None = None) -> None:
        self.gazetteer = gazetteer
        self.geocoder = geocoder
        self._recognizer = Recognizer(gazetteer)
        self._resolver = Resolver(gazetteer)
        # the names found in the last texts read: an article read for its outlet's home (home_places) and then
        # parsed with that home is recognised once (the dashboard's path, which caches each step per article)
        self._recognised: Memo[str, tuple[Candidate, ...]] = Memo(lambda text: tuple(self._recognizer.candidates(text)),
                                                                 limit=RECOGNISED_TEXTS)

    def _mentions(self, text: str, candidates: Sequence[Candidate], resolved: Sequence[tuple[int, float]],
                  alone: Sequence[tuple[int, float]] | None = None) -> tuple[PlaceMention, ...]:
        """Mentions of resolved candidates; where ``alone`` (the article resolved without its outlet's home)
        differs, the basis is ``outlet``; a town placed at the region its address names ("Stroud, Ontario",
        no Stroud in Ontario known), ``within``."""
        alone = alone if alone is not None else resolved
        return _without_strays(text, _without_features_named_after(text, tuple(
            PlaceMention(c.start, c.end, text[c.start:c.end], self.gazetteer.place(p),  # type: ignore[arg-type]
                         "qualifier" if self._resolver.qualifies(text, candidates, resolved, i) else c.role, round(conf, 3),
                         _basis(c, p, first))
            for i, (c, (p, conf), (first, _)) in enumerate(zip(candidates, resolved, alone))
        )))

    def _with_unknown(self, text: str, mentions: tuple[PlaceMention, ...]) -> tuple[PlaceMention, ...]:
        """``mentions`` and the names the gazetteer lacks or files under one town of many: those the online
        geocoder (if any) finds, then those the text says where they are ("the village of Cellardyke in Fife"),
        then the generic parts of the story's town ("the North Side"): see :mod:`events.places.unlisted`."""
        if self.geocoder is not None:
            mentions = tuple(sorted(mentions + self._geocode_unknown(text, mentions), key=lambda m: m.start))
        mentions = with_unlisted(text, mentions, self.gazetteer)
        return with_districts(text, mentions, _focus_town)  # "the North Side", "Chinatown"

    def parse(self, text: str, home: OutletHome | None = None) -> tuple[PlaceMention, ...]:
        """Place mentions in ``text`` (locations, demonyms, datelines), resolved, in text order.

        ``home`` is the article's outlet's home (see :meth:`parse_many`). With an online geocoder, names
        the gazetteer lacks that follow a locative cue ("near Jazal", "the village of X") are asked of it,
        biased to the document's main country.
        """
        candidates = list(self._recognised[text])
        alone, resolved = self._with_home(text, candidates, home)
        return self._with_unknown(text, self._mentions(text, candidates, resolved, alone))

    def _with_home(self, text: str, candidates: Sequence[Candidate], home: OutletHome | None
                   ) -> tuple[list[tuple[int, float]], list[tuple[int, float]]]:
        """(resolved alone, resolved with the outlet's home): one preparation, two decisions."""
        prepared = self._resolver.prepare(text, candidates)
        alone = self._resolver.decide(prepared)
        return alone, (self._resolver.decide(prepared, home.as_context()) if home is not None else alone)

    def parse_many(self, texts: Sequence[str], outlets: Sequence[str | None]) -> list[tuple[PlaceMention, ...]]:
        """:meth:`parse` for a batch of articles, each with its outlet (or ``None``): the articles of one
        outlet inform each other's ambiguous names through the outlet's home (:mod:`events.places.outlets`)."""
        return self.places_many(texts, [None] * len(texts), outlets)

    def places_many(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]] | None],
                    outlets: Sequence[str | None]) -> list[tuple[PlaceMention, ...]]:
        """Per article, its place names found (``spans[i]`` is ``None``, as :meth:`parse`) or exactly its given
        spans resolved (as :meth:`resolve_spans`), in one batch: outlet homes are learned from all of them."""
        return self.places_and_homes(texts, spans, outlets)[0]

    def places_and_homes(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]] | None],
                         outlets: Sequence[str | None]) -> tuple[list[tuple[PlaceMention, ...]], list[OutletHome | None]]:
        """:meth:`places_many`, and each article's outlet home learned on the way (``None`` where it has none)."""
        found = [None if s is None else self._span_candidates(text, s) for text, s in zip(texts, spans)]
        candidates = [list(self._recognizer.candidates(text)) if f is None else [c for c in f if c is not None]
                      for text, f in zip(texts, found)]
        alone, resolved, homes = self._resolve_many(texts, candidates, outlets)
        out = []
        for text, s, f, c, r, a in zip(texts, spans, found, candidates, resolved, alone):
            if s is not None and f is not None:
                out.append(self._span_mentions(text, s, f, r, a))
            else:
                out.append(self._with_unknown(text, self._mentions(text, c, r, a)))
        return out, homes

    def _resolve_many(self, texts: Sequence[str], candidates: Sequence[Sequence[Candidate]], outlets: Sequence[str | None]
                      ) -> tuple[list[list[tuple[int, float]]], list[list[tuple[int, float]]], list[OutletHome | None]]:
        """Resolve each article alone, learn the outlets' homes from that, and resolve again the articles
        that have a home and an ambiguous name: (each article alone, each article with its home, the homes)."""
        if len(texts) != len(outlets) or len(texts) != len(candidates):
            raise ValueError("one outlet (or None) per text")
        resolver = self._resolver
        if not any(outlets):
            alone = [resolver.resolve(text, c) for text, c in zip(texts, candidates)]
            return alone, alone, [None] * len(texts)
        prepared = [resolver.prepare(text, c) for text, c in zip(texts, candidates)]
        alone = [resolver.decide(p) for p in prepared]
        resolved = list(alone)
        homes = self.homes(outlets, [self._home_places(c, r) for c, r in zip(candidates, alone)])
        for i, home in enumerate(homes):
            if home is not None and any(len(c.places) > 1 for c in candidates[i]):
                resolved[i] = resolver.decide(prepared[i], home.as_context())
        return alone, resolved, homes

    @staticmethod
    def _home_places(candidates: Sequence[Candidate], resolved: Sequence[tuple[int, float]]) -> tuple[int, ...]:
        return tuple(dict.fromkeys(p for c, (p, _) in zip(candidates, resolved) if c.role != "demonym"))

    def home_places(self, text: str) -> tuple[int, ...]:
        """What an article adds to its outlet's home: the places it names, resolved on its own (not its
        demonyms), in the order it first names them. Give these to :meth:`homes`."""
        candidates = list(self._recognised[text])
        return self._home_places(candidates, self._resolver.resolve(text, candidates))

    def homes(self, outlets: Sequence[str | None], home_places: Sequence[Sequence[int]]) -> list[OutletHome | None]:
        """Each article's outlet home, learned from the ``home_places`` of the outlet's other articles."""
        return learn_homes(self.gazetteer, outlets, home_places)

    def _geocode_unknown(self, text: str, known: Sequence[PlaceMention]) -> tuple[PlaceMention, ...]:
        assert self.geocoder is not None
        g = self.gazetteer
        countries = Counter(m.place.country_code for m in known if m.place is not None and m.place.country_code)
        bias = countries.most_common(1)[0][0] if countries else None
        found = []
        for m in _LOCATIVE_UNKNOWN.finditer(text):
            start, end = m.span("name")
            key = normalize(m.group("name"))
            if any(k.start < end and start < k.end for k in known) or g.zipf(key) >= 3.0 or g.candidates(key):
                continue
            place = self.geocoder.geocode(m.group("name"), bias)
            if place is not None:
                found.append(PlaceMention(start, end, text[start:end], place, "location", 0.5))
        return tuple(found)

    def _span_candidates(self, text: str, spans: Sequence[tuple[int, int]]) -> list[Candidate | None]:
        """A candidate for each given span, or ``None`` where the gazetteer lacks the name."""
        g = self.gazetteer
        listed = {(c.start, c.end): c for c in self._recognizer.listed_divisions(text)}  # "Preble and Darke counties"
        found: list[Candidate | None] = []
        for start, end in spans:
            if (start, end) in listed:
                found.append(listed[(start, end)])
                continue
            surface = text[start:end]
            key = normalize(surface)
            state = self._recognizer.ap_state(surface)
            places = [state] if state is not None else g.candidates(key)
            if (country := self._recognizer.demonym_country(key, places)) is not None:
                places = [country]  # "Canadian" is Canada, as in running text
            if not places and (key in g.demonyms or key in g.area_demonyms):
                places = [g.demonyms.get(key, g.area_demonyms.get(key))]  # "Syrian", "European"
            if not places:
                places = list(self._recognizer.derived_demonym(key))  # "Ohioans", "Dagestani"
            if not places:
                places = g.candidates(_generic_words_dropped(key))
            misspelt = not places
            if misspelt:  # a misspelling: same consonant skeleton and a close spelling
                places = [p for p in g.skeleton_candidates(key) if ratio(key, normalize(g.canonical[p])) >= 75]
            found.append(Candidate(start, end, key, tuple(places), "location", fuzzy=misspelt) if places else None)
        # a misspelling only as a place in a country the article names otherwise
        believed = {(c.start, c.end): c for c in misspellings_in_context(g, [c for c in found if c is not None])}
        return [None if c is None else believed.get((c.start, c.end)) for c in found]

    def _span_mentions(self, text: str, spans: Sequence[tuple[int, int]], found: Sequence[Candidate | None],
                       resolved: Sequence[tuple[int, float]],
                       alone: Sequence[tuple[int, float]] | None = None) -> tuple[PlaceMention, ...]:
        """Mentions for given spans. A span the gazetteer lacks is asked of the online geocoder, if any, else
        placed where the sentence says it lies ("the village of X in Y": see :func:`with_unlisted`), else at the
        article's focus (``basis="focus"``), else left without a place."""
        g = self.gazetteer
        known = [c for c in found if c is not None]
        focus = self._focus([p for c, (p, _) in zip(known, resolved) if c.role == "location"])
        of_known = iter(zip(resolved, alone if alone is not None else resolved))
        out: list[PlaceMention | None] = []
        for (start, end), c in zip(spans, found):
            if c is not None:
                (p, score), (first, _) = next(of_known)
                out.append(PlaceMention(start, end, text[start:end], g.place(p), "location", round(score, 3), _basis(c, p, first)))
            else:
                out.append(None)
        held = {}
        if None in out:
            held = {(m.start, m.end): m for m in with_unlisted(text, tuple(m for m in out if m is not None), g)
                    if m.basis == "within"}
        return tuple(m if m is not None else self._unknown_span(text, start, end, held, focus)
                     for (start, end), m in zip(spans, out))

    def _unknown_span(self, text: str, start: int, end: int, held: dict[tuple[int, int], PlaceMention],
                      focus: int | None) -> PlaceMention:
        """A given span the gazetteer lacks: see :meth:`_span_mentions`."""
        g = self.gazetteer
        surface = text[start:end]
        if self.geocoder is not None:
            place = self.geocoder.geocode(surface)
            if place is not None:
                return PlaceMention(start, end, surface, place, "location", 0.5)
        if (start, end) in held:
            return replace(held[start, end], role="location")
        if focus is not None:
            return PlaceMention(start, end, surface, g.place(focus), "location", FOCUS_SCORE, basis="focus")
        return PlaceMention(start, end, surface, None, "location", 0.0)

    def _focus(self, places: Sequence[int]) -> int | None:
        """The town or county an article names most (the first named, on a tie), or ``None``."""
        return _most_named([p for p in places if self.gazetteer.kind_of(p) in ("city", "county")])

    def resolve_spans(self, text: str, spans: Sequence[tuple[int, int]],
                      home: OutletHome | None = None) -> tuple[PlaceMention, ...]:
        """Resolve exactly the given spans (gold mentions); for a span the gazetteer lacks, see :meth:`_span_mentions`."""
        found = self._span_candidates(text, spans)
        known = [c for c in found if c is not None]
        alone, resolved = self._with_home(text, known, home)
        return self._span_mentions(text, spans, found, resolved, alone)

    def resolve_spans_many(self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]],
                           outlets: Sequence[str | None]) -> list[tuple[PlaceMention, ...]]:
        """:meth:`resolve_spans` for a batch, with outlet homes as in :meth:`parse_many`."""
        return self.places_many(texts, list(spans), outlets)
