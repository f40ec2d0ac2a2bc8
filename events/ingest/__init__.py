"""Reading articles: files, folders, HTML pages, JSON Lines, uploads and pasted text -> :class:`Document`."""

from events.ingest.readers import SUPPORTED_SUFFIXES, document_from_text, documents_from_bytes, read_documents

__all__ = ["SUPPORTED_SUFFIXES", "document_from_text", "documents_from_bytes", "read_documents"]
