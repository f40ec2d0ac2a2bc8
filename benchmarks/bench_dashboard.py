"""Dashboard benchmark: server time of the first render and of a slider change, with 10,000 and 100,000 events.

    python benchmarks/bench_dashboard.py [--repeat 3]

Synthetic events (spread over Syria and Iraq, 8 outlets, 120 days, 10% region/country-level on 16
centroids, 5% movements between 60 towns) are written as a GeoJSON export and loaded by the app through ``EVENTS_DASHBOARD_DATA``.
Times are the server time of one run of ``dashboard.py``'s ``main()`` under Streamlit's AppTest (filtering,
map building, table, charts: everything the server does before the browser draws), medians over ``--repeat`` runs. Targets: 10,000 events, first render <= 3 s, slider
change <= 0.5 s; 100,000 events stay usable (points are aggregated per grid cell, so the page stays small).
Baseline in the same run: the same app with no events at all.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def synthetic(n: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    outlets = [f"Outlet {c}" for c in "ABCDEFGH"]
    # as in real data, region- and country-level events sit on a few centroids and movements join known towns
    centroids = [(rng.uniform(36.0, 44.0), rng.uniform(32.5, 37.0)) for _ in range(16)]
    towns = [(rng.uniform(36.0, 44.0), rng.uniform(32.5, 37.0)) for _ in range(60)]
    day0 = date(2016, 10, 1)
    out = []
    for i in range(n):
        lon, lat = rng.uniform(36.0, 44.0), rng.uniform(32.5, 37.0)
        start = day0 + timedelta(days=rng.randrange(120))
        kind = "movement" if rng.random() < 0.05 else "event"
        precision = "city" if rng.random() < 0.9 else rng.choice(["region", "country"])
        if precision != "city":
            lon, lat = rng.choice(centroids)
        if kind == "movement":
            lon, lat = rng.choice(towns)
        props = {"id": f"s{i}", "kind": kind, "doc_id": f"doc{i // 10}.txt", "place": f"Place {i % 500}", "place_text": "Place",
                 "place_start": 0, "place_end": 5, "place_source": "sentence", "country_code": "SY", "geonameid": None,
                 "place_precision": precision, "date_start": start.isoformat(), "date_end": start.isoformat(),
                 "time_precision": "day", "date_text": "on Sunday", "date_source": "sentence", "outlet": rng.choice(outlets),
                 "url": "https://example.org/a", "title": f"Article {i // 10}", "published": start.isoformat(),
                 "quote": "Place was attacked on Sunday, officials said.", "quote_start": 0, "quote_end": 44,
                 "event_type": rng.choice(["attack", "airstrike", "capture"]), "actors": ["Islamic State"],
                 "attributed_to": "officials", "quantities": [{"value": rng.randrange(1, 400), "what": "fighters"}],
                 "origin": None, "destination": None}
        geometry = ({"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]} if kind == "event" else
                    {"type": "LineString", "coordinates": [[round(lon, 5), round(lat, 5)], list(rng.choice(towns))]})
        out.append({"type": "Feature", "geometry": geometry, "properties": props})
    return out


def measure(path: str | None, repeat: int) -> tuple[float, float, int]:
    from streamlit.testing.v1 import AppTest

    os.environ["EVENTS_DASHBOARD_DATA"] = path or str(ROOT / "no-such-folder")
    firsts, changes, size = [], [], 0
    for _ in range(repeat):
        at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
        at.run()
        firsts.append(at.session_state["server_seconds"])
        if at.exception:
            raise SystemExit(f"app failed: {at.exception}")
        maps = [e for e in at.main.get("component_instance") if "streamlit_folium" in e.proto.component_name]
        size = len(maps[0].proto.json_args) if maps else 0
        if at.slider:
            lo, hi = at.slider(key="range").value
            at.slider(key="range").set_range(lo + timedelta(days=30), hi - timedelta(days=30)).run()
            changes.append(at.session_state["server_seconds"])
    return statistics.median(firsts), statistics.median(changes) if changes else 0.0, size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base_first, _, _ = measure(None, args.repeat)
        print(f"baseline (no events): first render {base_first:.2f} s")
        for n, first_target, change_target in ((10_000, 3.0, 0.5), (100_000, None, None)):
            path = Path(tmp) / f"events-{n}.geojson"
            path.write_text(json.dumps({"type": "FeatureCollection", "features": synthetic(n)}), encoding="utf-8")
            first, change, size = measure(str(path), args.repeat)
            targets = f"   [targets: first <= {first_target} s, slider <= {change_target} s]" if first_target else "   [must stay usable]"
            print(f"{n:>7,} events: first render {first:.2f} s ({first / base_first:.1f}x baseline), "
                  f"slider change {change:.2f} s, map payload {size / 1e6:.1f} MB{targets}")


if __name__ == "__main__":
    main()
