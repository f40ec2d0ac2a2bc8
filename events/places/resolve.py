"""Choose one place per candidate name, using the whole document as context.

Score of a reading (a gazetteer place a name may be) = its prior (population, capital, kind; its own name
over an alternate one) plus:
- static context: "X, Y" ("Paris, Texas"), "X province", "the Syrian city of X", nearness to towns the
  document names unambiguously, a town and a county that lie together, a name in a list taking its
  neighbours' kind and country, the capital of a country the document names, and a country's own name
  over towns that bear it;
- document context, in rounds: each name votes for the countries and regions of its readings (softly:
  shared by a softmax of their scores), a name's own mentions do not vote for each other, and a reading
  gains by the share of the other names' votes for its country and region (a region fully, once it holds
  a town the document names). An outlet's home (the places of its other articles,
  :mod:`events.places.outlets`) votes as one more, weak, name.
The first round votes from priors and static context; ROUNDS - 1 rounds of scoring follow. Last, the
mentions of one name take one reading, the best over all of them (one sense per discourse), unless their
own words say otherwise ("Homs province" beside "Homs"). A town of an address "X, Y" with no reading in the
country of the region Y resolved to ("Stroud, Ontario") is placed at Y: somewhere there, not a namesake elsewhere.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from events.memo import Memo
from events.places.index import COUNTY_KM, EXACT_NAME_BONUS, Gazetteer, region_key
from events.places.recognize import BEARING, REGION_WORD_AFTER, REGION_WORD_BEFORE, STATE_ACTS_AFTER, TOWN_IN_COUNTY_KM, Candidate
from events.places.unlisted import PLACE_KIND
from events.text.compass import COMPASS_ADJECTIVE

_REGION_NOUN_AFTER = re.compile(r"\s+region\b", re.I)  # "the Charlotte region" (not "Henan province", "rural Paris")
_DIVISION_NAMED = re.compile(r"\b(?:Region|Province|State|District|Department|Governorate|County|Oblast)\b")  # inside a name
_REGION_OFFICE_AFTER = re.compile(r"(?:['’]s)?\s+(?:gov\.|(?:premier|governor|lieutenant\s+governor|legislature|lawmakers|legislators|attorney\s+general|"
                                  r"provincial|state\s+(?:legislature|government|assembly|senate|house|capitol))\b)", re.I)
_REGION_OFFICE_BEFORE = re.compile(r"\b(?:[Gg]overnor|[Pp]remier|[Ll]egislature|[Aa]ttorney\s+[Gg]eneral)\s+of\s+(?:the\s+state\s+of\s+)?$")
# words only one country's news uses, for its police, courts and government (own table): a vote for that country
COUNTRY_CUES: dict[str, tuple[str, ...]] = {
    "IE": ("Garda", "Gardaí", "Gardai", "Taoiseach", "Tánaiste", "Tanaiste", "Dáil", "Dail", "TD for"),
    "GB": ("Crown Court", "Scotland Yard", "Chief Constable", "Metropolitan Police", "NHS", "Ofsted", "Police Scotland",
           "Procurator Fiscal", "Crown Prosecution Service"),
    "CA": ("RCMP", "Mounties", "Ontario Provincial Police", "Sûreté du Québec", "Surete du Quebec"),
}
# ... and the courts named after their town ("Perth Sheriff Court"; not "the county Sheriff Court Services unit"): the
# words a text must hold, and the pattern around them
COUNTRY_CUE_PATTERNS: dict[str, tuple[tuple[str, str], ...]] = {"GB": (("Sheriff Court", r"[A-Z][a-z]+ Sheriff Court(?! [A-Z])"),)}
_CUE_WORDS = tuple(word for words in COUNTRY_CUES.values() for word in words) \
    + tuple(word for cues in COUNTRY_CUE_PATTERNS.values() for word, _ in cues)  # (a quick test before the pattern)
_COUNTRY_CUES = re.compile(r"\b(?:" + "|".join(f"(?P<{code}>" + "|".join((*map(re.escape, words), *(pattern for _, pattern in COUNTRY_CUE_PATTERNS.get(code, ())))) + ")"
                                              for code, words in COUNTRY_CUES.items()) + r")\b")
CUE_WEIGHT = 1.0  # as much as one name of the country
_NAME_GOES_ON = re.compile(r"[ -][A-Z]")  # "North-Western Sydney": the region's name is only part of a longer one
_BORDER_AFTER = re.compile(r"\s+border(?:s|lands)?\b(?!\s+(?:crossing|post|point|terminal|gate|town|city))", re.I)  # not "the Rafah border crossing"
_RURAL_BEFORE = re.compile(r"\b(?:rural|upstate|downstate)\s+$", re.I)
_COMPASS_BEFORE = re.compile(rf"\b{COMPASS_ADJECTIVE}\s+$", re.I)
BOROUGH_KM = 20.0  # "Queens, New York", "Brooklyn, New York": a town this near a big city is a part of it, and names it
CONTAINS_BONUS = 8.0  # a reading that the name beside it holds, or that holds it ("Paris, Texas", "Libya's Tripoli")
BOROUGH_BONUS = 16.0  # ... over the region that holds both (+8) as the Y of an address (+4), by its own name (+2)
BIG_TOWN = 100_000  # a town this big is named, not addressed: "In Rome, Ireland beat Italy" is no Rome in Ireland
BIG_CITY = 1_000_000  # "eastern Aleppo", "southern Beirut": a part of a city this big, not of its region
_CITY_OF = re.compile(r"\b(?:the\s+)?(?P<dem>[A-Z][a-z]+)\s+(?:city|town|village|capital|province|region|border town|port city|port)\s+of\s+$")
_COMMA_AFTER = re.compile(r"^,\s*$")
# "Avdiivka in the Donetsk region", "Lyman in Donetsk oblast", "Azaz in northern Aleppo": X lies in Y as plainly as in "X, Y"
_IN_AFTER = re.compile(rf"^(?:\s+(?:county|district|prefecture|city|town|village|township))?,?\s+in\s+(?:the\s+)?(?:{COMPASS_ADJECTIVE}\s+)?$")
_ADDRESS_GOES_ON = re.compile(r"^,\s*(?:in\s+)?$")
# "Bondo, a village in Graubuenden", "Iguala, a city in southern Guerrero": an apposition that says where X lies
_APPOSITION = rf",\s+an?\s+(?:[a-z-]+\s+){{0,2}}?(?:city|{PLACE_KIND})\s+(?:in|of|near)\s+(?:the\s+)?(?:{COMPASS_ADJECTIVE}\s+)?"
_APPOSITION_GAP = re.compile(rf"^{_APPOSITION}$")  # (also before a nation's adjective: "a village in the Swiss canton of Y")
# "X, Bolivia's largest city", "X, the country's second city", "X, the provincial capital": the name is a town's
_CALLED_A_CITY = re.compile(r",\s+(?:the\s+|[A-Z][\w.]*(?:\s[A-Z][\w.]*)?['’]s\s+)(?:[\w-]+\s+){0,2}?(?:city|capital|port\s+city)\b")
_IN_GAP = re.compile(r"^\s+in\s+$")
# "Vodiane, south-west of Avdiivka", "Hawija, 50 km west of Kirkuk": X lies near Y, in the direction said
_BEARING_GAP = re.compile(rf"^{BEARING}$")
BEARING_KM = 150.0  # how far from Y a town said to lie in a direction of it may be (or half as far again as the text says)
_DIVISION_OF_GAP = re.compile(r"^\s+(?:canton|province|state|region|department|prefecture|county|district|governorate|oblast)\s+of\s+$")
# "the tourist town of Kalam in the Swat Valley": a kind of place, then its name, then where it lies
_KIND_OF = rf"(?:city|{PLACE_KIND})\s+of\s+$"
_KIND_OF_BEFORE = re.compile(rf"\b{_KIND_OF}")
# "the Georgia town of Dallas", "the Ohio port city of Dublin": the name before the kind holds the town
_KIND_OF_GAP = re.compile(rf"^\s+(?:port\s+)?{_KIND_OF}")
# "X, Y", "X and Y", "X and in Y", "fifteen in X, twelve in Y"
_LIST_GAP = re.compile(r"^(?:,\s*|,?\s+(?:and|or)\s+)(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                       r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+)?(?:(?:in|to|from|at)\s+)?$")
_ROUTE_FROM = re.compile(r"\bfrom\s+$", re.I)  # "from X to Y": a journey's two ends
_ROUTE_TO = re.compile(r"^\s+to\s+$")
_LIST_END = re.compile(r"\b(?:and|or)\b")
COUNTRY_WEIGHT = 6.0
REGION_WEIGHT = 4.0
ROUNDS = 4
NEAR_BONUS = 1.5  # a town within NEAR_KM of a town the document names unambiguously
NEAR_KM = 300.0
SOFT_TEMPERATURE = 2.0  # votes of an ambiguous name: softmax of its readings' scores (first round)
TOWN_IN_COUNTY_BONUS = 2.0  # a town and a county of the document within TOWN_IN_COUNTY_KM of each other
ADDRESS_BONUS = 4.0  # the state or province reading of Y in an address "X, Y", though no X in it is known
REGION_WORD_BONUS = 10.0  # "X province", "the province of X", "X region": the region, whatever else is near
METRO_CITY = 100_000  # ... or the region around a city this big ("the Charlotte region"), see _static_bonus
CAPITAL_BONUS = 3.0  # the capital of a country the document names
LIST_BONUS = 2.0  # a reading of the same kind as a neighbour in a list (per neighbour), or of its country
DOMESTIC_LIST_CITY = 100_000  # a city this big in a listed capital's country is the one a list of its towns names
NEIGHBOUR_BONUS = 8.0  # "neighbouring Niger", "neighboring Jordan": a country, not a state or town of the name
NATIONS_LIST_BONUS = 8.0  # a national capital listed with another country or its capital ("Washington and Moscow")
COUNTRY_NAME_MARGIN = 4.0  # how much less likely a town is than the country whose own name it bears ...
BIG_COUNTRY = 10_000_000  # ... and more so, by COUNTRY_NAME_STEP per tenfold people, for a country bigger than this:
COUNTRY_NAME_STEP = 2.0  # the more news a country makes, the less its name means a village (China, Maine; not Lebanon, Tenn.)
SEAT_MARGIN = 1.5  # how much less likely a region named after a town in it is than its prior says (see _facts_of)
SMALL_TOWN = 20_000  # a village sharing a region's own name is COUNTRY_NAME_MARGIN / 2 less likely than the region
SOFT_READINGS = 8  # at most this many readings share a name's vote
# A town named like a world city (this big or bigger) and DWARFED_RATIO times smaller takes DWARFED_COUNTRY_SHARE of
# its country's vote: a story's country alone does not make "won gold in Rome" Rome, Georgia, in a story of
# Louisville, Kentucky ("London and Milan" both Ohio's); its state's towns still do ("Paris" beside Lamar County, Texas)
WORLD_CITY = 500_000
DWARFED_RATIO = 50
DWARFED_COUNTRY_SHARE = 0.25
LATER_TEMPERATURE = 0.5  # ... in later rounds, with context in the scores
DAMPING = 0.5  # share of a name's previous vote kept in the next round


def _soft_votes(scored: Sequence[tuple[float, int]], temperature: float = 0.0) -> dict[int, float]:
    """One vote shared among a name's readings by a softmax of their scores: a name that is surely in the
    US but could be any of ten Henderson Counties still votes fully for the US."""
    top = max(score for score, _ in scored)
    temperature = temperature or SOFT_TEMPERATURE
    weights = sorted(((w, p) for score, p in scored if (w := math.exp((score - top) / temperature)) >= 0.01), reverse=True)
    soft = {p: w for w, p in weights[:SOFT_READINGS]}
    total = sum(soft.values())
    return {p: w / total for p, w in soft.items()}


_SUBJECT_VERB_AFTER = re.compile(r"\s+(?!(?:and|or|in|on|at|of|for|to|from|with|by|near|after|before|during|where|which|who|"
                                 r"that|when|while|as|last|this|next|yesterday|today|tonight|tomorrow|early|late|earlier|later|"
                                 r"recently|overnight|amid|over|since|until|till|through|despite|under|around|about)\b)[a-z]")
# (a lower-case word after the country, no preposition, conjunction or time word: a verb, "Ireland beat Italy")


def _possessed(text: str, owner: Candidate, c: Candidate) -> bool:
    """Whether name ``c`` follows ``owner``'s possessive ("Libya's Tripoli", "Nairobi's Eastleigh")."""
    return text[owner.end:c.start] in ("'s ", "’s ")


