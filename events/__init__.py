"""Turn news text into dated, sourced events and movements.

Library use::

    from events import Extractor, read_documents, feature_collection
    extractor = Extractor.offline()            # loads (or builds, once) the offline gazetteer
    extractions = [extractor.extract(d) for d in read_documents(["data/samples"]) if not isinstance(d, Exception)]
    geojson = feature_collection(extractions)  # RFC 7946 FeatureCollection

The names are imported lazily so that ``import events`` stays cheap.
"""

from __future__ import annotations

from typing import Any

_LAZY = {
    "Extractor": "events.pipeline",
    "read_documents": "events.ingest",
    "document_from_text": "events.ingest",
    "feature_collection": "events.export",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'events' has no attribute {name!r}")
