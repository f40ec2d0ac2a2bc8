"""The map popup's note on what a place rests on (ui.popup.basis_note)."""

from __future__ import annotations

import pytest

from ui.popup import actors_line, basis_note, popup_html


@pytest.mark.parametrize(("props", "expected"), [
    ({"place_basis": "name"}, None),  # the name as read in its article: nothing to say
    ({"place_basis": "focus"}, "Place is the town the article is mostly about (the name is a part of a town, 'the North Side')"),
    ({"place_basis": "outlet"}, "Place read as in the outlet's other articles (the article alone reads the name otherwise)"),
    ({"place_basis": "within"}, "Place is the place the text says holds it (the gazetteer does not know the name)"),
    ({"place_basis": "outlet", "destination_basis": "outlet"},
     "Place and destination read as in the outlet's other articles (the article alone reads the name otherwise)"),
    ({"place_basis": "within", "destination_basis": "outlet"},  # a movement's two ends rest on different things
     "Destination read as in the outlet's other articles (the article alone reads the name otherwise); "
     "Place is the place the text says holds it (the gazetteer does not know the name)"),
])
def test_basis_note(props, expected) -> None:
    assert basis_note(props) == expected


@pytest.mark.parametrize(("props", "expected"), [
    ({"actors": [], "targets": []}, None),
    ({"actors": ["Islamic State"], "targets": []}, "by Islamic State"),
    ({"actors": ["Syrian Democratic Forces", "Islamic State"], "targets": ["Islamic State"]},
     "by Syrian Democratic Forces, against Islamic State"),
    ({"actors": ["militants"], "targets": ["militants"]}, "against militants"),  # "200 militants were killed"
    ({"actors": ["Hamas"]}, "by Hamas"),  # an export from before targets existed
])
def test_actors_line(props, expected) -> None:
    assert actors_line(props) == expected


def test_popup_escapes_actor_names() -> None:
    html = popup_html({"place": "X", "actors": ["<script>alert(1)</script>"], "targets": []})
    assert "<script>" not in html and "&lt;script&gt;" in html
