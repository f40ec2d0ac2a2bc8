"""TimeML (TempEval-3) DATE evaluation: read .tml gold files, score ``annotate`` output.

Gold: the ``<DCT>`` TIMEX3 is the document date; the text is ``<TEXT>`` with tags removed, and each
inline TIMEX3 is a gold span with its ``type`` and ``value``. We score DATE timexes:
- relaxed P/R/F1: a prediction matches a gold DATE it overlaps (one to one);
- strict P/R/F1: same span exactly;
- value accuracy: share of relaxed matches whose TimeML value equals the gold value, up to notation:
  a week number with or without its leading zero ("2000-W7" = "2000-W07") and a decade or century with
  or without trailing X ("198X" = "198", "19XX" = "19") are one value. Nothing else is loosened:
  "1998-XX" (some month of 1998) is not "1998".
A prediction overlapping a gold timex of another type (TIME, DURATION, SET) is neither a true nor a
false positive: those expressions are temporal, and we only score the DATE layer.
"""

from __future__ import annotations

import re
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from events.errors import EvaluationError
from events.evaluate.matching import match_overlapping, prf


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class TimeMLDoc:
    doc_id: str
    text: str
    dct: str
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True)
class DateScores:
    documents: int
    gold: int
    predicted: int
    relaxed: tuple[float, float, float]
    strict: tuple[float, float, float]
    value_accuracy: float
    docs_per_second: float
    errors: tuple[dict[str, Any], ...] = ()


def parse_timeml(raw: str, doc_id: str) -> TimeMLDoc:
    """Parse one TimeML document (the file's contents)."""
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as error:
        raise EvaluationError(f"{doc_id}: not valid TimeML XML: {error}") from error
    dct_el = root.find("DCT/TIMEX3")
    text_el = root.find("TEXT")
    if dct_el is None or text_el is None:
        raise EvaluationError(f"{doc_id}: no <DCT> TIMEX3 or no <TEXT>")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    length = 0

    def walk(el: ET.Element) -> None:
        nonlocal length
        start = length
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if el.tag == "TIMEX3":
            timexes.append(GoldTimex(start, length, "", el.get("type", ""), el.get("value", "")))

    walk(text_el)
    text = "".join(parts)
    timexes = [GoldTimex(t.start, t.end, text[t.start:t.end], t.type, t.value) for t in timexes]
    return TimeMLDoc(doc_id, text, dct_el.get("value", "")[:10], tuple(sorted(timexes, key=lambda t: t.start)))


def load_timeml_dir(path: Path) -> list[TimeMLDoc]:
    """All ``*.tml`` files under ``path`` (recursive), sorted by name."""
    if not path.exists():
        raise EvaluationError(f"{path}: no such folder")
    files = sorted(path.rglob("*.tml")) if path.is_dir() else [path]
    if not files:
        raise EvaluationError(f"{path}: no .tml files")
    return [parse_timeml(f.read_text(encoding="utf-8"), f.stem) for f in files]


_WEEK = re.compile(r"^(\d{4}-W)(\d)(?=$|-)")
_X_PADDED = re.compile(r"^(\d{2,3})X+$")


def same_value(a: str | None, b: str | None) -> bool:
    """Whether two TimeML values are one value, up to notation (see the module docstring)."""
    if a is None or b is None:
        return a == b

    def canonical(v: str) -> str:
        v = _WEEK.sub(lambda m: f"{m.group(1)}0{m.group(2)}", v)
        return _X_PADDED.sub(lambda m: m.group(1), v)

    return canonical(a) == canonical(b)


def score_dates(gold_docs: Sequence[TimeMLDoc], predictions: dict[str, list[dict[str, Any]]],
                docs_per_second: float = 0.0) -> DateScores:
    """Score predicted dates (``annotate`` shape) against the gold DATE timexes."""
    n_gold = n_pred = relaxed_tp = strict_tp = value_ok = 0
    errors: list[dict[str, Any]] = []
    for doc in gold_docs:
        preds = predictions.get(doc.doc_id, [])
        dates = [t for t in doc.timexes if t.type == "DATE"]
        others = [t for t in doc.timexes if t.type != "DATE"]
        # predictions that only overlap non-DATE gold timexes are set aside (see module docstring)
        pairs = match_overlapping([(t.start, t.end) for t in dates], [(p["start"], p["end"]) for p in preds])
        matched_p = {pi for _, pi in pairs}
        kept = []
        for pi, p in enumerate(preds):
            if pi in matched_p or not any(o.start < p["end"] and p["start"] < o.end for o in others):
                kept.append(pi)
        n_gold += len(dates)
        n_pred += len(kept)
        relaxed_tp += len(pairs)
        matched_g = {gi for gi, _ in pairs}
        for gi, pi in pairs:
            g, p = dates[gi], preds[pi]
            strict_tp += (g.start, g.end) == (p["start"], p["end"])
            if same_value(p.get("value"), g.value):
                value_ok += 1
            else:
                errors.append({"doc": doc.doc_id, "kind": "value", "gold": g.text, "gold_value": g.value,
                               "pred": p["text"], "pred_value": p.get("value"), "dct": doc.dct})
        for gi, g in enumerate(dates):
            if gi not in matched_g:
                errors.append({"doc": doc.doc_id, "kind": "missed", "gold": g.text, "gold_value": g.value, "dct": doc.dct})
        for pi in kept:
            if pi not in matched_p:
                p = preds[pi]
                errors.append({"doc": doc.doc_id, "kind": "spurious", "pred": p["text"], "pred_value": p.get("value")})
    return DateScores(
        documents=len(gold_docs), gold=n_gold, predicted=n_pred,
        relaxed=prf(relaxed_tp, n_pred, n_gold), strict=prf(strict_tp, n_pred, n_gold),
        value_accuracy=value_ok / relaxed_tp if relaxed_tp else 0.0,
        docs_per_second=docs_per_second, errors=tuple(errors),
    )


def run_time_eval(corpus: Path, annotate_fn: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> DateScores:
    """Annotate every gold document (text + DCT as ``published``) and score the dates."""
    docs = load_timeml_dir(corpus)
    records = [{"id": d.doc_id, "text": d.text, "published": d.dct} for d in docs]
    started = time.perf_counter()
    lines = annotate_fn(records)
    rate = len(docs) / max(time.perf_counter() - started, 1e-9)
    return score_dates(docs, {line["id"]: line["dates"] for line in lines}, rate)


def format_date_scores(s: DateScores, targets: bool = True) -> str:
    """A small table of the scores."""
    rows = [
        f"documents {s.documents}, gold DATE {s.gold}, predicted {s.predicted}, {s.docs_per_second:.0f} docs/s",
        f"relaxed  P {s.relaxed[0]:.3f}  R {s.relaxed[1]:.3f}  F1 {s.relaxed[2]:.3f}" + ("   (target F1 >= 0.90)" if targets else ""),
        f"strict   P {s.strict[0]:.3f}  R {s.strict[1]:.3f}  F1 {s.strict[2]:.3f}" + ("   (target F1 >= 0.86)" if targets else ""),
        f"value accuracy {s.value_accuracy:.3f}" + ("   (target >= 0.95)" if targets else ""),
    ]
    return "\n".join(rows)
