"""Compass words as news writes them (own patterns), for the rules that read the words around a place name."""

from __future__ import annotations

# a direction: "north", "east", "north-east", "northwest", "south east" ("30 km north of Sinjar", "Douma, east of
# Damascus", "Mabvuku, a suburb east of Harare")
COMPASS_DIRECTION = r"(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)"
# an adjective that names a part of a place: "northwestern", "eastern", "central" ("in northwestern Taoyuan",
# "southern Idlib", "Beirut's southern suburb")
COMPASS_ADJECTIVE = rf"(?:{COMPASS_DIRECTION}ern|central)"
