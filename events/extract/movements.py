"""Movements: people or forces going from one place to another, read from one sentence.

Patterns (place names are the sentence's resolved location mentions):
- "from X ... to / toward / into / back into Y"        -> X -> Y
- "from X and Y" with a movement cue and no destination -> X -> the place the article is about
  ("fighters from Raqqa and Deir Ezzor involved in the fighting" in an article about Palmyra)
- "left / fled / withdrew from X for / to Y"            -> X -> Y
- "arrived in / reached / returned to / entered / (crossed) into Y from X" -> X -> Y
- "to / toward Y and Z"                                   -> X -> Y and X -> Z
- "from X to Y and then toward Z"                         -> X -> Y and Y -> Z
- "to the Tiyas airbase in Y"                             -> X -> Y (a site the gazetteer lacks, in a place it has)
- "from X via / through Z to Y"                            -> X -> Y, passing Z (no event at Z)
A sentence needs a movement cue (transferred, moved, sent, fighters, troops, convoy, ...) so that
"a man from Texas said" is not a movement.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from events.model import PlaceMention, Sentence
from events.text.compass import COMPASS_ADJECTIVE

_OF_PLACE = rf"(?:the\s+)?(?:(?:{COMPASS_ADJECTIVE}|ancient|historic|besieged|desert)\s+)?(?:(?:\w+\s+)?(?:city|town|village|province|region|area|governorate|outskirts|vicinity)\s+of\s+)?"
_ORIGIN_BEFORE = re.compile(rf"(?:\bfrom|\bout of|\bleft|\bleaving|\bleave|\bfled|\bfleeing|\babandoned|\bevacuated)\s+{_OF_PLACE}$", re.IGNORECASE)
_ARRIVAL = r"\barriv(?:ed|ing|es?|als?)\s+(?:in|at)|\breach(?:ed|ing|es)?"  # "arrived in", "reached": a destination follows
_DEST_BEFORE = re.compile(rf"(?:\bto|\btoward|\btowards|\binto|\bfor|\bon|{_ARRIVAL}|\bjoin(?:ed)?\s+\w+\s+in|"
                          # "to the Tiyas airbase in Homs province": a site the gazetteer lacks, in a place it has
                          rf"\bto\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){{1,3}}(?:in|near|outside))\s+{_OF_PLACE}$", re.IGNORECASE)
# "... to Raqqa and then toward Palmyra": a second leg, from the first leg's destination
_THEN_BEFORE = re.compile(rf"(?:\band|,)\s+then\s+(?:on\s+)?(?:to|toward|towards|into)\s+{_OF_PLACE}$", re.IGNORECASE)
# "arrived in Palmyra from Raqqa": a destination named before its origin (only after these words)
_DEST_FIRST = re.compile(rf"(?:{_ARRIVAL}|\breturn(?:ed|ing|s)?\s+to|\b(?:entered|entering)|\binto)\s+{_OF_PLACE}$", re.IGNORECASE)
# "from Raqqa via Tabqa to Palmyra": a place the movement passes, no event of its own
_VIA_BEFORE = re.compile(r"\b(?:via|through)\s+(?:the\s+)?$", re.IGNORECASE)
_COORDINATED = re.compile(r"^\s*(?:,|and|or|,\s*and)\s*$", re.IGNORECASE)
_CUE = re.compile(
    r"\b(?:transferr?\w*|mov(?:ed|ing|es|ement)|sent|deploy\w*|redeploy\w*|convoys?|reinforcements?|fighters|troops|forces|"
    r"militants|terrorists|jihadists|soldiers|units|brigades?|corridor|arriv\w*|head(?:ed|ing)|advanc\w*|travel\w*|"
    r"relocat\w*|crossed|fled|withdr\w*|retreat\w*|evacuat\w*|refugees|displaced|bus(?:s)?ed|trucked|airlifted|ferried|escorted)\b",
    re.IGNORECASE,
)
_AWAY = re.compile(r"\b(?:withdr\w*|retreat\w*|fled|flee\w*|evacuat\w*|abandon\w*|left|leav\w*)\b", re.IGNORECASE)
# "government forces withdrew to Homs", "fighters fled toward the border town of Tal Abyad": away from where the story is
_AWAY_TO = re.compile(r"\b(?:withdr\w*|retreat\w*|fled|fleeing|pulled\s+back|fell\s+back|evacuated)\s+(?:\w+\s+){0,2}?"
                      r"(?:to|toward|towards|into)\s+(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|province|region)\s+of\s+)?$",
                      re.IGNORECASE)


@dataclass(frozen=True)
class MovementMatch:
    """An origin and a destination mention; ``destination_is_focus`` when the destination is the article's focus place."""

    origin: PlaceMention
    destination: PlaceMention
    destination_is_focus: bool = False
    via: tuple[PlaceMention, ...] = ()  # places between them that the movement passes ("via Tabqa")


