"""Backup and restore round trip on the database the suite runs on (SQLite, or PostgreSQL in CI's second run)."""

import json
import shutil
import tarfile
from contextlib import contextmanager
from io import StringIO
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from home.factories import StandardPageFactory
from home.models import StandardPage
from thainguyen_portal.core.factories import ImageFactory
from thainguyen_portal.core.operations.backup import counts

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    """Petition attachments in a directory of the test's own (never the checkout's var/private)."""
    root = tmp_path / "private" / "petitions"
    settings.NEWS_PETITION_FILES_ROOT = root
    return root


@pytest.fixture(autouse=True)
def field_report_root(settings, tmp_path):
    """Field-report photos in a directory of the test's own too (a restore replaces what it holds)."""
    root = tmp_path / "private" / "field-reports"
    settings.EDITORIAL_FIELD_REPORT_FILES_ROOT = root
    return root


@pytest.fixture
def locales(transactional_db):
    """The two locales and the root page (made by migrations, but a transactional test before this one may have
    flushed them)."""
    vi = Locale.objects.get_or_create(language_code="vi")[0]
    en = Locale.objects.get_or_create(language_code="en")[0]
    if Page.get_first_root_node() is None:
        Page.add_root(title="Root", slug="root", locale=vi)
    return SimpleNamespace(vi=vi, en=en)


def files_under(root):
    return sorted(str(p.relative_to(root)) for p in Path(root).rglob("*") if p.is_file()) if root.exists() else []


def petition_with_attachment(data=b"%PDF-1.4 don kien nghi"):
    from django.core.files.base import ContentFile

    from news.petitions.submissions import PetitionAttachment, PetitionSubmission

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


def make_backup(directory):
    """Run `backup` into `directory` (made if missing); the one backup it holds."""
    call_command("backup", dir=str(directory), stdout=StringIO())
    (backup,) = [p for p in directory.iterdir() if p.is_dir()]
    return backup


def read_manifest(backup):
    return json.loads((backup / "manifest.json").read_text())


@contextmanager
def manifest_changed(backup):
    """A backup's manifest, written back as the block leaves it (what an older or damaged backup holds)."""
    manifest = read_manifest(backup)
    yield manifest
    (backup / "manifest.json").write_text(json.dumps(manifest))


def restore(backup):
    """Run `restore` of `backup` without questions; what it wrote."""
    out = StringIO()
    call_command("restore", str(backup), no_input=True, stdout=out)
    return out.getvalue()


@pytest.fixture
def small_site(site_tree):
    """What the round trip needs: pages (one of them "Giới thiệu"), images with their files, a document."""
    StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    StandardPageFactory(parent=site_tree.home, title="Liên hệ", slug="lien-he")
    ImageFactory.create_batch(2)
    get_document_model().objects.create(title="Kế hoạch 2027")
    return site_tree


def test_backup_and_restore_round_trip(tmp_path, small_site):
    from django.core.files.base import ContentFile

    demo_documents = get_document_model().objects.count()
    document = get_document_model().objects.create(title="Quyết định 15/2026/QĐ-UBND")
    document.file.save("quyet-dinh-15-2026.pdf", ContentFile(b"%PDF-1.4 demo"), save=True)
    before = counts()
    media_files = sorted(
        p.relative_to(settings.MEDIA_ROOT) for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()
    )
    assert before["images"] > 0 and before["documents"] == demo_documents + 1

    backup = make_backup(tmp_path)
    assert (backup / "manifest.json").exists() and (backup / "media.tar.gz").exists()

    # Disaster: pages, images and files are lost.
    StandardPage.objects.all().delete()
    get_image_model().objects.all().delete()
    document.file.delete(save=False)
    get_document_model().objects.filter(pk=document.pk).delete()
    assert counts() != before

    restore(backup)
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
        restore(tmp_path)


def test_petition_attachments_are_backed_up_and_restored(tmp_path, private_root):
    from news.petitions.submissions import PetitionAttachment, PetitionSubmission

    submission, attachment = petition_with_attachment()
    submission_pk, stored_name = submission.pk, attachment.file.name
    assert files_under(private_root) == [stored_name]

    backup = make_backup(tmp_path / "backups")
    manifest = read_manifest(backup)
    assert manifest["counts"]["petition_attachments"] == 1
    assert manifest["private_files"] == {"petitions": 1, "field-reports": 0}
    with tarfile.open(backup / "private.tar.gz") as archive:
        assert f"petitions/{stored_name}" in archive.getnames()

    # Disaster: the submission is deleted (its file goes with it) and the directory is lost; a stray file appears.
    submission.delete()
    shutil.rmtree(private_root)
    (private_root / "2026").mkdir(parents=True)
    (private_root / "2026" / "stray.jpg").write_bytes(b"not from the backup")
    assert not PetitionAttachment.objects.exists()

    assert "Note:" not in restore(backup)
    restored = PetitionSubmission.objects.get(pk=submission_pk).attachments.get()
    assert restored.file.name == stored_name
    with restored.file.open("rb") as file:
        assert file.read() == b"%PDF-1.4 don kien nghi"
    # The directory holds what the backup held, nothing else (no stray file, no staging directory left).
    assert files_under(private_root) == [stored_name]
    assert [p.name for p in private_root.iterdir()] == [stored_name.split("/")[0]]


