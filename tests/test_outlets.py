"""Outlet homes: an outlet's other articles settle its ambiguous place names (events.places.outlets)."""

from __future__ import annotations

import json

import pytest

from events.places.outlets import HOME_EVIDENCE, HOME_WEIGHT, learn_homes, outlet_key

# A local paper in Paris, Texas (our own wording). Its third article alone reads "Paris" as Paris, France
# (a street is no place to go by); the other two name Lamar County and Texas.
LOCAL = [
    "Deputies from the Lamar County sheriff's office arrested two men near Paris, Texas, on Friday.",
    "The Reno city council and Lamar County commissioners met on Tuesday to discuss the new jail.",
    "Paris police said the pharmacy on Clarksville Street was robbed late on Sunday.",
]
# A world desk: its articles roam, so it has no home worth the name.
WORLD = [
    "Protesters filled the streets of Nairobi on Monday.",
    "Officials in Tokyo and Lima signed the accord.",
    "Paris police said the museum was robbed late on Sunday.",
    "Floods hit Dhaka after a week of rain.",
]


@pytest.fixture(scope="module")
def geoparser(extractor):
    return extractor.geoparser


def _paris(mentions) -> tuple[str | None, str | None]:
    place = next(m.place for m in mentions if m.text == "Paris")
    return place.country_code, place.admin1


@pytest.mark.parametrize(("outlets", "expected", "why"), [
    (["Lamar Ledger"] * 3, ("US", "TX"), "the outlet's other articles are about Lamar County, Texas"),
    ([None] * 3, ("FR", "11"), "no outlet given: the article is read alone (the biggest Paris)"),
    (["Lamar Ledger", "Lamar Ledger", "Other Paper"], ("FR", "11"), "another outlet's articles say nothing of this one's home"),
])
def test_an_outlets_articles_settle_its_ambiguous_names(geoparser, outlets, expected, why) -> None:
    assert _paris(geoparser.parse_many(LOCAL, outlets)[2]) == expected, why


def test_an_address_outweighs_the_outlet_s_home(geoparser) -> None:
    # a paper in Newcastle, New South Wales: its home makes a bare "Newcastle" its own, but "Newcastle, England" says
    # where it is itself (the home outweighed the address once)
    texts = ["Councillors in Newcastle and Maitland approved the rail plan.",
             "Floods cut roads between Cessnock, Maitland and Lake Macquarie.",
             "Newcastle fans travelled from Kurri Kurri and Port Stephens.",
             "The winger, who grew up in Newcastle, England, scored twice. Fans came from Maitland, Cessnock and "
             "Port Stephens, and the coach arrived from Sydney."]
    mentions = geoparser.parse_many(texts, ["Hunter Herald"] * len(texts))
    assert [m.place.country_code for m in mentions[3] if m.text == "Newcastle"] == ["GB"]
    assert [m.place.country_code for m in mentions[0] if m.text == "Newcastle"] == ["AU"]


def test_a_roaming_outlet_has_no_home_that_moves_a_name(geoparser) -> None:
    found = geoparser.parse_many(WORLD, ["World Desk"] * len(WORLD))
    assert _paris(found[2])[0] == "FR"


def test_homes_leave_the_article_out_and_need_another_article(geoparser) -> None:
    g = geoparser.gazetteer
    places = [geoparser.home_places(t) for t in LOCAL]
    alone, none, first = geoparser.homes(["Solo", None, "Lamar Ledger"], places)
    assert alone is None and none is None  # one article of an outlet, or no outlet: no home
    homes = geoparser.homes(["Lamar Ledger"] * 3, places)
    for own, home in zip(places, homes):
        assert home is not None and home.documents == 2 and home.outlet == "Lamar Ledger"
        learned = {p for p, _ in home.votes}
        others = set().union(*(p for p in places if p is not own))
        assert learned <= others  # only what the other articles name
    assert homes[0].region == "US-TX"
    assert all(g.kind_of(p) in ("city", "county", "region") for h in homes for p, _ in h.votes)


