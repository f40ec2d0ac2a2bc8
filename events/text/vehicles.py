"""Vehicle makes (own list): "a 2003 Honda Accord" holds no date ("2003" is a model year) and no place
("Honda" is a make, not the Colombian town; "the Toyota failed to yield" is a car, not Toyota City)."""

from __future__ import annotations

import re

VEHICLE_MAKES: tuple[str, ...] = (
    "Acura", "Audi", "BMW", "Buick", "Cadillac", "Chevrolet", "Chevy", "Chrysler", "Dodge", "Ford", "GMC",
    "Harley-Davidson", "Honda", "Hummer", "Hyundai", "Infiniti", "Isuzu", "Jeep", "Kia", "Lexus", "Lincoln", "Mazda",
    "Mercedes", "Mercedes-Benz", "Mercury", "Mini", "Mitsubishi", "Nissan", "Oldsmobile", "Plymouth", "Pontiac",
    "Porsche", "Saab", "Saturn", "Subaru", "Suzuki", "Tesla", "Toyota", "Volkswagen", "VW", "Volvo", "Freightliner",
    "Kenworth", "Peterbilt", "Yamaha", "Kawasaki",
)
# "a 2003 Honda", "his 1996 Oldsmobile", "their red 1991 Honda", "a stolen silver 2005 Ford"
_OWNER = (r"\b(?i:a|an|the|his|her|their|its|my|your|our)\s+(?i:(?:red|blue|white|black|silver|gr[ae]y|green|gold|tan|"
          r"maroon|brown|beige|burgundy|dark|light|old|new|used|stolen|damaged)\s+){0,2}")
MODEL_YEAR_BEFORE = re.compile(_OWNER + r"(?:19|20)\d\d\s+$")  # ... ending right before the make
_OWNER_BEFORE = re.compile(_OWNER + "$")
_MAKE_AFTER = re.compile(r" (?:" + "|".join(VEHICLE_MAKES) + r")\b")


def is_model_year(text: str, start: int, end: int) -> bool:
    """Whether the year at ``text[start:end]`` is a car's model year: an article or possessive before it and a
    make after it ("a 2003 Honda Accord"; but "in 2003 Ford cut jobs" is a date)."""
    return _MAKE_AFTER.match(text, end) is not None and _OWNER_BEFORE.search(text[max(0, start - 40):start]) is not None
