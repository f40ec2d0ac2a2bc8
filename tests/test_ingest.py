"""Reading inputs: formats, metadata, outlet inference, bad inputs (one error each, the rest still read)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from events.errors import InputError
from events.ingest import document_from_text, documents_from_bytes, read_documents
from events.model import Document
from events.text import is_boilerplate, split_sentences

ROOT = Path(__file__).resolve().parents[1]


def test_front_matter() -> None:
    doc = document_from_text("---\noutlet: Levant Wire\npublished: 2016-12-11\nurl: https://l.example/a\n---\nBody text here.",
                             doc_id="a.txt")
    assert (doc.outlet, doc.published, doc.url, doc.text) == ("Levant Wire", date(2016, 12, 11), "https://l.example/a", "Body text here.")
    assert doc.inferred == frozenset({"title"}) or "outlet" not in doc.inferred


def test_html_page_text_and_metadata() -> None:
    path = ROOT / "data" / "samples" / "cedar_gazette_2016-12-12_palmyra.html"
    (doc,) = documents_from_bytes(path.name, path.read_bytes())
    assert isinstance(doc, Document)
    assert doc.outlet == "Cedar Gazette" and doc.published == date(2016, 12, 12)
    assert doc.url == "https://cedargazette.example/middle-east/palmyra-falls-again"
    assert "Palmyra" in doc.text and "Subscribe" not in doc.text and "Privacy policy" not in doc.text


def test_jsonl_good_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "x1", "text": "Fighters reached Palmyra.", "outlet": "Wire", "published": "2016-12-11"})
                    + "\n{broken\n" + json.dumps({"text": 5}) + "\n", encoding="utf-8")
    items = list(read_documents([path]))
    assert isinstance(items[0], Document) and items[0].doc_id == "x1" and items[0].outlet == "Wire"
    assert [str(e) for e in items[1:]] == [f"{path}:2: not valid JSON", f"{path}:3: each line must be a JSON object with a 'text' string"]


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n", "empty file"),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
    ("broken.txt", b"\xff\xfe\xfa\x00\x81 \x8d", "not valid UTF-16"),  # starts with a UTF-16 byte-order mark
    ("latin.txt", b"caf\xe9 \x81\x8d\x90 text \x9d", "undecodable"),  # not UTF-8 and not clean Windows-1252
    ("page.html", b"<html><body><nav>menu</nav></body></html>", "no article text"),
    ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
    ("bad.txt", b"---\noutlet: [unclosed\n---\ntext", "front matter is not valid YAML"),
    ("date.txt", b"---\npublished: someday\n---\ntext", "'published' is not a date"),
])
def test_bad_inputs_are_one_line_errors(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Fighters reached Palmyra on Sunday.", encoding="utf-8")
    bad = tmp_path / name
    bad.write_bytes(content)
    items = list(read_documents([bad, good, tmp_path / "missing.txt"]))
    errors = [i for i in items if isinstance(i, InputError)]
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.doc_id for d in docs] == ["good.txt"], "the good input is still read"
    assert reason in str(errors[0]) and str(bad) in str(errors[0]) and "\n" not in str(errors[0])
    assert str(errors[-1]) == f"{tmp_path / 'missing.txt'}: no such file or folder"


def test_huge_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 2_000)
    (error,) = read_documents([path], max_bytes=1_000)
    assert isinstance(error, InputError) and "file too large" in str(error)


def test_huge_jsonl_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "x " * 1_000}) + "\n" + json.dumps({"text": "Fighters reached Palmyra."}) + "\n",
                    encoding="utf-8")
    first, second = read_documents([path], max_bytes=1_000)
    assert isinstance(first, InputError) and "line too large" in str(first) and str(first).startswith(f"{path}:1")
    assert isinstance(second, Document), "the other lines of the file still load"


def test_encodings(tmp_path: Path) -> None:
    (tmp_path / "utf16.txt").write_bytes("Fighters reached Palmyra.".encode("utf-16"))
    (tmp_path / "cp1252.txt").write_bytes("Fighters reached Palmyra \u2014 caf\xe9.".encode("cp1252"))
    docs = list(read_documents([tmp_path]))
    assert all(isinstance(d, Document) for d in docs) and all("Palmyra" in d.text for d in docs)


def test_folder_is_recursive_sorted_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text("Second text.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First text.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    assert [d.doc_id for d in read_documents([tmp_path])] == ["a.txt", "b/two.md"]  # relative to the folder given


def test_same_file_names_in_different_folders_stay_apart(tmp_path: Path) -> None:
    """Feature ids and corrections are keyed on doc_id: two "article.txt" must not share one."""
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "article.txt").write_text(f"Text from {folder}.", encoding="utf-8")
    assert [d.doc_id for d in read_documents([tmp_path])] == ["a/article.txt", "b/article.txt"]
    direct = [tmp_path / "a" / "article.txt", tmp_path / "b" / "article.txt"]
    ids = [d.doc_id for d in read_documents(direct)]
    assert ids[0] == "article.txt" and ids[1] == str(direct[1]), "a repeated name falls back to the full path"


@pytest.mark.parametrize(("text", "url", "outlet"), [
    ("Story.\n\nCopyright 2016 Palmyra Monitor.\nwww.palmyramonitor.example", None, "Palmyra Monitor"),  # the site's own name
    ("Story.\nwww.example-news.org", None, "example-news.org"),  # no name in the text: the domain
    ("BEIRUT (Reuters) - Fighters advanced.", None, "Reuters"),  # a wire credit
    ("Story with no hints.", "https://www.levantwire.example/a", "levantwire.example"),
    ("Story with no hints.", None, None),
])
def test_outlet_inference(text: str, url: str | None, outlet: str | None) -> None:
    doc = document_from_text(text, doc_id="t", url=url)
    assert doc.outlet == outlet
    assert ("outlet" in doc.inferred) == (outlet is not None)


def test_seed_outlet(shared_dir: Path) -> None:
    (doc,) = read_documents([shared_dir / "seeds" / "000_96762dce61dae068.txt"])
    assert doc.outlet == "Global Research" and "outlet" in doc.inferred


@pytest.mark.parametrize(("text", "sentences"), [
    ("Fighters left Mosul. They reached Syria.", ["Fighters left Mosul.", "They reached Syria."]),
    ("U.S. officials met Gen. Smith in St. Louis. Then they left.", ["U.S. officials met Gen. Smith in St. Louis.", "Then they left."]),
    ("He said: “It is over.” Troops left.", ["He said: “It is over.”", "Troops left."]),  # closing quote after the period
    ("Palmyra falls\n\nFighters took it.", ["Palmyra falls", "Fighters took it."]),  # a title line is its own sentence
    ("On Dec. 11 the city fell.", ["On Dec. 11 the city fell."]),  # abbreviated month
    ("George W. Bush spoke.", ["George W. Bush spoke."]),  # an initial
])
def test_sentences(text: str, sentences: list[str]) -> None:
    found = split_sentences(text)
    assert [s.text for s in found] == sentences
    for s in found:
        assert text[s.start:s.end] == s.text


@pytest.mark.parametrize(("sentence", "boilerplate"), [
    ("Disclaimer: The contents of this article are of sole responsibility of the author(s).", True),
    ("All rights reserved.", True),
    ("under the provisions of \"fair use\" in an effort to advance understanding", True),
    ("For media inquiries: [email protected]", True),
    ("Syrian forces were sent to Palmyra.", False),
    ("The copyright of the photo belongs to the army, he said.", False),  # mentions copyright, is news
])
def test_boilerplate(sentence: str, boilerplate: bool) -> None:
    assert is_boilerplate(sentence) == boilerplate


def test_seed_footer_is_boilerplate(shared_dir: Path) -> None:
    text = (shared_dir / "seeds" / "000_96762dce61dae068.txt").read_text(encoding="utf-8")
    cut = text.index("Disclaimer")
    for s in split_sentences(text):
        assert s.boilerplate == (s.start >= cut), s.text
