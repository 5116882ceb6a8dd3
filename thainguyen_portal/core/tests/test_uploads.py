"""Uploads through the admin are judged by content: each refusal says why and stores nothing; documents are served
as downloads; public images lose their EXIF (GPS) but stay upright."""

import io
import zipfile

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.users.models import UserProfile

from multimedia.models import PortalMedia
from multimedia.samples import silent_mp3
from thainguyen_portal.core.intake.images import stripped
from thainguyen_portal.core.intake.uploads import content_matches
from thainguyen_portal.core.tests.phone_images import PHONE_IMAGES, assert_no_location

pytestmark = pytest.mark.django_db

EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + bytes(200)
    + b"This program cannot be run in DOS mode"
)
PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"


@pytest.fixture
def editor(client, site_tree, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    user = get_user_model().objects.create_superuser("bientap", "b@thainguyen.example", "chè-Tân-Cương-2026")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"  # the admin's English messages are read below
    profile.save()
    client.force_login(user)
    return user


def stored_files(root):
    return sorted(p.name for p in root.rglob("*") if p.is_file())


def jpeg(size=(400, 200), exif=None, fmt="JPEG"):
    out = io.BytesIO()
    image = PILImage.new("RGB", size, (30, 120, 60))
    image.paste((200, 30, 30), (0, 0, size[0] // 4, size[1]))  # a red band on the left: shows the orientation
    if exif is not None:
        image.save(out, fmt, exif=exif)
    else:
        image.save(out, fmt)
    return out.getvalue()


def gps_exif(orientation=None):
    exif = PILImage.Exif()
    exif[0x010F] = "Điện thoại của phóng viên"  # Make
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (21.0, 35.0, 24.0), 3: "E", 4: (105.0, 50.0, 24.0)})
    if orientation:
        exif[0x0112] = orientation
    return exif


def add_document(client, name, data):
    return client.post(
        "/admin/documents/add/", {"title": "Quyết định", "file": SimpleUploadedFile(name, data), "collection": "1"}
    )


# --- Documents ----------------------------------------------------------------------------------------------


def test_a_program_named_pdf_is_refused_and_nothing_stored(client, editor, tmp_path):
    response = add_document(client, "quyet-dinh.pdf", EXE)
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert errors == ["“quyet-dinh.pdf” is not really a PDF file: its content does not match its name."]
    assert not get_document_model().objects.exists()
    assert stored_files(tmp_path) == []


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("bang-tinh.xlsx", b"PK\x03\x04" + bytes(100), "not really a Excel file"),
        ("van-ban.doc", PDF, "not really a Word file"),
        ("danh-sach.csv", b"\x00\x01\x02binary", "not really a CSV file"),
        ("cai-dat.exe", EXE, "not a file type the portal accepts"),
        ("trang.html", b"<script>alert(1)</script>", "not a file type the portal accepts"),
    ],
)
def test_other_disguised_or_forbidden_documents_are_refused(client, editor, tmp_path, name, data, message):
    response = add_document(client, name, data)
    assert response.status_code == 200
    assert message in str(response.context["form"].errors["file"])
    assert not get_document_model().objects.exists()
    assert stored_files(tmp_path) == []