def test_home_weight_follows_concentration(geoparser) -> None:
    local = geoparser.homes(["L"] * 3, [geoparser.home_places(t) for t in LOCAL])[2]
    world = geoparser.homes(["W"] * 4, [geoparser.home_places(t) for t in WORLD])[2]
    assert local is not None and world is not None
    assert local.concentration == 1.0  # both other articles are in Texas
    assert sum(w for _, w in local.votes) == pytest.approx(HOME_WEIGHT)
    assert world.concentration < 0.5
    # Nairobi, Tokyo, Lima and Dhaka: four places, under HOME_EVIDENCE, so weaker still
    assert sum(w for _, w in world.votes) == pytest.approx(HOME_WEIGHT * world.concentration * 4 / HOME_EVIDENCE, rel=1e-3)


def test_learn_homes_on_plain_numbers(geoparser) -> None:
    g = geoparser.gazetteer
    (texas,) = [p for p in g.candidates("texas") if g.kind_of(p) == "region"]
    dallas = max(g.candidates("dallas"), key=lambda p: int(g.population[p]))  # Dallas, Texas
    (france,) = [p for p in g.candidates("france") if g.kind_of(p) == "country"]
    homes = learn_homes(g, ["A", "A", "A"], [{texas}, {dallas, france}, set()])
    assert homes[2] is not None and {p for p, _ in homes[2].votes} == {texas, dallas}  # countries make no home
    assert homes[1] is not None and {p for p, _ in homes[1].votes} == {texas}
    assert learn_homes(g, ["A", "A"], [set(), set()]) == [None, None]  # nothing to learn from


def test_a_home_is_its_region(geoparser) -> None:
    g = geoparser.gazetteer
    (texas,) = [p for p in g.candidates("texas") if g.kind_of(p) == "region"]
    dallas = max(g.candidates("dallas"), key=lambda p: int(g.population[p]))
    dublin = max(g.candidates("dublin"), key=lambda p: int(g.population[p]))  # Dublin, Ireland
    homes = learn_homes(g, ["A"] * 4, [{texas}, {dallas}, {dallas, dublin}, set()])
    home = homes[3]
    assert home is not None and {p for p, _ in home.votes} == {texas, dallas}, \
        "a place outside the region most of the outlet's places are in is where a story roamed, or a misreading"
    assert sum(w for _, w in home.votes) == pytest.approx(HOME_WEIGHT * home.concentration * min(1, 4 / HOME_EVIDENCE))


def test_a_home_leaves_out_its_own_article_and_breaks_ties_by_the_first_named(geoparser) -> None:
    g = geoparser.gazetteer
    dallas, austin, lyon = (max(g.candidates(n), key=lambda p: int(g.population[p])) for n in ("dallas", "austin", "lyon"))
    homes = learn_homes(g, ["A"] * 4, [{lyon}, {dallas}, {dallas, austin}, set()])
    assert [h.region if h else None for h in homes] == ["US-TX", "US-TX", "FR-ARA", "US-TX"]
    assert [h.documents if h else None for h in homes] == [3, 3, 3, 3]
    assert {p for p, _ in homes[1].votes} == {dallas, austin}, "its own Dallas is left out once; another article's stays"
    # the third article's own Dallas and Austin left out, Lyon and the second's Dallas remain: one place in each
    # region, and the tie goes to the region named first, as a tally of what is left lists it
    assert (homes[2].concentration, [p for p, _ in homes[2].votes]) == (0.5, [lyon])
    tie = learn_homes(g, ["B"] * 3, [{lyon}, {dallas}, set()])[2]
    assert tie is not None and tie.region == "FR-ARA" and tie.concentration == 0.5
    tie = learn_homes(g, ["B"] * 3, [{dallas}, {lyon}, set()])[2]
    assert tie is not None and tie.region == "US-TX"
    # within one article too, in the order it names them (place numbers or a set's order would leave it to chance)
    houston = max(g.candidates("houston"), key=lambda p: int(g.population[p]))
    assert learn_homes(g, ["C"] * 2, [(lyon, houston), ()])[1].region == "FR-ARA"  # type: ignore[union-attr]
    assert learn_homes(g, ["C"] * 2, [(houston, lyon), ()])[1].region == "US-TX"  # type: ignore[union-attr]


