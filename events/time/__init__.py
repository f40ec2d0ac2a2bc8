"""Temporal expressions: find them with offsets and normalise them to TimeML values and intervals."""

from events.time.tagger import TemporalTagger

__all__ = ["TemporalTagger"]
