"""Backup and restore round trip on the database the suite runs on (SQLite, or PostgreSQL in CI's second run)."""

import json
import shutil
import tarfile
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


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    """Petition attachments in a directory of the test's own (never the checkout's var/private)."""
    root = tmp_path / "private" / "petitions"
    settings.NEWS_PETITION_FILES_ROOT = root
    return root


def files_under(root):
    return sorted(str(p.relative_to(root)) for p in Path(root).rglob("*") if p.is_file()) if root.exists() else []


def petition_with_attachment(data=b"%PDF-1.4 don kien nghi"):
    from django.core.files.base import ContentFile

    from news.submissions import PetitionAttachment, PetitionSubmission

    submission = PetitionSubmission.objects.create(
        sender_name="Trần Thị Hoa",
        phone="0912345678",
        subject="Đèn chiếu sáng đường Bắc Kạn hỏng",
        content="Cả dãy đèn trên đường Bắc Kạn, phường Hoàng Văn Thụ không sáng từ tuần trước.",
    )
    attachment = PetitionAttachment(
        submission=submission, original_name="don-kien-nghi.pdf", content_type="application/pdf", size=len(data)
    )
    attachment.file.save("file.pdf", ContentFile(data), save=True)
    return submission, attachment


def only_backup(directory):
    (backup,) = [p for p in directory.iterdir() if p.is_dir()]
    return backup


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


def test_petition_attachments_are_backed_up_and_restored(tmp_path, private_root):
    from news.submissions import PetitionAttachment, PetitionSubmission

    submission, attachment = petition_with_attachment()
    submission_pk, stored_name = submission.pk, attachment.file.name
    assert files_under(private_root) == [stored_name]

    backups = tmp_path / "backups"
    call_command("backup", dir=str(backups), stdout=StringIO())
    backup = only_backup(backups)
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["counts"]["petition_attachments"] == 1
    assert manifest["private_files"] == {"petitions": 1}
    with tarfile.open(backup / "private.tar.gz") as archive:
        assert f"petitions/{stored_name}" in archive.getnames()

    # Disaster: the submission is deleted (its file goes with it) and the directory is lost; a stray file appears.
    submission.delete()
    shutil.rmtree(private_root)
    (private_root / "2026").mkdir(parents=True)
    (private_root / "2026" / "stray.jpg").write_bytes(b"not from the backup")
    assert not PetitionAttachment.objects.exists()

    out = StringIO()
    call_command("restore", str(backup), no_input=True, stdout=out)
    assert "Note:" not in out.getvalue()
    restored = PetitionSubmission.objects.get(pk=submission_pk).attachments.get()
    assert restored.file.name == stored_name
    with restored.file.open("rb") as file:
        assert file.read() == b"%PDF-1.4 don kien nghi"
    # The directory holds what the backup held, nothing else (no stray file, no staging directory left).
    assert files_under(private_root) == [stored_name]
    assert [p.name for p in private_root.iterdir()] == [stored_name.split("/")[0]]


def test_restore_into_a_private_directory_that_is_a_symbolic_link(tmp_path, settings):
    """On several hosts the directory may be a link to a shared volume: the link stays, the files come back."""
    volume = tmp_path / "volume"
    volume.mkdir()
    link = tmp_path / "petitions-link"
    link.symlink_to(volume, target_is_directory=True)
    settings.NEWS_PETITION_FILES_ROOT = link
    submission, attachment = petition_with_attachment(b"%PDF-1.4 qua lien ket")

    call_command("backup", dir=str(tmp_path / "backups"), stdout=StringIO())
    backup = only_backup(tmp_path / "backups")
    submission.delete()
    assert files_under(volume) == []

    call_command("restore", str(backup), no_input=True, stdout=StringIO())
    assert link.is_symlink()
    assert files_under(volume) == [attachment.file.name]


def test_an_older_backup_without_private_files_still_restores(tmp_path, private_root):
    submission, attachment = petition_with_attachment()
    call_command("backup", dir=str(tmp_path / "backups"), stdout=StringIO())
    backup = only_backup(tmp_path / "backups")
    # What a backup made before private files were archived looks like.
    (backup / "private.tar.gz").unlink()
    manifest = json.loads((backup / "manifest.json").read_text())
    del manifest["private_files"], manifest["counts"]["petition_attachments"]
    (backup / "manifest.json").write_text(json.dumps(manifest))

    out = StringIO()
    call_command("restore", str(backup), no_input=True, stdout=out)
    assert "holds no private files" in out.getvalue()
    # The files on disk were left as they were.
    assert files_under(private_root) == [attachment.file.name]


def test_restore_checks_the_number_of_private_files(tmp_path, private_root):
    petition_with_attachment()
    call_command("backup", dir=str(tmp_path / "backups"), stdout=StringIO())
    backup = only_backup(tmp_path / "backups")
    manifest = json.loads((backup / "manifest.json").read_text())
    manifest["private_files"]["petitions"] = 2
    (backup / "manifest.json").write_text(json.dumps(manifest))

    with pytest.raises(CommandError, match="1 petitions files restored, the backup holds 2"):
        call_command("restore", str(backup), no_input=True, stdout=StringIO())


def test_restore_checks_the_count_of_petition_attachments(tmp_path, private_root):
    petition_with_attachment()
    call_command("backup", dir=str(tmp_path / "backups"), stdout=StringIO())
    backup = only_backup(tmp_path / "backups")
    manifest = json.loads((backup / "manifest.json").read_text())
    manifest["counts"]["petition_attachments"] = 3
    (backup / "manifest.json").write_text(json.dumps(manifest))

    with pytest.raises(CommandError, match="differ"):
        call_command("restore", str(backup), no_input=True, stdout=StringIO())
