"""Geoparsing evaluation on LGL, TR-News, GeoWebNews or GeoVirus XML: toponym P/R/F1, Acc@161 km, error km, AUC.

Gold = toponyms with coordinates. A prediction matches a gold span it overlaps, one to one. Over
matched pairs: Acc@161 (share of errors under 161 km), mean and median error, and the AUC of the
error curve (trapezoid over sorted log(1+km)/log(20039); lower is better). With ``resolve_only`` the
gold spans are given to the resolver and Acc@161 is over all gold toponyms (unresolved = miss).
GeoVirus offsets are shifted by one: its name is ``text[start-1:end-1]``.
Each article's outlet (LGL's ``<domain>``, the web host of GeoVirus' ``<source>``) is passed on as the
record's ``source`` unless ``use_sources`` is off: outlets' homes are part of the method, not of the gold.
"""

from __future__ import annotations

import dataclasses
import math
import statistics
import time
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from events.errors import EvaluationError
from events.evaluate.matching import match_overlapping, prf
from events.places.index import haversine_km

_MAX_KM = 20039.0


@dataclass(frozen=True)
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float


@dataclass(frozen=True)
class GeoGoldDoc:
    doc_id: str
    text: str
    toponyms: tuple[GoldToponym, ...]
    source: str | None = None  # the outlet (web domain)


@dataclass(frozen=True)
class GeoScores:
    documents: int
    gold: int
    predicted: int
    precision: float
    recall: float
    f1: float
    acc161: float
    mean_km: float
    median_km: float
    auc: float
    docs_per_second: float
    resolve_only: bool = False
    sources: int = 0  # articles given with their outlet
    errors: tuple[dict[str, Any], ...] = ()


def load_geo_corpus(path: Path) -> list[GeoGoldDoc]:
    """Read LGL or TR-News (``<article><text><toponyms><toponym><gaztag>``), GeoWebNews
    (``<toponym><latitude><longitude>``) or GeoVirus (``<article><text><locations>``) XML."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as error:
        raise EvaluationError(f"{path}: cannot read corpus: {error}") from error
    docs = []
    for n, article in enumerate(root.iter("article")):
        doc_id = article.get("docid") or f"{path.stem}-{n}"
        try:
            docs.append(_gold_doc(article, doc_id))
        except (TypeError, ValueError) as error:  # a missing or malformed offset or coordinate
            raise EvaluationError(f"{path}: article {doc_id}: malformed toponym: {error}") from error
    if not docs:
        raise EvaluationError(f"{path}: no <article> elements")
    return docs


def _gold_doc(article: ET.Element, doc_id: str) -> GeoGoldDoc:
    text = article.findtext("text") or ""
    toponyms = []
    if article.find("toponyms") is not None:  # LGL, TR-News, GeoWebNews
        for t in article.iter("toponym"):
            point = _coordinates(t)
            if point is None:
                continue  # no coordinates: not a gold toponym (GeoWebNews' "Literal_Expression" and the like)
            s, e = int(t.findtext("start")), int(t.findtext("end"))  # type: ignore[arg-type]
            toponyms.append(GoldToponym(s, e, text[s:e], *point))
    else:  # GeoVirus: offsets shifted by one
        for t in article.iter("location"):
            point = _coordinates(t)
            if point is None:
                continue
            s, e = int(t.findtext("start")) - 1, int(t.findtext("end")) - 1  # type: ignore[arg-type]
            toponyms.append(GoldToponym(s, e, text[s:e], *point))
    return GeoGoldDoc(doc_id, text, tuple(sorted(toponyms, key=lambda t: t.start)), _outlet(article))


def _coordinates(toponym: ET.Element) -> tuple[float, float] | None:
    """A gold toponym's point: LGL's and TR-News' ``<gaztag><lat><lon>``, GeoWebNews' ``<latitude>``
    and ``<longitude>`` (empty where a toponym has none), GeoVirus' ``<lat><lon>``; ``None`` without one."""
    gaz = toponym.find("gaztag")
    for where, lat, lon in ((gaz, "lat", "lon"), (toponym, "latitude", "longitude"), (toponym, "lat", "lon")):
        if where is None:
            continue
        y, x = (where.findtext(lat) or "").strip(), (where.findtext(lon) or "").strip()
        if y and x:
            return float(y), float(x)
    return None


def _outlet(article: ET.Element) -> str | None:
    """LGL's ``<domain>``; else the web host of GeoVirus' ``<source>`` URL."""
    domain = (article.findtext("domain") or "").strip()
    if domain:
        return domain
    host = urlsplit((article.findtext("source") or "").strip()).hostname
    return host or None


