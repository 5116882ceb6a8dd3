"""Backup and restore round trip on the database the suite runs on (SQLite, or PostgreSQL in CI's second run)."""

from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from home.models import StandardPage
from thainguyen_portal.core.backup import counts

pytestmark = pytest.mark.django_db(transaction=True)


def test_backup_and_restore_round_trip(tmp_path):
    from django.core.files.base import ContentFile

    call_command("seed_demo", verbosity=0, stdout=StringIO())
    demo_documents = get_document_model().objects.count()
    document = get_document_model().objects.create(title="Quyết định 15/2026/QĐ-UBND")
    document.file.save("quyet-dinh-15-2026.pdf", ContentFile(b"%PDF-1.4 demo"), save=True)
    before = counts()
    media_files = sorted(
        p.relative_to(settings.MEDIA_ROOT) for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()
    )
    assert before["images"] > 0 and before["documents"] == demo_documents + 1

    call_command("backup", dir=str(tmp_path), stdout=StringIO())
    (backup,) = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert (backup / "manifest.json").exists() and (backup / "media.tar.gz").exists()

    # Disaster: pages, images and files are lost.
    StandardPage.objects.all().delete()
    get_image_model().objects.all().delete()
    document.file.delete(save=False)
    get_document_model().objects.filter(pk=document.pk).delete()
    assert counts() != before

    call_command("restore", str(backup), no_input=True, stdout=StringIO())
    assert counts() == before
    assert Page.objects.filter(title="Giới thiệu").exists()
    restored_files = sorted(
        p.relative_to(settings.MEDIA_ROOT) for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()
    )
    assert restored_files == media_files
    assert get_document_model().objects.get(pk=document.pk).file.read() == b"%PDF-1.4 demo"


def test_backups_are_rotated(tmp_path):
    for _ in range(3):
        call_command("backup", dir=str(tmp_path), keep=2, stdout=StringIO())
    assert len([p for p in tmp_path.iterdir() if p.is_dir()]) == 2


def test_restore_refuses_a_directory_that_is_not_a_backup(tmp_path):
    with pytest.raises(CommandError, match="not a backup"):
        call_command("restore", str(tmp_path), no_input=True, stdout=StringIO())