def test_field_report_photos_are_backed_up_and_restored(tmp_path, field_report_root, private_root):
    from thainguyen_portal.editorial.factories import FieldReportPhotoFactory, jpeg_bytes
    from thainguyen_portal.editorial.models import FieldReport, FieldReportPhoto

    photo = FieldReportPhotoFactory(report__place="Xã Phú Thịnh, huyện Đại Từ")
    report_pk, stored_name = photo.report.pk, photo.file.name
    with photo.file.open("rb") as file:
        content = file.read()
    assert files_under(field_report_root) == [stored_name]
    petition_with_attachment()

    backup = make_backup(tmp_path / "backups")
    manifest = read_manifest(backup)
    assert manifest["counts"]["field_report_photos"] == 1
    assert manifest["private_files"] == {"petitions": 1, "field-reports": 1}
    with tarfile.open(backup / "private.tar.gz") as archive:
        assert f"field-reports/{stored_name}" in archive.getnames()
    assert oct((backup / "private.tar.gz").stat().st_mode & 0o777) == "0o600"

    # Disaster: the report is deleted (its photo goes with it) and a stray photo appears in the directory.
    FieldReport.objects.filter(pk=report_pk).delete()
    assert files_under(field_report_root) == []
    (field_report_root / "stray.jpg").write_bytes(jpeg_bytes())

    assert "Note:" not in restore(backup)
    restored = FieldReportPhoto.objects.get(report__pk=report_pk)
    assert restored.file.name == stored_name
    with restored.file.open("rb") as file:
        assert file.read() == content
    assert files_under(field_report_root) == [stored_name]
    assert len(files_under(private_root)) == 1


def test_a_backup_made_before_field_reports_were_archived_leaves_their_photos_alone(tmp_path, field_report_root):
    """A private.tar.gz of petitions only (older backups): the field-report photos on disk are not wiped."""
    from thainguyen_portal.editorial.factories import FieldReportPhotoFactory

    petition_with_attachment()
    backup = make_backup(tmp_path / "backups")
    with manifest_changed(backup) as manifest:
        del manifest["private_files"]["field-reports"], manifest["counts"]["field_report_photos"]
    photo = FieldReportPhotoFactory()  # sent after that backup

    assert "holds no field-reports files" in restore(backup)
    assert files_under(field_report_root) == [photo.file.name]


def test_restore_into_a_private_directory_that_is_a_symbolic_link(tmp_path, settings):
    """On several hosts the directory may be a link to a shared volume: the link stays, the files come back."""
    volume = tmp_path / "volume"
    volume.mkdir()
    link = tmp_path / "petitions-link"
    link.symlink_to(volume, target_is_directory=True)
    settings.NEWS_PETITION_FILES_ROOT = link
    submission, attachment = petition_with_attachment(b"%PDF-1.4 qua lien ket")

    backup = make_backup(tmp_path / "backups")
    submission.delete()
    assert files_under(volume) == []

    restore(backup)
    assert link.is_symlink()
    assert files_under(volume) == [attachment.file.name]


def test_an_older_backup_without_private_files_still_restores(tmp_path, private_root):
    submission, attachment = petition_with_attachment()
    backup = make_backup(tmp_path / "backups")
    # What a backup made before private files were archived looks like.
    (backup / "private.tar.gz").unlink()
    with manifest_changed(backup) as manifest:
        del manifest["private_files"], manifest["counts"]["petition_attachments"]

    assert "holds no private files" in restore(backup)
    # The files on disk were left as they were.
    assert files_under(private_root) == [attachment.file.name]


def field_report_photo():
    from thainguyen_portal.editorial.factories import FieldReportPhotoFactory

    return FieldReportPhotoFactory()


@pytest.mark.parametrize(
    "make, section, key, wrong, message",
    [
        pytest.param(
            field_report_photo,
            "private_files",
            "field-reports",
            2,
            "holds 1 field-reports files, the manifest says 2",
            id="field-report photos",
        ),
        pytest.param(
            petition_with_attachment,
            "private_files",
            "petitions",
            2,
            "holds 1 petitions files, the manifest says 2",
            id="petition files",
        ),
        pytest.param(
            petition_with_attachment, "counts", "petition_attachments", 3, "differ", id="petition attachments"
        ),
    ],
)
def test_restore_checks_the_numbers_of_its_manifest(tmp_path, make, section, key, wrong, message):
    make()
    backup = make_backup(tmp_path / "backups")
    with manifest_changed(backup) as manifest:
        manifest[section][key] = wrong

    # Checked before anything is replaced.
    with pytest.raises(CommandError, match=message):
        restore(backup)


def modes(root):
    """{path relative to root: permission bits} of every file and directory under root, root included."""
    root = Path(root)
    return {str(p.relative_to(root)): oct(p.stat().st_mode & 0o777) for p in [root, *root.rglob("*")]}


