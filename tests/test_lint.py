"""Static checks on the project's own code: pyflakes finds unused imports, undefined names, shadowed
variables and similar slips that tests may not reach."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_pyflakes_is_clean() -> None:
    targets = [str(ROOT / name) for name in ("events", "ui", "dashboard.py", "scripts", "benchmarks", "tests")]
    result = subprocess.run([sys.executable, "-m", "pyflakes", *targets], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