def test_a_document_over_the_size_limit_is_refused(client, editor, tmp_path, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    response = add_document(client, "lon.pdf", PDF + bytes(2048))
    assert response.status_code == 200
    assert "file" in response.context["form"].errors
    assert not get_document_model().objects.exists()


def test_real_documents_are_accepted_and_served_as_downloads(client, editor, tmp_path):
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert add_document(client, "quyet-dinh.pdf", PDF).status_code == 302
    assert add_document(client, "to-trinh.docx", docx.getvalue()).status_code == 302
    document = get_document_model().objects.get(file__endswith=".pdf")
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_the_multiple_uploader_checks_content_too(client, editor, tmp_path):
    response = client.post(
        "/admin/documents/multiple/add/",
        {"files[]": SimpleUploadedFile("quyet-dinh.pdf", EXE), "collection": "1"},
        headers={"X-Requested-With": "XMLHttpRequest"},
    )
    assert response.status_code == 200
    body = response.json()
    assert body["success"] is False and "not really a PDF file" in body["error_message"]
    assert not get_document_model().objects.exists()
    assert stored_files(tmp_path) == []


# --- Audio and video ----------------------------------------------------------------------------------------


def add_media(client, kind, name, data):
    return client.post(
        f"/admin/media/{kind}/add/",
        {
            "title": "Bản tin",
            "file": SimpleUploadedFile(name, data),
            "collection": "1",
            "duration": "1",
            "tags": "",
            "captions_language": "vi",
        },
    )


def test_a_program_named_mp4_is_refused(client, editor, tmp_path):
    response = add_media(client, "video", "phong-su.mp4", EXE)
    assert response.status_code == 200
    assert "not really a MP4 file" in str(response.context["form"].errors["file"])
    assert not PortalMedia.objects.exists()
    assert stored_files(tmp_path) == []


def test_real_audio_is_accepted(client, editor):
    response = add_media(client, "audio", "ban-tin.mp3", silent_mp3())
    assert response.status_code == 302, response.context["form"].errors
    assert PortalMedia.objects.count() == 1


def test_a_phone_photo_as_thumbnail_is_accepted_and_loses_its_gps(client, editor):
    response = client.post(
        "/admin/media/audio/add/",
        {
            "title": "Bản tin",
            "file": SimpleUploadedFile("ban-tin.mp3", silent_mp3()),
            "thumbnail": SimpleUploadedFile("anh-bia.jpg", PHONE_IMAGES["mpo"]()),
            "collection": "1",
            "duration": "1",
            "tags": "",
            "captions_language": "vi",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    media = PortalMedia.objects.get()
    with media.thumbnail.open("rb") as f:
        assert_no_location(f.read())


# --- Images -------------------------------------------------------------------------------------------------


def add_image(client, name, data):
    return client.post(
        "/admin/images/add/", {"title": "Đồi chè Tân Cương", "file": SimpleUploadedFile(name, data), "collection": "1"}
    )


@pytest.mark.parametrize(
    ("name", "data", "setting", "message"),
    [
        ("doi-che.jpg", EXE, None, "invalid_image"),  # Django's message, matched by its code
        ("doi-che.jpg", jpeg(fmt="PNG"), None, "extension does not match"),
        ("doi-che.svg", b"<svg onload='alert(1)'/>", None, "Not a supported image format"),
        ("doi-che.jpg", jpeg(), ("WAGTAILIMAGES_MAX_UPLOAD_SIZE", 100), "too big"),
        ("doi-che.jpg", jpeg(), ("WAGTAILIMAGES_MAX_IMAGE_PIXELS", 1000), "too many pixels"),
    ],
)
def test_bad_images_are_refused_and_nothing_stored(client, editor, tmp_path, settings, name, data, setting, message):
    if setting:
        setattr(settings, *setting)
    response = add_image(client, name, data)
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()["file"]
    assert any(message in " ".join(error.messages) or message == error.code for error in errors)
    assert not get_image_model().objects.exists()
    assert stored_files(tmp_path) == []


def test_uploaded_photos_lose_their_exif_and_stay_upright(client, editor, tmp_path):
    original = jpeg(size=(400, 200), exif=gps_exif(orientation=6))
    with PILImage.open(io.BytesIO(original)) as check:
        assert check.getexif().get_ifd(0x8825)  # the test photo does carry GPS
    assert add_image(client, "doi-che.jpg", original).status_code == 302
    image = get_image_model().objects.get()
    with image.open_file() as f:
        data = f.read()
    with PILImage.open(io.BytesIO(data)) as stored:
        assert stored.format == "JPEG"
        assert not stored.getexif()  # no GPS, no camera, no orientation tag left
        assert "exif" not in stored.info
        assert stored.size == (200, 400)  # turned upright, as the phone showed it
        top_left = stored.convert("RGB").getpixel((100, 5))
        assert top_left[0] > 150  # the red band, now along the top
    assert (image.width, image.height) == (200, 400)
    assert image.file_size == len(data)


def test_images_without_metadata_are_stored_as_sent(client, editor):
    original = jpeg()
    assert add_image(client, "doi-che.jpg", original).status_code == 302
    with get_image_model().objects.get().open_file() as f:
        assert f.read() == original


@pytest.mark.parametrize(
    ("extension", "data", "ok"),
    [
        ("pdf", PDF, True),
        ("pdf", EXE, False),
        ("zip", b"PK\x03\x04junk", False),
        ("txt", "Công báo tỉnh Thái Nguyên".encode(), True),
        ("csv", "Tên;Đơn vị\nĐà Bắc;1\n".encode("cp1258", "ignore"), True),
        ("ogg", b"OggS" + bytes(20), True),
        ("webm", b"OggS" + bytes(20), False),
        ("exe", EXE, False),
    ],
)
def test_content_matches(extension, data, ok):
    assert content_matches(extension, data) is ok


# --- Every frame, every container a phone writes (issue 23, item 5) ---------------------------------------------


@pytest.fixture
def served_editor(client, site_tree, settings):
    """An editor whose uploads go to the media root the test server serves (MEDIA_URL); the files are removed after."""
    user = get_user_model().objects.create_superuser("bientap2", "b2@thainguyen.example", "chè-Tân-Cương-2026")
    client.force_login(user)
    yield user
    for image in get_image_model().objects.all():
        image.file.delete(save=False)


@pytest.mark.parametrize("kind", sorted(PHONE_IMAGES))
def test_phone_images_lose_gps_in_every_frame_stored_and_served(client, served_editor, kind):
    original = PHONE_IMAGES[kind]()
    name = "anh-dien-thoai.webp" if kind == "animated-webp" else "anh-dien-thoai.jpg"
    response = add_image(client, name, original)
    assert response.status_code == 302, response.context["form"].errors  # a phone's MPO is accepted
    image = get_image_model().objects.get()
    with image.open_file() as f:
        data = f.read()
    assert_no_location(data)
    assert image.file_size == len(data)
    served = client.get(image.file.url)
    assert served.status_code == 200
    assert b"".join(served.streaming_content) == data
    with PILImage.open(io.BytesIO(data)) as stored:
        if kind == "mpo":
            assert (stored.format, getattr(stored, "n_frames", 1)) == ("JPEG", 1)  # the first picture, as a JPEG
            assert stored.convert("RGB").getpixel((5, 100))[0] > 150  # its red band (the second picture's is blue)
        elif kind == "animated-webp":
            assert (stored.format, stored.n_frames) == ("WEBP", 2)  # still animated
            stored.seek(1)
            assert stored.convert("RGB").getpixel((5, 100))[2] > 150  # the second frame's blue band
            assert stored.info["duration"] == 500  # (known once the frame is loaded)
        else:
            assert stored.format == "JPEG"
    assert (image.width, image.height) == (400, 200)


@pytest.mark.parametrize("kind", sorted(PHONE_IMAGES))
def test_stripped_cleans_every_frame(kind):
    assert_no_location(stripped(PHONE_IMAGES[kind]()))
