"""Command line: ``python -m events extract|annotate|gazetteer``.

    python -m events extract PATH... [-o FILE] [--format geojson|csv|jsonl|gpkg] [--corrections FILE]
    python -m events annotate < docs.jsonl > annotations.jsonl
    python -m events gazetteer build [--force]

Bad inputs get one line on stderr naming the input; the others are still processed and written;
the exit code is 1 when any input failed, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from events.errors import EventsError, InputError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m events", description="Turn news text into dated, sourced events and movements.")
    parser.add_argument("--cache-dir", type=Path, default=None, help="where the gazetteer index is kept (default: $EVENTS_CACHE_DIR or ~/.cache/geotemporal-events)")
    sub = parser.add_subparsers(dest="command", required=True)

    extract = sub.add_parser("extract", help="extract events and movements from files or folders")
    extract.add_argument("paths", nargs="+", help=".txt .md .html .htm .jsonl files, or folders of them")
    extract.add_argument("-o", "--output", type=Path, default=None, help="output file (default: stdout)")
    extract.add_argument("--format", choices=("geojson", "csv", "jsonl", "gpkg"), default="geojson",
                         help="GeoJSON FeatureCollection (default), CSV rows, JSON Lines of Features, or a GeoPackage (needs -o)")
    extract.add_argument("--online", action="store_true",
                         help="resolve places the gazetteer cannot with Nominatim (needs the internet; rate-limited, cached)")
    extract.add_argument("--corrections", type=Path, default=None,
                         help="an analyst's corrections file (saved from the dashboard) to apply to the output")
    extract.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    sub.add_parser("annotate", help="evaluation contract: JSON Lines on stdin -> places and dates on stdout",
                   description='Reads JSON Lines on stdin, one object per document: {"id", "text", "published"? '
                               '(ISO date), "source"? (outlet), "mentions"? [{"start", "end"}]}. Writes one line per '
                               'document: {"id", "places": [...], "dates": [...]}. Bad lines are named on stderr; the '
                               'others are still annotated.')

    gaz = sub.add_parser("gazetteer", help="manage the offline gazetteer index")
    gaz_sub = gaz.add_subparsers(dest="action", required=True)
    build = gaz_sub.add_parser("build", help="build the index into the cache directory (done at setup)")
    build.add_argument("--force", action="store_true", help="rebuild even when present")
    return parser


def _report(error: EventsError) -> None:
    print(f"error: {error}", file=sys.stderr)


def _extract(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from events.corrections import apply_corrections
    from events.corrections import load as load_corrections
    from events.corrections import unmatched
    from events.export import feature_collection, to_csv_text, to_geopackage_bytes, to_jsonl_text, write_geojson
    from events.ingest import read_documents
    from events.pipeline import Extractor

    geocoder = None
    if args.online:
        from events.places.online import NominatimGeocoder
        from events.cache import default_cache_dir

        geocoder = NominatimGeocoder(user_agent="geotemporal-events", cache_dir=args.cache_dir or default_cache_dir())
    if args.format == "gpkg" and args.output is None:
        print("error: --format gpkg writes a binary file: give it with -o FILE.gpkg", file=sys.stderr)
        return 2
    corrections = load_corrections(args.corrections) if args.corrections else ()  # a bad file stops before the work
    extractor = Extractor.offline(args.cache_dir, geocoder=geocoder)
    failed = 0
    extractions = []
    show = not args.no_progress and sys.stderr.isatty()
    documents = []
    for item in read_documents(args.paths):
        if isinstance(item, InputError):
            failed += 1
            print(f"error: {item}", file=sys.stderr)
        else:
            documents.append(item)
    with tqdm(desc="extracting", unit="doc", total=len(documents), disable=not show, file=sys.stderr) as progress:
        for extraction in extractor.extract_all(documents):  # an outlet's articles inform each other's places
            extractions.append(extraction)
            progress.update()
    collection = feature_collection(extractions)
    if corrections:
        stray = unmatched(collection["features"], corrections)
        if stray:  # a corrections file made for other articles (or older offsets): say so, never silently
            print(f"warning: {args.corrections}: {len(stray)} of {len(corrections)} corrections match no extracted feature",
                  file=sys.stderr)
        collection["features"] = apply_corrections(collection["features"], corrections)
    data: str | bytes
    if args.format == "geojson":
        data = write_geojson(collection) + "\n"
    elif args.format == "csv":
        data = to_csv_text(collection["features"]) if collection["features"] else ""
    elif args.format == "jsonl":
        data = to_jsonl_text(collection["features"])
    else:
        try:
            data = to_geopackage_bytes(collection["features"])
        except EventsError as error:
            _report(error)
            return 1
    if args.output is None:
        sys.stdout.write(data if isinstance(data, str) else "")
    else:
        try:
            if isinstance(data, bytes):
                args.output.write_bytes(data)
            else:
                args.output.write_text(data, encoding="utf-8")
        except OSError as error:
            print(f"error: {args.output}: cannot write: {error.strerror}", file=sys.stderr)
            return 1
    n_events = sum(1 for f in collection["features"] if f["properties"]["kind"] == "event")
    print(f"{len(extractions)} documents, {n_events} events, {len(collection['features']) - n_events} movements"
          + (f", {failed} inputs failed" if failed else ""), file=sys.stderr)
    return 1 if failed else 0


def _annotate(args: argparse.Namespace) -> int:
    from events.annotate import annotate_stream
    from events.places import Gazetteer, Geoparser
    from events.time import TemporalTagger

    geoparser = Geoparser(Gazetteer.load(args.cache_dir))
    errors: list[InputError] = []
    warnings: list[str] = []
    annotate_stream(sys.stdin, sys.stdout, geoparser, TemporalTagger(), errors, warnings)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for error in errors:
        _report(error)
    return 1 if errors else 0


def _gazetteer(args: argparse.Namespace) -> int:
    from events.places import Gazetteer

    path = Gazetteer.build(args.cache_dir, force=args.force)
    print(f"gazetteer index ready: {path}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args)
        if args.command == "annotate":
            return _annotate(args)
        return _gazetteer(args)
    except EventsError as error:
        _report(error)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
