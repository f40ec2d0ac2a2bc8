"""Sentence-level extractors: quantities, actors, attribution, event types. Tables; odd rows say why."""

from __future__ import annotations

import pytest

from events.extract.actors import find_actors
from events.extract.attribution import find_attribution
from events.extract.event_types import classify_event
from events.extract.quantities import find_quantities
from events.model import Span


def _span(text: str) -> Span:
    return Span(0, len(text), text)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Reports suggest the operation was conducted by 4000 ISIS fighters.", [(4000, "ISIS fighters", False)]),
        ("64 strikes against ISIS have resulted in the killing of more than 300 ISIS fighters.",
         [(64, "strikes", False), (300, "ISIS fighters", True)]),
        ("Thousands of fighters transferred from Mosul.", [(2000, "fighters", True)]),  # vague: approximate, verb dropped
        ("About 5,000 militants and twenty-five tanks were seen.", [(5000, "militants", True), (25, "tanks", False)]),
        ("two hundred civilians were killed", [(200, "civilians", False)]),
        ("a dozen soldiers", [(12, "soldiers", False)]),
        ("In 2016 troops returned.", []),  # a year is not a count
        ("The T4 airbase lies west.", []),  # identifier, not a number
        ("It cost $27 million.", []),  # money is not a count of things
        ("Prices rose 12 percent in 3 years.", []),  # measures, not counts
        ("On 12 December the city fell.", []),  # day of month before a month name
        ("Two activists - Sami Haddad and Omar Nasr - were detained.", [(2, "activists", False)]),  # a dash ends the phrase (crashed once)
        ("The depot has three tanks -- two that hold fuel.", [(3, "tanks", False)]),  # "--" ends it too; "two that" counts nothing
        ("Inflation reached 6.86 percent.", []),  # a four-character decimal is not a year (crashed once)
        ("A 7-year-old girl was hurt.", []),  # an age, not a count
    ],
)
def test_quantities(sentence: str, expected: list[tuple[float, str, bool]]) -> None:
    found = find_quantities(sentence, _span(sentence))
    assert [(q.value, q.what, q.approximate) for q in found] == expected
    for q in found:
        assert sentence[q.start:q.end] == q.text


def test_quantities_skip_excluded_date_spans() -> None:
    text = "By December 12 2016 fighters had left."
    start = text.index("December")
    assert find_quantities(text, _span(text), excluded=[(start, start + len("December 12 2016"))]) == ()


def test_quantity_offsets_are_document_offsets() -> None:
    text = "First sentence. Then 300 militants died."
    sentence = Span(16, len(text), text[16:])
    (q,) = find_quantities(text, sentence)
    assert text[q.start:q.end] == "300 militants"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ISIS, Islamic State, IS and Daesh are one actor.", ("Islamic State",)),
        ("Islamic State Forces (ISIS-Daesh) Retake Historic City of Palmyra", ("Islamic State",)),
        ("It is what it is.", ()),  # the verb "is" is not IS the group: acronyms match case-sensitively
        ("Syrian SAA forces have been sent to Palmyra.", ("Syrian government forces",)),
        ("Russian jets struck ISIL positions.", ("Russian forces", "Islamic State")),
        ("The US-led coalition and the SDF advanced.", ("US-led coalition", "Syrian Democratic Forces")),
        ("Government forces shelled the town.", ("government forces",)),  # whose: the story's place says (qualified)
        ("Wagner fighters left Bakhmut as Ukrainian troops advanced.", ("Wagner Group", "Ukrainian forces")),  # not the US town Wagner
        ("Israeli jets struck Gaza, the IDF said; Hamas fired rockets.", ("Israeli forces", "Hamas")),
        ("Rebels withdrew as Kurdish-led forces advanced.", ("rebels", "Syrian Democratic Forces")),  # generic groups are actors too
        ("Islamic State militants and Houthi rebels.", ("Islamic State", "Houthis")),  # ... but part of the name just before
        ("Gunmen killed two; militants fled.", ("militants",)),
        ("Jihadists linked to al-Qaeda attacked a post; JNIM claimed it.", ("jihadists", "al-Qaeda")),  # not Islamic State
        ("The Tatmadaw bombed villages the Arakan Army had seized.", ("Myanmar military", "Arakan Army")),
        ("Israeli airstrikes killed 15 in Rafah; Russian shelling hit Kherson.", ("Israeli forces", "Russian forces")),  # the weapon names whose
        ("Russian artillery shelled a market; Ukrainian artillery answered.", ("Russian forces", "Ukrainian forces")),  # ... guns too
    ],
)
def test_actors(sentence: str, expected: tuple[str, ...]) -> None:
    assert find_actors(_span(sentence)) == expected


@pytest.mark.parametrize(("sentence", "event_type", "expected", "why"), [
    ("Russian jets struck ISIL positions near Palmyra.", "airstrike", {"Russian forces": False, "Islamic State": True},
     "'ISIL positions': what was struck"),
    ("US-led coalition strikes against ISIS killed 300 ISIS fighters.", "airstrike", {"US-led coalition": False, "Islamic State": True}, None),
    ("Hamas fighters ambushed Israeli troops.", "attack", {"Hamas": False, "Israeli forces": True}, "the object of the verb"),
    ("Kurdish-led forces captured Tabqa from Islamic State.", "capture", {"Syrian Democratic Forces": False, "Islamic State": True},
     "a capture's 'from X': the side that lost the place"),
    ("Fighters from the SDF moved to Tabqa.", "movement", {"Syrian Democratic Forces": False}, "'from' outside a capture: where they belong"),
    ("Islamic State fighters retook Palmyra.", "capture", {"Islamic State": False}, "the subject acts"),
    ("200 militants were killed in strikes by Russian aircraft.", "airstrike", {"militants": True, "Russian forces": False},
     "the subject of a passive is acted upon"),
])
def test_targets(sentence: str, event_type: str, expected: dict[str, bool], why: str | None) -> None:
    from events.extract.actors import find_actor_spans, is_target

    span = _span(sentence)
    assert {actor: is_target(span, s, e, event_type) for s, e, actor in find_actor_spans(span)} == expected, why


