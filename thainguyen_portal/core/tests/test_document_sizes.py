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
