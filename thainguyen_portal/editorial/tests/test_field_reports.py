"""Field reports: the phone form (good and bad uploads), the inbox, turning a report into a draft article."""

import io
import warnings
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.paginator import UnorderedObjectListWarning
from PIL import Image as PILImage
from wagtail.images import get_image_model

from home.models import StandardPage
from thainguyen_portal.core.tests.phone_images import PHONE_IMAGES, assert_no_location
from thainguyen_portal.editorial.factories import FieldReportFactory, FieldReportPhotoFactory, jpeg_bytes, jpeg_upload
from thainguyen_portal.editorial.models import FieldReport

pytestmark = pytest.mark.django_db

URL = "/admin/newsroom/reports/new/"


@pytest.fixture(autouse=True)
def _drafts_are_standard_pages(settings, tmp_path):
    settings.EDITORIAL_DRAFT_PAGE_TYPE = "home.standardpage"
    settings.MEDIA_ROOT = tmp_path / "media"


def gps_exif(orientation=None):
    exif = PILImage.Exif()
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (21.0, 35.0, 24.0), 3: "E", 4: (105.0, 50.0, 24.0)})
    if orientation:
        exif[0x0112] = orientation
    return exif


def post(client, **data):
    return client.post(URL, {"text": "Sạt lở đường ĐT 263.", "place": "Đại Từ", "happened_at": "", **data})


def test_collaborator_sends_a_report_with_photos(client, newsroom):
    client.force_login(newsroom.users["collaborators"])
    assert client.get(URL).status_code == 200
    rotated = jpeg_upload("xoay.jpg", size=(400, 200), exif=gps_exif(orientation=6))
    response = post(client, photos=[rotated, jpeg_upload("hai.jpg")])
    assert response.status_code == 302
    report = FieldReport.objects.get()
    assert report.sender == newsroom.users["collaborators"]
    assert report.status == FieldReport.Status.NEW
    assert [photo.sort_order for photo in report.photos.all()] == [0, 1]
    # GPS kept for the newsroom only: on the report, and gone from the stored photo with the rest of the EXIF.
    assert float(report.latitude) == pytest.approx(21.59, abs=0.001)
    assert float(report.longitude) == pytest.approx(105.84, abs=0.001)
    stored = PILImage.open(report.photos.first().file.path)
    assert not stored.getexif()
    # The EXIF orientation (6: turned 90°) was applied: the landscape photo is stored upright, as a portrait.
    assert stored.size == (200, 400)


def files_under(root):
    return sorted(path for path in Path(root).rglob("*") if path.is_file())


