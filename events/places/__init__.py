"""Places: the offline gazetteer, recognition and resolution of place names (geoparsing)."""

from events.places.geoparser import Geocoder, Geoparser, article_country, own_country
from events.places.index import Gazetteer

__all__ = ["Gazetteer", "Geocoder", "Geoparser", "article_country", "own_country"]
