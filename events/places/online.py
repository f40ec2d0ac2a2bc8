"""Optional online fallback: geopy's Nominatim, rate-limited and cached on disk. Opt-in only.

Used only when the user asks (``python -m events extract --online``) for names the offline gazetteer
cannot resolve. Answers (including "not found") are cached in a JSON file in the cache directory, so
a name is asked at most once. Network failures raise :class:`GeocoderError` with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from events.errors import GeocoderError
from events.model import Place

_KINDS = {"country": "country", "state": "region", "province": "region", "region": "region", "county": "county",
          "continent": "continent"}


class NominatimGeocoder:
    """Geocode a name with Nominatim (at most one request per ``min_delay_seconds``), caching every answer."""

    def __init__(self, user_agent: str, cache_dir: Path, min_delay_seconds: float = 1.0, geocoder: Any = None) -> None:
        if not user_agent:
            raise GeocoderError("Nominatim needs a user agent naming your application (its usage policy)")
        if geocoder is None:
            from geopy.geocoders import Nominatim

            geocoder = Nominatim(user_agent=user_agent, timeout=10)
        from geopy.extra.rate_limiter import RateLimiter

        self._geocode = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds, max_retries=1,
                                    swallow_exceptions=False)
        self._path = cache_dir / "nominatim-cache.json"
        try:
            self._cache: dict[str, dict[str, Any] | None] = json.loads(self._path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._cache = {}

    def _save(self) -> None:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        self._path.write_text(json.dumps(self._cache, ensure_ascii=False), encoding="utf-8")

    def geocode(self, name: str, country_code: str | None = None) -> Place | None:
        """A Place for ``name`` (optionally within a country), or ``None`` when Nominatim has none."""
        key = f"{name}|{country_code or ''}"
        if key not in self._cache:
            from geopy.exc import GeopyError

            try:
                location = self._geocode(name, exactly_one=True, addressdetails=True,
                                         country_codes=country_code.lower() if country_code else None)
            except GeopyError as error:
                raise GeocoderError(f"Nominatim failed for {name!r}: {error}") from error
            self._cache[key] = None if location is None else {
                "name": location.address.split(",")[0], "lat": location.latitude, "lon": location.longitude,
                "type": (location.raw or {}).get("addresstype") or (location.raw or {}).get("type", ""),
                "country_code": ((location.raw or {}).get("address") or {}).get("country_code", "").upper() or None,
            }
            self._save()
        hit = self._cache[key]
        if hit is None:
            return None
        return Place(name=hit["name"], lat=float(hit["lat"]), lon=float(hit["lon"]),
                     kind=_KINDS.get(hit.get("type") or "", "city"), country_code=hit.get("country_code"),  # type: ignore[arg-type]
                     source="nominatim")
