"""The titles a storm's name follows ("Hurricane Otis", "tropical storm Ana", "Cyclone Freddy", "Super Typhoon Haiyan"):
its name is no town, nor a place the text says lies where the storm struck ("Cyclone Freddy in Malawi")."""

from __future__ import annotations

import re

STORM_TITLE = (r"(?:Hurricane|HURRICANE|Typhoon|TYPHOON|Cyclone|CYCLONE|Storm|STORM|[Tt]ropical\s+(?:[Ss]torm|[Dd]epression)"
               r"|[Ss]uper\s+[Tt]yphoon)")
# a storm's title right before a name (not "the worst storm Florida has seen": only a title, capitalised or "tropical storm")
STORM_BEFORE = re.compile(rf"\b{STORM_TITLE}\s+$")
# a name that is a storm's, title and all ("Cyclone Freddy")
STORM_NAME = re.compile(rf"{STORM_TITLE}\s")