def test_a_world_outlet_has_no_home(geoparser) -> None:
    g = geoparser.gazetteer
    cities = [max(g.candidates(n), key=lambda p: int(g.population[p])) for n in ("nairobi", "tokyo", "lima", "dhaka", "oslo")]
    homes = learn_homes(g, ["W"] * 6, [{c} for c in cities] + [set()])
    assert homes[5] is None, "its places spread over five countries: under ROAMING in any one region"


def test_a_faint_home_alone_does_not_decide_a_name(geoparser) -> None:
    g = geoparser.gazetteer
    text = "Eight out of ten drinks sold in California schools are sugary."
    candidates = list(geoparser._recognizer.candidates(text))
    (village,) = [p for p in g.candidates("california") if str(g.country[p]) == "GB"]
    resolver = geoparser._resolver
    prepared = resolver.prepare(text, candidates)
    ((state, _),) = resolver.decide(prepared, {village: 0.05})
    assert (g.kind_of(state), str(g.country[state])) == ("region", "US"), \
        "a twentieth of a mention's vote is a twentieth of a share, not all the context there is"
    ((village_read, _),) = resolver.decide(prepared, {village: 12.0})
    assert village_read == village, "a strong home still settles it (the Lamar Ledger's Paris)"


def test_an_article_read_for_its_home_is_recognised_once(geoparser, monkeypatch) -> None:
    calls = []
    recognise = geoparser._recognizer.candidates
    monkeypatch.setattr(geoparser._recognizer, "candidates", lambda text: calls.append(text) or recognise(text))
    text = LOCAL[2] + " (read once)"
    home = geoparser.homes(["L"] * 3, [geoparser.home_places(t) for t in LOCAL[:2]] + [geoparser.home_places(text)])[2]
    geoparser.parse(text, home)
    assert calls.count(text) == 1, "the dashboard reads every article for its home, then parses it with that home"


def test_parse_many_without_outlets_equals_parse(geoparser) -> None:
    texts = LOCAL + WORLD
    assert geoparser.parse_many(texts, [None] * len(texts)) == [geoparser.parse(t) for t in texts]


def test_resolve_spans_many_uses_homes(geoparser) -> None:
    spans = [[(m.start, m.end) for m in geoparser.parse(t)] for t in LOCAL]
    with_home = geoparser.resolve_spans_many(LOCAL, spans, ["Lamar Ledger"] * 3)
    alone = geoparser.resolve_spans_many(LOCAL, spans, [None] * 3)
    assert _paris(with_home[2]) == ("US", "TX")
    assert _paris(alone[2]) == ("FR", "11")


def test_extract_all_shares_homes_within_an_outlet(extractor) -> None:
    from events.model import Document

    docs = [Document(doc_id=f"d{i}", text=t, outlet="Lamar Ledger") for i, t in enumerate(LOCAL)]
    together = list(extractor.extract_all(docs))
    alone = [extractor.extract(d) for d in docs]
    assert [e.document.doc_id for e in together] == ["d0", "d1", "d2"]  # input order
    assert _paris(together[2].places) == ("US", "TX")
    assert _paris(alone[2].places) == ("FR", "11")
    batched = list(extractor.extract_all(docs, batch=1))  # a batch of one: no other article to learn from
    assert _paris(batched[2].places) == ("FR", "11")


def test_annotate_contract_takes_the_outlet_as_source(extractor) -> None:
    import io

    from events.annotate import annotate_batch, annotate_stream
    from events.errors import InputError

    records = [{"id": str(i), "text": t, "source": "lamarledger.example"} for i, t in enumerate(LOCAL)]
    out = annotate_batch(records, extractor.geoparser, extractor.tagger)
    assert [r["id"] for r in out] == ["0", "1", "2"]
    paris = next(p for p in out[2]["places"] if p["text"] == "Paris")
    assert paris["country_code"] == "US" and paris["name"] == "Paris" and abs(paris["lon"] + 95.6) < 0.5  # Paris, Texas
    assert paris["basis"] == "outlet"  # and the output says why

    lines = [json.dumps(r) for r in records[:2]] + [json.dumps({"id": "bad", "text": "x", "source": 7}), json.dumps(records[2])]
    sink, errors = io.StringIO(), []
    assert annotate_stream(lines, sink, extractor.geoparser, extractor.tagger, errors) == 3
    assert [str(e) for e in errors] == [str(InputError("stdin:3", "'source' must be a string (the outlet's name or web domain)"))]
    streamed = [json.loads(line) for line in sink.getvalue().splitlines()]
    assert [r["id"] for r in streamed] == ["0", "1", "2"] and streamed == out  # a bad line never costs the others


