"""The bounded memo behind the extractors' per-name caches."""

from __future__ import annotations

from events.memo import Memo


def test_memo_computes_once_per_key_and_stays_bounded() -> None:
    calls: list[str] = []
    memo = Memo(lambda k: calls.append(k) or k.upper(), limit=2)
    assert [memo["a"], memo["a"], memo["b"]] == ["A", "A", "B"]
    assert calls == ["a", "b"], "a hit does not recompute"
    assert memo["c"] == "C" and len(memo) == 1, "at its limit the memo starts afresh"
    assert memo.get("z") is None and "z" not in memo, "get() does not compute"
