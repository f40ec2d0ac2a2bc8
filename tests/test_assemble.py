"""Event and movement assembly on hand-built mentions (no gazetteer, no tagger)."""

from __future__ import annotations

from datetime import date

import pytest

from events.extract.assemble import assemble, focus_place
from events.extract.movements import find_movements
from events.model import Document, Sentence
from tests.helpers import place_mention, time_mention


def _sentences(text: str, boilerplate_from: str | None = None) -> tuple[Sentence, ...]:
    """Split on ". " / newlines: enough for hand-written test texts."""
    out, start = [], 0
    cut = text.index(boilerplate_from) if boilerplate_from else len(text) + 1
    for i, ch in enumerate(text):
        if ch in ".\n" and (i + 1 == len(text) or text[i + 1] in " \n"):
            seg = text[start:i + 1]
            lead = len(seg) - len(seg.lstrip())
            if seg.strip():
                out.append(Sentence(start + lead, i + 1, text[start + lead:i + 1], start + lead >= cut))
            start = i + 1
    return tuple(out)


@pytest.mark.parametrize(
    ("text", "mentions", "expected"),
    [
        ("Fighters transferred from Mosul across the desert back into Syria.",
         [("Mosul", "Mosul"), ("Syria", "Syria")], [("Mosul", "Syria", False)]),
        ("Fighters moved from Raqqa toward Palmyra.", [("Raqqa", "Raqqa"), ("Palmyra", "Palmyra")], [("Ar Raqqah", "Palmyra", False)]),
        # no destination written: the fighters came to the place the article is about (the focus, Palmyra)
        ("Thousands of fighters are involved, along with large numbers from Raqqa and Dier Ezzor.",
         [("Raqqa", "Raqqa"), ("Dier Ezzor", "Deir ez-Zor")],
         [("Ar Raqqah", "Palmyra", True), ("Deir ez-Zor", "Palmyra", True)]),
        # leaving a place for an unnamed one is not a movement to the focus
        ("Troops withdrew from Aleppo.", [("Aleppo", "Aleppo")], []),
        # no movement cue: a person "from" somewhere does not move
        ("A man from Aleppo said it was calm.", [("Aleppo", "Aleppo")], []),
        # the destination named before the origin, after an arrival word
        ("A convoy of 300 militants arrived in Palmyra from Raqqa.", [("Palmyra", "Palmyra"), ("Raqqa", "Raqqa")],
         [("Ar Raqqah", "Palmyra", False)]),
        ("Troops returned to Mosul from Erbil.", [("Mosul", "Mosul"), ("Erbil", "Erbil")], [("Erbil", "Mosul", False)]),
        # coordinated destinations: one movement to each
        ("Fighters withdrew from Palmyra toward Raqqa and Deir ez-Zor.",
         [("Palmyra", "Palmyra"), ("Raqqa", "Raqqa"), ("Deir ez-Zor", "Deir ez-Zor")],
         [("Palmyra", "Ar Raqqah", False), ("Palmyra", "Deir ez-Zor", False)]),
        # a second leg from the first leg's destination
        ("Fighters were moved from Mosul to Raqqa and then toward Palmyra.",
         [("Mosul", "Mosul"), ("Raqqa", "Raqqa"), ("Palmyra", "Palmyra")],
         [("Mosul", "Ar Raqqah", False), ("Ar Raqqah", "Palmyra", False)]),
        # a site the gazetteer lacks, in a place it has
        ("Units were redeployed from Palmyra to the Tiyas airbase in Homs province.",
         [("Palmyra", "Palmyra"), ("Homs", "Homs province")], [("Palmyra", "Homs", False)]),
        # civilians bused out are moved
        ("Thousands of civilians were bused from eastern Aleppo to Idlib.", [("Aleppo", "Aleppo"), ("Idlib", "Idlib")],
         [("Aleppo", "Idlib", False)]),
        # "into Y from X": the destination first
        ("Hundreds of refugees crossed into Turkey from Syria.", [("Turkey", "Turkey"), ("Syria", "Syria")],
         [("Syria", "Turkey", False)]),
        # a place passed on the way is no origin or destination
        ("A convoy travelled from Raqqa via Tabqa to Palmyra.", [("Raqqa", "Raqqa"), ("Tabqa", "Tabqa"), ("Palmyra", "Palmyra")],
         [("Ar Raqqah", "Palmyra", False)]),
    ],
)
def test_find_movements(text: str, mentions: list[tuple[str, str]], expected: list[tuple[str, str, bool]]) -> None:
    places = [place_mention(text, surface, name) for surface, name in mentions]
    focus = place_mention("Palmyra", "Palmyra", "Palmyra")
    sentence = Sentence(0, len(text), text)
    found = find_movements(text, sentence, places, focus)
    assert [(m.origin.place.name, m.destination.place.name, m.destination_is_focus) for m in found] == expected


