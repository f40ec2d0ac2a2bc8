"""Who a sentence is attributed to: "according to the Russian defence ministry", "X said", "said X".

Returns the source as written (trimmed), e.g. "the Russian defence ministry", "Stephen Lendman",
"a military spokesman". Unattributed sentences return ``None``; "Reports suggest ..." returns
"unnamed reports" so analysts see the claim is unsourced.
"""

from __future__ import annotations

import re

_SPEECH = r"(?:said|says|told|reported|reports|claimed|claims|confirmed|confirms|announced|announces|stated|states|added|adds|insisted|denied|warned|wrote|writes|alleged|alleges)"
_CAP_NP = r"(?:(?:the|The)\s+)?(?:[A-Z][\w'’.-]*|al-[A-Z][\w'-]*)(?:\s+(?:(?:of|for|and|the|de|al|on)\s+)?(?:[A-Z][\w'’.-]*|al-[A-Z][\w'-]*)){0,7}"
_COMMON_NP = (
    r"(?:(?:a|an|the|one|two|several|some)\s+)?(?:(?!said|says|told)[A-Za-z][\w.'-]*\s+){0,3}"
    r"(?:spokes(?:man|woman|person)|officials?|sources?|activists?|monitors?|witness(?:es)?|residents?|commanders?|ministry|"
    r"military|army|observatory|agency|group|diplomats?|analysts?|experts?|correspondents?|media|television|TV|statement|"
    r"president|minister|governor|mayor|police|sheriff|officers?|chief|director|prosecutors?|lawyers?|attorneys?|"
    r"doctors?|researchers?|scientists?|authorities|leaders?|report|man|woman|men|women|person|people|farmers?|"
    r"mother|father|survivors?|victims?|relatives?|neighbou?rs?|eyewitness(?:es)?|medics?|paramedics?|nurses?|rescuers?|"
    r"volunteers?|journalists?|reporters?|monitor|workers?|staff|soldiers?|fighters?|villagers?|refugees?|force|forces)"
    rf"(?:\s+(?:from|of|in)\s+{_CAP_NP})?"  # "a man from Texas", "residents of Raqqa"
)

_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^,.;:“”\"()]{2,80}?)(?=\s*(?:[,.;:“”\"()]|$|\s+(?:who|which|that|as|on|in)\b))")
_WHO_SAID = re.compile(rf"(?P<who>{_CAP_NP}|{_COMMON_NP})(?:,[^,]{{1,60}},)?\s+{_SPEECH}\b")
_SAID_WHO = re.compile(rf"[,”\"]\s*{_SPEECH}\s+(?P<who>{_CAP_NP}|{_COMMON_NP})")
_REPORTS = re.compile(r"\b(?:Reports|Sources|Witnesses|Activists)\s+(?:suggest|confirm|say|said|indicate)", re.IGNORECASE)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "this", "that", "there", "who"}
_NOT_SOURCES = {"The", "A", "An", "It", "This", "That", "There", "But", "And", "In", "On", "He", "She", "They", "We", "I"}


_LEADING_JOINERS = {"but", "and", "as", "while", "when", "because", "so", "then", "that", "after", "before", "where", "though", "although"}


def _clean(who: str) -> str | None:
    who = who.strip(" \t\n'‘’\"“”")
    while (head := who.partition(" "))[2] and head[0].lower() in _LEADING_JOINERS:
        who = head[2]  # "but police said" -> "police"
    if not who or who.lower() in _PRONOUNS or who in _NOT_SOURCES:
        return None
    head, _, rest = who.partition(" ")
    if head in ("The", "A", "An") and rest:  # "The army" and "the army" are one source (a sentence start)
        who = head.lower() + " " + rest
    return who


_ANY_SPEECH = re.compile(_SPEECH)
_WORD_START = re.compile(r"(?<![\w'’.-])[\w“\"]")


def find_attribution(sentence_text: str) -> str | None:
    """The source a sentence attributes its content to, or ``None``."""
    found = find_attribution_span(sentence_text)
    return found[0] if found else None


def find_attribution_span(sentence_text: str) -> tuple[str, int, int] | None:
    """The source (as :func:`find_attribution` gives it) and where it stands in the sentence; the span is empty
    (0, 0) for "unnamed reports", which names no one."""
    if "ccording" in sentence_text:
        m = _ACCORDING.search(sentence_text)
        if m and (found := _cleaned(m)):
            return found
    verbs = list(_ANY_SPEECH.finditer(sentence_text))
    if not verbs:  # no speech verb: skip the costly patterns below
        return ("unnamed reports", 0, 0) if _REPORTS.search(sentence_text) else None
    for verb in verbs:  # look only around each speech verb
        lo = max(0, verb.start() - 3)
        m = _SAID_WHO.match(sentence_text, lo) or _SAID_WHO.search(sentence_text, lo, verb.end() + 120)
        if m and m.start() <= verb.start() and (found := _cleaned(m)):
            return found
    for verb in verbs:
        # the source ends right before the verb: try the pattern only where a word starts, leftmost first
        window_start = max(0, verb.start() - 160)
        for start in _WORD_START.finditer(sentence_text, window_start, verb.start()):
            m = _WHO_SAID.match(sentence_text, start.start(), verb.end())
            if m and m.end() == verb.end() and (found := _cleaned(m)):
                return found
    if _REPORTS.search(sentence_text):
        return "unnamed reports", 0, 0
    return None


def _cleaned(m: re.Match[str]) -> tuple[str, int, int] | None:
    """The cleaned source of a match's "who" group, with its span (the cleaning only trims and lower-cases "The")."""
    raw = m.group("who")
    who = _clean(raw)
    if not who:
        return None
    at = m.start("who") + max(raw.lower().find(who.lower()), 0)
    return who, at, at + len(who)
