"""Extraction benchmark: gazetteer start-up, extraction throughput, annotate end to end.

    python benchmarks/bench_extract.py [--repeat 5] [--articles 300]

Prints medians over ``--repeat`` runs (one core: the process is pinned to CPU 0 when possible):
- gazetteer ready: time and peak RSS of a fresh ``python`` process that loads the index (target <= 2 s, <= 400 MB);
- extraction: ~600-word articles per second through ``Extractor.extract_all`` (target >= 100/s), with the time
  share of each stage; baseline in the same run: dateparser's ``search_dates`` over the same articles;
- annotate: ``python -m events annotate`` on the articles, process start included (target >= 100/s), and its
  process start alone (no input: imports, the gazetteer opened, the date grammar built), the share every run pays.
- outlet homes: learning one outlet's home for each of 100 and of 1,000 articles (twelve random Texas towns each): each
  article's home lists its region's places, so the cost grows with the articles times the places of that region (here up
  to all of Texas's), not with the articles' square.
- real news, where ``../shared/eval`` holds the development corpora: ``python -m events annotate`` on the LGL and
  GeoVirus articles as published (with their outlets), process start included (skipped without them).
All articles carry one outlet, the worst case for outlet homes: every article is resolved twice.
Articles are made of the bundled samples' sentences (data/samples), each article its own seeded shuffle of them
cut to ~600 words: no two are alike, so no cache of a text or its names answers for a repeated article.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_LOAD_SNIPPET = """
import resource, time
t = time.perf_counter()
from events.places import Gazetteer
from events.time import TemporalTagger
g = Gazetteer.load()
g.lookup("Palmyra")
TemporalTagger()
elapsed = time.perf_counter() - t
print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _articles(n: int, words: int = 600) -> list[str]:
    from events.ingest import read_documents
    from events.model import Document
    from events.text import split_sentences

    texts = [d.text for d in read_documents([ROOT / "data" / "samples"]) if isinstance(d, Document)]
    sentences = [s.text for t in texts for s in split_sentences(t)]
    if not sentences:
        raise SystemExit("no sample articles in data/samples")
    out = []
    for i in range(n):
        order = random.Random(i).sample(sentences, len(sentences))
        body: list[str] = []
        k = 0
        while len(body) < words:
            body += order[k % len(order)].split()
            k += 1
        out.append(" ".join(body[:words]))
    return out


def bench_load(repeat: int) -> tuple[float, float]:
    times, rss = [], []
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _LOAD_SNIPPET], cwd=ROOT, capture_output=True, text=True, check=True)
        t, mb = map(float, out.stdout.split())
        times.append(t)
        rss.append(mb)
    return statistics.median(times), statistics.median(rss)


def bench_extract(texts: list[str], repeat: int) -> dict[str, float]:
    from datetime import date

    from events.model import Document
    from events.pipeline import Extractor
    from events.text import split_sentences

    extractor = Extractor.offline()
    docs = [Document(doc_id=f"bench{i}", text=t, outlet="Bench", published=date(2016, 12, 12)) for i, t in enumerate(texts)]
    extractor.extract(docs[0])  # warm up
    runs, stage = [], {"sentences": [], "dates": [], "places": []}
    for _ in range(repeat):
        t = time.perf_counter()
        for _ in extractor.extract_all(docs):
            pass
        runs.append(len(docs) / (time.perf_counter() - t))
        for name, fn in (("sentences", lambda x: split_sentences(x.text)),
                         ("dates", lambda x: extractor.tagger.tag(x.text, x.published)),
                         # one recognition and one resolution (parse would find the names it kept from the last run)
                         ("places", lambda x: extractor.geoparser.places_many([x.text], [None], [None]))):
            t = time.perf_counter()
            for d in docs:
                fn(d)
            stage[name].append((time.perf_counter() - t) / len(docs) * 1000)
    result = {"articles_per_s": statistics.median(runs)}
    result.update({f"ms_{k}": statistics.median(v) for k, v in stage.items()})
    return result


def bench_dateparser_baseline(texts: list[str]) -> float:
    from dateparser.search import search_dates

    sample = texts[: min(len(texts), 30)]
    t = time.perf_counter()
    for text in sample:
        search_dates(text, languages=["en"])
    return len(sample) / (time.perf_counter() - t)


