"""Places the gazetteer does not list, placed within the place the text says holds them, and the generic parts
of a town ("the North Side", "Chinatown") placed at the town the story is about.

News names villages, districts, suburbs and camps that no offline gazetteer has ("the village of Cellardyke in
Fife", "the Adhamiyah district of Baghdad", "Mabvuku, a suburb east of Harare", "Abu Shok refugee camp in
Al-Fashir", "in Greenlane, Auckland"). Where the sentence itself names the place that holds one, and that
place was found and resolved, the unlisted name becomes a mention of its own placed there, with basis
``within`` and the container's precision: somewhere in Fife, not a pin that pretends to know where.

Only these explicit shapes count; a name the gazetteer lacks with no container named beside it stays unplaced
(an online geocoder, when one is configured, may still find it). The plainest shapes, a kind word and then the
container ("the Rice Lake area of Fulton County"), also overrule a reading of a known name that lies elsewhere
(Rice Lake, Wisconsin): the sentence says where this one is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from events.model import Place, PlaceMention
from events.places.index import COUNTY_KM, Gazetteer, haversine_km
from events.places.normalize import normalize
from events.text.compass import COMPASS_ADJECTIVE, COMPASS_DIRECTION
from events.text.storms import STORM_NAME

WITHIN_SCORE = 0.5  # an unlisted place's confidence, at most: half its container's
FOCUS_SCORE = 0.1  # the confidence of a name placed at the story's town (a generic district, a given span unknown)
# the parts of a town that many towns have, by the same name (own list): in a story they are the story's town's
GENERIC_DISTRICTS = frozenset({"downtown", "uptown", "midtown", "chinatown", "old town", "little italy", "city centre",
                               "city center", "town centre", "town center", "north side", "south side", "east side",
                               "west side", "east end", "west end"})
# ... as written in running text ("Old Town", "the North Side"); not before another name ("Downtown Chicago")
_DISTRICT_NAMES = tuple(sorted((" ".join(w.capitalize() for w in name.split()) for name in GENERIC_DISTRICTS),
                               key=lambda n: (-len(n), n)))
_GENERIC_DISTRICT = re.compile(r"\b(?:" + "|".join(re.escape(n).replace(r"\ ", r"\s") for n in _DISTRICT_NAMES)
                               + r")\b(?!\s[A-Z])")
UNLISTED_ZIPF = 2.0  # a word this frequent in English is no unlisted place's name ("Market", "Druze", "Alawite")
UNLISTED_PHRASE_ZIPF = 3.0  # ... nor a phrase this frequent ("Holly Heights" is still one)

_WORD = r"[A-Z][\w'’]*(?:-[\w'’]+)*"
# a name of up to four words, with the particles of Arabic, Swahili and Romance names inside it
_NAME = rf"{_WORD}(?:\s(?:(?:al|el|as|ash|ar|ad|kwa|wa|de|del|la|le|di)\s)?{_WORD}){{0,3}}"
_NAMES = rf"(?P<names>(?<![\w'’-]){_NAME}(?:(?:,\s|,?\s(?:and|or)\s){_NAME})*)"  # (not "Donald" in "McDonald")
_ONE = rf"(?P<names>(?<![\w'’-]){_NAME})"
# a part of a place ("the Adhamiyah district of Baghdad"), or a place of its own ("the village of Cellardyke")
_PART = r"(?:township|suburb|neighbou?rhood|quarter|district|sub-district|locality|commune|area|slum|refugee\scamp|camp)"
PLACE_KIND = rf"(?:village|town|hamlet|settlement|{_PART})"  # (also read by the resolver: "the town of X in Y")
_KINDS = rf"{PLACE_KIND}s?"
_HOLDS = rf",?\s(?:in|of|near|outside|located\sin|located\snear)\s(?:the\s)?(?:{COMPASS_ADJECTIVE}\s)?"
_SIDE = rf"(?:{COMPASS_DIRECTION}\s(?:of\s)?)?"

_SHAPES = (
    # "the Adhamiyah district of Baghdad", "the Mukuru kwa Njenga district of Nairobi", "Abu Shok refugee camp in Al-Fashir"
    # (not "a mainly Shiite area in", nor "the Druze town of Jaramana": a town of its own is the one named after it)
    re.compile(rf"\b(?:[Tt]he|in|at|from|near)\s{_NAMES}\s{_PART}s?{_HOLDS}"),
    # "in the Wedza district, Mashonaland East province": the holder in apposition, a region by its word
    re.compile(rf"\b(?:[Tt]he|in|at|from|near)\s{_NAMES}\s{_PART},\s(?:the\s)?"
               rf"(?={_WORD}(?:\s{_WORD}){{0,2}}\s(?:province|region|state|governorate|oblast|prefecture|county)\b)"),
    # "the village of Cellardyke in Fife", "the villages of Bumbacari and Dudescu in Tulcea"
    re.compile(rf"\b{_KINDS}\sof\s{_NAMES}{_HOLDS}"),
    # "Mabvuku, a suburb located east of Harare", "Lujhu, a rural township in Taoyuan", "Lujhu is a rural township in
    # northwestern Taoyuan"
    re.compile(rf"{_ONE}(?:,|\s(?:is|was))\s(?:a|an|the)\s(?:(?:small|large|remote|rural|poor|nearby|densely\spopulated)\s)?"
               rf"{PLACE_KIND}\s(?:located\s)?{_SIDE}(?:in|of|near|outside)\s(?:the\s)?(?:{COMPASS_ADJECTIVE}\s)?"),
)
# "in Greenlane, Auckland", "at MC Market in Balintawak, Quezon City": an address, whose second part holds the
# first only when it is a region or a big city (in "Kampungu, Mombo" the known town is the next of a list)
_ADDRESS = re.compile(rf"\b(?:in|at|near|outside|from)\s{_ONE},\s")
ADDRESS_CITY = 100_000  # a city this big holds the unlisted name before it in an address
# a dateline's town in capitals before the country or state that holds it: "AKOSOMBO, Ghana -", "JAJARKOT, Nepal (AP) -",
# "ÉCOLE, France -" (each word of three letters or more, none an everyday word: not "LOCAL NEWS, Texas -")
_DATELINE_TOWN = re.compile(r"(?P<names>[^\W\d_][\w'’.-]{2,}(?:\s[^\W\d_][\w'’.-]{2,}){0,3})\s?,\s")
# "troop to Kogelo in Nyanza province", "camps around Atmeh and Sarmada in Idlib province": names, then "in" a region or
# a country (not a town: "Franklin Elementary in Santa Ana" is a school's)
_IN_REGION = re.compile(rf"\b(?:in|to|near|at|from|around|outside)\s{_NAMES}\sin\s(?:the\s)?")
# a town's own part named after it: "Nairobi slum Kibera", "Beirut's southern suburb of Dahiyeh", "Baghdad's
# Adhamiya district", "Kinshasa's Ngaliema commune"
_PARTS_AFTER_TOWN = (
    re.compile(rf"(?:['’]s?)?\s(?:(?:{COMPASS_ADJECTIVE}|{COMPASS_DIRECTION}|poor|impoverished)\s)?{_PART}\s(?:of\s)?{_ONE}"),
    re.compile(rf"['’]s?\s{_ONE}\s{_PART}\b"),
)
# the shapes are looked for only around the words for a kind of place, and addresses only before a holder
_KIND_WORD = re.compile(rf"\b{_KINDS}\b")
BEFORE_KIND, AFTER_KIND, BEFORE_HOLDER = 120, 40, 80  # characters


def with_unlisted(text: str, mentions: tuple[PlaceMention, ...], gazetteer: Gazetteer) -> tuple[PlaceMention, ...]:
    """``mentions`` and, in text order among them, the names in ``text`` that the gazetteer lacks, each placed
    at the resolved mention that the sentence says holds it. That holder becomes a ``qualifier`` (it says where
    the other is, as "Kan." does in "Kansas City, Kan."), so what the sentence reports happens at the village."""
    # (a qualifier holds too, and a country's name in the possessive, read as its adjective: "a town in Mozambique's
    # Cabo Delgado province"; not a demonym: "the Bajaur district near the Afghan border")
    holders = {m.start: m for m in mentions if m.place is not None
               and (m.role != "demonym" or text[m.end:m.end + 2] in ("'s", "’s"))}
    if not holders:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    by_span = {(m.start, m.end): m for m in mentions if m.place is not None}
    found: dict[int, PlaceMention] = {}
    qualifiers: set[int] = set()
    wrong: set[tuple[str, PlaceMention]] = set()  # (surface, place) read elsewhere than the sentence says it lies
    for m, holder, how in _held(text, holders):
        names = [m.span("names")] if how == "dateline" else [  # (a dateline's town is one name, in capitals)
            (m.start("names") + n.start(), m.start("names") + n.end()) for n in re.finditer(_NAME, m.group("names"))]
        for start, end in names:
            if start in found:
                continue
            known = by_span.get((start, end))
            if how == "kind" and known is not None and known.place is not None and not _inside(known.place, holder.place):  # type: ignore[arg-type]
                wrong.add((known.text, known.place))  # "the Rice Lake area of Fulton County": not Rice Lake, Wisconsin
            elif _overlaps(taken, start, end) or not _unlisted(text[start:end], gazetteer, how == "town kind") \
                    or STORM_NAME.match(text, start) \
                    or how == "dateline" and any(gazetteer.zipf(normalize(w)) >= UNLISTED_ZIPF for w in text[start:end].split()):
                continue
            at = _closer_holder(text, holder, mentions)
            found[start] = replace(at, start=start, end=end, text=text[start:end], basis="within",
                                   score=round(min(holder.score, 1.0) * WITHIN_SCORE, 3))
            qualifiers.add(at.start)
    if not found:
        return mentions
    # one sense per document: the name spelt the same elsewhere in the story is the same place ("Kampungu's health
    # centre" after "the village of Kampungu in Kasai"; another spelling, "Adhamiya" for Adhamiyah, is not matched)
    for placed in list(found.values()):
        for again in re.finditer(rf"(?<![\w'’-]){re.escape(placed.text)}(?![\w-])", text):
            start, end = again.span()
            if start not in found and (not _overlaps(taken, start, end) or (placed.text, by_span.get((start, end), placed).place) in wrong):
                found[start] = replace(placed, start=start, end=end)
    kept = tuple(replace(m, role="qualifier") if m.start in qualifiers else m for m in mentions if m.start not in found)
    return tuple(sorted(kept + tuple(found.values()), key=lambda m: m.start))


# how far from what holds it a place the gazetteer knows may lie, by the holder's kind (a region's point is its
# middle: Texas is 1,200 km wide)
HELD_WITHIN_KM = {"city": 40.0, "county": COUNTY_KM, "region": 900.0}


def _closer_holder(text: str, holder: PlaceMention, mentions: Sequence[PlaceMention]) -> PlaceMention:
    """The region or county a possessive after ``holder`` names inside it ("Mozambique's Cabo Delgado province":
    the province), else ``holder``."""
    if text[holder.end:holder.end + 3] not in ("'s ", "’s "):
        return holder
    inner = next((m for m in mentions if m.start == holder.end + 3), None)
    if inner is None or inner.place is None or holder.place is None or inner.place.kind not in ("region", "county") \
            or inner.place.country_code != holder.place.country_code:
        return holder
    return inner


def _inside(place: Place, holder: Place) -> bool:
    """Whether a place read from the gazetteer may lie in the place the sentence says holds it."""
    if place.country_code != holder.country_code:
        return False
    limit = HELD_WITHIN_KM.get(holder.kind)
    return limit is None or haversine_km(place.lat, place.lon, holder.lat, holder.lon) <= limit


def _overlaps(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _held(text: str, holders: dict[int, PlaceMention]) -> Iterator[tuple[re.Match[str], PlaceMention, str]]:
    """The matches of the shapes next to a holder, with the holder: before it (they end where it starts) or,
    for a town's own parts, after it ("Nairobi slum Kibera", "Baghdad's Adhamiya district"); and how the match
    was made: "kind" (a kind word and the holder after the name: the plainest, which overrules a reading of the
    name elsewhere), "address", "in", "town kind" (the name right after the town and its kind word: "Nairobi
    slum Kibera", which says "a place" the most), "town" or "dateline" (a dateline's town in capitals: "AKOSOMBO, Ghana -")."""
    for kind in _KIND_WORD.finditer(text):
        low, high = max(0, kind.start() - BEFORE_KIND), min(len(text), kind.end() + AFTER_KIND)
        for shape in _SHAPES:
            yield from ((m, holders[m.end()], "kind") for m in shape.finditer(text, low, high) if m.end() in holders)
    for start, holder in holders.items():
        place = holder.place
        if text[start - 2:start] == ", " and (place.kind != "city" or place.population >= ADDRESS_CITY):  # type: ignore[union-attr]
            yield from ((m, holder, "address") for m in _ADDRESS.finditer(text, max(0, start - BEFORE_HOLDER), start) if m.end() == start)
            if holder.role == "dateline":
                line_start = text.rfind("\n", 0, start) + 1
                m = _DATELINE_TOWN.fullmatch(text, line_start, start)
                if m is not None and m.group("names").isupper():
                    yield m, holder, "dateline"
        elif text[start - 3:start] in ("in ", "he ") and place.kind in ("region", "country"):  # type: ignore[union-attr]
            yield from ((m, holder, "in") for m in _IN_REGION.finditer(text, max(0, start - BEFORE_HOLDER), start) if m.end() == start)
        if place.kind == "city" and text[holder.end:holder.end + 1] in (" ", "'", "’"):  # type: ignore[union-attr]
            yield from ((m, holder, "town kind" if shape is _PARTS_AFTER_TOWN[0] else "town") for shape in _PARTS_AFTER_TOWN
                        if (m := shape.match(text, holder.end)) is not None)


# streets and buildings are where, not places a map shows ("at Main Street, Tipperary", "in Mill Road, Cambridge")
_STREET_OR_BUILDING = re.compile(r"\s(?:Road|Rd|Street|St|Avenue|Ave|Lane|Drive|Boulevard|Way|Place|Close|Crescent|Terrace|"
                                 r"Court|Highway|Hotel|Market|Hospital|School|College|University|Church|Mosque|Centre|"
                                 r"Center|Mall|Station|Airport|Bridge|Park)$")


def _unlisted(surface: str, gazetteer: Gazetteer, named_after_kind: bool = False) -> bool:
    """A name no gazetteer entry has that is no everyday word, first name, street or building ("Cellardyke", not
    "Market" or "Mill Road"); right after a town and its kind word, a word as frequent as a phrase may be
    ("Nairobi slum Kibera": the slum is named in English news about as often as "Alawite")."""
    key = normalize(surface)
    return bool(key) and not gazetteer.candidates(key) \
        and gazetteer.zipf(key) < (UNLISTED_PHRASE_ZIPF if " " in key or named_after_kind else UNLISTED_ZIPF) \
        and not (" " not in key and key in gazetteer.first_names) and not _STREET_OR_BUILDING.search(surface)


def with_districts(text: str, mentions: tuple[PlaceMention, ...],
                   focus_of: Callable[[Sequence[PlaceMention]], PlaceMention | None]) -> tuple[PlaceMention, ...]:
    """``mentions`` and the generic districts ``text`` names ("the North Side", "Chinatown", "Old Town"), each
    placed at the town named right before it ("Chicago's South Side"), else at the mention ``focus_of(mentions)``
    gives, of the town the story is mostly about, with basis ``focus``; none without either."""
    if not any(name in text for name in _DISTRICT_NAMES):  # a quick test first
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    districts = [m for m in _GENERIC_DISTRICT.finditer(text) if not _overlaps(taken, m.start(), m.end())]
    if not districts:
        return mentions
    towns = {m.end: m for m in mentions if m.place is not None and m.place.kind == "city"}
    focus = focus_of(mentions)
    found = []
    for m in districts:  # "Chicago's South Side" is Chicago's, whatever town the story names most
        town = towns.get(m.start() - 3 if text[m.start() - 3:m.start() - 1] in ("'s", "’s") else m.start() - 1) or focus
        if town is not None:
            found.append(replace(town, start=m.start(), end=m.end(), text=m.group(0), role="location", basis="focus",
                                 score=FOCUS_SCORE))
    return tuple(sorted(mentions + tuple(found), key=lambda m: m.start)) if found else mentions
