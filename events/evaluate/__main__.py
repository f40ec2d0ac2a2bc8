"""``python -m events.evaluate geo FILE.xml [--resolve-only]`` / ``python -m events.evaluate time DIR``.

Runs the ``annotate`` contract over a gold corpus read from where it lies (nothing is copied into the
package) and prints the scores and the throughput.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from events.errors import EventsError


def _annotator(cache_dir: Path | None):
    from events.annotate import annotate_records
    from events.places import Gazetteer, Geoparser
    from events.time import TemporalTagger

    geoparser = Geoparser(Gazetteer.load(cache_dir))
    tagger = TemporalTagger()

    def annotate_fn(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return list(annotate_records(records, geoparser, tagger))

    return annotate_fn


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m events.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--cache-dir", type=Path, default=None)
    sub = parser.add_subparsers(dest="task", required=True)
    geo = sub.add_parser("geo", help="toponym recognition and resolution on LGL / GeoVirus XML")
    geo.add_argument("corpus", type=Path)
    geo.add_argument("--resolve-only", action="store_true", help="resolve the gold spans instead of finding place names")
    geo.add_argument("--no-outlets", action="store_true",
                     help="do not tell the annotator each article's outlet (no outlet homes: each article alone)")
    tm = sub.add_parser("time", help="DATE expressions on a folder of TimeML .tml files")
    tm.add_argument("corpus", type=Path)
    args = parser.parse_args(argv)
    try:
        annotate_fn = _annotator(args.cache_dir)
        started = time.perf_counter()
        if args.task == "geo":
            from events.evaluate.geo import format_geo_scores, run_geo_eval

            scores = run_geo_eval(args.corpus, annotate_fn, resolve_only=args.resolve_only, use_sources=not args.no_outlets)
            print(format_geo_scores(scores))
        else:
            from events.evaluate.timeml import format_date_scores, run_time_eval

            scores = run_time_eval(args.corpus, annotate_fn)
            print(format_date_scores(scores))
        print(f"wall time {time.perf_counter() - started:.1f} s")
    except EventsError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
