"""Sentence-level extraction: quantities, actors, attribution, event types, movements, and event assembly."""