def test_photos_are_kept_outside_public_media_and_shown_to_report_handlers_only(
    client, newsroom, settings, field_report_files, django_capture_on_commit_callbacks
):
    client.force_login(newsroom.users["collaborators"])
    assert post(client, photos=[jpeg_upload("IMG_2041.jpg", size=(40, 30))]).status_code == 302
    report = FieldReport.objects.get()
    photo = report.photos.get()
    assert files_under(settings.MEDIA_ROOT) == []  # nothing under /media/
    (path,) = files_under(field_report_files)
    with pytest.raises(ValueError):
        _ = photo.file.url  # no public address at all
    url = f"/admin/newsroom/reports/{report.pk}/photos/{photo.pk}/"
    # The collaborator who sent it does not handle reports; a reader is sent to the sign-in page.
    assert client.get(url).status_code in (302, 403)
    client.logout()
    assert client.get(url)["Location"].startswith("/admin/login/")
    client.force_login(newsroom.users["editors"])
    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content) == path.read_bytes()
    assert "no-store" in response["Cache-Control"] and response["X-Content-Type-Options"] == "nosniff"
    assert url in client.get(f"/admin/newsroom/reports/{report.pk}/").content.decode()  # the report shows it
    assert client.get(f"/admin/newsroom/reports/{report.pk}/photos/{photo.pk + 1}/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        report.delete()
    assert files_under(field_report_files) == []  # the file goes with its report


@pytest.mark.parametrize("kind", sorted(PHONE_IMAGES))
def test_phone_photos_are_accepted_and_stored_without_gps(client, newsroom, kind):
    client.force_login(newsroom.users["collaborators"])
    name = "anh.webp" if kind == "animated-webp" else "IMG_2041.jpg"
    response = post(client, photos=[SimpleUploadedFile(name, PHONE_IMAGES[kind](), content_type="image/jpeg")])
    assert response.status_code == 302  # a phone's MPO is accepted
    report = FieldReport.objects.get()
    assert float(report.latitude) == pytest.approx(21.59, abs=0.001)  # kept for the newsroom, on the report only
    photo = report.photos.get()
    with photo.file.open("rb") as f:
        data = f.read()
    assert_no_location(data)
    with PILImage.open(io.BytesIO(data)) as stored:
        assert (stored.format, getattr(stored, "n_frames", 1)) == ("JPEG", 1)


@pytest.mark.parametrize(
    "photos, message",
    [
        ([jpeg_upload(f"{n}.jpg", size=(20, 20)) for n in range(11)], "You sent 11 photos; at most 10 can be sent."),
        (
            [SimpleUploadedFile("virus.jpg", b"MZ\x90\x00 not a photo", content_type="image/jpeg")],
            "“virus.jpg” is not a photo",
        ),
        ([SimpleUploadedFile("ghi-chu.txt", b"hello", content_type="text/plain")], "“ghi-chu.txt” is not a photo"),
        ([SimpleUploadedFile("cat.jpg", jpeg_bytes()[:200], content_type="image/jpeg")], "“cat.jpg” is not a photo"),
    ],
)
def test_bad_uploads_are_refused_with_a_clear_message(client, newsroom, photos, message):
    client.force_login(newsroom.users["collaborators"])
    response = post(client, photos=photos)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not FieldReport.objects.exists()


def test_too_large_a_photo_is_refused(client, newsroom, settings):
    settings.EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIZE = 1000
    client.force_login(newsroom.users["collaborators"])
    response = post(client, photos=[jpeg_upload("lon.jpg", size=(300, 300))])
    assert response.status_code == 400
    assert "“lon.jpg” is" in response.content.decode()
    assert "a photo may be at most 1000" in response.content.decode()
    assert not FieldReport.objects.exists()


def test_gif_or_bmp_is_not_accepted_even_when_named_jpg(client, newsroom):
    buffer = io.BytesIO()
    PILImage.new("RGB", (10, 10)).save(buffer, "BMP")
    client.force_login(newsroom.users["collaborators"])
    response = post(client, photos=[SimpleUploadedFile("anh.jpg", buffer.getvalue(), content_type="image/jpeg")])
    assert response.status_code == 400
    assert not FieldReport.objects.exists()


def test_text_is_required_and_a_bad_time_gets_a_message(client, newsroom):
    client.force_login(newsroom.users["collaborators"])
    response = client.post(URL, {"text": "", "happened_at": "hôm qua"})
    assert response.status_code == 400
    html = response.content.decode()
    assert "This field is required." in html
    assert "Enter a valid date/time." in html


def test_reporters_can_send_but_not_read_the_inbox(client, newsroom):
    client.force_login(newsroom.users["reporters"])
    assert client.get(URL).status_code == 200
    assert client.get("/admin/newsroom/reports/").status_code == 302


def test_inbox_lists_new_reports_for_editors(client, newsroom, django_assert_num_queries):
    FieldReportFactory.create_batch(3, sender=newsroom.users["collaborators"])
    FieldReportFactory(status=FieldReport.Status.HELD, text="Tin từ người lạ")
    client.force_login(newsroom.users["editors"])
    response = client.get("/admin/newsroom/reports/")
    assert response.status_code == 200
    assert response.content.decode().count("Mưa lớn gây sạt lở") == 3
    assert "Tin từ người lạ" not in response.content.decode()
    held = client.get("/admin/newsroom/reports/?status=held&p=99")
    assert "Tin từ người lạ" in held.content.decode()
    assert client.get("/admin/newsroom/reports/?status=%3Cscript%3E").status_code == 200


def test_inbox_lists_the_newest_report_first_on_every_page(client, newsroom):
    """The photo count's GROUP BY made Django drop the model's ordering: the inbox's pages were in no order."""
    older = FieldReportFactory(text="Tin cũ hơn", sender=newsroom.users["collaborators"])
    newer = FieldReportFactory(text="Tin mới hơn", sender=newsroom.users["collaborators"])
    FieldReport.objects.filter(pk=older.pk).update(created_at=newer.created_at - timedelta(hours=1))
    client.force_login(newsroom.users["editors"])
    with warnings.catch_warnings():
        warnings.simplefilter("error", UnorderedObjectListWarning)
        response = client.get("/admin/newsroom/reports/")
    reports = list(response.context["reports"])
    assert [r.pk for r in reports] == [newer.pk, older.pk]


def test_editor_turns_a_report_into_a_draft_with_text_photos_and_credit(client, newsroom):
    sender = newsroom.users["collaborators"]
    report = FieldReportFactory(sender=sender, sender_name="Lê Văn Cường")
    FieldReportPhotoFactory.create_batch(2, report=report)
    client.force_login(newsroom.users["editors"])
    page_url = f"/admin/newsroom/reports/{report.pk}/"
    form = client.get(page_url)
    assert form.status_code == 200
    assert "Chuyên mục thử" in form.content.decode()

    response = client.post(page_url, {"title": "Sạt lở trên đường ĐT 263", "parent": newsroom.section.pk})
    assert response.status_code == 302
    page = StandardPage.objects.get(title="Sạt lở trên đường ĐT 263")
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live
    assert page.get_parent().pk == newsroom.section.pk
    assert page.slug == "sat-lo-tren-duong-dt-263"
    draft = page.get_latest_revision_as_object()
    blocks = [(block.block_type, block.value) for block in draft.body]
    assert [kind for kind, _ in blocks] == ["paragraph", "paragraph", "image", "image"]
    assert "Mưa lớn gây sạt lở trên tuyến đường ĐT 263" in blocks[0][1].source
    assert blocks[2][1]["credit"] == "Photo: Lê Văn Cường"
    images = list(get_image_model().objects.filter(collection__name="Tin từ hiện trường"))
    assert len(images) == 2
    assert all(image.uploaded_by_user == sender for image in images)
    assert {tag.name for tag in images[0].tags.all()} == {"Lê Văn Cường"}
    report.refresh_from_db()
    assert report.status == FieldReport.Status.CONVERTED
    assert report.draft_page_id == page.pk
    assert report.converted_by == newsroom.users["editors"]
    # Converting twice makes nothing new.
    client.post(page_url, {"title": "Lần hai", "parent": newsroom.section.pk})
    assert not StandardPage.objects.filter(title="Lần hai").exists()


def test_conversion_refuses_a_section_the_editor_cannot_use(client, newsroom, site_tree):
    report = FieldReportFactory()
    client.force_login(newsroom.users["editors"])
    response = client.post(f"/admin/newsroom/reports/{report.pk}/", {"title": "Thử", "parent": site_tree.home.pk})
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert FieldReport.objects.get().status == FieldReport.Status.NEW


def test_dismissing_and_accepting_a_report(client, newsroom):
    report = FieldReportFactory(status=FieldReport.Status.HELD)
    client.force_login(newsroom.users["editors"])
    client.post(f"/admin/newsroom/reports/{report.pk}/status/", {"status": "new"})
    assert FieldReport.objects.get().status == FieldReport.Status.NEW
    client.post(f"/admin/newsroom/reports/{report.pk}/status/", {"status": "dismissed"})
    assert FieldReport.objects.get().status == FieldReport.Status.DISMISSED
    # "converted" is not a status one sets by hand (Wagtail answers a refusal with a redirect and a message).
    client.post(f"/admin/newsroom/reports/{report.pk}/status/", {"status": "converted"})
    assert FieldReport.objects.get().status == FieldReport.Status.DISMISSED


def test_the_migration_moves_photos_already_in_public_media(newsroom, settings, field_report_files):
    import importlib

    from django.apps import apps
    from django.core.files.base import ContentFile
    from django.core.files.storage import default_storage

    module = importlib.import_module("thainguyen_portal.editorial.migrations.0002_field_report_photos_private")
    name = default_storage.save("field-reports/2026/11/zalo-7-1.jpg", ContentFile(jpeg_bytes(size=(20, 20))))
    report = FieldReportFactory()
    photo = FieldReportPhotoFactory(report=report)
    type(photo).objects.filter(pk=photo.pk).update(file=name)  # a row from before the move
    module.move_photos_out_of_media(apps, None)
    assert files_under(settings.MEDIA_ROOT) == []
    assert (Path(field_report_files) / name).is_file()
    module.move_photos_out_of_media(apps, None)  # again: nothing left to move, nothing lost
    assert (Path(field_report_files) / name).is_file()
