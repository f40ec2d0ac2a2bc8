"""Accuracy evaluation on gold corpora, through the ``annotate`` contract (see ``python -m events.evaluate``)."""
