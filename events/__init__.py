"""Turn news text into dated, sourced events and movements.

Library use::

    from events import Extractor, read_documents
    extractor = Extractor.offline()          # builds/loads the gazetteer once
    for item in read_documents(["data/samples"]):
        result = extractor.extract(item)     # -> events.model.Extraction
"""