def _annotate_seconds(payload: str) -> float:
    """Wall time of one ``python -m events annotate`` run on ``payload`` (JSON Lines), process start included."""
    t = time.perf_counter()
    subprocess.run([sys.executable, "-m", "events", "annotate"], cwd=ROOT, input=payload, capture_output=True, text=True,
                   check=True)
    return time.perf_counter() - t


def bench_annotate(texts: list[str], repeat: int) -> float:
    payload = "".join(json.dumps({"id": str(i), "text": t, "published": "2016-12-12", "source": "bench.example"}) + "\n"
                      for i, t in enumerate(texts))
    return statistics.median(len(texts) / _annotate_seconds(payload) for _ in range(repeat))


def bench_homes(repeat: int) -> dict[int, float]:
    """Seconds to learn one outlet's home for each of its n articles, each naming twelve random towns of Texas."""
    import numpy as np

    from events.places import Gazetteer
    from events.places.index import KINDS
    from events.places.outlets import learn_homes

    g = Gazetteer.load()
    # a local paper's: towns of one state, so the outlet has a home and every article's is built
    towns = [int(p) for p in np.nonzero((g.kind == KINDS.index("city")) & (g.country == "US") & (g.admin1 == "TX"))[0]]
    rng = random.Random(0)
    result = {}
    for n in (100, 1000):
        places = [set(rng.sample(towns, 12)) for _ in range(n)]
        runs = []
        for _ in range(repeat):
            t = time.perf_counter()
            learn_homes(g, ["one outlet"] * n, places)
            runs.append(time.perf_counter() - t)
        result[n] = statistics.median(runs)
    return result


def bench_real_news(repeat: int) -> tuple[int, float, float] | None:
    """(articles, mean words per article, median articles/s) of ``annotate`` on the development corpora's news
    articles, process start included; None where ../shared/eval is not there."""
    from events.evaluate.geo import load_geo_corpus

    folder = ROOT.parent / "shared" / "eval" / "geoparsing"
    paths = [folder / "lgl.xml", folder / "GeoVirus.xml"]
    if not all(p.is_file() for p in paths):
        return None
    docs = [d for p in paths for d in load_geo_corpus(p)]
    payload = "".join(json.dumps({"id": d.doc_id, "text": d.text, **({"source": d.source} if d.source else {})}) + "\n"
                      for d in docs)
    words = statistics.fmean(len(d.text.split()) for d in docs)
    return len(docs), words, statistics.median(len(docs) / _annotate_seconds(payload) for _ in range(repeat))


def bench_start(repeat: int) -> float:
    return statistics.median(_annotate_seconds("") for _ in range(repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    _pin_one_core()
    texts = _articles(args.articles)
    load_s, load_mb = bench_load(args.repeat)
    print(f"gazetteer ready (fresh process): median {load_s:.2f} s, peak RSS {load_mb:.0f} MB   [target <= 2 s, <= 400 MB]")
    ex = bench_extract(texts, args.repeat)
    base = bench_dateparser_baseline(texts)
    print(f"extraction: median {ex['articles_per_s']:.0f} articles/s of ~600 words on one core   [target >= 100/s]")
    print(f"  per article: sentences {ex['ms_sentences']:.2f} ms, dates {ex['ms_dates']:.2f} ms, places {ex['ms_places']:.2f} ms")
    print(f"  baseline, dateparser.search_dates alone: {base:.1f} articles/s -> full extraction is "
          f"{ex['articles_per_s'] / base:.0f}x faster than the baseline's date search alone")
    ann = bench_annotate(texts, max(1, args.repeat // 2))
    print(f"annotate end to end (process start included, {len(texts)} articles): median {ann:.0f} articles/s   [target >= 100/s]")
    print(f"  of which process start (no input): median {bench_start(args.repeat):.2f} s")
    real = bench_real_news(max(1, args.repeat // 2))
    if real is not None:
        n, words, rate = real
        print(f"annotate end to end on real news (LGL and GeoVirus, {n} articles of {words:.0f} words on average, with their "
              f"outlets): median {rate:.0f} articles/s   [target >= 100/s]")
    homes = bench_homes(args.repeat)
    print(f"outlet homes, one outlet: 100 articles {homes[100] * 1000:.1f} ms, 1,000 articles {homes[1000] * 1000:.1f} ms "
          f"({homes[1000] / homes[100]:.0f}x the time for 10x the articles)")


if __name__ == "__main__":
    main()
