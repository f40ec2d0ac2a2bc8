"""Actors named in a sentence, normalised: ISIS / ISIL / IS / Islamic State / Daesh are one actor.

The lexicon is data: each canonical actor lists the surface forms that name it. Forms are matched
case-sensitively when they are acronyms (so "IS" the group is not "is" the verb) and case-insensitively
otherwise.
"""

from __future__ import annotations

import re

from events.extract.quantities import COUNT
from events.model import Span

ACTOR_FORMS: dict[str, tuple[str, ...]] = {
    "Islamic State": ("ISIS-Daesh", "ISIS", "ISIL", "IS", "Islamic State", "Daesh", "Daish", "Da'esh", "IS militants",
                      "Islamic State of Iraq and the Levant", "Islamic State of Iraq and Syria"),
    "al-Qaeda": ("al-Qaeda", "al-Qaida", "Al Qaeda", "al Qaeda", "AQAP", "AQIM", "JNIM", "Jama'at Nasr al-Islam wal Muslimin"),
    "Syrian government forces": ("SAA", "Syrian Arab Army", "Syrian army", "Syrian armed forces", "Syrian troops",
                                 "Syrian forces", "Syrian government forces", "Syrian and allied forces",
                                 "Syrian SAA forces", "Assad forces"),
    # whose government is meant depends on the story: see qualified()
    "government forces": ("government forces", "pro-government forces", "regime forces", "loyalist forces",
                          "government troops", "pro-government militias"),
    "Russian forces": ("Russian forces", "Russian troops", "Russian jets", "Russian warplanes", "Russian aircraft",
                       "Russian air force", "Russian aerospace forces", "Russian military", "Russian defence ministry",
                       "Russian defense ministry", "Russian Defence Ministry", "Russian Defense Ministry", "Russian special forces",
                       "Russian airstrikes", "Russian air strikes", "Russian strikes", "Russian shelling", "Russian missiles",
                       "Russian drones", "Russian artillery"),
    "US-led coalition": ("US-led coalition", "U.S.-led coalition", "coalition forces", "international coalition",
                         "US forces", "U.S. forces", "American forces", "US troops", "U.S. troops", "Pentagon", "coalition airstrikes",
                         "US airstrikes", "U.S. airstrikes"),
    "Iraqi forces": ("Iraqi forces", "Iraqi army", "Iraqi troops", "Iraqi security forces", "Popular Mobilisation Forces",
                     "Popular Mobilization Forces", "Hashd al-Shaabi"),
    "Hezbollah": ("Hezbollah", "Hizbollah", "Hizballah"),
    "Syrian Democratic Forces": ("SDF", "Syrian Democratic Forces", "Kurdish-led forces", "Kurdish-led fighters"),
    "YPG": ("YPG", "People's Protection Units", "Kurdish forces", "Kurdish fighters"),
    "Free Syrian Army": ("FSA", "Free Syrian Army"),
    "Jabhat Fateh al-Sham": ("Jabhat Fateh al-Sham", "Nusra Front", "al-Nusra Front", "Jabhat al-Nusra", "al-Nusra"),
    "Turkish forces": ("Turkish forces", "Turkish army", "Turkish troops", "Turkish jets", "Turkish airstrikes", "Turkish drones",
                       "Turkish artillery"),
    "Iranian forces": ("Iranian forces", "Revolutionary Guards", "IRGC", "Iranian-backed militias"),
    "Ukrainian forces": ("Ukrainian forces", "Ukrainian troops", "Ukrainian army", "Ukrainian military", "Ukraine's military",
                         "Ukraine's armed forces", "Armed Forces of Ukraine", "Ukrainian drones", "Ukrainian shelling",
                         "Ukrainian strikes", "Ukrainian artillery"),
    "Wagner Group": ("Wagner Group", "Wagner fighters", "Wagner mercenaries", "Wagner forces", "Wagner troops"),
    "Israeli forces": ("IDF", "Israel Defense Forces", "Israeli forces", "Israeli troops", "Israeli army", "Israeli military",
                       "Israeli jets", "Israeli warplanes", "Israeli aircraft", "Israeli airstrikes", "Israeli air strikes",
                       "Israeli strikes", "Israeli shelling", "Israeli drones", "Israeli tanks", "Israeli artillery"),
    "Hamas": ("Hamas", "Qassam Brigades", "al-Qassam Brigades"),
    "Houthis": ("Houthis", "Houthi rebels", "Houthi forces", "Houthi fighters", "Ansar Allah"),
    "Saudi-led coalition": ("Saudi-led coalition", "Saudi-led forces", "Saudi-led warplanes", "Saudi-led airstrikes"),
    "Taliban": ("Taliban",),
    "al-Shabaab": ("al-Shabaab", "al-Shabab", "Al-Shabaab", "Al-Shabab", "Shabaab"),
    "Boko Haram": ("Boko Haram", "ISWAP", "Islamic State West Africa Province"),
    "M23": ("M23", "M23 rebels"),
    "Myanmar military": ("Tatmadaw", "Myanmar military", "Myanmar's military", "Myanmar army", "Myanmar junta", "junta forces"),
    "Arakan Army": ("Arakan Army",),
    "Three Brotherhood Alliance": ("Three Brotherhood Alliance", "Brotherhood Alliance"),
    "Rapid Support Forces": ("RSF", "Rapid Support Forces"),
    "Sudanese army": ("SAF", "Sudanese Armed Forces", "Sudanese army", "Sudan's army"),
    "civilians": ("civilians", "residents"),
    # groups named by what they are, not who: generic, and part of a longer name right after one ("Houthi rebels",
    # "Islamic State militants"); whose they are the lexicon cannot say ("Syrian rebels" may fight in Turkey)
    "rebels": ("rebels", "rebel fighters", "rebel forces", "rebel groups", "opposition fighters", "opposition forces",
               "armed opposition", "insurgents"),
    "militants": ("militants", "gunmen", "militiamen"),
    "jihadists": ("jihadists", "jihadist fighters", "jihadist militants", "Islamist militants", "Islamist fighters"),
}
GENERIC = frozenset({"rebels", "militants", "jihadists"})


