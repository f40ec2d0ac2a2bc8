"""Boilerplate sentences: every phrase of the notice pattern is found (the quick word check before the
pattern must not hide any of them), and news sentences are not boilerplate."""

import pytest

from events.text.boilerplate import is_boilerplate, starts_footer


@pytest.mark.parametrize("sentence", [
    "The views are the sole responsibility of the author.",
    "The site will not be responsible for any inaccurate statements.",
    "The author grants permission to cross-post original articles.",
    "This site contains copyrighted material the use of which has not been authorized.",
    "Ask the copyright owner first.",
    "© 2016 Example Media. All Rights Reserved.",
    "We are making such material available under Fair Use.",
    "For media inquiries: call the desk.",
    "Contact: [email\xa0protected]",
    "Write to desk@example.org with tips.",
    "Subscribe to our newsletter today.",
    "Sign up for the morning briefing.",
    "Click here to read the full report.",
    "Share this article with your friends.",
    "Follow us on social media.",
    "This article may not be reproduced without permission.",
    "This material may not be rewritten.",
    "The views expressed in this article are the author's own.",
    "Read our cookie policy.",
    "COOKIES SETTINGS can be changed at any time.",  # case does not matter
])
def test_notices_are_boilerplate(sentence) -> None:
    assert is_boilerplate(sentence)


@pytest.mark.parametrize("sentence", [
    "Fighters moved from Mosul toward Palmyra on Sunday.",
    "The ministry said it was responsible for the convoy's safety.",  # "responsible" alone is news
    "Officials shared this map with reporters.",
    "He was followed by a crowd.",
])
def test_news_is_not_boilerplate(sentence) -> None:
    assert not is_boilerplate(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Disclaimer: the contents are the author's.", True),
    ("Copyright 2016 Example Media", True),
    ("Read more: the war in Syria", True),
    ("The disclaimer was read in court.", False),  # the word inside a sentence opens no footer
])
def test_footer_start(sentence, expected) -> None:
    assert starts_footer(sentence) == expected
