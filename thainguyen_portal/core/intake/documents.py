"""Wagtail documents made in code (the demo, importers, factories), all in one way."""

from django.core.files.base import ContentFile, File
from wagtail.documents import get_document_model


def new_document(title, filename, content, **fields):
    """A new Wagtail document titled `title` holding `content` (bytes, or a ``File`` to read) stored as `filename`.

    Saving it stores the file's size and hash too (``core/intake/uploads.py``)."""
    document = get_document_model()(title=title, **fields)
    document.file.save(filename, content if isinstance(content, File) else ContentFile(content))
    return document
