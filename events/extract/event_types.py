"""A small documented vocabulary of event types, assigned from the sentence's wording.

| type       | meaning                                                   | cue words (examples)                         |
|------------|-----------------------------------------------------------|----------------------------------------------|
| airstrike  | strikes from the air                                      | airstrike, air raid, strikes, bombed, jets   |
| capture    | a place taken, retaken or occupied                        | captured, seized, retook, took X, fell to     |
| withdrawal | forces leaving, retreating or evacuating a place          | withdrew, retreated, pulled out, evacuated    |
| attack     | fighting on the ground: assault, offensive, clashes       | attack, offensive, clashes, shelling, battle,  |
|            |                                                           | stormed (a building), struck (targets)        |
| movement   | people or forces sent, moved, transferred, arriving       | moved, transferred, sent to, convoy, deployed |
| casualties | people killed or wounded (without another type)           | killed, dead, wounded, casualties             |
| statement  | someone said something, nothing else recognised           | said, announced, statement, claimed           |
| other      | none of the above                                         |                                              |

When several cues appear the first type in the table order wins (a sentence about "64 strikes ...
killing more than 300 fighters" is an airstrike).
"""

from __future__ import annotations

import re

from events.time.tagger import MONTHS, WEEKDAYS

# places one storms to attack, not to take ("stormed a hotel in Mogadishu")
_BUILDINGS = r"(?:hotel|prison|jail|embassy|parliament|restaurant|mall|school|church|mosque|hospital|office|compound|building|bank|court)s?\b"

EVENT_TYPE_CUES: tuple[tuple[str, str], ...] = (
    ("airstrike", r"air[\s-]?strikes?|air[\s-]?raids?|(?<!\w)strikes?\s+(?:on|against|in|near|targeting|by)|\d+\s+strikes|"
                  r"bomb(?:ed|ing|ings|ardment)|warplanes?|jets?\b|sorties|aerial|helicopter gunships?|barrel bombs?|drone[\s-]strikes?|"
                  r"(?:aircraft|planes|drones?|helicopters?)\s+(?:hit|struck|pounded|targeted|attacked)\b"),
    ("capture", r"captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|re-?took|re-?take[sn]?|retaking|recaptur\w*|took control|taken control|"
                r"tak(?:e|es|ing) control|fell to|fall of|overr(?:an|un)|occup(?:ied|ation|y)|liberat(?:ed|ion|e)|"
                r"stormed(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+)?" + _BUILDINGS + r")|"
                r"regain(?:ed)?|conquer\w*|in control of|entered the city"),
    ("withdrawal", r"withdr(?:ew|awn|awal|aw)|retreat\w*|pull(?:ed|s)? (?:out|back)|evacuat\w*|abandon(?:ed)?|fled|flee(?:ing)?"),
    ("attack", r"attack\w*|assault\w*|offensive|clash\w*|shell(?:ed|ing)|ambush\w*|battle\w*|fight(?:ing|s)?\b|fought|"  # not "fighters"
               r"counter-?attack\w*|suicide bomb\w*|car bomb\w*|raid(?:s|ed|ing)?\b|besieg\w*|siege|"
               r"fired\s+(?:\w+\s+)?(?:missiles?|rockets?|shells?|mortars?)|(?:missile|rocket|mortar)\s+(?:attacks?|fire)|"
               # "stormed a hotel" (not a town: a capture); "pushed back Wagner fighters"; "struck 12 vehicles"
               r"stormed|repelled|repulsed|pushed\s+back\s+(?:the\s+)?\w+\s+(?:forces|troops|fighters|attack)|"
               r"struck\s+(?:\d+\s+|several\s+|dozens\s+of\s+)?(?:[\w-]+\s+)?"
               r"(?:targets|vehicles|positions|convoys?|depots?|bases?|tanks|checkpoints?|fighters|militants|troops)\b"),
    ("movement", r"mov(?:ed|ing|es)\b|transferr?\w*|sent (?:to|into|toward)|been sent|deploy\w*|convoys?|reinforce\w*|"
                 r"arriv(?:ed|ing|es)|head(?:ed|ing) (?:to|toward|for)|corridor|redeploy\w*|crossed|advanc(?:ed|ing|e) (?:on|toward)"),
    # "dead" only of people ("12 dead", "found dead", "were dead"), not "the deal is dead" or "a dead end";
    # "death" not of the death penalty or death row
    ("casualties", r"kill(?:ed|ing|s)?|(?:\d+|people|civilians|soldiers|fighters|men|women|children|others|were|are|"
                   r"found|shot|left|lay|declared|pronounced|dozens|hundreds|thousands) dead\b|the dead\b|"
                   r"deaths?(?! (?:penalty|sentences?|row|certificates?|threats?))|wounded|"
                   r"injured|casualt(?:y|ies)|died|bodies"),
    ("statement", r"said|says|announc\w*|statement|claim\w*|stated|declared|told reporters|press conference"),
)
_ORDER = [name for name, _ in EVENT_TYPE_CUES]
# one scan for all types: each type's cues in a named group; the cues are lower case and the sentence is
# lowered first (a case-sensitive scan is several times faster than an IGNORECASE one)
_ALL = re.compile(r"\b(?:" + "|".join(f"(?P<{name}>{cues})" for name, cues in EVENT_TYPE_CUES) + ")")


# "took Palmyra", "took back Mosul", "taking the town of Jazal": a capture, read in the sentence as written (a name's
# capital), so that "took part", "took place" and "took Sunday off" are not
_CALENDAR_NAMES = "|".join(sorted((w.capitalize() for w in (*MONTHS, *WEEKDAYS)), key=len, reverse=True))
_TOOK_PLACE = re.compile(r"\b(?:took|take[ns]?|taking)\s+(?:back\s+)?(?:the\s+(?:town|city|village)\s+of\s+)?"
                         rf"(?!(?:{_CALENDAR_NAMES})\b)[A-Z][a-z]")


def classify_event(sentence_text: str) -> str:
    """The event type of a sentence (see the module table)."""
    found = {m.lastgroup for m in _ALL.finditer(sentence_text.lower())}
    if "capture" not in found and ("took" in sentence_text or "tak" in sentence_text) and _TOOK_PLACE.search(sentence_text):
        found.add("capture")
    return next((name for name in _ORDER if name in found), "other")