def _mix(old: dict[int, float], new: dict[int, float], keep: float) -> dict[int, float]:
    """``keep`` of the old vote and the rest of the new one."""
    mixed = {p: keep * w for p, w in old.items()}
    for p, w in new.items():
        mixed[p] = mixed.get(p, 0.0) + (1.0 - keep) * w
    return mixed


def _add_parts(totals: Sequence[dict[str, float]], parts: Sequence[dict[str, float]], times: int = 1) -> None:
    for total, part in zip(totals, parts):
        for k, v in part.items():
            total[k] = total.get(k, 0.0) + v * times


def _held(local: dict[str, float], own: dict[str, float], key: str, total: float) -> float:
    """How far the document's towns (other than this name's own) lie in region ``key``: their share of all
    towns' votes, or 1 once one whole town's vote is there."""
    held = max(local.get(key, 0.0) - own.get(key, 0.0), 0.0)
    return max(held / total, min(held, 1.0))


def _bearing_km(m: re.Match[str]) -> float:
    """How far from the place it names a bearing ("10 km south-west of", "west of") lets a town lie."""
    if not m["n"]:
        return BEARING_KM
    km = float(m["n"].replace(",", "")) * (1.609 if m["unit"].lower() == "miles" else 1.0)
    return max(BEARING_KM, 1.5 * km)


def _inside(g: Gazetteer, p: int, q: int) -> bool:
    """Whether place ``p`` lies in the country, region or county ``q``."""
    kind = g.kind_of(q)
    if kind == "country":
        return str(g.country[p]) == str(g.country[q])
    if kind == "county":  # a county's point is its middle ("Santa Maria, Davao del Sur")
        return p != q and str(g.country[p]) == str(g.country[q]) and g.distance_km(p, q) < COUNTY_KM
    if kind == "region":
        key = region_key(g, p)
        if key is not None and "-" in key and str(g.admin1[q]):  # ISO codes: comparable (not for "Mindanao", no ISO region)
            return key == str(g.admin1[q])
        return str(g.country[p]) == str(g.country[q]) and g.distance_km(p, q) < 250
    return False


@dataclass(frozen=True)
class Prepared:
    """A document's names ready for the rounds: per candidate, its static bonus per reading, its readings as
    ``(place, country, region key, kind, prior + static bonus)`` and its first, soft vote."""

    candidates: tuple[Candidate, ...]
    static: tuple[dict[int, float], ...]
    info: tuple[list[tuple[int, str, str | None, str, float]], ...]
    votes: tuple[dict[int, float], ...]
    fixed_totals: tuple[dict[str, float], ...] = ({}, {}, {}, {})  # the unambiguous names' votes (see Resolver._context)
    fixed_by_key: dict[str, list[dict[str, float]]] = field(default_factory=dict)  # ... per name shared with an ambiguous one
    pinned: frozenset[int] = frozenset()  # candidates whose own words say what they are ("Homs province")
    qualified: frozenset[int] = frozenset()  # candidates whose neighbour says where they lie ("Paris, Texas", "Libya's Tripoli")
    addressed: frozenset[int] = frozenset()  # towns in an address "X, Y" that is no list (see Resolver._address)
    apposed: tuple[tuple[int, int], ...] = ()  # (town, its division) in "X, a village in the Swiss canton of Y"
    towns_said: frozenset[int] = frozenset()  # datelines and names the text calls a city ("X, Bolivia's largest city")
    dwarfed: frozenset[int] = frozenset()  # readings a world city of their name dwarfs (see Resolver._dwarfed)
    possessed: frozenset[int] = frozenset()  # names right after a place's possessive ("Nairobi's Eastleigh")
    divisions: frozenset[int] = frozenset()  # ... of those, names of a division ("Ghana's Western Region", "Bolivia's Santa Cruz department")
    outsized: frozenset[int] = frozenset()  # readings a world city of their name dwarfs in any country (see Resolver._outsized)
    outsized_at_home: frozenset[int] = frozenset()  # ... of those, the ones in that world city's own country
    bearings: tuple[tuple[int, int, float], ...] = ()  # (town, the place it lies in a direction of, how far at most): "X, south-west of Y"
    acting: frozenset[int] = frozenset()  # names a verb follows, as a subject ("In Rome, Ireland beat Italy")


