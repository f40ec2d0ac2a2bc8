"""Where generated artefacts (the gazetteer index, geocoder caches) live: never in the repository."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


def default_cache_dir() -> Path:
    """``$EVENTS_CACHE_DIR``, else ``$XDG_CACHE_HOME/geotemporal-events``, else ``~/.cache/geotemporal-events``."""
    if os.environ.get("EVENTS_CACHE_DIR"):
        return Path(os.environ["EVENTS_CACHE_DIR"])
    base = Path(os.environ["XDG_CACHE_HOME"]) if os.environ.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "geotemporal-events"


def read_json(path: Path) -> object | None:
    """The JSON a cache file holds; None where it is missing, unreadable or damaged (the caller computes it again)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):  # (RecursionError: "[[[[..." nested too deep to read)
        return None


def write_json(path: Path, data: object) -> None:
    """Write ``data`` to a cache file, replaced whole (processes writing at once never lose each other's); a read-only
    cache only means it is computed again next time."""
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, delete=False, suffix=".tmp") as f:
            temporary = f.name
            json.dump(data, f)
        os.replace(temporary, path)
        temporary = None
    except OSError:
        pass
    finally:
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)
