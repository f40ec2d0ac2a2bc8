"""The extraction pipeline: Document in, Extraction out.

Build an :class:`Extractor` once (it loads the gazetteer and compiles the date grammar) and call
:meth:`Extractor.extract_all` on the documents (or :meth:`Extractor.extract` on one). Documents of one
outlet inform each other's ambiguous place names through the outlet's home (:mod:`events.places.outlets`).
Nothing here touches the network unless an online geocoder is passed in explicitly.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from events.extract.assemble import assemble
from events.model import Document, Extraction, PlaceMention
from events.places import Gazetteer, Geoparser, article_country
from events.places.outlets import HOME_BATCH, OutletHome
from events.text import split_sentences
from events.time import TemporalTagger


BATCH = HOME_BATCH  # documents whose outlets' homes are learned together


@dataclass(frozen=True)
class Extractor:
    """Finds places and dates in documents and assembles events and movements."""

    geoparser: Geoparser
    tagger: TemporalTagger

    @classmethod
    def offline(cls, cache_dir: Path | None = None, geocoder: object | None = None) -> Extractor:
        """An extractor on the embedded gazetteer (built into ``cache_dir`` on first use).

        ``geocoder`` is an optional online fallback (see :mod:`events.places.online`); the default is fully offline.
        """
        gazetteer = Gazetteer.load(cache_dir)
        return cls(geoparser=Geoparser(gazetteer, geocoder=geocoder), tagger=TemporalTagger(cache_dir))

    def extract(self, document: Document, home: OutletHome | None = None) -> Extraction:
        """Extract sentences, places, dates, events and movements from one document; ``home`` is its
        outlet's home, if known (:meth:`Geoparser.homes`)."""
        return self._extract(document, self.geoparser.parse(document.text, home), home)

    def _extract(self, document: Document, places: tuple[PlaceMention, ...], home: OutletHome | None) -> Extraction:
        text = document.text
        sentences = split_sentences(text)
        reference = document.published
        reference_inferred = False
        if reference is None:
            body = "\n".join(s.text for s in sentences if not s.boilerplate)
            reference = self.tagger.latest_complete_date(body)
            reference_inferred = reference is not None
        dates = self.tagger.tag(text, reference, article_country(places, home))  # ("Memorial Day": the article's country's)
        if reference_inferred:
            document = dataclasses.replace(document, inferred=document.inferred | {"published"})
        events, movements = assemble(document, sentences, places, dates, reference, self.geoparser.gazetteer.adjectives)
        warnings: list[str] = []
        if reference is None:
            warnings.append(f"{document.doc_id}: no publication date given or found; relative dates left unresolved")
        return Extraction(
            document=document,
            sentences=sentences,
            places=places,
            dates=dates,
            events=events,
            movements=movements,
            reference_date=reference,
            reference_inferred=reference_inferred,
            warnings=tuple(warnings),
        )

    def extract_all(self, documents: Iterable[Document], batch: int = BATCH) -> Iterator[Extraction]:
        """Extract each document, in input order, ``batch`` documents at a time: within a batch, the
        documents of one outlet share the outlet's home."""
        for chunk in _batched(documents, batch):
            places, homes = self.geoparser.places_and_homes([d.text for d in chunk], [None] * len(chunk),
                                                            [d.outlet for d in chunk])
            for document, found, home in zip(chunk, places, homes):
                yield self._extract(document, found, home)


def _batched(items: Iterable[Document], size: int) -> Iterator[list[Document]]:
    chunk: list[Document] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