def test_backups_are_readable_by_their_owner_only(tmp_path):
    call_command("backup", dir=str(tmp_path / "backups"), stdout=StringIO())
    found = modes(tmp_path / "backups")
    assert {mode for path, mode in found.items() if (tmp_path / "backups" / path).is_dir()} == {"0o700"}
    files = {path: mode for path, mode in found.items() if (tmp_path / "backups" / path).is_file()}
    assert len(files) == 4 and set(files.values()) == {"0o600"}, files


def test_petition_files_are_readable_by_their_owner_only(private_root):
    _submission, attachment = petition_with_attachment()
    found = modes(private_root)
    assert {path: mode for path, mode in found.items() if path != "."} == {
        str(Path(attachment.file.name).parent): "0o700",
        attachment.file.name: "0o600",
    }


def test_field_report_photos_are_readable_by_their_owner_only(field_report_root):
    from thainguyen_portal.editorial.factories import FieldReportPhotoFactory

    photo = FieldReportPhotoFactory()
    found = modes(field_report_root)
    assert {path: mode for path, mode in found.items() if path != "."} == {
        "field-reports": "0o700",
        str(Path(photo.file.name).parent.parent): "0o700",
        str(Path(photo.file.name).parent): "0o700",
        photo.file.name: "0o600",
    }


@pytest.fixture
def linked_media(tmp_path, settings):
    """MEDIA_ROOT as a symbolic link to the volume that holds the files (a shared volume, a bigger disk)."""
    volume = tmp_path / "media-volume"
    (volume / "original_images").mkdir(parents=True)
    (volume / "original_images" / "cau-gia-bay.jpg").write_bytes(b"\xff\xd8 anh cau Gia Bay")
    (volume / "documents").mkdir()
    (volume / "documents" / "quyet-dinh.pdf").write_bytes(b"%PDF-1.4 quyet dinh")
    link = tmp_path / "media"
    link.symlink_to(volume, target_is_directory=True)
    settings.MEDIA_ROOT = str(link)
    return link


def test_a_media_root_that_is_a_symbolic_link_is_archived_by_content_and_restored(tmp_path, linked_media):
    backup = make_backup(tmp_path / "backups")
    with tarfile.open(backup / "media.tar.gz") as archive:
        files = sorted(m.name for m in archive.getmembers() if m.isfile())
        assert not [m.name for m in archive.getmembers() if m.issym() or m.islnk()]
    assert files == ["media/documents/quyet-dinh.pdf", "media/original_images/cau-gia-bay.jpg"]
    assert read_manifest(backup)["media_files"] == 2

    (linked_media / "documents" / "quyet-dinh.pdf").unlink()
    restore(backup)
    assert linked_media.is_symlink()
    assert files_under(linked_media) == ["documents/quyet-dinh.pdf", "original_images/cau-gia-bay.jpg"]


def test_a_backup_that_cannot_archive_every_file_fails_loudly(tmp_path, linked_media):
    (linked_media / "documents" / "mat.pdf").symlink_to(tmp_path / "gone.pdf")  # a link to nothing
    with pytest.raises(CommandError, match="incomplete"):
        call_command("backup", dir=str(tmp_path / "backups"), stdout=StringIO())
    assert list((tmp_path / "backups").iterdir()) == []


def test_restore_refuses_an_archive_of_links_before_it_replaces_the_database(tmp_path, site_tree, settings):
    page = StandardPageFactory(parent=site_tree.home, title="Giới thiệu", slug="gioi-thieu")
    backup = make_backup(tmp_path / "backups")
    # What a backup of a linked MEDIA_ROOT held before: the link, not the files.
    (backup / "media.tar.gz").unlink()
    with tarfile.open(backup / "media.tar.gz", "w:gz") as archive:
        link = tarfile.TarInfo("media")
        link.type, link.linkname = tarfile.SYMTYPE, "/srv/portal-media"
        archive.addfile(link)
    StandardPage.objects.filter(pk=page.pk).update(title="Bị sửa hỏng")

    with pytest.raises(CommandError, match="holds links"):
        restore(backup)
    # Nothing was replaced: the database is as it was before the restore was tried.
    assert StandardPage.objects.get(pk=page.pk).title == "Bị sửa hỏng"


def test_readers_see_the_restored_page_at_once(tmp_path, site_tree, settings, client):
    settings.PAGE_CACHE_ENABLED = True
    page = StandardPageFactory(parent=site_tree.home, title="Giới thiệu chung", slug="gioi-thieu")
    backup = make_backup(tmp_path / "backups")

    page.title = "Trang bị sửa hỏng"
    page.save_revision().publish()
    client.get("/gioi-thieu/")
    damaged = client.get("/gioi-thieu/")
    assert damaged["X-Cache"] == "HIT" and "Trang bị sửa hỏng" in damaged.content.decode()

    restore(backup)
    response = client.get("/gioi-thieu/")
    assert response["X-Cache"] == "MISS"
    assert "Giới thiệu chung" in response.content.decode()
    assert "Trang bị sửa hỏng" not in response.content.decode()