class Resolver:
    """Resolves :class:`Candidate` names to gazetteer places with document context."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._namesake_towns = frozenset(gazetteer.namesakes.values())  # towns a region is named after
        # (country code, region key, kind, prior) of a place: numpy scalar access is slow
        self._place_facts: Memo[int, tuple[str, str | None, str, float]] = Memo(self._facts_of, limit=200_000)
        # whether a name is a country's own name, and whether it is a region's own name
        self._names_country_or_region: Memo[tuple[str, tuple[int, ...]], tuple[bool, bool]] = Memo(self._name_kinds)
        # whether a name is a region's own name, the region not named after a town of the name (see _names_a_region)
        self._region_named: Memo[tuple[str, tuple[int, ...]], bool] = Memo(self._names_a_region)
        # the readings of a name that a world city of that name dwarfs (see _dwarfed), and in any country (see _outsized)
        self._dwarfed_readings: Memo[tuple[str, tuple[int, ...]], frozenset[int]] = Memo(self._dwarfed)
        self._outsized_readings: Memo[tuple[str, tuple[int, ...]], tuple[frozenset[int], frozenset[int]]] = Memo(self._outsized)
        self._big_town: Memo[int, bool] = Memo(
            lambda p: self._place_facts[p][2] == "city" and int(gazetteer.population[p]) >= BIG_TOWN, limit=200_000)
        # a name's likeliest reading before context, as its own name and the priors give it
        self._best: Memo[tuple[str, tuple[int, ...]], int] = Memo(
            lambda key_places: max(key_places[1], key=lambda p: self._name_prior(p, key_places[0])))
        # a name's readings with their facts and priors: (place, country, region key, kind, prior)
        self._readings: Memo[tuple[str, tuple[int, ...]], tuple[tuple[int, str, str | None, str, float], ...]] = Memo(
            lambda key_places: tuple((p, *self._place_facts[p][:3], self._name_prior(p, key_places[0])) for p in key_places[1]))

    def qualifies(self, text: str, candidates: Sequence[Candidate], resolved: Sequence[tuple[int, float]], i: int) -> bool:
        """Whether candidate ``i``, as resolved, is the region or country that holds the town (or region) just
        before it, after a comma ("Kansas City, Kan.", "HOMS, Syria —", "Alberta, Canada") or "in" ("Avdiivka in
        the Donetsk region"), or through a nation ("Palma in Mozambique's Cabo Delgado province"): it says which place
        is meant."""
        if i == 0 or candidates[i].role != "location":
            return False
        if i >= 2 and self._apposed_through_nation(text, candidates, i - 2):
            town, area = resolved[i - 2][0], resolved[i][0]  # "Palma in Mozambique's Cabo Delgado province"
            return town == area or _inside(self.gazetteer, town, area)
        gap = text[candidates[i - 1].end:candidates[i].start]
        if not (gap[:1] == "," and (_COMMA_AFTER.match(gap) or _APPOSITION_GAP.match(gap)) or _IN_AFTER.match(gap)):
            return False
        g = self.gazetteer
        town, area = resolved[i - 1][0], resolved[i][0]
        if town == area and area not in candidates[i - 1].places:
            return True  # the town was placed at the region it names ("Stroud, Ontario": see Resolver.decide)
        inner, outer = g.kind_of(town), g.kind_of(area)
        return (inner in ("city", "county") and outer in ("region", "country") or inner == "region" and outer == "country") \
            and _inside(g, town, area)

    def _facts_of(self, p: int) -> tuple[str, str | None, str, float]:
        g = self.gazetteer
        # a region named after a town in it is a little less likely than the town: "Idlib", "Hama" are the cities
        prior = g.prior(p) - (SEAT_MARGIN if p in g.namesakes else 0.0)
        return str(g.country[p]), region_key(g, p), g.kind_of(p), prior

    def _outsized(self, key_places: tuple[str, tuple[int, ...]]) -> tuple[frozenset[int], frozenset[int]]:
        """The towns a name may be that a world city of its very name outnumbers DWARFED_RATIO times or more, in
        any country (Paris, Illinois beside Paris), and of those, the ones in that world city's own country (Boston,
        New York beside Boston, Massachusetts)."""
        key, places = key_places
        g = self.gazetteer
        towns = [p for p in places if self._place_facts[p][2] == "city"]
        cities = [p for p in towns if key in g.own_name_keys(p) and int(g.population[p]) >= WORLD_CITY]
        if not cities:
            return frozenset(), frozenset()
        biggest = max(int(g.population[p]) for p in cities)
        small = frozenset(p for p in towns if int(g.population[p]) * DWARFED_RATIO <= biggest)
        countries = {self._place_facts[p][0] for p in cities}
        return small, frozenset(p for p in small if self._place_facts[p][0] in countries)

    def _dwarfed(self, key_places: tuple[str, tuple[int, ...]]) -> frozenset[int]:
        """The towns a name may be that a world city of its very name (WORLD_CITY people or more) outnumbers
        DWARFED_RATIO times or more, in countries where the name is no bigger place: Toronto, Ohio beside Toronto;
        Rome, Georgia beside Rome; not Athens, Georgia (a fifth of Athens) nor Alexandria, Virginia, nor
        Alexandria, Louisiana (Virginia's is the US's reading that the world city does not dwarf)."""
        small = self._outsized_readings[key_places][0]
        # ... in a country where the name has no bigger town (Alexandria, Louisiana stays beside Alexandria, Virginia)
        sizeable = {self._place_facts[p][0] for p in key_places[1] if p not in small}
        return frozenset(p for p in small if self._place_facts[p][0] not in sizeable)

    def _name_kinds(self, key_places: tuple[str, tuple[int, ...]]) -> tuple[bool, bool]:
        key, places = key_places
        own = [self._place_facts[p][2] for p in places if key in self.gazetteer.own_name_keys(p)]
        return "country" in own, "region" in own

    def _context(self, votes: Sequence[dict[int, float]],
                 memo: dict[int, tuple[dict[int, float], list[dict[str, float]]]],
                 base: Sequence[dict[str, float]] = ({}, {}, {}, {}), times: Sequence[int] | None = None,
                 ) -> tuple[list[dict[str, float]], list[list[dict[str, float]]]]:
        """Votes of the whole document for countries, regions (from every place), regions (from the towns and
        counties in them) and regions (from the towns of BIG_TOWN people or more in them), and each vote's own share
        of each (to leave out), on top of ``base`` (the unambiguous names' votes, which never change). ``times[k]``:
        how many mentions cast vote ``k`` (a group's mentions share one). ``memo`` keeps each votes dict's shares
        across rounds."""
        totals: list[dict[str, float]] = [dict(b) for b in base]
        own: list[list[dict[str, float]]] = []
        for k, mention_votes in enumerate(votes):
            known = memo.get(id(mention_votes))
            if known is not None and known[0] is mention_votes:
                parts = known[1]
            else:
                mc: dict[str, float] = {}
                mr: dict[str, float] = {}
                ml: dict[str, float] = {}
                mb: dict[str, float] = {}
                for p, w in mention_votes.items():
                    country, key, kind, _ = self._place_facts[p]
                    weight = w * (2.0 if kind in ("country", "region") else 1.0)
                    if kind != "continent":
                        mc[country] = mc.get(country, 0.0) + weight
                    if key:
                        mr[key] = mr.get(key, 0.0) + weight
                        if kind in ("city", "county"):
                            ml[key] = ml.get(key, 0.0) + weight
                            if self._big_town[p]:
                                mb[key] = mb.get(key, 0.0) + weight
                parts = [mc, mr, ml, mb]
                memo[id(mention_votes)] = (mention_votes, parts)  # the dict is kept alive, so its id stays its own
            _add_parts(totals, parts, times[k] if times is not None else 1)
            own.append(parts)
        return totals, own

    def resolve(self, text: str, candidates: Sequence[Candidate],
                home: dict[int, float] | None = None) -> list[tuple[int, float]]:
        """``(place number, confidence)`` for each candidate, in order; ``home``: the votes of the outlet's
        home (:class:`events.places.outlets.OutletHome`), if any.

        The first round's context is soft: an ambiguous name votes for all its readings, weighted by their
        priors, so that "Gainesville", "Hall County" and "Georgia" together pull each other to Georgia (US)
        although each alone would be read elsewhere. Later rounds vote with each name's current choice.
        """
        return self.decide(self.prepare(text, candidates), home)

    def prepare(self, text: str, candidates: Sequence[Candidate]) -> Prepared:
        """Everything about a document's names that does not depend on the rounds (priors, static context,
        first votes): computed once when a document is resolved twice (alone, then with its outlet's home)."""
        g = self.gazetteer
        if not candidates:
            return Prepared((), (), (), ())
        addressed = frozenset(i for i in range(len(candidates) - 1) if self._address(text, candidates, i))
        apposed = tuple((i, i + 2) for i in range(len(candidates) - 2) if self._apposed_through_nation(text, candidates, i))
        # "Vodiane, south-west of Avdiivka": a town said to lie in a direction of another place, and how far at most
        bearings = tuple((i, i + 1, _bearing_km(m)) for i in range(len(candidates) - 1) if candidates[i].role == "location"
                         and candidates[i + 1].role == "location"
                         and (m := _BEARING_GAP.match(text[candidates[i].end:candidates[i + 1].start])) is not None)
        # "bases in Ber and Tessalit in northern Mali": the names listed before an "X in Y" address lie in Y too
        listed_in = tuple((k, i + 1) for i in sorted(addressed) if _IN_AFTER.match(text[candidates[i].end:candidates[i + 1].start])
                          for k in self._listed_before(text, candidates, i))
        towns_said = frozenset(i for i, c in enumerate(candidates) if len(c.places) > 1 and (
            c.role == "dateline" or _CALLED_A_CITY.match(text, c.end)))
        # names right after a place's possessive ("Nairobi's Eastleigh"), and those that name a division ("Western Region")
        # (not an institution's: "Wichita's Wesley Medical Center")
        possessed = frozenset(i for i in range(1, len(candidates)) if _possessed(text, candidates[i - 1], candidates[i])
                              and not _NAME_GOES_ON.match(text, candidates[i].end))
        divisions = frozenset(i for i in possessed if _DIVISION_NAMED.search(text, candidates[i].start, candidates[i].end)
                              or REGION_WORD_AFTER.match(text, candidates[i].end))
        # the towns named unambiguously, or pinned by their address ("Bethel, Vt.": the one Bethel in Vermont)
        towns = {c.places[0] for c in candidates if len(c.places) == 1 and g.kind_of(c.places[0]) == "city"}
        by_address: dict[int, int] = {}
        for i in addressed:
            area = candidates[i + 1].places
            if len(area) == 1 and g.kind_of(area[0]) == "region":
                inside = [p for p in candidates[i].places if g.kind_of(p) == "city" and _inside(g, p, area[0])]
                if len(inside) == 1:
                    by_address[i] = inside[0]
        anchors = np.array(sorted(towns | set(by_address.values())), dtype=np.int64)
        # nearness of every reading of every ambiguous name to the unambiguous towns, in one array operation
        readings = [p for c in candidates if len(c.places) > 1 for p in c.places]
        near_all = iter(self._near_anchors(readings, anchors).tolist()) if readings else iter(())
        near = [[next(near_all) for _ in c.places] if len(c.places) > 1 else [] for c in candidates]
        # a world city's small namesake is not made likelier by a big town near it: "between Chicago and Paris" is no
        # Paris, Illinois (small towns near it still are)
        outsized = frozenset(p for c in candidates if len(c.places) > 1 for p in self._outsized_readings[(c.key, c.places)][0])
        if outsized and len(anchors) and any(self._big_town[a] for a in anchors.tolist()):
            small = np.array([a for a in anchors.tolist() if not self._big_town[a]], dtype=np.int64)
            for i, c in enumerate(candidates):
                if len(c.places) > 1 and not outsized.isdisjoint(c.places):
                    near_small = self._near_anchors(list(c.places), small).tolist()
                    near[i] = [n_small if p in outsized else n for p, n, n_small in zip(c.places, near[i], near_small)]
        for i in by_address:  # a town pinned by its address is near the others, not near itself
            others = np.array(sorted(towns | {p for j, p in by_address.items() if j != i}), dtype=np.int64)
            near[i] = self._near_anchors(list(candidates[i].places), others).tolist()
        # countries the document names by their own names ("Russia") or by a name only they bear ("Britain", "the US"):
        # their capitals are likelier ("Moscow", "London")
        named = {self._place_facts[p][0] for c in candidates for p in c.places if self._place_facts[p][2] == "country"
                 and (c.key in g.own_name_keys(p) or len(c.places) == 1 and c.role == "location")}
        # "Homs province", "southern Idlib": the region, whatever the same name means elsewhere
        pinned = frozenset(i for i, c in enumerate(candidates) if len(c.places) > 1 and self._region_word(text, c))
        bonuses = [self._static_bonus(text, candidates, i, near[i], named, i in pinned, i - 1 in addressed, i in addressed)
                   for i in range(len(candidates))]
        static = [bonus for bonus, _ in bonuses]
        qualified = frozenset(i for i, (_, by_next) in enumerate(bonuses) if by_next)
        self._add_town_in_county(candidates, static)
        for k, j, km in [(k, j, 0.0) for k, j in listed_in] + list(bearings):
            inside = [p for p in candidates[k].places if any(self._near_or_inside(p, q, km) for q in candidates[j].places)]
            if len(candidates[k].places) > 1 and inside:
                static[k] = {**static[k], **{p: static[k].get(p, 0.0) + CONTAINS_BONUS for p in inside}}
        # per candidate place: (place, country, region key, kind, prior + static bonus), computed once
        info = [[(p, country, key, kind, prior + static[i].get(p, 0.0)) for p, country, key, kind, prior in self._readings[(c.key, c.places)]]
                if static[i] else list(self._readings[(c.key, c.places)]) for i, c in enumerate(candidates)]
        # a reading further behind the best than all context can add never wins: drop it ("Palmyra" has 30)
        reach = COUNTRY_WEIGHT + REGION_WEIGHT
        for i, readings in enumerate(info):
            if len(readings) > 1:
                top = max(r[4] for r in readings)
                info[i] = [r for r in readings if r[4] >= top - reach]
        votes: list[dict[int, float]] = []
        for i, c in enumerate(candidates):
            if len(c.places) == 1:
                votes.append({c.places[0]: 1.0})
                continue
            votes.append(_soft_votes([(base, p) for p, *_, base in info[i]]))
        # the unambiguous names' votes never change: summed once, and per name where an ambiguous
        # mention shares its key (its own mentions' votes are left out of its context)
        fixed = [i for i, c in enumerate(candidates) if len(c.places) == 1]
        fixed_totals, fixed_own = self._context([votes[i] for i in fixed], {})
        cues = _COUNTRY_CUES.finditer(text) if any(word in text for word in _CUE_WORDS) else ()  # (a quick test first)
        cued = {m.lastgroup for m in cues}
        for country in cued:  # "Gardaí in Ennis": Ireland's Ennis
            fixed_totals[0][country] = fixed_totals[0].get(country, 0.0) + CUE_WEIGHT
        ambiguous_keys = {c.key for c in candidates if len(c.places) > 1}
        fixed_by_key: dict[str, list[dict[str, float]]] = {}
        for i, parts in zip(fixed, fixed_own):
            if candidates[i].key in ambiguous_keys:
                _add_parts(fixed_by_key.setdefault(candidates[i].key, [{}, {}, {}, {}]), parts)
        # (a country's own institutions, "RCMP officers in Perth", say more than the story's country: Perth, Ontario)
        dwarfed = frozenset(p for c in candidates if len(c.places) > 1 for p in self._dwarfed_readings[(c.key, c.places)]
                            if self._place_facts[p][0] not in cued)
        domestic = frozenset(p for c in candidates if len(c.places) > 1 for p in self._outsized_readings[(c.key, c.places)][1])
        acting = frozenset(i + 1 for i in addressed if _SUBJECT_VERB_AFTER.match(text, candidates[i + 1].end))
        # a big town listed before an address is named, not placed by it: in "from Kozhikode and Mysuru in Karnataka" the
        # address may be Mysuru's alone (but "Ber and Tessalit in northern Mali": somewhere in Mali when no Ber there is known)
        listed_in = tuple((k, j) for k, j in listed_in if not any(int(g.population[p]) >= BIG_TOWN for p in candidates[k].places))
        return Prepared(tuple(candidates), tuple(static), tuple(info), tuple(votes), tuple(fixed_totals), fixed_by_key, pinned,
                        qualified, addressed, apposed + listed_in, towns_said, dwarfed, possessed, divisions, outsized, domestic,
                        bearings, acting)

    def decide(self, prepared: Prepared, home: dict[int, float] | None = None) -> list[tuple[int, float]]:
        """The rounds of document context over a prepared document (see :meth:`resolve`)."""
        candidates, static, info = prepared.candidates, prepared.static, prepared.info
        if not candidates:
            return []
        votes = list(prepared.votes)
        choice = [max(info[i], key=lambda t: t[4])[0] for i in range(len(candidates))]
        sure = [1.0] * len(candidates)
        shares: dict[int, tuple[dict[int, float], list[dict[str, float]]]] = {}
        ambiguous = [i for i, c in enumerate(candidates) if len(c.places) > 1]
        # repeated mentions of a name with the same local context are decided once, and share one vote
        groups: dict[tuple, list[int]] = {}
        for i in ambiguous:
            c = candidates[i]
            groups.setdefault((c.key, c.places, tuple(sorted(static[i].items()))), []).append(i)
        for members in groups.values():
            for j in members[1:]:
                votes[j] = votes[members[0]]
        # the home's towns that are readings of a name here ("Beirut" in the outlet's other datelines) say which
        # reading of that name, not that the region around them (the Beirut governorate) is where this one is
        home_local: dict[str, dict[str, float]] = {}
        for i in ambiguous:
            c = candidates[i]
            for p in c.places:
                _, key, kind, _ = self._place_facts[p]
                if home and p in home and key and kind in ("city", "county"):
                    home_local.setdefault(c.key, {})[key] = home[p]
        namesake_towns, dwarfed, outsized, at_home = self._namesake_towns, prepared.dwarfed, prepared.outsized, prepared.outsized_at_home
        group_list = list(groups.values())
        position = {members[0]: k for k, members in enumerate(group_list)}  # where a group's shares are in _context's answer
        sizes = [len(members) for members in group_list] + [1]  # ... and the home's
        by_name: dict[str, list[list[int]]] = {}
        for members in groups.values():
            by_name.setdefault(candidates[members[0]].key, []).append(members)
        last_scores: dict[str, list[tuple[int, list[tuple[float, int]]]]] = {}
        for _ in range(ROUNDS - 1):
            last_scores = {candidates[members[0]].key: [] for members in groups.values()}
            # the outlet's home (see events.places.outlets) votes like one more name that is never this one
            changing = [votes[members[0]] for members in group_list] + ([home] if home else [])
            (countries, regions, local, big), own = self._context(changing, shares, prepared.fixed_totals, sizes)
            by_country: dict[str, float] = {}  # region votes by the country the region is in
            for k, v in regions.items():
                by_country[k[:2]] = by_country.get(k[:2], 0.0) + v
            # one sense per name and document: the mentions of one name do not vote for each other
            same_name: dict[str, Sequence[dict[str, float]]] = {}
            for name, name_groups in by_name.items():
                extra, near_home = prepared.fixed_by_key.get(name), home_local.get(name)
                if len(name_groups) == 1 and len(name_groups[0]) == 1 and extra is None and near_home is None:
                    same_name[name] = own[position[name_groups[0][0]]]  # one mention: its own votes, as they are
                    continue
                total = [dict(d) for d in extra] if extra else [{}, {}, {}, {}]
                for members in name_groups:  # a group's mentions share one vote, hence one share
                    _add_parts(total, own[position[members[0]]], len(members))
                if near_home:
                    _add_parts(total, [{}, {}, near_home])
                same_name[name] = total
            total_c = sum(countries.values()) or 1.0
            total_r = sum(regions.values()) or 1.0
            total_l = sum(local.values()) or 1.0
            new_votes: list[tuple[list[int], dict[int, float]]] = []
            for members in groups.values():
                i = members[0]
                c = candidates[i]
                # leave the votes of this name's mentions out of its context
                own_c, own_r, own_l, own_b = same_name[c.key]
                # shares among the other names' votes; less than one mention's vote in all is no full share (an
                # outlet's faint home alone does not decide a story that names nothing else)
                other_c = max(total_c - sum(own_c.values()), 1.0)
                other_r = max(total_r - sum(own_r.values()), 1.0)
                other_l = max(total_l - sum(own_l.values()), 1.0)
                scored = []
                for p, country, key, kind, base in info[i]:
                    weight = COUNTRY_WEIGHT * DWARFED_COUNTRY_SHARE if p in dwarfed else COUNTRY_WEIGHT
                    score = base + weight * max(countries.get(country, 0.0) - own_c.get(country, 0.0), 0.0) / other_c
                    if key and kind in ("city", "county"):  # a town is where the document's other places are
                        held_r = regions.get(key, 0.0) - own_r.get(key, 0.0)
                        if p in at_home:  # beside its country's world city of the name, only the small towns and counties
                            held_r = local.get(key, 0.0) - own_l.get(key, 0.0)  # of its state make a namesake likelier:
                            # "from the New York border to Boston" is no Boston, New York
                        if p in outsized:  # and a big town's region says nothing of a world city's namesake: "from New York
                            held_r -= big.get(key, 0.0) - own_b.get(key, 0.0)  # to Boston", "between Chicago and Paris"
                        near = REGION_WEIGHT * max(held_r, 0.0) / other_r
                        if p in namesake_towns:  # ... and the town a region is named after, as much as that region
                            near = max(near, REGION_WEIGHT * _held(local, own_l, key, other_l))  # ("Kherson" with Kakhovka)
                        score += near
                    elif key and kind == "region":  # a state is where the document's towns are: their share,
                        # or fully once it holds one whole town's vote (Ontario with Toronto, however many US towns)
                        score += REGION_WEIGHT * _held(local, own_l, key, other_l)
                    elif kind == "country":  # a country holds all its regions: "Mexico" with towns of Mexico City
                        inside = by_country.get(country, 0.0) - sum(v for k, v in own_r.items() if k[:2] == country)
                        score += REGION_WEIGHT * max(inside, 0.0) / other_r
                    scored.append((score, p))
                scored.sort(reverse=True)
                margin = scored[0][0] - scored[1][0] if len(scored) > 1 else 5.0
                confidence = 1.0 - math.exp(-max(margin, 0.0))
                for j in members:
                    choice[j], sure[j] = scored[0][1], confidence
                new_votes.append((members, _soft_votes(scored, LATER_TEMPERATURE)))
                if i not in prepared.pinned:
                    last_scores[c.key].append((len(members), scored))
            # damped: half the previous round's vote, so two names cannot keep swapping each other's country
            for members, new in new_votes:
                mixed = _mix(votes[members[0]], new, DAMPING)
                for j in members:
                    votes[j] = mixed
        # ... except where a mention's next name says where it lies: "Paris, Texas" and "Paris, France" in one story
        self._one_sense_per_name(candidates, {k: m for k, m in groups.items()
                                              if m[0] not in prepared.pinned and m[0] not in prepared.qualified},
                                 last_scores, choice, sure)
        # a name its own address or owner places ("grew up in Newcastle, England", "Libya's Tripoli") is there, whatever
        # the outlet's home adds (a paper in Newcastle, New South Wales)
        if home:
            for i in prepared.qualified:
                holders = [choice[k] for k in (i - 1, i + 1) if 0 <= k < len(candidates)
                           and self._place_facts[choice[k]][2] in ("country", "region", "county")]
                inside = [(base, p) for p, *_, base in info[i] if any(_inside(self.gazetteer, p, q) for q in holders)]
                if inside and choice[i] not in {p for _, p in inside}:
                    choice[i] = max(inside)[1]
        # "Stroud, Ontario" where no Stroud in Canada is known: somewhere in Ontario, not a Stroud elsewhere; "Pauktaw
        # in Rakhine State" where the one Pauktaw known lies in Yangon: somewhere in Rakhine
        g = self.gazetteer
        for i, j in [(i, i + 1) for i in sorted(prepared.addressed)] + list(prepared.apposed):
            area = choice[j]
            if g.kind_of(area) in ("region", "country") and all(
                    self._place_facts[p][2] in ("city", "county") and not _inside(g, p, area) for p in candidates[i].places) \
                    and not (g.kind_of(area) == "country" and any(int(g.population[p]) >= BIG_TOWN for p in candidates[i].places)
                             and j in prepared.acting):
                choice[i], sure[i] = area, sure[j]  # (but "In Rome, Ireland beat Italy": a country that acts is no address of
                # a city that big; "attacked Palma, Mozambique" is somewhere in Mozambique, not Palma de Mallorca)
        # "Vodiane, south-west of Avdiivka" where no Vodiane near Avdiivka is known: near Avdiivka, not the Vodiane 250 km off
        for i, j, km in prepared.bearings:
            if all(self._place_facts[p][2] in ("city", "county") and not self._near_or_inside(p, choice[j], km) for p in candidates[i].places) \
                    and not any(int(g.population[p]) >= BIG_TOWN for p in candidates[i].places):
                choice[i], sure[i] = choice[j], sure[j]
        # a dateline, or a name the text calls a city, is a town: "SANTA CRUZ, Bolivia (AP)", "Santa Cruz, Bolivia's largest
        # city" are Santa Cruz de la Sierra, not the department around it
        for i in prepared.towns_said:
            if g.kind_of(choice[i]) == "region":
                inside = [p for p in candidates[i].places if self._place_facts[p][2] == "city" and _inside(g, p, choice[i])]
                if inside:
                    choice[i] = max(inside, key=lambda p: int(g.population[p]))
        # "Nairobi's Eastleigh" where the Eastleighs known lie in England and South Africa: a part of Nairobi; "Ghana's
        # Western Region" where the one known is Iceland's: somewhere in Ghana (a country's or a region's possessive only
        # before a division, not "Israel's Gaza offensive", "China's Taiwan policy")
        for i in prepared.possessed:
            owner, kind = choice[i - 1], g.kind_of(choice[i - 1])
            readings = candidates[i].places
            if all(self._place_facts[p][2] in ("city", "county", "region") for p in readings) and (
                    kind == "city" and all(self._place_facts[p][2] == "city" and g.distance_km(p, owner) > TOWN_IN_COUNTY_KM
                                           for p in readings)  # (a town's part, no state: "Steele's Texas based company")
                    or kind in ("region", "country") and i in prepared.divisions and not any(_inside(g, p, owner) for p in readings)):
                choice[i], sure[i] = owner, sure[i - 1]
        return list(zip(choice, sure))

    def _address(self, text: str, candidates: Sequence[Candidate], i: int) -> bool:
        """Whether names ``i`` and ``i + 1`` read as an address "X, Y" (a town, then where it lies): a comma
        between them, and no list around them ("Aleppo, Idlib and Hama" is three places); or "the town of X in
        Y"."""
        x, y = candidates[i], candidates[i + 1]
        if x.role != "location" or y.role != "location":
            return False
        if _IN_AFTER.match(text[x.end:y.start]):  # "the town of X in Y", "X in Y province" say where X is as plainly,
            # and so does "X in Y" for a region or county Y and a town X ("Tawila in North Darfur", "Richmond, in North Yorkshire";
            # not "Tehran's role in Syria")
            g = self.gazetteer
            return _KIND_OF_BEFORE.search(text, max(0, x.start - 30), x.start) is not None \
                or REGION_WORD_AFTER.match(text, y.end) is not None \
                or (all(self._place_facts[q][2] in ("region", "county") for q in y.places)
                    or _COMPASS_BEFORE.search(text, max(0, y.start - 20), y.start) is not None
                    and self._likeliest(y)[0] == "country") and not _NAME_GOES_ON.match(text, y.end) \
                and not any(p in g.capitals or int(g.population[p]) >= BIG_CITY for p in x.places)
        if _APPOSITION_GAP.match(text[x.end:y.start]):  # "Bondo, a village in Graubuenden": where it lies, if Y is a division
            return all(self._place_facts[q][2] in ("region", "country") for q in y.places)
        if not _COMMA_AFTER.match(text[x.end:y.start]):
            return False
        if i > 0 and _LIST_GAP.match(text[candidates[i - 1].end:x.start]):
            return False
        if i + 2 >= len(candidates) or not _LIST_GAP.match(text[y.end:candidates[i + 2].start]):
            return True
        # "Stroud, Ontario, Canada", "Santa Maria, Davao del Sur, in Mindanao": a country or a region that holds Y,
        # after it goes on with the address, not with a list
        z = candidates[i + 2]
        g = self.gazetteer
        return _ADDRESS_GOES_ON.match(text[y.end:z.start]) is not None and any(
            self._place_facts[q][2] in ("country", "region") and any(_inside(g, p, q) for p in y.places)
            for q in z.places)  # (not "in Sydney, Hong Kong, Singapore": Singapore holds no Hong Kong)

    def _near_or_inside(self, p: int, q: int, km: float) -> bool:
        """Whether place ``p`` lies in the region or country ``q``, or within ``km`` of the town or county ``q``."""
        if self._place_facts[q][2] in ("city", "county"):
            return self._place_facts[p][0] == self._place_facts[q][0] and self.gazetteer.distance_km(p, q) <= km
        return _inside(self.gazetteer, p, q)

    def _listed_before(self, text: str, candidates: Sequence[Candidate], i: int) -> list[int]:
        """The towns listed right before town ``i`` ("Ber and" before "Tessalit in northern Mali"), nearest first."""
        out = []
        for k in range(i - 1, -1, -1):
            c = candidates[k]
            if c.role != "location" or not _LIST_GAP.match(text[c.end:candidates[k + 1].start]) \
                    or not all(self._place_facts[p][2] in ("city", "county") for p in c.places):
                break
            out.append(k)
        return out

    def _apposed_through_nation(self, text: str, candidates: Sequence[Candidate], i: int) -> bool:
        """Whether name ``i + 2`` is where name ``i`` lies, said through a nation's adjective or possessive: "Bondo, a
        village in the Swiss canton of Graubuenden", "Mocimboa da Praia and Palma in Mozambique's Cabo Delgado province"
        (a division of that nation)."""
        x, nation, y = candidates[i], candidates[i + 1], candidates[i + 2]
        if x.role != "location" or nation.role != "demonym" or y.role != "location":
            return False
        if not ((_APPOSITION_GAP.match(text[x.end:nation.start]) or _IN_GAP.match(text[x.end:nation.start]))
                and (_DIVISION_OF_GAP.match(text[nation.end:y.start]) or text[nation.end:y.start] in ("'s ", "’s "))):
            return False
        countries = {self._place_facts[q][0] for q in nation.places}
        return all(self._place_facts[q][2] == "region" and self._place_facts[q][0] in countries for q in y.places)

    @staticmethod
    def _one_sense_per_name(candidates: Sequence[Candidate], groups: dict[tuple, list[int]],
                            last_scores: dict[str, list[tuple[int, list[tuple[float, int]]]]],
                            choice: list[int], sure: list[float]) -> None:
        """Mentions of one name in different local contexts ("in Ontario", "Mississauga, Ontario") were
        scored apart; they mean one place (one sense per discourse): the reading with the best score summed
        over all of them, weighted by how many mentions each stands for."""
        for key, scored_groups in last_scores.items():
            if len(scored_groups) < 2:
                continue
            # a reading a group did not keep was further behind its best than all context can add (see prepare)
            readings = {p for _, scored in scored_groups for _, p in scored}
            total = dict.fromkeys(readings, 0.0)
            for weight, scored in scored_groups:
                floor = min(min(sc for sc, _ in scored), scored[0][0] - COUNTRY_WEIGHT - REGION_WEIGHT)
                seen = {p: sc for sc, p in scored}
                for p in readings:
                    total[p] += weight * seen.get(p, floor)
            ranked = sorted(total.items(), key=lambda t: -t[1])
            best = ranked[0][0]
            n = sum(w for w, _ in scored_groups)
            margin = (ranked[0][1] - ranked[1][1]) / n if len(ranked) > 1 else 5.0
            for members in groups.values():
                if candidates[members[0]].key == key and best in candidates[members[0]].places:
                    for j in members:
                        choice[j], sure[j] = best, 1.0 - math.exp(-max(margin, 0.0))

    def _near_anchors(self, places: Sequence[int], anchors: np.ndarray) -> np.ndarray:
        """For each place, whether it lies within 300 km of an unambiguous city of the document (another one)."""
        if len(anchors) == 0:
            return np.zeros(len(places), dtype=bool)
        idx = np.asarray(places, dtype=np.int64)
        near = self._within_km(idx, anchors, NEAR_KM) & (idx[:, None] != anchors[None, :])
        return near.any(axis=1)

    def _within_km(self, a: np.ndarray, b: np.ndarray, km: float) -> np.ndarray:
        """``[i, j]``: whether places ``a[i]`` and ``b[j]`` lie within ``km`` (equirectangular: plenty at these distances)."""
        g = self.gazetteer
        lat = g.lat[a][:, None]
        dy = (lat - g.lat[b][None, :]) * 111.2
        dx = (g.lon[a][:, None] - g.lon[b][None, :]) * 111.2 * np.cos(np.radians(lat))
        return dx * dx + dy * dy < km ** 2

    def _add_town_in_county(self, candidates: Sequence[Candidate], static: list[dict[int, float]]) -> None:
        """A town and a county the document names that lie together ("Huntsville" and "Walker County": the
        Texas pair, not Alabama's) support each other, beyond merely sharing a state."""
        county_of = [(i, p) for i, c in enumerate(candidates) if c.key.endswith((" county", " parish", " co"))
                     for p in c.places if self._place_facts[p][2] == "county"]
        if not county_of:
            return
        towns = [(i, p) for i, c in enumerate(candidates) if len(c.places) > 1 and not c.key.endswith((" county", " parish"))
                 for p in c.places if self._place_facts[p][2] == "city"]
        if not towns:
            return
        together = self._within_km(np.array([p for _, p in towns], dtype=np.int64),
                                   np.array([p for _, p in county_of], dtype=np.int64), TOWN_IN_COUNTY_KM)
        supported: set[tuple[int, int]] = set()
        for a, b in zip(*np.nonzero(together)):
            (ti, tp), (ci, cp) = towns[a], county_of[b]
            # not a town named like the county ("Madison" by "Madison County"): that pair lies together in
            # every state that has both, and the town is often the county itself, cut short
            if ti != ci and candidates[ci].key.rsplit(" ", 1)[0] != candidates[ti].key:
                supported.update(((ti, tp), (ci, cp)))
        for i, p in supported:
            if len(candidates[i].places) > 1:
                static[i] = {**static[i], p: static[i].get(p, 0.0) + TOWN_IN_COUNTY_BONUS}

    def _list_members(self, text: str, candidates: Sequence[Candidate], i: int) -> list[Candidate]:
        """The other names of the list the name at ``i`` stands in ("Niger, Chad and Cameroon"), each joined to the next
        by a comma, "and" or "or"."""
        members = []
        k = i - 1
        while k >= 0 and _LIST_GAP.match(text[candidates[k].end:candidates[k + 1].start]):
            members.append(candidates[k])
            k -= 1
        k = i + 1
        while k < len(candidates) and _LIST_GAP.match(text[candidates[k - 1].end:candidates[k].start]):
            members.append(candidates[k])
            k += 1
        return members

    def _inside_a_list(self, text: str, candidates: Sequence[Candidate], i: int) -> bool:
        """Whether the name at ``i``, followed by a comma and a name Y, stands inside a list of names of Y's kind
        and can be one itself: the list goes on before it and after Y ("Virginia, Washington, West Virginia and
        Wyoming"), or ends after Y with "and"/"or" ("cases in Washington, Pennsylvania and California"), unlike
        "Louisville, Ky., New Haven, Conn." or "Texas and Washington, D.C."."""
        if not i < len(candidates) - 2:
            return False
        c, nxt, after = candidates[i], candidates[i + 1], candidates[i + 2]
        gap_after = text[nxt.end:after.start]
        if not _LIST_GAP.match(gap_after):
            return False
        prev = candidates[i - 1] if i > 0 and _LIST_GAP.match(text[candidates[i - 1].end:c.start]) else None
        if prev is None and not _LIST_END.search(gap_after):
            return False
        kind = self._likeliest(nxt)[0]
        return all(any(self._place_facts[p][2] == kind for p in x.places) for x in (c, after) + ((prev,) if prev else ()))

    def _name_prior(self, p: int, key: str) -> float:
        """:meth:`Gazetteer.name_prior` from the memoised facts, whose prior knows regions named after a town."""
        return self._place_facts[p][3] + (EXACT_NAME_BONUS if key in self.gazetteer.own_name_keys(p) else 0.0)

    def _likeliest(self, c: Candidate) -> tuple[str, str]:
        """(kind, country) of a name's likeliest reading before context (its only one, if unambiguous). A region
        named after a town that is also a reading counts as a town: "Kidal" in "Kidal and Gao" is as much the
        town as the region, and lists the town Gao, not the region."""
        best = self._best[(c.key, c.places)]
        country, _, kind, _ = self._place_facts[best]
        if kind == "region" and self.gazetteer.namesakes.get(best) in c.places:
            kind = "city"
        return kind, country

    def _nation(self, c: Candidate) -> str | None:
        """The country a name stands for when its likeliest reading is a country or a national capital, else None."""
        best = self._best[(c.key, c.places)]
        country, _, kind, _ = self._place_facts[best]
        return country if kind == "country" or best in self.gazetteer.capitals else None

    def _names_a_region(self, key_places: tuple[str, tuple[int, ...]]) -> bool:
        """Whether a name is a region's own name, and that region is not named after a town of the name ("Washington",
        "Oregon"; not "Bundibugyo", a district named after its seat)."""
        key, places = key_places
        return self._names_country_or_region[key_places][1] and any(
            self._place_facts[p][2] == "region" and key in self.gazetteer.own_name_keys(p)
            and self.gazetteer.namesakes.get(p) not in places for p in places)

    def _region_word(self, text: str, c: Candidate) -> bool:
        """Whether the words around a name make it a region: "X province", "the province of X", "X region";
        and "southern Idlib", "rural Damascus", "upstate New York" unless the name is a country's: a part of the
        region, which holds the town named like it (and any part of that town). But a compass word before a
        city of a million or more names a part of the city: "eastern Aleppo", "southern Beirut"."""
        if REGION_WORD_AFTER.match(text, c.end):
            return True
        before = REGION_WORD_BEFORE.search(text, max(0, c.start - 60), c.start)
        if before is not None:  # (but "the state of Kuwait", "the State of Israel" are the countries so called officially)
            return not (before.group(0)[:5].lower() == "state" and any(
                self._place_facts[p][2] == "country" for p in self.gazetteer.candidates("state of " + c.key)))
        if self._names_country_or_region[(c.key, c.places)][0]:
            return False
        if _REGION_OFFICE_AFTER.match(text, c.end) or _REGION_OFFICE_BEFORE.search(text, max(0, c.start - 30), c.start):
            return True  # "Quebec's premier", "New York's governor", "the governor of New York": a province's or a state's
            # office, not the city's
        if _BORDER_AFTER.match(text, c.end):
            return True  # "the New York border", "the Quebec border": a state's or a province's, not the city's
        if _RURAL_BEFORE.search(text, max(0, c.start - 12), c.start):
            return True
        return bool(_COMPASS_BEFORE.search(text, max(0, c.start - 20), c.start)) and not any(
            self._place_facts[p][2] == "city" and int(self.gazetteer.population[p]) >= BIG_CITY for p in c.places)

    def _static_bonus(self, text: str, candidates: Sequence[Candidate], i: int, near: Sequence[bool],
                      named_countries: set[str], region_word: bool, address: bool = False,
                      address_town: bool = False) -> tuple[dict[int, float], bool]:
        """Context that does not depend on other resolutions: "X, Y", "X province", "the Syrian city of X",
        nearness, lists, a country's own name, the capital of a country the document names; and whether the
        next name holds one of this one's readings ("Paris, Texas"). ``address``: this name is the Y of an
        address "X, Y" (:meth:`_address`), where a state or province is likelier than a town; ``address_town``: this
        name is the X of one (a county holds X only then: "Santa Maria, Davao del Sur", not a list of counties)."""
        g = self.gazetteer
        c = candidates[i]
        if len(c.places) == 1:
            return {}, False
        before = text[max(0, c.start - 60):c.start]
        nxt = candidates[i + 1] if i + 1 < len(candidates) else None
        m = _CITY_OF.search(before)
        neighbouring = before.lower().endswith(("neighbouring ", "neighboring ", "border with ", "borders with ", "bordering ",
                                                "frontier with "))  # "close to the border with Niger" (not Niger State)
        demonym_country = None
        if m and m.group("dem").lower() in g.demonyms:
            demonym_country = str(g.country[g.demonyms[m.group("dem").lower()]])
        bonus: dict[int, float] = {}
        names_country, names_region = self._names_country_or_region[(c.key, c.places)]
        # "X, Y": X lies in Y ("Paris, Texas"); not "Moscow, U.S. officials said", nor a list of countries
        # ("China, Japan and Brazil" is no town China in Japan)
        comma_next = (nxt is not None and nxt.role != "demonym" and not names_country
                      and (_COMMA_AFTER.match(text[c.end:nxt.start]) or _IN_AFTER.match(text[c.end:nxt.start])))
        # in a list ("Arizona, Illinois and Ohio"; "Alberta, Ontario"), a name is of the same kind as its neighbours
        listed = [candidates[k] for k in (i - 1, i + 1)
                  if 0 <= k < len(candidates) and _LIST_GAP.match(text[min(c.end, candidates[k].end):max(c.start, candidates[k].start)])]
        neighbours = [self._likeliest(n) for n in listed]
        # "talks between Washington and Moscow", "Washington and China traded barbs": capitals listed with another
        # nation or its capital stand for their governments; not a town of the other's country (Moscow, Idaho)
        # (not "Tripoli, Lebanon": a country after a comma that may hold the name is its address, no other nation; but a
        # city after a comma holds no town: "leaders in Washington, London and Berlin")
        # (nor "found in Tripoli and Beirut": a city of 100,000 or more of the name in the other's country makes the
        # list one country's towns)
        # ... and so do the two ends of a journey: "flew from Washington to London" (not Washington, Tyne and Wear)
        route = [candidates[k] for k in (i - 1, i + 1) if 0 <= k < len(candidates)
                 and _ROUTE_TO.match(text[min(c.end, candidates[k].end):max(c.start, candidates[k].start)])
                 and _ROUTE_FROM.search(text, max(0, min(c.start, candidates[k].start) - 8), min(c.start, candidates[k].start))]
        # a list of nations ("Troops from Niger, Chad and Cameroon", "Mali, Burkina Faso and western Niger"): two or more
        # other members that are countries make a name that may be one the country, whatever region of the story's country
        # bears its name (Niger State in a story of Nigeria)
        members = self._list_members(text, candidates, i) if names_country else []
        nations_listed = sum(1 for n in members if self._likeliest(n)[0] == "country") >= 2
        nations = {country for n in listed + route if (country := self._nation(n)) is not None
                   and not (n.start > c.start and _COMMA_AFTER.match(text[c.end:n.start]) and self._likeliest(n)[0] != "city"
                            and any(self._place_facts[p][0] == country for p in c.places))
                   and not any(self._place_facts[p][0] == country and self._place_facts[p][2] == "city"
                               and int(g.population[p]) >= DOMESTIC_LIST_CITY for p in c.places)}
        if comma_next and self._inside_a_list(text, candidates, i):
            comma_next = False  # "Virginia, Washington, West Virginia and Wyoming": a list of states, not a town in one
        # ... and Y is the region or country that holds X ("Mississauga, Ontario" is the province, not Ontario,
        # California), or holds a town X may be ("Montreal, Quebec" is the province, though Montreal is also in Wisconsin)
        prev = candidates[i - 1] if i > 0 else None
        held: Sequence[int] = ()
        if prev is not None and prev.role != "demonym" and (_COMMA_AFTER.match(text[prev.end:c.start]) or _IN_AFTER.match(text[prev.end:c.start])):
            held = prev.places if len(prev.places) == 1 else [q for q in prev.places if self._place_facts[q][2] in ("city", "county")]
        by_next = False
        # "Libya's Tripoli", "Lebanon's Tripoli": the country (or region) whose possessive stands right before the name
        owner: Sequence[int] = ()
        if prev is not None and (_possessed(text, prev, c)  # (a possessive country reads as a demonym)
                                 or prev.role != "demonym" and _KIND_OF_GAP.match(text[prev.end:c.start])):
            owner = [q for q in prev.places if self._place_facts[q][2] in ("country", "region")]
        # "the Charlotte region": the region around a city of 100,000 or more, unless a region of the name is named
        # after that city ("the Donetsk region" is the oblast), not a namesake region elsewhere (Charlotte, St Vincent)
        # the towns regions of the name are named after (only asked of a region's name or before a region word)
        seats = {g.namesakes.get(p) for p in c.places} if names_region or region_word else set()
        metro: frozenset[int] = frozenset()
        if region_word and _REGION_NOUN_AFTER.match(text, c.end) and not seats & set(c.places):
            # (not when a region of the name is named after one of its readings: "the Samara region" is Samara
            # Oblast, not the region around Samarra, Iraq)
            metro = frozenset(p for p in c.places if self._place_facts[p][2] == "city"
                              and int(g.population[p]) >= METRO_CITY and p not in seats)
        # ... but a region named after its seat ("Saida" province, Algeria) lends its name no weight over other towns
        # of that name ("Saida", Sidon in Lebanon): it is a town's name first
        after_a_town = names_region and all(p in g.namesakes for p in c.places if self._place_facts[p][2] == "region")
        margin = COUNTRY_NAME_MARGIN
        if names_country:
            people = max(int(g.population[p]) for p in c.places if self._place_facts[p][2] == "country")
            margin += COUNTRY_NAME_STEP * max(0.0, math.log10(max(people, 1)) - math.log10(BIG_COUNTRY))
        acts = STATE_ACTS_AFTER.match(text, c.end) is not None
        among_regions = bool(named_countries) and nxt is not None and self._likeliest(nxt)[0] == "region" \
            and self._inside_a_list(text, candidates, i)
        capital_elsewhere = bool(nations) and not names_country and any(
            p in g.capitals and self._place_facts[p][0] not in nations for p in c.places)
        list_kinds = [kind for kind, _ in neighbours]  # each agreeing neighbour counts; one named like a region counts as
        # one too, whichever it is likelier to be ("Washington and Oregon": the states, not Oregon, Ohio)
        list_kinds += ["region" for n, (kind, _) in zip(listed, neighbours) if kind == "city" and self._region_named[(n.key, n.places)]]
        list_countries = {country for _, country in neighbours}
        dwarfed = self._dwarfed_readings[(c.key, c.places)] if list_countries else frozenset()
        # a country's own name ("Russia", "Mexico") means the country before any town so named; a region's own
        # name ("Illinois") means the region before a town that merely has it as an alternate name
        for p, is_near in zip(c.places, near):
            country, _, kind, _ = self._place_facts[p]
            score = NEAR_BONUS if is_near and kind in ("city", "county") else 0.0
            if kind in ("city", "county") and (names_country or names_region and not after_a_town and c.key not in g.own_name_keys(p)):
                score -= margin
            elif kind == "city" and names_region and g.population[p] < SMALL_TOWN and p not in seats:
                score -= COUNTRY_NAME_MARGIN / 2  # a village sharing a region's own name ("Wales", South Yorkshire), not its seat
            if not (names_region and kind == "city" and country not in list_countries):
                score += LIST_BONUS * list_kinds.count(kind)  # (but "from Toronto and Florida" is the state: a town abroad
                # named like a region is no likelier for a town beside it in another country)
            if country in list_countries:  # (as the country's vote, a share only for a world city's namesake: see decide)
                score += LIST_BONUS * (DWARFED_COUNTRY_SHARE if p in dwarfed else 1.0)
            if country in named_countries and p in g.capitals and not among_regions:
                score += CAPITAL_BONUS  # (not in a list of states: "cases in Washington, Pennsylvania and California")
            if p in g.capitals and (nations - {country} or acts) and not names_country:  # (not Kuwait City for "Kuwait")
                score += NATIONS_LIST_BONUS  # ("Washington said it would send agents to Chicago": a government acts)
            elif country in nations and capital_elsewhere and not comma_next:  # (but "Washington and Moscow, Idaho")
                score -= NATIONS_LIST_BONUS  # "from Washington to London": not the other nation's town of the name
            if region_word and (kind == "region" or p in metro):
                score += REGION_WORD_BONUS
                if g.namesakes.get(p) in c.places:  # "southern Gaza": the region named after the town of the name (the
                    score += LIST_BONUS              # Gaza governorate, which holds Gaza City), not Mozambique's Gaza province
            if nations_listed and kind == "country":
                score += NATIONS_LIST_BONUS
            if demonym_country is not None:
                score += 6.0 if country == demonym_country else -2.0
            if kind == "country" and neighbouring:
                score += NEIGHBOUR_BONUS
            if owner and kind in ("city", "county", "region") and any(_inside(g, p, q) for q in owner):  # ("Russia's Kursk region")
                score += CONTAINS_BONUS
                by_next = True  # its own words say where it lies: one sense per name does not undo it
            if comma_next:
                if any((g.kind_of(q) in ("country", "region") or address_town and g.kind_of(q) == "county") and _inside(g, p, q)
                       for q in nxt.places):
                    score += CONTAINS_BONUS
                    by_next = True
            if held and (kind in ("country", "region") or address and kind == "county") and any(_inside(g, q, p) for q in held):
                score += CONTAINS_BONUS
            elif held and kind == "city" and g.population[p] >= BIG_CITY and any(q != p and g.distance_km(p, q) < BOROUGH_KM for q in held):
                score += BOROUGH_BONUS  # "Queens, New York": the city, though its state holds Queens too (but no town is its
                # own borough: "Salvador, Bahia" is the state, though the city is also called Bahia)
            elif address and kind == "region":
                score += ADDRESS_BONUS
            if score:
                bonus[p] = score
        return bonus, by_next
