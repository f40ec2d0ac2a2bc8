"""Link GeoNames' first-level region codes to ISO 3166-2 codes, at index build time.

GeoNames gives each town a first-level region code of its own ("08" for Ontario's towns); the regions
themselves come from ISO 3166-2 ("CA-ON"). Nothing in the packages maps one to the other outside the
US, so towns could not tell the resolver which province they are in, and "Ontario" next to "Toronto"
had no more support than Ontario, California. The link is derived from geography: each GeoNames code
lies where its towns do (their median position), and codes and ISO regions of one country are paired
closest first, one to one, so that a code whose towns sit near a neighbour's centre point still finds its
own region. The pairing is improved by swaps until no swap of two pairs shortens their total distance
(ISO's centre of a vast province lies far from where its towns are: Queensland's from Brisbane's). A
code left over (GeoNames has more codes than ISO has regions) takes the nearest region within
``NEAREST_KM``; a pair farther apart than ``MAX_KM`` is not linked.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable

MAX_KM = 1500.0
NEAREST_KM = 400.0


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat = math.radians((a[0] + b[0]) / 2)
    return math.hypot((a[0] - b[0]) * 111.2, (a[1] - b[1]) * 111.2 * math.cos(lat))


def link_admin1(towns: Iterable[tuple[str, str, float, float]],
                regions: Iterable[tuple[str, str, float, float]]) -> dict[tuple[str, str], str]:
    """``(country, GeoNames admin1 code) -> ISO 3166-2 code`` from towns ``(country, admin1, lat, lon)`` and
    regions ``(country, ISO code, lat, lon)``."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for country, admin1, lat, lon in towns:
        if admin1:
            points.setdefault((country, admin1), []).append((lat, lon))
    by_country: dict[str, list[tuple[str, tuple[float, float]]]] = {}
    for country, code, lat, lon in regions:
        by_country.setdefault(country, []).append((code, (lat, lon)))
    centres: dict[str, list[tuple[str, tuple[float, float]]]] = {}
    for (country, admin1), pts in points.items():
        if country in by_country:
            centre = (statistics.median(p[0] for p in pts), statistics.median(p[1] for p in pts))
            centres.setdefault(country, []).append((admin1, centre))
    links: dict[tuple[str, str], str] = {}
    for country, codes in centres.items():
        isos = by_country[country]
        pairs = sorted((_km(c, r), admin1, iso) for admin1, c in codes for iso, r in isos)
        paired: dict[str, str] = {}
        taken: set[str] = set()
        for _, admin1, iso in pairs:  # closest first, one to one
            if admin1 not in paired and iso not in taken:
                paired[admin1] = iso
                taken.add(iso)
        centre = dict(codes)
        point = dict(isos)
        improved = True
        while improved:  # swap two pairs' regions while that shortens them
            improved = False
            keys = sorted(paired)
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    ra, rb = paired[a], paired[b]
                    now = _km(centre[a], point[ra]) + _km(centre[b], point[rb])
                    if _km(centre[a], point[rb]) + _km(centre[b], point[ra]) < now - 1e-6:
                        paired[a], paired[b] = rb, ra
                        improved = True
        for admin1, iso in paired.items():
            if _km(centre[admin1], point[iso]) <= MAX_KM:
                links[(country, admin1)] = iso
        for km, admin1, iso in pairs:  # codes left over: the nearest region
            if admin1 not in paired and (country, admin1) not in links and km <= NEAREST_KM:
                links[(country, admin1)] = iso
    return links
