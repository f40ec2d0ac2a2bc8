"""Measure accuracy on the development corpora in ../shared/eval and write the table into README.md.

    .venv/bin/python scripts/eval_table.py [--shared ../shared] [--no-write]

Runs the same evaluation as ``python -m events.evaluate`` (through the ``annotate`` contract) and
replaces the text between the ``<!-- eval-table -->`` markers of README.md. Nothing is typed by hand.
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from events.evaluate.__main__ import _annotator  # noqa: E402
from events.evaluate.geo import run_geo_eval  # noqa: E402
from events.evaluate.timeml import run_time_eval  # noqa: E402

START, END = "<!-- eval-table -->", "<!-- /eval-table -->"


def rows(shared: Path) -> list[str]:
    annotate = _annotator(None)
    out = ["| corpus | task | measure | ours | target |", "|---|---|---|---|---|"]
    for name in ("lgl", "GeoVirus"):
        path = shared / "eval" / "geoparsing" / f"{name}.xml"
        full = run_geo_eval(path, annotate)
        res = run_geo_eval(path, annotate, resolve_only=True)
        full_alone = run_geo_eval(path, annotate, use_sources=False)
        res_alone = run_geo_eval(path, annotate, resolve_only=True, use_sources=False)
        out += [
            f"| {name} ({full.documents} docs) | full geoparsing | toponym P / R / F1 | {full.precision:.3f} / {full.recall:.3f} / **{full.f1:.3f}** | F1 ≥ 0.80 |",
            f"| {name} | full geoparsing | Acc@161 km (matched) / median km / AUC | **{full.acc161:.3f}** / {full.median_km:.1f} / {full.auc:.3f} | Acc ≥ 0.92 |",
            f"| {name} | resolution of gold mentions | Acc@161 km (all gold) | **{res.acc161:.3f}** | ≥ 0.92 |",
            f"| {name} | each article alone (outlets not given) | Acc@161 km: full (matched) / resolution (all gold) | {full_alone.acc161:.3f} / {res_alone.acc161:.3f} | |",
            f"| {name} | speed (in process) | documents / s | {full.docs_per_second:.0f} | |",
        ]
    for name in ("TimeBank", "AQUAINT"):
        s = run_time_eval(shared / "eval" / "timeml" / name, annotate)
        out += [
            f"| {name} ({s.documents} docs) | DATE expressions | relaxed P / R / F1 | {s.relaxed[0]:.3f} / {s.relaxed[1]:.3f} / **{s.relaxed[2]:.3f}** | F1 ≥ 0.90 |",
            f"| {name} | DATE expressions | strict F1 | **{s.strict[2]:.3f}** | ≥ 0.86 |",
            f"| {name} | DATE expressions | value accuracy | **{s.value_accuracy:.3f}** | ≥ 0.95 |",
        ]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args()
    if not (args.shared / "eval").is_dir():
        raise SystemExit(f"{args.shared / 'eval'}: not found (the development corpora live in ../shared)")
    table = "\n".join([f"Measured {date.today().isoformat()} by `scripts/eval_table.py` on the development sets in `../shared/eval`:", "",
                       *rows(args.shared)])
    print(table)
    if not args.no_write:
        readme = ROOT / "README.md"
        text = readme.read_text(encoding="utf-8")
        if START not in text:
            raise SystemExit("README.md has no <!-- eval-table --> marker")
        text = re.sub(re.escape(START) + ".*?" + re.escape(END), f"{START}\n{table}\n{END}", text, flags=re.S)
        readme.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