def test_basis_says_which_places_the_home_changed(geoparser) -> None:
    found = geoparser.parse_many(LOCAL, ["Lamar Ledger"] * 3)
    basis = {(i, m.text): m.basis for i, ms in enumerate(found) for m in ms}
    assert basis[(2, "Paris")] == "outlet"  # France alone, Texas with the home
    assert basis[(0, "Lamar County")] == "name"  # read the same either way
    home = geoparser.homes(["Lamar Ledger"] * 3, [geoparser.home_places(t) for t in LOCAL])[2]
    assert [m.basis for m in geoparser.parse(LOCAL[2], home) if m.text == "Paris"] == ["outlet"]  # one article, given its home
    assert all(m.basis == "name" for m in geoparser.parse(LOCAL[2]))


def test_home_summary_names_each_outlets_region(geoparser) -> None:
    from events.places.outlets import home_summary

    outlets = ["Lamar Ledger"] * 3 + ["World Desk"] * 4 + ["Solo"]
    texts = LOCAL + WORLD + ["Crowds gathered in Paris."]
    homes = geoparser.homes(outlets, [geoparser.home_places(t) for t in texts])
    rows = home_summary(geoparser.gazetteer, outlets, homes)
    assert rows[0] == {"outlet": "Lamar Ledger", "home": "Texas, US", "articles": 3, "concentration": 0.75}  # the median of 0.667, 0.75, 1.0
    assert rows[1]["outlet"] == "World Desk" and rows[1]["home"] is None  # its articles roam: no home is named
    assert [r["outlet"] for r in rows] == ["Lamar Ledger", "World Desk"]  # one article: no home at all


def test_scant_evidence_makes_a_weak_home(geoparser) -> None:
    g = geoparser.gazetteer
    dallas = g.candidates("dallas")[0]
    (one, _) = learn_homes(g, ["A", "A"], [set(), {dallas}])
    assert one is not None and one.concentration == 1.0  # one place: fully "concentrated"...
    assert sum(w for _, w in one.votes) == pytest.approx(HOME_WEIGHT / HOME_EVIDENCE)  # ...but it counts for little


def test_a_home_town_does_not_pull_its_namesake_to_the_region_around_it(geoparser) -> None:
    # the outlet's other article has the dateline "BEIRUT" (the city): that says which Beirut, not that
    # this dateline is the Beirut governorate around the city
    texts = ["BEIRUT — Shelling hit Homs and Palmyra on Sunday.", "BEIRUT — Fighters left Palmyra for Homs."]
    found = geoparser.parse_many(texts, ["Levant Desk"] * 2)
    assert [(m.place.name, m.place.kind) for ms in found for m in ms if m.text == "BEIRUT"] == [("Beirut", "city")] * 2


@pytest.mark.parametrize(("written", "key", "why"), [
    ("www.nationalpost.com", "nationalpost.com", "a corpus's domain with its www"),
    ("NationalPost.com", "nationalpost.com", "case is no other outlet"),
    ("https://www.nationalpost.com/news/world/story-1", "nationalpost.com", "a URL of one of its stories"),
    ("The  Paris\nNews", "the paris news", "a name as typed, spaces and a line break inside"),
    ("www.com", "www.com", "a host named www is itself"),
    ("   ", None, "no outlet"),
    (None, None, "no outlet"),
])
def test_outlet_key(written: str | None, key: str | None, why: str) -> None:
    assert outlet_key(written) == key, why


def test_an_outlet_written_two_ways_is_one_home(geoparser) -> None:
    g = geoparser.gazetteer
    (texas,) = [p for p in g.candidates("texas") if g.kind_of(p) == "region"]
    dallas = max(g.candidates("dallas"), key=lambda p: int(g.population[p]))
    homes = learn_homes(g, ["www.ledger.com", "https://ledger.com/a/1", "Ledger.com"], [{texas}, {dallas}, set()])
    assert homes[2] is not None and {p for p, _ in homes[2].votes} == {texas, dallas}
