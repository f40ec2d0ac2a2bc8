"""Assemble events and movements from a document's sentences, places and dates.

An event is one location mention in a (non-boilerplate) sentence. Its date is, in order:
the sentence's own date expression nearest to the place (``sentence``), else the last date of the
same paragraph (``narrative``) unless the sentence speaks of now ("officials also report cases"), else the
document's publication or reference date (``document``),
else none (``none``). Demonyms ("Syrian") and datelines ("BEIRUT —") never become events, nor do
place names inside an actor's name ("Islamic State of Iraq and the Levant"). A place a movement uses is no
event; when a sentence's only places are the destinations of withdrawals that set out from the story's place
("they recaptured the city after government forces withdrew to Homs"), what it reports happened there.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from events.extract.actors import WITNESSES, find_actor_spans, is_target, qualified
from events.extract.attribution import find_attribution_span
from events.extract.event_types import classify_event
from events.extract.movements import find_movements
from events.extract.quantities import find_quantities
from events.model import Document, Event, Movement, PlaceMention, Sentence, Source, TimeMention, When
from events.text.compass import COMPASS_DIRECTION
from events.time import speaks_of_now


# A place where someone spoke, not where the reported thing happened: "the ministry said in Moscow".
# where the speaker spoke ("said on Tuesday in Geneva"), not where what was said happened ("said the mine in Kentucky")
_SPEAKER_PLACE = re.compile(r"\b(?:said|says|told(?:\s+\w+){0,2}?|announced|stated|speaking|spoke|briefing|press conference|statement)\s+"
                            r"(?:(?!(?:the|a|an|its|his|her|their|this|that|these|those|he|she|they|it|we|i|you)\b)\w+\s+){0,2}?"
                            r"(?:in|from|at)\s+$", re.I)  # not "said he arrived in Paris": a clause of its own
# "Douma, east of Damascus", "a village 30 km south of Aleppo": a landmark that says where another place lies
_LANDMARK = re.compile(rf"\b(?:{COMPASS_DIRECTION}(?:ern)?\s+of\s+(?:the\s+(?:city|town|capital)\s+of\s+)?"
                       r"|capital\s+of\s+(?:the\s+)?)$", re.I)  # ... or "Wad Madani, the capital of Gezira state"
# Sentences that report something happening even when they name no place ("the city", "near the town").
_HAPPENING = ("attack", "airstrike", "capture", "withdrawal", "movement", "casualties")
# "Douma, a town east of Damascus", "Tadef, 10 km south of al-Bab": what goes between a place and its landmark
_APPOSITION = re.compile(r",\s*(?:(?:a|an|the|some|about|around|roughly|nearly)\s+)?(?:[\w.-]+\s+){0,3}$")
# "the Damascus suburb of Douma", "the Aleppo town of al-Bab": the first name only says where the second lies
_PART_OF = re.compile(r"\s+(?:suburbs?|district|neighbou?rhood|quarter|town|village|city|countryside|outskirts)\s+of\s+(?:the\s+)?$", re.I)


def _landmark_of(text: str, place: PlaceMention, landmark: PlaceMention) -> bool:
    """Whether ``landmark`` only says where ``place`` lies: "Douma, east of Damascus", "Tadef, 10 km south of al-Bab"."""
    relation = _LANDMARK.search(text, max(place.end, landmark.start - 40), landmark.start)
    return relation is not None and bool(_APPOSITION.match(text[place.end:relation.start()]))


def _holds_another(mention: PlaceMention, located: Sequence[PlaceMention]) -> bool:
    """Whether ``mention`` is a country that another place of the sentence lies in."""
    place = mention.place
    return place is not None and place.kind == "country" and any(
        m is not mention and m.place is not None and m.place.kind != "country" and m.place.country_code == place.country_code
        for m in located)


def _inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _dated(mention: TimeMention) -> bool:
    return mention.start_date is not None and mention.end_date is not None and mention.precision != "ref"


def _when_from(mention: TimeMention, source: str) -> When:
    return When(
        start=mention.start_date,
        end=mention.end_date,
        precision=mention.precision,
        text=mention.text,
        source=source,  # type: ignore[arg-type]
        value=mention.value,
    )


def document_when(reference: date | None) -> When:
    """The fallback date of a document: its publication (or inferred reference) day, or undated."""
    if reference is None:
        return When(start=None, end=None, precision=None, text=None, source="none")
    return When(start=reference, end=reference, precision="day", text=None, source="document", value=reference.isoformat())


def focus_place(places: Sequence[PlaceMention], sentences: Sequence[Sentence]) -> PlaceMention | None:
    """The city or region the article is mostly about: the most mentioned one (title counts twice), first mention wins ties."""
    body = [s for s in sentences if not s.boilerplate]
    body_starts = [s.start for s in body]
    counts: Counter[str] = Counter()
    first: dict[str, PlaceMention] = {}
    for mention in places:
        if mention.role != "location" or mention.place is None or mention.place.kind not in ("city", "county", "region"):
            continue
        k = bisect_right(body_starts, mention.start) - 1
        if k < 0 or mention.start >= body[k].end:
            continue  # not in the article's body (a footer, a disclaimer)
        key = mention.place.name
        counts[key] += 2 if body and body[0].start <= mention.start < body[0].end else 1
        first.setdefault(key, mention)
    if not counts:
        return None
    best = max(counts.items(), key=lambda kv: (kv[1], -first[kv[0]].start))[0]
    return first[best]


def _occurrences(text: str, needle: str | None) -> list[tuple[int, int]]:
    """Where ``needle`` occurs in ``text`` (whole words); none for a missing or very short needle."""
    if not needle or len(needle) < 4:
        return []
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(needle)}(?!\w)", text)]


def _paragraph_break(text: str, previous: Sentence | None, current: Sentence) -> bool:
    return previous is None or "\n" in text[previous.end:current.start]


def assemble(
    document: Document,
    sentences: Sequence[Sentence],
    places: Sequence[PlaceMention],
    dates: Sequence[TimeMention],
    reference: date | None,
    adjectives: Mapping[str, str] | None = None,
) -> tuple[tuple[Event, ...], tuple[Movement, ...]]:
    """Events and movements of one document (see the module docstring for the rules); ``adjectives``: country
    code -> adjective, to say whose "government forces" a sentence speaks of (the country of its place)."""
    text = document.text
    fallback = document_when(reference)
    # a place inside the outlet's own name ("told Levant Wire") is no event's place
    outlet_spans = _occurrences(text, document.outlet)
    places = [m for m in places if not _inside(outlet_spans, m.start, m.end)]
    focus = focus_place(places, sentences)
    places = sorted(places, key=lambda m: m.start)  # in text order, to take each sentence's slice
    dates = sorted(dates, key=lambda d: d.start)
    place_starts = [m.start for m in places]
    date_starts = [d.start for d in dates]
    events: list[Event] = []
    movements: list[Movement] = []
    narrative: When | None = None
    last_place: PlaceMention | None = None
    previous: Sentence | None = None
    for sentence in sentences:
        if _paragraph_break(text, previous, sentence):
            narrative = None
            last_place = None
        previous = sentence
        if sentence.boilerplate:
            continue
        in_sentence_dates = dates[bisect_left(date_starts, sentence.start):bisect_left(date_starts, sentence.end)]
        own_dates = [d for d in in_sentence_dates if _dated(d)]
        actor_spans = find_actor_spans(sentence)
        located = [
            m for m in places[bisect_left(place_starts, sentence.start):bisect_left(place_starts, sentence.end)]
            if m.role == "location" and m.place is not None
            and not _inside([(s, e) for s, e, _ in actor_spans], m.start, m.end)
            and not _SPEAKER_PLACE.search(text[sentence.start:m.start])
        ]
        claim = find_attribution_span(sentence.text) if located else None  # (source, start, end) in the sentence
        attributed = claim[0] if claim else None
        if len(located) > 1:  # "Douma, east of Damascus": the landmark that says where a place lies is not where it happens
            located = [m for k, m in enumerate(located) if not (k and _landmark_of(text, located[k - 1], m))
                       and not (k + 1 < len(located) and _PART_OF.match(text[m.end:located[k + 1].start]))]
            # "In Yemen, Houthi rebels fired at a tanker off Hodeidah": the country only says where the town lies
            located = [m for m in located if not _holds_another(m, located)] or located
            if claim is not None:  # "according to the Texas Department of Health": the source's name, not a place of it
                span = (sentence.start + claim[1], sentence.start + claim[2])
                located = [m for m in located if not _inside([span], m.start, m.end)] or located
        place_source = "sentence"
        quantities = find_quantities(text, sentence, excluded=[(d.start, d.end) for d in in_sentence_dates])
        event_type = classify_event(sentence.text)
        before = last_place  # the story's place before this sentence (whence "withdrew to Homs" sets out)
        if located:
            last_place = located[-1]
        elif (quantities or event_type in _HAPPENING) and (last_place or focus) is not None:
            located = [last_place or focus]  # type: ignore[list-item]
            place_source = "narrative" if last_place is not None else "focus"
        if located:
            source = Source(
                doc_id=document.doc_id, outlet=document.outlet, url=document.url, title=document.title,
                published=document.published or reference, quote=sentence.text,
                quote_start=sentence.start, quote_end=sentence.end,
            )
            if claim is None and place_source != "sentence":
                claim = find_attribution_span(sentence.text)  # a narrative or focus place: not read above
                attributed = claim[0] if claim else None
            claimant = [(sentence.start + claim[1], sentence.start + claim[2])] if claim else []
            country = located[0].place.country_code if located[0].place is not None else None
            adjective = (adjectives or {}).get(country) if country else None
            named = [(qualified(actor, adjective), is_target(sentence, start, end, event_type))
                     for start, end, actor in actor_spans
                     # "according to residents": a witness who is the source is no actor of what it tells
                     if not (actor in WITNESSES and _inside(claimant, start, end))]
            actors = tuple(dict.fromkeys(actor for actor, _ in named))
            # acted upon wherever the sentence names them ("strikes against ISIS"; not "ISIS attacked ... strikes against ISIS")
            targets = tuple(a for a in actors if all(target for actor, target in named if actor == a))
            present = not own_dates and narrative is not None and speaks_of_now(sentence.text)

            def when_for(start: int) -> When:
                if own_dates:
                    nearest = min(own_dates, key=lambda d: abs(d.start - start))
                    return _when_from(nearest, "sentence")
                if narrative is not None and not present:
                    return narrative
                return fallback

            used: set[int] = set()
            matches = find_movements(text, sentence, located, focus, before) if place_source == "sentence" else ()
            for match in matches:
                assert match.origin.place is not None and match.destination.place is not None
                used.add(match.origin.start)
                used.update(m.start for m in match.via)
                if not match.destination_is_focus:
                    used.add(match.destination.start)
                movements.append(Movement(
                    origin=match.origin.place, destination=match.destination.place,
                    origin_mention=match.origin, destination_mention=match.destination,
                    when=when_for(match.origin.start), source=source, event_type="movement",
                    actors=actors, attributed_to=attributed, quantities=quantities, targets=targets,
                ))
            unused = [m for m in located if m.start not in used]
            if not unused and matches and event_type in _HAPPENING and event_type not in ("movement", "withdrawal") \
                    and before is not None and all(m.origin is before for m in matches):
                # "they recaptured the city after government forces withdrew to Homs": what happened, happened
                # where the story is (the withdrawal's origin), not at the destination
                unused, place_source = [before], "narrative"
            for mention in unused:
                assert mention.place is not None
                events.append(Event(
                    place=mention.place, mention=mention, when=when_for(mention.start), source=source,
                    event_type=event_type, actors=actors, attributed_to=attributed, quantities=quantities,
                    place_source=place_source, targets=targets,  # type: ignore[arg-type]
                ))
        if own_dates:
            narrative = _when_from(own_dates[-1], "narrative")
    return tuple(events), tuple(movements)
