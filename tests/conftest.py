"""Shared fixtures: the offline extractor (built once per session) and the ../shared folder."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the checkout; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (development corpora and seed article)")
    return SHARED


@pytest.fixture(scope="session")
def extractor():
    """The offline extractor on the embedded gazetteer (index built by setup, or on first use)."""
    from events.pipeline import Extractor

    return Extractor.offline()
