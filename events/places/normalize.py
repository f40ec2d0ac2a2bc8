"""Name normalisation shared by the index builder and the recogniser.

``normalize`` folds case, strips diacritics, unifies apostrophes and hyphens, and expands a few
abbreviations ("St." -> "saint"). ``skeleton`` is a coarse key for misspelt transliterations: the
consonants of the name without Arabic articles, doubled letters squeezed ("Dier Ezzor" and
"Deir ez-Zor" both give "drzr").
"""

from __future__ import annotations

import re
import unicodedata

_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port", "&": "and"}
_ARTICLES = frozenset("al el ar as ad an at az ash ez es ed ul ad-".split())
# where place names take the Arabic article: the Arab League, and the lands around it with Arabic, Persian or
# Berber names (own list); elsewhere a name's first word is no article of it: "El Salvador" is no "Salvador", "El Paso"
# no "Paso", "An Shun" no "Shun"
ARTICLE_COUNTRIES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH IR TR AF PK TD "
                              "ER SS ML NE".split())
_SEPARATORS = re.compile(r"[\s\-‐‑‒–—_/.,]+")
_APOSTROPHES = re.compile(r"['’‘`ʼʻʿʾ]")
_VOWELS = re.compile(r"[aeiouyw]")
_REPEATS = re.compile(r"(.)\1+")


# Latin letters that carry their mark in the letter itself, so that stripping diacritics leaves them: English news
# writes "Nurdagi", "Lodz", "Tromso" for Nurdağı, Łódź, Tromsø
_PLAIN_LETTERS = str.maketrans({"ı": "i", "ł": "l", "đ": "d", "ø": "o", "ð": "d", "ħ": "h", "þ": "th", "æ": "ae", "œ": "oe",
                                "ß": "ss"})


def fold(text: str) -> str:
    """Lower case without diacritics (letters in other scripts are kept)."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().translate(_PLAIN_LETTERS)


# Spellings of the same Arabic word in names of several words ("Ras al-Ain" = "Ra's al 'Ayn", "Deir" = "Dayr",
# "Tal" = "Tall" = "Tell"); a one-word name keeps its spelling ("Tell" is an English word)
_TRANSLITERATIONS = {"ayn": "ain", "ein": "ain", "dayr": "deir", "dair": "deir", "tall": "tal", "tell": "tal", "tel": "tal",
                     "shaykh": "sheikh", "shaikh": "sheikh", "sheik": "sheikh", "abou": "abu", "jabal": "jebel", "jbel": "jebel"}
TRANSLITERATED_WORDS = frozenset(_TRANSLITERATIONS) | frozenset(_TRANSLITERATIONS.values())  # every spelling of them


def normalize(name: str) -> str:
    """The lookup key of a place name."""
    if name.isalpha() and name.isascii():  # one plain word, the commonest case: its lower case, or what it abbreviates
        low = name.lower()
        return _ABBREVIATIONS.get(low, low)
    words = [_ABBREVIATIONS.get(w, w) for w in _SEPARATORS.split(_APOSTROPHES.sub("", fold(name))) if w]
    if len(words) > 1:
        words = [_TRANSLITERATIONS.get(w, w) for w in words]
    return " ".join(words)


def prefix_key(words: str) -> str:
    """The key that the first words of a longer name have inside that name's key ("Tel" of "Tel Aviv": "tal")."""
    return " ".join(_TRANSLITERATIONS.get(w, w) for w in normalize(words).split())


def strip_article(key: str) -> str:
    """``"ar raqqah"`` -> ``"raqqah"``; keys without a leading article are returned unchanged."""
    head, _, rest = key.partition(" ")
    return rest if rest and head in _ARTICLES else key


def consonants(key: str) -> str:
    """The consonants of a normalised name, articles dropped and doubled letters once ("janin", "jenin": "jnn")."""
    return _REPEATS.sub(r"\1", _VOWELS.sub("", "".join(w for w in key.split() if w not in _ARTICLES))).rstrip("h")


# consonants that transliterations of one sound write differently ("Beledweyne" and "Beletweyne", "Makhmur" and "Mexmur",
# "Qamishli" and "Kamishli", "Zawiya" and "Sawiya"): one letter each in a skeleton
_SOUNDS = (("kh", "x"), ("dh", "t"), ("th", "t"), ("d", "t"), ("q", "k"), ("c", "k"), ("z", "s"), ("p", "b"), ("v", "f"))


def skeleton(key: str) -> str:
    """Coarse consonant key of a normalised name, for misspellings; "" when too short to be safe."""
    joined = "".join(w for w in key.split() if w not in _ARTICLES)
    if len(joined) < 6 or not joined.isascii():
        return ""
    found = consonants(key)
    for written, sound in _SOUNDS:
        found = found.replace(written, sound)
    found = _REPEATS.sub(r"\1", found)
    return found if len(found) >= 3 else ""