def _preceding(text: str, sentence: Sentence, mention: PlaceMention, width: int = 60) -> str:
    lo = max(sentence.start, mention.start - width)
    return text[lo:mention.start]


def find_movements(
    text: str,
    sentence: Sentence,
    places: Sequence[PlaceMention],
    focus: PlaceMention | None = None,
    narrative: PlaceMention | None = None,
) -> tuple[MovementMatch, ...]:
    """Movements in one sentence. ``places`` are the sentence's resolved location mentions, in order;
    ``narrative``: the story's last place before the sentence, whence a withdrawal with no origin of its own
    sets out ("IS retook Palmyra. Government forces withdrew to Homs": from Palmyra to Homs)."""
    if not places or not _CUE.search(sentence.text):
        return ()
    origins: list[PlaceMention] = []
    for i, mention in enumerate(places):
        if _ORIGIN_BEFORE.search(_preceding(text, sentence, mention)):
            origins.append(mention)
        elif origins and places[i - 1] is origins[-1] and _COORDINATED.match(text[places[i - 1].end:mention.start]):
            origins.append(mention)  # "from Raqqa and Dier Ezzor"
    found: list[MovementMatch] = []
    if not origins and narrative is not None and narrative.place is not None:
        away_to = next((m for m in places if m.place is not None and m.place.name != narrative.place.name
                        and _AWAY_TO.search(_preceding(text, sentence, m))), None)
        if away_to is not None:
            found.append(MovementMatch(narrative, away_to))
    for origin in origins:
        destination = next(
            (m for m in places if m.start > origin.end and m not in origins
             and _DEST_BEFORE.search(_preceding(text, sentence, m, width=200))
             and m.place is not None and origin.place is not None and m.place.name != origin.place.name),
            None,
        )
        if destination is None:  # "arrived in Palmyra from Raqqa"
            destination = next(
                (m for m in reversed(places) if m.end <= origin.start and m not in origins
                 and _DEST_FIRST.search(_preceding(text, sentence, m))
                 and m.place is not None and origin.place is not None and m.place.name != origin.place.name),
                None,
            )
        if destination is not None:
            lo, hi = sorted((origin.end, destination.start))
            via = tuple(m for m in places if lo <= m.start and m.end <= hi and _VIA_BEFORE.search(_preceding(text, sentence, m, 12)))
            found.append(MovementMatch(origin, destination, via=via))
            after = [m for m in places if m.start > destination.end and m not in origins and m.place is not None]
            last = destination
            for m in after:  # "toward Sukhnah and Deir ez-Zor": each a destination
                if not _COORDINATED.match(text[last.end:m.start]):
                    break
                found.append(MovementMatch(origin, m))
                last = m
            leg = next((m for m in after if m.start >= last.end and _THEN_BEFORE.search(_preceding(text, sentence, m))), None)
            if leg is not None and leg.place is not None and last.place is not None and leg.place.name != last.place.name:
                found.append(MovementMatch(last, leg))  # "from Mosul to Raqqa and then toward Palmyra"
        elif (
            focus is not None and focus.place is not None and origin.place is not None
            and focus.place.name != origin.place.name and not _AWAY.search(sentence.text)
        ):
            found.append(MovementMatch(origin, focus, destination_is_focus=True))
    return tuple(found)