GOVERNMENT_FORCES = "government forces"
WITNESSES = frozenset({"civilians"})  # named as a sentence's source ("according to residents"), they are no actor


def qualified(actor: str, adjective: str | None) -> str:
    """``actor`` as the story means it: "government forces" in a story set in Iraq are "Iraqi government forces"
    (``adjective`` is that of the country where the sentence's place lies); other actors as they are."""
    return f"{adjective} {GOVERNMENT_FORCES}" if actor == GOVERNMENT_FORCES and adjective else actor


def _compile() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """Two alternations, longest form first (so "Syrian SAA forces" wins over "SAA"): acronyms matched
    case-sensitively in the text, other forms in the lowered text (a case-sensitive scan of a lowered
    string is several times faster than an IGNORECASE scan)."""
    forms = sorted(((form, actor) for actor, fs in ACTOR_FORMS.items() for form in fs), key=lambda fa: len(fa[0]), reverse=True)
    acronyms, words, lookup = [], [], {}
    for form, actor in forms:
        acronym = form.replace("-", "").replace(".", "").isupper()
        (acronyms if acronym else words).append(re.escape(form if acronym else form.lower()))
        lookup.setdefault(form if acronym else form.lower(), actor)
    bounded = r"(?<![\w-])(?:{})(?![\w])"
    return re.compile(bounded.format("|".join(acronyms))), re.compile(bounded.format("|".join(words))), lookup


_ACRONYMS, _WORDS, _LOOKUP = _compile()


def find_actor_spans(sentence: Span) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, actor)`` for each actor form in ``sentence`` (document offsets), longest forms first, no overlaps."""
    text = sentence.text
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer: offsets would shift
        lowered = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    found = [(m.start(), m.end(), m.group(0)) for m in _ACRONYMS.finditer(text)]
    found += [(m.start(), m.end(), m.group(0)) for m in _WORDS.finditer(lowered)]
    if not found:
        return ()
    found.sort(key=lambda h: (h[0], h[0] - h[1]))  # leftmost, then longest
    hits: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, form in found:
        if start < last_end:
            continue
        actor = _LOOKUP.get(form)
        if actor in GENERIC and hits and text[last_end:start].strip(" -") == "":
            last_end = end  # "Islamic State militants": the group named just before
            continue
        if actor is not None:
            hits.append((sentence.start + start, sentence.start + end, actor))
            last_end = end
    return tuple(hits)


# An actor acted upon: "strikes against ISIS", "ambushed Israeli troops", "ISIL positions", "killing 300 ISIS fighters"; in a capture, the
# side a place was taken from ("retook Tabqa from Islamic State")
_TARGET_BEFORE = re.compile(r"\b(?:against|targeting|targeted|kill(?:ed|ing)|wound(?:ed|ing)|attacked|ambushed|struck|shelled|"
                            r"bombed|pounded|repelled|repulsed|routed|defeated|expelled|drove\s+out|pushed\s+back|encircled)\s+"
                            rf"(?:(?:the|a|an)\s+)?(?:{COUNT}\s+)?$", re.I)  # the count as events.extract.quantities reads one
_LOSER_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_TARGET_AFTER = re.compile(r"\s+(?:positions|targets|strongholds?|hideouts?|bases?|convoys?|depots?|vehicles|outposts?|"
                           r"checkpoints?|camps?)\b"  # "ISIL positions"; "200 militants were killed": the passive's subject
                           r"|\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:killed|wounded|injured|attacked|targeted|hit|"
                           r"struck|ambushed|captured|expelled|driven\s+out|pushed\s+back|repelled)\b", re.I)


def is_target(sentence: Span, start: int, end: int, event_type: str) -> bool:
    """Whether the actor named at document offsets ``start:end`` of ``sentence`` is acted upon rather than acting
    (see ``_TARGET_BEFORE``): the sentence's ``event_type`` says whether "from X" is a capture's loser."""
    before = sentence.text[max(0, start - sentence.start - 40):start - sentence.start]
    if _TARGET_BEFORE.search(before) or _TARGET_AFTER.match(sentence.text, end - sentence.start):
        return True
    return event_type == "capture" and _LOSER_BEFORE.search(before) is not None


def find_actors(sentence: Span) -> tuple[str, ...]:
    """Canonical actors named in ``sentence``, in order of first mention, without repeats."""
    return tuple(dict.fromkeys(actor for _, _, actor in find_actor_spans(sentence)))
