"""Where generated artefacts (the gazetteer index, geocoder caches) live: never in the repository."""

from __future__ import annotations

import os
from pathlib import Path


def default_cache_dir() -> Path:
    """``$EVENTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/geotemporal-events``, else ``~/.cache/geotemporal-events``."""
    if os.environ.get("EVENTS_CACHE_DIR"):
        return Path(os.environ["EVENTS_CACHE_DIR"])
    base = Path(os.environ["XDG_CACHE_HOME"]) if os.environ.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "geotemporal-events"
