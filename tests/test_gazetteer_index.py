"""The gazetteer index on disk: a damaged one is reported with the way to rebuild it, never a traceback."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from events.errors import GazetteerError
from events.places import Gazetteer
from events.places.index import index_dir


def _drop(path: Path) -> None:
    path.unlink()


def _truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:100])


def _one_name_less(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").rsplit("\n", 1)[0], encoding="utf-8")


@pytest.mark.parametrize("file, damage", [
    ("names.txt", _drop),  # a file lost (an interrupted copy of the cache)
    ("places-kind.npy", _truncate),  # an array cut short (a full disk)
    ("names.txt", _one_name_less),  # names and places out of step: every name shown would be its neighbour's
    ("meta.json", _truncate),  # not JSON any more
])
def test_damaged_index_is_reported(tmp_path: Path, file: str, damage) -> None:
    built = Gazetteer.build()
    copy = index_dir(tmp_path)
    shutil.copytree(built, copy)
    damage(copy / file)
    with pytest.raises(GazetteerError, match=r"damaged .*gazetteer build --force"):
        Gazetteer.load(tmp_path)


def test_intact_copy_loads(tmp_path: Path) -> None:
    shutil.copytree(Gazetteer.build(), index_dir(tmp_path))
    copy, original = Gazetteer.load(tmp_path), Gazetteer.load()
    assert copy.path != original.path
    assert [copy.place(i) for i in copy.candidates("palmyra")] == [original.place(i) for i in original.candidates("palmyra")]
    assert "SY" in {copy.place(i).country_code for i in copy.candidates("palmyra")}
