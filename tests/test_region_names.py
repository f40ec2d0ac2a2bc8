"""How a region's display name is chosen from ISO 3166-2's names (events.places.sources._display_name), rule by
rule, on ISO's own inputs: the local name, the English names ISO gives, and whether another script is among them."""

from __future__ import annotations

import pytest

from events.places.sources import _a_name_no_word, _display_name


@pytest.mark.parametrize("base, english, one_english, other_script, shown", [
    ("Ḩimş", ["Homs"], True, True, "Homs"),  # an alike transliteration of an accented local name
    ("Toscana", ["Tuscany"], True, False, "Tuscany"),  # the English spelling of a one-word name
    ("Nord-Kivu", ["North Kivu"], True, False, "North Kivu"),  # French compass word in English
    ("Jawa Barat", ["West Java"], True, False, "West Java"),  # Indonesian compass word after the name; "Jawa" is "Java"
    ("Papua Barat Daya", ["Southwest Papua"], True, False, "Southwest Papua"),  # a compass word of two
    ("Haut-Katanga", ["Upper Katanga"], True, False, "Haut-Katanga"),  # "Haut-" is no compass word: news keeps it
    ("Jawa Barat", ["East Java"], True, False, "Jawa Barat"),  # another direction
    ("Krasnodarskij kraj", ["Krasnodar"], True, True, "Krasnodar Krai"),  # a Russian adjective
    ("Luhanska oblast", ["Luhansk", "Luhan", "Luhanshchyna"], False, True, "Luhansk Oblast"),  # most alike the adjective
    ("Rivnenska oblast", ["Rivne", "Rivnenshchyna"], False, True, "Rivne Oblast"),  # never the land's name
    ("Bresckaja voblasć", ["Brest"], True, True, "Brest Region"),  # a Belarusian voblast
    ("Dagestan, Respublika", ["Dagestan"], True, True, "Dagestan"),  # ISO's inverted form
    ("Ḩalab", ["Aleppo"], True, True, "Aleppo"),  # unalike, but English writes it far more
    ("Nīnawá", ["Nineveh"], True, True, "Nineveh"),
    ("Dubayy", ["Dubai"], True, True, "Dubai"),  # a name English uses very often is still a name
    ("Woqooyi Galbeed", ["Northwest"], True, True, "Woqooyi Galbeed"),  # a compass word alone names nothing
    ("Al Wāḩāt", ["Oases"], True, True, "Al Wahat"),  # ISO's English is a word (a plural), not a name
    ("Kvemo Kartli", ["Lower Kartli"], True, True, "Kvemo Kartli"),  # the local name has the name part already
    ("Cartago", ["Misty"], True, False, "Cartago"),  # a Latin-script name's meaning is no English name
    ("Nangarhār", ["Ningrahar"], True, True, "Nangarhar"),  # the accented local name is used more
    ("Baghdād", ["Bagdad", "City of Peace"], False, True, "Baghdad"),
    ("São Paulo", ["Saint Paul"], False, False, "Sao Paulo"),  # a saint's name translated
    ("El Paraíso", ["Paradise"], True, False, "El Paraiso"),  # what the name means, an everyday noun: no spelling of it
    ("Genève", ["Geneva"], True, False, "Geneva"),  # a frequent English word, but a name (no plural in use)
    ("Şuşa", ["Shusha"], True, False, "Shusha"),  # "Susa" would drop the "sh" the accent stands for
    ("Al Bayḑā’", [], False, True, "Al Bayda"),  # no hamza or ayn marks English never writes
    ("Grande’Anse", [], False, False, "Grande'Anse"),  # ... but an elision keeps its apostrophe
])
def test_display_name(base, english, one_english, other_script, shown) -> None:
    assert _display_name(base, english, one_english, other_script) == shown


@pytest.mark.parametrize("word, is_name", [
    ("tuscany", True),
    ("aleppo", True),
    ("lagoons", False),  # a plural: "lagoon" is in use
    ("estuaries", False),  # ... "estuary" (an "-ies" plural)
    ("savannah", False),  # a singular: "savannahs" is in use
    ("java", False),  # too everyday (coffee, a language)
    ("qwzx", False),  # unknown to English
])
def test_a_name_no_word(word, is_name) -> None:
    assert _a_name_no_word(word) is is_name

