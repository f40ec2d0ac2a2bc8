"""An outlet's home: where the places of its *other* articles lie.

A local newspaper's "Paris" is its own Paris, and its "Henderson County" the one next door. One article
seldom says which, but the outlet's other articles do: the Paris Beacon's stories name Lamar County and
Texas again and again. This is the "local lexicon" of a news source (Lieberman, Samet & Sankaranarayanan,
ICDE 2010), learned here from the batch of articles at hand, without any gold annotation:

1. resolve every article on its own;
2. per outlet, pool the towns, counties and regions its articles were resolved to (each place once per
   article), leaving out the article being resolved, and keep those in the region most of them are in
   (the rest is where stories roamed, or where an article read alone misplaced a name);
3. resolve each article again with that pool as a weak extra context (see :class:`Resolver`), weighted
   by how concentrated the pool is (a national or world outlet whose articles roam, under ``ROAMING``,
   has no home) and, below ``HOME_EVIDENCE`` place mentions, by how much there is of it.

Homes are per batch and per outlet: an article with no outlet, or an outlet with one article, has none.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

import numpy as np

from events.places.index import KINDS, Gazetteer, region_key

HOME_WEIGHT = 12.0  # a fully concentrated home counts as this many extra place mentions of the article
HOME_KINDS = ("city", "county", "region")  # what a home is made of: countries and continents say little
HOME_BATCH = 1000  # documents read together, whose outlets' homes are learned from each other (memory stays bounded)
ROAMING = 0.25  # an outlet with less than this share of its articles' places in one region has no home
HOME_EVIDENCE = 5  # a home learned from fewer place mentions than this counts in proportion (two short articles)


@dataclass(frozen=True)
class OutletHome:
    """Where an outlet's other articles are: gazetteer place numbers with their votes, which sum to
    ``HOME_WEIGHT * concentration`` (less on scant evidence). ``region`` is the region key with the largest
    share ("US-TX")."""

    outlet: str
    documents: int
    votes: tuple[tuple[int, float], ...]
    concentration: float
    region: str | None

    def as_context(self) -> dict[int, float]:
        return dict(self.votes)

    @property
    def country(self) -> str | None:
        """The home's country (ISO code), where more than half of the outlet's other places lie in its region and it
        holds two places or more: a local paper's; ``None`` for an outlet whose stories spread further, or that named
        one place again and again (one name, perhaps misread)."""
        return self.region[:2] if self.region and self.concentration > 0.5 and len(self.votes) >= 2 else None


def outlet_key(outlet: str | None) -> str | None:
    """One key for the ways one outlet is written: its web host from a URL, without "www." and case
    ("https://www.NationalPost.com/news/1", "www.nationalpost.com" and "nationalpost.com" are one outlet), or
    its name with one space between words ("The  Paris News"); ``None`` for none."""
    text = " ".join((outlet or "").split())
    if not text:
        return None
    if "://" in text:
        text = urlsplit(text).hostname or text
    text = text.lower()
    return text[4:] if text.startswith("www.") and text.count(".") >= 2 else text


def learn_homes(gazetteer: Gazetteer, outlets: Sequence[str | None], places: Sequence[Collection[int]],
                weight: float = HOME_WEIGHT) -> list[OutletHome | None]:
    """For each article, its outlet's home learned from the outlet's other articles, or ``None``.

    ``places[i]``: the place numbers article ``i`` was resolved to on its own, in the order it names them (any kinds;
    only towns, counties and regions count, each once; a tie between two regions goes to the one named first, so a
    set, which has no order, leaves a tie to chance). Outlets are told apart by :func:`outlet_key`. Each outlet's pool
    is tallied once and each article's own places taken out of the tally, not tallied again from the other
    articles: the cost is the outlet's place mentions plus, for each article, the places of its home's region
    (which its votes list), not articles times mentions."""
    keys = [outlet_key(o) for o in outlets]
    kept = [tuple(dict.fromkeys(p for p in ps if gazetteer.kind_of(p) in HOME_KINDS)) for ps in places]
    pooled: dict[str, Counter[int]] = {}
    articles: Counter[str] = Counter()
    for key, ps in zip(keys, kept):
        if key:
            pooled.setdefault(key, Counter()).update(ps)
            articles[key] += 1
    pools = {key: _Pool(gazetteer, counts) for key, counts in pooled.items() if articles[key] >= 2}
    homes: list[OutletHome | None] = []
    for outlet, key, ps in zip(outlets, keys, kept):
        pool = pools.get(key) if key else None
        home = pool.home_without(frozenset(ps), weight) if pool is not None else None
        homes.append(home and replace(home, outlet=str(outlet), documents=articles[key] - 1))
    return homes


class _Pool:
    """One outlet's places tallied by region (its region, else its country), in the order first named."""

    def __init__(self, g: Gazetteer, counts: Counter[int]) -> None:
        self.counts = counts
        self.total = sum(counts.values())
        self.area = {p: region_key(g, p) or str(g.country[p]) for p in counts}
        self.order = {p: k for k, p in enumerate(counts)}
        self.by_region: Counter[str] = Counter()
        self.members: dict[str, list[int]] = {}
        for p, n in counts.items():
            self.by_region[self.area[p]] += n
            self.members.setdefault(self.area[p], []).append(p)
        # each region's places with their counts, as votes are listed
        self.ordered = {region: [(p, counts[p]) for p in sorted(places)] for region, places in self.members.items()}

    def home_without(self, own: frozenset[int], weight: float) -> OutletHome | None:
        """The home of the pool with one article's own places (each counted once in it) left out."""
        total = self.total - len(own)
        if not total:
            return None
        by_region = self.by_region.copy()
        by_region.subtract(self.area[p] for p in own)
        top = max(by_region.values())
        # a tie goes to the region first named by the places still counted (as a tally of what is left would)
        tied = [r for r, n in by_region.items() if n == top]
        top_region = tied[0] if len(tied) == 1 else min(tied, key=lambda r: self._first_counted(r, own))
        concentration = top / total
        if concentration < ROAMING:
            return None  # a world outlet: its stories roam, it has no home
        # the home is its region: places the outlet's articles name elsewhere are where stories roam, and an
        # article read alone may have put a name there wrongly (the Columbus weekly's "Dublin" read as Ireland's)
        scale = weight * concentration * min(1.0, total / HOME_EVIDENCE) / top
        if all(self.area[p] != top_region for p in own):  # (the article names none of the region's places)
            votes = tuple((p, n * scale) for p, n in self.ordered[top_region])
        else:
            votes = tuple((p, n * scale) for p, count in self.ordered[top_region] if (n := count - (p in own)) > 0)
        return OutletHome(outlet="", documents=0, votes=votes, concentration=round(concentration, 3), region=top_region)

    def _first_counted(self, region: str, own: frozenset[int]) -> int:
        return next((self.order[p] for p in self.members[region] if self.counts[p] - (p in own) > 0), len(self.order))


