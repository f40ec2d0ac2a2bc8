"""Typed records passed between the pipeline stages.

All records are frozen dataclasses: a stage never mutates what it receives, it
returns new records. Every mention carries ``start``/``end`` character offsets
into :attr:`Document.text`, so ``doc.text[m.start:m.end] == m.text`` always.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

PlaceKind = Literal["city", "county", "region", "country", "continent"]
"""How precise a place is: a populated place, a county, a first-level region, a country, a continent."""
PLACE_KINDS: tuple[str, ...] = get_args(PlaceKind)  # finest first


def coarsest_kind(*kinds: str | None) -> str | None:
    """The least precise of some place kinds ("city" and "country" -> "country"); unknown kinds count as coarsest."""
    return max(kinds, key=lambda k: PLACE_KINDS.index(k) if k in PLACE_KINDS else len(PLACE_KINDS))

# location: where something is or happens; demonym: an adjective or a people, naming an actor ("Syrian");
# dateline: where the reporter was ("BEIRUT —"); qualifier: the state or country after a town that it holds
# ("Kansas City, Kan.", "Homs, Syria"), which says which town is meant, not a second place
PlaceRole = Literal["location", "demonym", "dateline", "qualifier"]
"""How a place name is used in text.

``location``: the text says something is or happens there (an event may be placed there).
``demonym``: an adjective or people name ("Syrian", "US-sponsored"); names an actor, never where.
``dateline``: the reporter's location ("BEIRUT —"); never an event.
"""

PlaceBasis = Literal["name", "outlet", "focus", "within"]
"""What a mention's place rests on. ``name``: the name read in its article. ``outlet``: the article alone
would read the name otherwise; the outlet's other articles settled it (its home, see
:mod:`events.places.outlets`: a local paper's "Paris"). ``focus``: the name is not in the gazetteer (a
neighbourhood, river, park…), so the mention is placed at the town the article is mostly about, the
likeliest vicinity: a span given to be a place (``resolve_spans``), or a part of a town that many towns
have by the same name ("the North Side", "Chinatown", "Old Town"). ``within``: a name the gazetteer
does not know there, placed at the place the text says holds it, with that place's precision: a town of an
address ("Stroud, Ontario", not a namesake elsewhere), or an unlisted village, district, suburb or camp ("the
village of Cellardyke in Fife", "the Adhamiyah district of Baghdad": see :mod:`events.places.unlisted`)."""

TimePrecision = Literal["day", "week", "month", "season", "quarter", "year", "decade", "century", "ref"]
"""How precise a date is; ``ref`` for PRESENT_REF / PAST_REF / FUTURE_REF."""
INTERVAL_PRECISIONS: tuple[str, ...] = tuple(p for p in get_args(TimePrecision) if p != "ref")  # those with dates

DateSource = Literal["sentence", "narrative", "document", "none"]
"""Where an event's date came from: its own sentence, the narrative's current date,
the document's publication date, or nowhere (undated)."""

PlaceSource = Literal["sentence", "narrative", "focus"]
"""Where an event's place came from: its own sentence, the last place of the same paragraph
("the city" after "Palmyra"), or the place the article is mostly about."""

EventType = Literal["attack", "airstrike", "capture", "withdrawal", "movement", "casualties", "statement", "other"]
EVENT_TYPES: tuple[str, ...] = ("attack", "airstrike", "capture", "withdrawal", "movement", "casualties", "statement", "other")


@dataclass(frozen=True)
class Document:
    """One article, with its metadata.

    ``inferred`` names the metadata fields that were guessed from the text rather
    than given (e.g. ``{"outlet", "published"}``).
    """

    doc_id: str
    text: str
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    language: str = "en"
    source: str | None = None  # path or upload name the document came from
    inferred: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Span:
    """A stretch of a document's text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence; ``boilerplate`` is true for disclaimers, copyright and fair-use footers."""

    boilerplate: bool = False


@dataclass(frozen=True)
class Place:
    """A resolved gazetteer entry (or an online geocoder's answer)."""

    name: str
    lat: float
    lon: float
    kind: PlaceKind
    country_code: str | None = None
    geonameid: int | None = None
    population: int = 0
    admin1: str | None = None  # region code within the country, e.g. "SY-DY" or GeoNames admin1 code
    feature_code: str | None = None  # GeoNames feature code (PPLC, PPLA, ADM1, PCLI, ...)
    source: str = "gazetteer"  # "gazetteer" or the online service's name
    extent_km: float | None = None  # an area's rough radius, when known (a country's from its surface; a strait's, a sea's)


@dataclass(frozen=True)
class PlaceMention(Span):
    """A place name found in the text, with what it resolved to (``None`` if unresolved)."""

    place: Place | None = None
    role: PlaceRole = "location"
    score: float = 0.0  # resolver's confidence, 0..1
    basis: PlaceBasis = "name"


@dataclass(frozen=True)
class TimeMention(Span):
    """A temporal expression, normalised.

    ``value`` is the TimeML value (``2016-12-11``, ``2016-12``, ``2016-W49``, ``2016``,
    ``PRESENT_REF``...), or for a range of days ("3-4 December") an ISO 8601 interval (``2016-12-03/2016-12-04``). ``start_date``/``end_date`` are the inclusive interval it
    denotes (``None`` for PAST_REF/FUTURE_REF and other open values).
    ``anchored`` is true when the value depended on the reference date.
    """

    value: str = ""
    start_date: date | None = None
    end_date: date | None = None
    precision: TimePrecision = "day"
    anchored: bool = False


@dataclass(frozen=True)
class Quantity(Span):
    """A number and what it counts: ``64 strikes`` -> value 64, what "strikes"."""

    value: float = 0.0
    what: str = ""
    approximate: bool = False  # "more than 300", "about 4000", "thousands of"


@dataclass(frozen=True)
class Source:
    """Where a record comes from: the document and the exact sentence."""

    doc_id: str
    outlet: str | None
    url: str | None
    title: str | None
    published: date | None
    quote: str
    quote_start: int
    quote_end: int


@dataclass(frozen=True)
class When:
    """The date that governs a record, and where that date came from."""

    start: date | None
    end: date | None
    precision: TimePrecision | None
    text: str | None  # the expression as written, None when undated or from the document date
    source: DateSource
    value: str | None = None  # TimeML value


@dataclass(frozen=True)
class Event:
    """Something reported to happen at one place, at a time, according to a source."""

    place: Place
    mention: PlaceMention
    when: When
    source: Source
    event_type: str = "other"
    actors: tuple[str, ...] = ()
    attributed_to: str | None = None
    quantities: tuple[Quantity, ...] = ()
    place_source: PlaceSource = "sentence"
    targets: tuple[str, ...] = ()  # the actors acted upon ("strikes against ISIS"): a subset of ``actors``


@dataclass(frozen=True)
class Movement:
    """People or forces reported going from one place to another."""

    origin: Place
    destination: Place
    origin_mention: PlaceMention
    destination_mention: PlaceMention
    when: When
    source: Source
    event_type: str = "movement"
    actors: tuple[str, ...] = ()
    attributed_to: str | None = None
    quantities: tuple[Quantity, ...] = ()
    targets: tuple[str, ...] = ()  # the actors acted upon: a subset of ``actors``


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    places: tuple[PlaceMention, ...] = ()
    dates: tuple[TimeMention, ...] = ()
    events: tuple[Event, ...] = ()
    movements: tuple[Movement, ...] = ()
    reference_date: date | None = None
    reference_inferred: bool = False
    warnings: tuple[str, ...] = field(default=())
