"""Temporal expressions: find them with offsets and normalise them to TimeML values and intervals."""

from events.time.tagger import TemporalTagger, speaks_of_now

__all__ = ["TemporalTagger", "speaks_of_now"]