def error_auc(errors_km: Sequence[float]) -> float:
    """Area under the sorted log-error curve, normalised to [0, 1] (0 = all exact)."""
    if not errors_km:
        return 0.0
    ys = sorted(math.log(1 + min(e, _MAX_KM)) / math.log(_MAX_KM) for e in errors_km)
    if len(ys) == 1:
        return ys[0]
    xs = [i / (len(ys) - 1) for i in range(len(ys))]
    return sum((xs[i + 1] - xs[i]) * (ys[i] + ys[i + 1]) / 2 for i in range(len(ys) - 1))


def score_geo(gold_docs: Sequence[GeoGoldDoc], predictions: dict[str, list[dict[str, Any]]], *,
              resolve_only: bool = False, docs_per_second: float = 0.0) -> GeoScores:
    """Score predicted places (``annotate`` shape) against gold toponyms."""
    n_gold = n_pred = tp = 0
    errors_km: list[float] = []
    errors: list[dict[str, Any]] = []
    for doc in gold_docs:
        preds = [p for p in predictions.get(doc.doc_id, []) if p.get("lat") is not None]
        pairs = match_overlapping([(t.start, t.end) for t in doc.toponyms], [(p["start"], p["end"]) for p in preds])
        n_gold += len(doc.toponyms)
        n_pred += len(preds)
        tp += len(pairs)
        matched_g = {g for g, _ in pairs}
        matched_p = {p for _, p in pairs}
        for gi, pi in pairs:
            g, p = doc.toponyms[gi], preds[pi]
            km = haversine_km(g.lat, g.lon, p["lat"], p["lon"])
            errors_km.append(km)
            if km >= 161:
                errors.append({"doc": doc.doc_id, "kind": "far", "gold": g.text, "pred": p.get("name"), "km": round(km)})
        for gi, g in enumerate(doc.toponyms):
            if gi not in matched_g:
                errors.append({"doc": doc.doc_id, "kind": "missed", "gold": g.text})
        for pi, p in enumerate(preds):
            if pi not in matched_p:
                errors.append({"doc": doc.doc_id, "kind": "spurious", "pred": p["text"], "name": p.get("name")})
    precision, recall, f1 = prf(tp, n_pred, n_gold)
    under = sum(1 for e in errors_km if e < 161)
    acc = under / (n_gold if resolve_only else len(errors_km)) if (n_gold if resolve_only else errors_km) else 0.0
    return GeoScores(
        documents=len(gold_docs), gold=n_gold, predicted=n_pred, precision=precision, recall=recall, f1=f1,
        acc161=acc, mean_km=statistics.fmean(errors_km) if errors_km else 0.0,
        median_km=statistics.median(errors_km) if errors_km else 0.0, auc=error_auc(errors_km),
        docs_per_second=docs_per_second, resolve_only=resolve_only, errors=tuple(errors),
    )


def run_geo_eval(path: Path, annotate_fn: Callable[[list[dict[str, Any]]], list[dict[str, Any]]],
                 resolve_only: bool = False, use_sources: bool = True) -> GeoScores:
    """Annotate the corpus through the ``annotate`` contract and score it."""
    docs = load_geo_corpus(path)
    records = []
    for d in docs:
        record: dict[str, Any] = {"id": d.doc_id, "text": d.text}
        if use_sources and d.source:
            record["source"] = d.source
        if resolve_only:
            record["mentions"] = [{"start": t.start, "end": t.end} for t in d.toponyms]
        records.append(record)
    started = time.perf_counter()
    lines = annotate_fn(records)
    rate = len(docs) / max(time.perf_counter() - started, 1e-9)
    scores = score_geo(docs, {line["id"]: line["places"] for line in lines}, resolve_only=resolve_only, docs_per_second=rate)
    return dataclasses.replace(scores, sources=sum(1 for r in records if "source" in r))


def format_geo_scores(s: GeoScores) -> str:
    mode = "resolution of gold mentions" if s.resolve_only else "full geoparsing"
    outlets = f", {s.sources} with their outlet" if s.sources else ", outlets not used"
    rows = [f"{mode}: documents {s.documents}{outlets}, gold toponyms {s.gold}, predicted {s.predicted}, {s.docs_per_second:.0f} docs/s"]
    if not s.resolve_only:
        rows.append(f"toponyms  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}   (target F1 >= 0.80)")
    rows.append(f"Acc@161km {s.acc161:.3f}   (target >= 0.92)" + ("  over all gold toponyms" if s.resolve_only else "  over matched toponyms"))
    rows.append(f"error km  mean {s.mean_km:.0f}  median {s.median_km:.1f}   AUC {s.auc:.3f} (lower is better)")
    return "\n".join(rows)
