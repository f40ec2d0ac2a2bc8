"""Boilerplate: disclaimers, copyright and fair-use notices, subscription prompts, contact lines.

``is_boilerplate`` judges one sentence. ``starts_footer`` says a sentence opens a footer block
("Disclaimer:", "Copyright ©", "All rights reserved"): everything after it is boilerplate too.
"""

from __future__ import annotations

import re

_FOOTER_START = re.compile(
    r"^\s*(?:disclaimer\b|copyright\b|©|\(c\)\s*\d{4}|all rights reserved|terms of (?:use|service)|privacy policy|"
    r"related (?:articles|stories)|read more\b|share this\b|follow us\b|subscribe\b|about the author\b)",
    re.IGNORECASE,
)
_BOILERPLATE = re.compile(
    r"sole responsibility of the author|not be responsible for any inaccurate|grants permission to cross-post|"
    r"copyright(?:ed)? material|copyright owner|all rights reserved|\bfair use\b|for media inquiries|"
    r"\[email[\s\xa0]protected\]|[\w.+-]+@[\w-]+\.[\w.]+|subscribe to (?:our|the) newsletter|sign up for|"
    r"click here|share this article|follow us on|may not be (?:published|reproduced|redistributed)|"
    r"this material may not be|views expressed (?:in this article )?are|cookies? (?:policy|settings)",
    re.IGNORECASE,
)


def starts_footer(sentence_text: str) -> bool:
    """Whether this sentence opens a footer block (the rest of the document is boilerplate)."""
    return bool(_FOOTER_START.match(sentence_text))


# Each _BOILERPLATE phrase holds one of these (lower case): a sentence without any skips the slow search.
_BOILERPLATE_WORDS = ("responsib", "inaccurate", "permission", "copyright", "rights reserved", "fair use", "inquiries",
                      "protected]", "@", "newsletter", "sign up", "click here", "share this", "follow us", "may not be",
                      "this material", "views expressed", "cookie")


def is_boilerplate(sentence_text: str) -> bool:
    """Whether one sentence is a disclaimer, copyright or fair-use notice, or a contact/subscription line."""
    if _FOOTER_START.match(sentence_text):
        return True
    lower = sentence_text.lower()
    return any(w in lower for w in _BOILERPLATE_WORDS) and bool(_BOILERPLATE.search(sentence_text))
