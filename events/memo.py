"""A bounded memo for pure functions on hot paths (name keys, place facts): instance state, never global.

News repeats the same names, so the extractors keep what they computed per name or place; the memo is
cleared when it reaches its limit, which bounds memory in a long-running process. It is a ``dict`` whose
missing keys are computed, so a hit costs one dictionary lookup.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(dict[K, V]):
    """``memo[key]`` is ``compute(key)``, computed once per key (until ``limit`` keys, then started afresh)."""

    def __init__(self, compute: Callable[[K], V], limit: int = 100_000) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._compute(key)
        return value
