"""One error hierarchy for the whole package.

Every error the package raises on purpose is an :class:`EventsError`. Errors
about one input carry the name of that input so the CLI and the dashboard can
print a one-line message and go on with the other inputs.
"""

from __future__ import annotations


class EventsError(Exception):
    """Base class of every error raised on purpose by :mod:`events`."""


class InputError(EventsError):
    """One input (file, upload, pasted text, JSON line) could not be read.

    ``source`` names the input (a path, an upload name, ``file.jsonl:12``);
    ``reason`` says what is wrong with it, in one line.
    """

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class GazetteerError(EventsError):
    """The offline gazetteer could not be built or loaded."""


class GeocoderError(EventsError):
    """An optional online geocoder failed (network down, rate limit, bad reply)."""


class ExportError(EventsError):
    """Events could not be written in the requested format."""


class EvaluationError(EventsError):
    """A gold-standard corpus could not be read or scored."""