def home_summary(gazetteer: Gazetteer, outlets: Sequence[str | None], homes: Sequence[OutletHome | None],
                 clear: float = 0.5) -> list[dict[str, object]]:
    """One row per outlet with a home, most concentrated first: ``outlet``, ``home`` (the region its other
    articles are mostly in, by name: "Texas, US"; ``None`` when under ``clear`` of them are: the outlet
    roams), ``articles`` and ``concentration`` (the share of its articles' places in that region)."""
    if not any(homes):
        return []
    g = gazetteer
    kinds = g.kind
    region_number = {str(g.admin1[i]): int(i) for i in np.nonzero(kinds == KINDS.index("region"))[0]}
    country_number = {str(g.country[i]): int(i) for i in np.nonzero(kinds == KINDS.index("country"))[0]}

    def where(key: str | None) -> str:
        if key in region_number:
            p = region_number[key]
            return f"{g.canonical[p]}, {g.country[p]}"
        country = (key or "")[:2]
        return g.canonical[country_number[country]] if country in country_number else (key or "?")

    per_outlet: dict[str, list[OutletHome]] = {}
    articles: Counter[str] = Counter()
    written: dict[str, str] = {}  # each outlet as its first article writes it
    for outlet, home in zip(outlets, homes):
        key = outlet_key(outlet)
        if key:
            written.setdefault(key, " ".join(str(outlet).split()))
            articles[key] += 1
            if home is not None:
                per_outlet.setdefault(key, []).append(home)
    rows = []
    for key, learned in per_outlet.items():  # each article's home leaves it out: take the typical one
        region = Counter(h.region for h in learned).most_common(1)[0][0]
        concentration = round(statistics.median(h.concentration for h in learned), 3)
        rows.append({"outlet": written[key], "home": where(region) if concentration >= clear else None,
                     "articles": articles[key], "concentration": concentration})
    return sorted(rows, key=lambda r: (-float(r["concentration"]), str(r["outlet"])))  # type: ignore[arg-type]