@pytest.mark.parametrize(("text", "mentions", "expected", "why"), [
    ("They retook the city after government forces withdrew to Idlib.", [("Idlib", "Idlib")], [("Palmyra", "Idlib")],
     "a withdrawal with no origin of its own sets out from where the story is"),
    ("Fighters fled toward the desert town of Tabqa.", [("Tabqa", "Tabqa")], [("Palmyra", "Al-Tabqa")],
     "... 'toward the desert town of X' too"),
    ("Government forces launched an attack on Idlib.", [("Idlib", "Idlib")], [], "no withdrawal: no movement"),
    ("Troops withdrew from Aleppo to Idlib.", [("Aleppo", "Aleppo"), ("Idlib", "Idlib")], [("Aleppo", "Idlib")],
     "an origin of its own wins over the story's"),
])
def test_a_withdrawal_sets_out_from_the_story_s_place(text, mentions, expected, why) -> None:
    places = [place_mention(text, surface, name) for surface, name in mentions]
    narrative = place_mention("Palmyra", "Palmyra", "Palmyra")
    found = find_movements(text, Sentence(0, len(text), text), places, None, narrative)
    assert [(m.origin.place.name, m.destination.place.name) for m in found] == expected, why


def test_what_happened_as_others_withdrew_happened_where_the_story_is() -> None:
    text = "ISIS fighters entered Palmyra. On Sunday they recaptured the city after government forces withdrew to Idlib."
    places = [place_mention(text, "Palmyra", "Palmyra"), place_mention(text, "Idlib", "Idlib")]
    events, movements = assemble(Document("w.txt", text), _sentences(text), places, [], None)
    assert [(m.origin.name, m.destination.name) for m in movements] == [("Palmyra", "Idlib")]
    assert [(e.place.name, e.event_type, e.place_source) for e in events][-1] == ("Palmyra", "capture", "narrative"), \
        "the capture is at Palmyra (the withdrawal's origin), not at Idlib"


def test_a_place_passed_on_the_way_is_no_event() -> None:
    text = "A convoy of fighters travelled from Raqqa via Tabqa to Palmyra."
    places = [place_mention(text, name, name) for name in ("Raqqa", "Tabqa", "Palmyra")]
    events, movements = assemble(Document("v.txt", text), _sentences(text), places, [], None)
    assert ([e.place.name for e in events], [(m.origin.name, m.destination.name, m.event_type) for m in movements]) == \
        ([], [("Ar Raqqah", "Palmyra", "movement")]), "Tabqa is on the way: no event there (and 'fighters' is no fighting)"


TEXT = (
    "ISIS retook Palmyra on Sunday. Fighters moved from Raqqa toward Palmyra.\n"
    "Syrian jets struck Aleppo. The group was seen near Palmyra.\n"
    "Disclaimer: Palmyra copyright notice."
)


def _document_parts():
    places = [
        place_mention(TEXT, "Palmyra", "Palmyra"),
        place_mention(TEXT, "Raqqa", "Raqqa"),
        place_mention(TEXT, "Palmyra", "Palmyra", nth=1),
        place_mention(TEXT, "Syrian", "Syria", role="demonym"),
        place_mention(TEXT, "Aleppo", "Aleppo"),
        place_mention(TEXT, "Palmyra", "Palmyra", nth=2),
        place_mention(TEXT, "Palmyra", "Palmyra", nth=3),
    ]
    dates = [time_mention(TEXT, "Sunday", "2016-12-11", date(2016, 12, 11), date(2016, 12, 11), "day")]
    return places, dates


def test_assemble_dates_roles_and_boilerplate() -> None:
    places, dates = _document_parts()
    doc = Document("t.txt", TEXT, outlet="Test Wire", published=date(2016, 12, 12))
    sentences = _sentences(TEXT, boilerplate_from="Disclaimer")
    events, movements = assemble(doc, sentences, places, dates, date(2016, 12, 12))
    summary = [(e.place.name, e.when.source, e.when.start) for e in events]
    assert summary == [
        ("Palmyra", "sentence", date(2016, 12, 11)),  # its own "on Sunday"
        ("Aleppo", "document", date(2016, 12, 12)),  # new paragraph: no narrative date carries over
        ("Palmyra", "document", date(2016, 12, 12)),
    ]
    # the same paragraph's date carries into the next sentence (narrative), the movement consumed Raqqa and Palmyra
    assert [(m.origin.name, m.destination.name, m.when.source, m.when.start) for m in movements] == [
        ("Ar Raqqah", "Palmyra", "narrative", date(2016, 12, 11))]
    assert all(e.place.kind != "country" for e in events), "the demonym 'Syrian' never becomes an event"
    assert all("Disclaimer" not in e.source.quote for e in events), "boilerplate yields no events"
    for e in events:
        assert TEXT[e.source.quote_start:e.source.quote_end] == e.source.quote
        assert TEXT[e.mention.start:e.mention.end] == e.mention.text


def test_undated_document_gives_undated_events() -> None:
    places, _ = _document_parts()
    doc = Document("t.txt", TEXT)
    events, _ = assemble(doc, _sentences(TEXT, "Disclaimer"), places, [], None)
    assert {(e.when.source, e.when.start) for e in events} == {("none", None)}


def test_focus_place_is_most_mentioned_city() -> None:
    places, _ = _document_parts()
    assert focus_place(places, _sentences(TEXT, "Disclaimer")).place.name == "Palmyra"
