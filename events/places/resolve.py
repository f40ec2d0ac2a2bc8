"""Choose one place per candidate name, using the whole document as context.

Score of a candidate place = its prior (population, capital, kind) plus context:
- the document's countries: countries named or demonym'd in the text, and the countries of names
  that are unambiguous, weigh for candidates in the same country (and, for regions, the same region);
- "X, Y": a candidate inside the country or region named right after it wins ("Paris, Texas");
- "the Syrian city of X", "X province": the demonym's country, the region kind;
- nearness: candidates within 300 km of other confidently resolved places.
Two passes: the first resolves with priors alone to learn the document's focus, the second uses it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from events.places.index import Gazetteer
from events.places.recognize import Candidate

_REGION_AFTER = re.compile(r"^\s+(?:province|governorate|state|region|oblast|prefecture|countryside|district|county|parish)\b", re.I)
_REGION_BEFORE = re.compile(r"\b(?:province|governorate|state|region)\s+of\s+$", re.I)
_CITY_OF = re.compile(r"\b(?:the\s+)?(?P<dem>[A-Z][a-z]+)\s+(?:city|town|village|capital|province|region|border town|port city|port)\s+of\s+$")
_COMMA_AFTER = re.compile(r"^,\s*$")


def _us_state_match(g: Gazetteer, city: int, region: int) -> bool:
    code = str(g.admin1[region])
    return str(g.country[city]) == "US" and code.startswith("US-") and str(g.admin1[city]) == code[3:]


class Resolver:
    """Resolves :class:`Candidate` names to gazetteer places with document context."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def resolve(self, text: str, candidates: Sequence[Candidate]) -> list[tuple[int, float]]:
        """``(place number, confidence)`` for each candidate, in order."""
        g = self.gazetteer
        first = [max(c.places, key=g.prior) for c in candidates]
        countries: Counter[str] = Counter()
        regions: Counter[str] = Counter()
        for c, best in zip(candidates, first):
            kinds = {g.kind_of(p) for p in c.places}
            weight = 2.0 if len(c.places) == 1 or "country" in kinds else 1.0 / len(c.places) ** 0.5
            if c.fuzzy:
                weight *= 0.5
            countries[str(g.country[best])] += weight
            if g.kind_of(best) == "region":
                regions[str(g.admin1[best])] += weight
            elif str(g.country[best]) == "US" and g.admin1[best]:
                regions["US-" + str(g.admin1[best])] += weight * 0.5
        total = sum(countries.values()) or 1.0
        anchors = [b for c, b in zip(candidates, first) if len(c.places) == 1 and g.kind_of(b) == "city"]
        out: list[tuple[int, float]] = []
        for idx, c in enumerate(candidates):
            if len(c.places) == 1:
                out.append((c.places[0], 1.0))
                continue
            before = text[max(0, c.start - 60):c.start]
            after = text[c.end:c.end + 30]
            nxt = candidates[idx + 1] if idx + 1 < len(candidates) else None
            scored = []
            for p in c.places:
                kind = g.kind_of(p)
                country = str(g.country[p])
                score = g.prior(p)
                score += 4.0 * countries[country] / total
                if kind == "city" and str(g.admin1[p]):
                    key = ("US-" + str(g.admin1[p])) if country == "US" else None
                    if key and regions[key]:
                        score += 2.0 * min(1.0, regions[key])
                if kind == "region" and (_REGION_AFTER.match(after) or _REGION_BEFORE.search(before)):
                    score += 6.0
                m = _CITY_OF.search(before)
                if m and m.group("dem").lower() in g.demonyms:
                    score += 6.0 if str(g.country[g.demonyms[m.group("dem").lower()]]) == country else -2.0
                if nxt is not None and _COMMA_AFTER.match(text[c.end:nxt.start]):
                    for q in nxt.places:
                        if g.kind_of(q) == "country" and str(g.country[q]) == country:
                            score += 8.0
                        elif g.kind_of(q) == "region" and (_us_state_match(g, p, q) or str(g.country[q]) == country
                                                           and g.distance_km(p, q) < 250):
                            score += 8.0
                if anchors and kind == "city":
                    near = min(g.distance_km(p, a) for a in anchors if a != p) if any(a != p for a in anchors) else math.inf
                    if near < 300:
                        score += 1.5
                scored.append((score, p))
            scored.sort(reverse=True)
            best_score, best = scored[0]
            margin = best_score - scored[1][0] if len(scored) > 1 else 5.0
            out.append((best, 1.0 - math.exp(-max(margin, 0.0))))
        return out
