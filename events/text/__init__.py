"""Text utilities."""
from events.text.sentences import split_sentences
from events.text.boilerplate import is_boilerplate
__all__=["split_sentences","is_boilerplate"]
