"""#20: documents keep their file's size from their first save; the migration fills the size of older ones."""

import importlib

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

pytestmark = pytest.mark.django_db


def test_a_document_saved_in_code_has_its_size_and_the_migration_fills_older_ones(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    Document = get_document_model()
    content = b"%PDF-1.4\n" + b"%" * 1234
    document = Document(title="Công báo số 05 (PDF)")
    document.file.save("cong-bao-05.pdf", ContentFile(content))
    assert Document.objects.get(pk=document.pk).file_size == len(content)

    Document.objects.filter(pk=document.pk).update(file_size=None)  # saved before the fix
    migration = importlib.import_module("thainguyen_portal.core.migrations.0005_fill_missing_document_file_sizes")
    migration.fill_sizes(apps, None)
    assert Document.objects.get(pk=document.pk).file_size == len(content)


def test_a_document_saved_in_code_has_its_hash_and_a_new_file_replaces_size_and_hash(settings, tmp_path):
    """The gazette's importer recognises a file already attached by its hash: every save stores it, with Wagtail's
    public hash_filelike (no call to Wagtail's private _set_document_file_metadata)."""
    import hashlib

    settings.MEDIA_ROOT = str(tmp_path)
    Document = get_document_model()
    first, second = b"%PDF-1.4\n" + b"a" * 500, b"%PDF-1.4\n" + b"b" * 700
    document = Document(title="Quyết định số 15/2026/QĐ-UBND (PDF)")
    document.file.save("qd-15-2026.pdf", ContentFile(first), save=False)
    document.save()
    stored = Document.objects.get(pk=document.pk)
    assert (stored.file_size, stored.file_hash) == (len(first), hashlib.sha1(first).hexdigest())
    assert stored.file.read() == first  # the file was saved whole after being read for the hash

    stored.file.save("qd-15-2026-ban-sua.pdf", ContentFile(second))
    stored = Document.objects.get(pk=document.pk)
    assert (stored.file_size, stored.file_hash) == (len(second), hashlib.sha1(second).hexdigest())