@pytest.mark.parametrize(("actor", "adjective", "expected", "why"), [
    ("government forces", "Iraqi", "Iraqi government forces", "in a story set in Iraq"),
    ("government forces", "Syrian", "Syrian government forces", "the same label as 'Syrian troops', 'SAA'"),
    ("government forces", None, "government forces", "no country known: as written"),
    ("Islamic State", "Iraqi", "Islamic State", "only whose government is qualified"),
])
def test_qualified_actors(actor: str, adjective: str | None, expected: str, why: str) -> None:
    from events.extract.actors import qualified

    assert qualified(actor, adjective) == expected, why


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("According to the Russian defence ministry, 64 strikes hit ISIS.", "the Russian defence ministry"),
        ("According to Stephen Lendman: “Thousands of fighters moved.”", "Stephen Lendman"),
        ("“We retook the city,” a Syrian military spokesman said on Sunday.", "a Syrian military spokesman"),
        ("The Syrian Observatory for Human Rights said 200 militants died.", "the Syrian Observatory for Human Rights"),
        ("The army said the road was open.", "the army"),  # one source whether or not it opens the sentence
        ("The road was closed, but police said it would reopen.", "police"),  # a joining word is not part of the source
        ("“We will not tolerate it,” the president said.", "the president"),  # not "resident" inside "president"
        ("Government forces withdrew, officials said.", "officials"),
        ("A man from Texas said he arrived in Paris.", "a man from Texas"),  # a person, not the place he is from
        ("Residents of Raqqa said the road was closed.", "Residents of Raqqa"),
        ("“It is over,” said Talal Barazi, the governor.", "Talal Barazi"),
        ("Reports confirm that forces were sent to Palmyra.", "unnamed reports"),  # unsourced claims are labelled as such
        ("He said the city was calm.", None),  # a pronoun names nobody
        ("The city was calm on Sunday.", None),
        ("Two people died in Homs, a medic told Reuters.", "a medic"),  # medics, rescuers, journalists speak too
        ("The shelter collapsed, rescuers said.", "rescuers"),
        ("Thousands fled south toward Sennar, aid workers said.", "aid workers"),
        ("Drones struck Odesa overnight, Ukraine's air force said.", "Ukraine's air force"),  # a force speaks  # aid workers, soldiers, villagers, refugees too
        ("The town fell on Monday, a soldier told reporters.", "a soldier"),
    ],
)
def test_attribution(sentence: str, expected: str | None) -> None:
    assert find_attribution(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("64 strikes against ISIS have resulted in the killing of more than 300 ISIS fighters.", "airstrike"),  # strikes beat killing
        ("The ministry said its aircraft hit targets near Palmyra.", "airstrike"),  # aircraft that hit: not only a statement
        ("A drone strike killed two men.", "airstrike"),
        ("Houthi rebels fired two missiles at Marib.", "attack"),
        ("200 militants were killed in strikes by the Syrian and Russian air forces.", "airstrike"),  # strikes by ... beat killed
        ("The aircraft landed in Latakia.", "other"),  # aircraft that do not strike
        ("Islamic State fighters retook Palmyra on Sunday.", "capture"),
        ("Islamic State fighters took Palmyra on Sunday after a three-day offensive.", "capture"),  # "took" and a place's name
        ("Rebels took back the town of Jazal.", "capture"),
        ("Fighters took part in the offensive on Sunday.", "attack"),  # "took part": no capture
        ("The talks took place in Geneva.", "other"),  # "took place": lower case, no name follows
        ("Government troops withdrew from the city.", "withdrawal"),
        ("Clashes continued near the T4 airbase.", "attack"),
        ("Syrian SAA forces have been sent to Palmyra.", "movement"),
        ("At least 20 civilians were killed.", "casualties"),
        ("The blast left 12 dead and dozens wounded.", "casualties"),
        ("Two men were found dead near the checkpoint.", "casualties"),
        ("If this doesn't pass, the deal is dead, a councilman said.", "statement"),  # "dead" of a deal names no casualty
        ("The road is a dead end.", "other"),
        ("The protocol restricts the death penalty to times of war.", "other"),  # no one died
        ("The death toll rose to 40.", "casualties"),
        ("The ministry said the situation was under control.", "statement"),
        ("Palmyra is an ancient city.", "other"),
        ("A convoy of fighters travelled toward Palmyra.", "movement"),  # "fighters" is no fighting
        ("Raiders looted the market.", "other"),  # nor are "raiders" a raid
        ("Gunmen stormed a hotel in the capital.", "attack"),  # a building stormed is attacked, not taken
        ("Rebels stormed the town of Kafr Nabudah.", "capture"),
        ("The coalition said it had struck 12 vehicles near Al Qaim.", "attack"),  # what it did, not only what it said
    ],
)
def test_event_types(sentence: str, expected: str) -> None:
    assert classify_event(sentence) == expected
