"""Readers' petitions: the public form, its attachments (checked by content), the honeypot and the rate limit, the
tracking code and page, privacy of the contact details, the page cache, and the newsroom's admin."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from fpdf import FPDF
from PIL import Image

from news.petitions.factories import AgencyFactory, PetitionPageFactory
from news.petitions.models import PetitionField, PetitionPage, PetitionStatus
from news.petitions.submissions import (
    CODE_ALPHABET,
    PetitionAttachment,
    PetitionSubmission,
    new_tracking_code,
    normalise_tracking_code,
    private_storage,
)
from tests.helpers import get_ok
from thainguyen_portal.core.tests.phone_images import PHONE_IMAGES, assert_no_location

pytestmark = pytest.mark.django_db

PHONE = "0912 345 678"
PHONE_DIGITS = "0912345678"
EMAIL = "nguyen.van.an@example.vn"


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    """Attachments go to a directory of the test's own, so that its files can be counted."""
    root = tmp_path / "private"
    settings.NEWS_PETITION_FILES_ROOT = root
    settings.NEWS_PETITION_NOTIFY = []
    return root


def stored_files(root):
    return [path for path in Path(root).rglob("*") if path.is_file()] if Path(root).exists() else []


def image_bytes(fmt="PNG", size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 120, 40)).save(buffer, format=fmt)
    return buffer.getvalue()


def pdf_bytes():
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Don kien nghi")
    return bytes(pdf.output())


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def form_data(**overrides):
    data = {
        "sender_name": "Nguyễn Văn An",
        "sender_kind": "citizen",
        "show_sender_name": "",
        "phone": PHONE,
        "email": EMAIL,
        "subject": "Đường liên xóm Chùa, xã Tân Cương xuống cấp",
        "field": PetitionField.TRANSPORT,
        "content": "Đoạn đường liên xóm dài khoảng 800 m bị sụt lún, ổ gà nhiều từ tháng 8, xin sửa chữa sớm.",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def submit_url(news_tree):
    return news_tree.petitions.url + "gui/"


def track_url(news_tree):
    return news_tree.petitions.url + "tra-cuu/"


def field_errors(response, name):
    form = response.context["form"]
    return [str(error) for error in form.errors.get(name, [])]


# --- The form --------------------------------------------------------------------------------------------------


def test_the_form_page_is_served_in_vietnamese_and_english_urls(client, news_tree):
    response = get_ok(client, submit_url(news_tree))
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html and 'enctype="multipart/form-data"' in html
    assert "no-store" in response["Cache-Control"]
    # the honeypot is there, hidden by the stylesheet, out of the tab order
    assert 'class="hp-field"' in html and 'name="website"' in html and 'tabindex="-1"' in html
    # the listing links to the form and the tracking page
    listing = client.get(news_tree.petitions.url).content.decode()
    assert 'href="/tin-tuc/phan-anh-kien-nghi/gui/"' in listing
    assert 'href="/tin-tuc/phan-anh-kien-nghi/tra-cuu/"' in listing
    # the English spelling of the route works too
    assert client.get(news_tree.petitions.url + "submit/").status_code == 200


def test_the_english_tree_has_english_urls_and_strings(client, news_tree):
    from thainguyen_portal.core.demo import DemoBuilder

    builder = DemoBuilder()
    index_en = builder.translation(news_tree.index, "en", title="News", slug="news")
    petitions_en = builder.translation(news_tree.petitions, "en", title="Petitions", slug="petitions")
    assert petitions_en.url == "/en/news/petitions/"
    listing = client.get(petitions_en.url).content.decode()
    assert 'href="/en/news/petitions/submit/"' in listing and 'href="/en/news/petitions/track/"' in listing
    form = client.get("/en/news/petitions/submit/")
    assert form.status_code == 200 and "Send a petition" in form.content.decode()
    assert 'href="/en/news/petitions/track/"' in form.content.decode()
    response = client.post("/en/news/petitions/submit/", form_data())
    assert response["Location"].startswith("/en/news/petitions/submit/thanks/?t=")
    code = PetitionSubmission.objects.get().code
    tracking = client.get("/en/news/petitions/track/", {"ma": code}).content.decode()
    assert code in tracking and "Received" in tracking
    assert index_en.pk


def test_a_valid_submission_is_stored_with_its_files_and_gives_a_tracking_code(client, news_tree, private_root):
    files = [upload("anh-duong.png", image_bytes("PNG")), upload("don.pdf", pdf_bytes())]
    response = client.post(submit_url(news_tree), form_data(show_sender_name="on", attachments=files))
    assert response.status_code == 302
    submission = PetitionSubmission.objects.get()
    assert submission.sender_name == "Nguyễn Văn An" and submission.show_sender_name
    assert submission.phone == PHONE_DIGITS and submission.email == EMAIL
    assert submission.status == PetitionStatus.RECEIVED and submission.field == PetitionField.TRANSPORT
    assert normalise_tracking_code(submission.code) == submission.code
    attachments = list(submission.attachments.all())
    assert [(a.original_name, a.content_type) for a in attachments] == [
        ("anh-duong.png", "image/png"),
        ("don.pdf", "application/pdf"),
    ]
    assert len(stored_files(private_root)) == 2
    # kept outside MEDIA_ROOT, with no URL
    assert all(Path(private_storage().path(a.file.name)).is_relative_to(private_root) for a in attachments)
    with pytest.raises(ValueError):
        _ = attachments[0].file.url
    # the thank-you page shows the code
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert submission.code in thanks.content.decode()
    assert "no-store" in thanks["Cache-Control"]


def test_webp_and_jpeg_are_accepted(client, news_tree, private_root):
    files = [upload("a.webp", image_bytes("WEBP")), upload("b.jpg", image_bytes("JPEG"))]
    assert client.post(submit_url(news_tree), form_data(attachments=files)).status_code == 302
    assert sorted(PetitionAttachment.objects.values_list("content_type", flat=True)) == ["image/jpeg", "image/webp"]
    assert len(stored_files(private_root)) == 2


def photo_with_gps(size=(400, 200)):
    """A phone's photo: taken sideways (EXIF orientation 6) at a GPS position in Tân Cương, with the camera's make."""
    image = Image.new("RGB", size, (30, 120, 60))
    image.paste((200, 30, 30), (0, 0, size[0] // 4, size[1]))  # a red band on the left: shows the orientation
    exif = Image.Exif()
    exif[0x010F] = "Điện thoại của người gửi"  # Make
    exif[0x0112] = 6  # Orientation: turn 90° clockwise to show
    exif.get_ifd(0x8825).update({1: "N", 2: (21.0, 35.0, 24.0), 3: "E", 4: (105.0, 50.0, 24.0)})
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def test_a_photo_is_stored_upright_without_its_exif_and_gps(client, news_tree, private_root):
    original = photo_with_gps()
    with Image.open(io.BytesIO(original)) as check:
        assert check.getexif().get_ifd(0x8825)  # the test photo does carry a GPS position
    submission = submit(client, news_tree, attachments=[upload("IMG_2041.jpg", original, "image/jpeg")])
    attachment = submission.attachments.get()
    with attachment.file.open("rb") as file:
        data = file.read()
    assert attachment.size == len(data) and attachment.content_type == "image/jpeg"
    with Image.open(io.BytesIO(data)) as stored:
        assert stored.format == "JPEG"
        assert not stored.getexif()  # no GPS, no camera, no orientation tag left
        assert "exif" not in stored.info
        assert stored.size == (200, 400)  # turned upright, as the phone showed it
        assert stored.convert("RGB").getpixel((100, 5))[0] > 150  # the red band, now along the top
    (path,) = stored_files(private_root)
    assert path.read_bytes() == data


@pytest.mark.parametrize("kind", sorted(PHONE_IMAGES))
def test_phone_images_are_accepted_and_stored_without_gps(client, news_tree, private_root, kind):
    # MPO (a phone's multi-picture JPEG) is accepted and stored as its first picture, a plain JPEG.
    name = "anh.webp" if kind == "animated-webp" else "IMG_2041.jpg"
    submission = submit(client, news_tree, attachments=[upload(name, PHONE_IMAGES[kind]())])
    attachment = submission.attachments.get()
    assert attachment.content_type == ("image/webp" if kind == "animated-webp" else "image/jpeg")
    (path,) = stored_files(private_root)
    data = path.read_bytes()
    assert_no_location(data)
    assert attachment.size == len(data)


def test_a_pdf_attachment_is_stored_as_sent(client, news_tree, private_root):
    data = pdf_bytes()
    submission = submit(client, news_tree, attachments=[upload("don.pdf", data)])
    with submission.attachments.get().file.open("rb") as file:
        assert file.read() == data


def test_the_type_comes_from_the_content_not_the_name(client, news_tree):
    # a real PNG named .pdf is stored as the PNG it is
    client.post(submit_url(news_tree), form_data(attachments=[upload("ban-chup.pdf", image_bytes("PNG"))]))
    attachment = PetitionAttachment.objects.get()
    assert attachment.content_type == "image/png" and attachment.file.name.endswith(".png")


def assert_nothing_stored(private_root):
    assert PetitionSubmission.objects.count() == 0
    assert PetitionAttachment.objects.count() == 0
    assert stored_files(private_root) == []


@pytest.mark.parametrize(
    ("missing", "field"),
    [
        ({"sender_name": ""}, "sender_name"),
        ({"sender_kind": None}, "sender_kind"),
        ({"subject": ""}, "subject"),
        ({"field": ""}, "field"),
        ({"content": ""}, "content"),
        ({"phone": "", "email": ""}, "phone"),
    ],
)
def test_each_missing_field_gives_its_message_and_stores_nothing(client, news_tree, private_root, missing, field):
    files = [upload("anh.png", image_bytes())]
    response = client.post(submit_url(news_tree), form_data(attachments=files, **missing))
    assert response.status_code == 200
    assert field_errors(response, field), response.context["form"].errors
    html = response.content.decode()
    assert f'id="id_{field}_error"' in html and 'aria-invalid="true"' in html and 'role="alert"' in html
    assert_nothing_stored(private_root)


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"phone": "12345"}, "phone", "0912 345 678"),
        ({"phone": "", "email": "an@"}, "email", "@"),
        ({"content": "Ngắn quá"}, "content", "20"),
    ],
)
def test_bad_contact_or_content_is_refused(client, news_tree, private_root, overrides, field, message):
    response = client.post(submit_url(news_tree), form_data(**overrides))
    assert response.status_code == 200
    errors = field_errors(response, field)
    assert errors and (message in " ".join(errors) or field == "email")
    assert_nothing_stored(private_root)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("don.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200, "không phải"),
        ("anh.jpg", "Đây là một tệp văn bản, không phải ảnh.\n".encode() * 20, "không phải"),
        ("hong.pdf", b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer garbage", "PDF"),
        ("cut.png", image_bytes("PNG")[:60], "không phải"),
        ("anh.gif", b"GIF89a" + image_bytes("GIF")[6:], "không phải"),
        ("rong.png", b"", "trống"),
    ],
)
def test_a_disallowed_type_by_content_is_refused(client, news_tree, private_root, name, data, expected):
    files = [upload("tot.png", image_bytes()), upload(name, data, "application/pdf")]
    response = client.post(submit_url(news_tree), form_data(attachments=files))
    assert response.status_code == 200
    errors = " ".join(field_errors(response, "attachments"))
    assert name in errors and expected in errors, errors
    assert_nothing_stored(private_root)


def test_a_file_over_the_limit_is_refused(client, news_tree, private_root, settings):
    settings.NEWS_PETITION_MAX_FILE_SIZE = 2000
    big = image_bytes("PNG", size=(300, 300)) + b"\x00" * 3000
    response = client.post(submit_url(news_tree), form_data(attachments=[upload("lon.png", big)]))
    errors = " ".join(field_errors(response, "attachments"))
    assert "lon.png" in errors and "2,0" in errors.replace(".", ","), errors
    assert_nothing_stored(private_root)


def test_more_than_three_files_are_refused(client, news_tree, private_root):
    files = [upload(f"anh-{n}.png", image_bytes()) for n in range(4)]
    response = client.post(submit_url(news_tree), form_data(attachments=files))
    errors = " ".join(field_errors(response, "attachments"))
    assert "4" in errors and "3" in errors, errors
    assert_nothing_stored(private_root)


def test_a_filled_honeypot_looks_like_success_and_stores_nothing(client, news_tree, private_root):
    files = [upload("anh.png", image_bytes())]
    response = client.post(submit_url(news_tree), form_data(website="http://spam.example", attachments=files))
    assert response.status_code == 302
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200 and "PA-" in thanks.content.decode()
    assert_nothing_stored(private_root)


def test_the_sixth_submission_in_a_minute_gets_429(client, news_tree, private_root, rate_limit_clock):
    rate_limit_clock.advance(50)  # six posts within the last ten seconds of one counting window
    codes = [client.post(submit_url(news_tree), form_data()).status_code for _ in range(6)]
    assert codes == [302] * 5 + [429]
    assert PetitionSubmission.objects.count() == 5
    # another address is not affected
    assert client.post(submit_url(news_tree), form_data(), REMOTE_ADDR="203.0.113.50").status_code == 302
    # the next minute admits the first address again
    rate_limit_clock.advance(10)
    assert client.post(submit_url(news_tree), form_data()).status_code == 302


def test_a_cached_form_page_still_accepts_a_valid_submission(news_tree, settings, private_root):
    settings.PAGE_CACHE_ENABLED = True
    reader = Client(enforce_csrf_checks=True)
    url = submit_url(news_tree)
    first = reader.get(url)
    second = reader.get(url)
    # never stored, never served from the page cache: each reader gets a token of their own
    assert first.get("X-Cache") is None and second.get("X-Cache") is None
    assert "no-store" in second["Cache-Control"] and "public" not in second["Cache-Control"]
    token = second.context["csrf_token"]
    response = reader.post(url, form_data(csrfmiddlewaretoken=str(token)))
    assert response.status_code == 302
    assert PetitionSubmission.objects.count() == 1
    # a POST without the token is refused
    assert Client(enforce_csrf_checks=True).post(url, form_data()).status_code == 403
    # while the listing and the empty tracking form are cached as usual
    listing = news_tree.petitions.url
    assert reader.get(listing).get("X-Cache") == "MISS" and reader.get(listing).get("X-Cache") == "HIT"
    assert reader.get(track_url(news_tree)).get("X-Cache") == "MISS"


# --- Tracking ----------------------------------------------------------------------------------------------------


def test_tracking_codes_are_short_readable_and_random():
    codes = {new_tracking_code(2026) for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        prefix, year, random_part = code.split("-")
        assert (prefix, year, len(random_part)) == ("PA", "2026", 6)
        assert set(random_part) <= set(CODE_ALPHABET) and not set(random_part) & set("01OIL")
    assert normalise_tracking_code(" pa 2026 7k3qx9 ") == "PA-2026-7K3QX9"
    assert normalise_tracking_code("PA20267K3QX9") == "PA-2026-7K3QX9"
    for bad in ["", "PA-2026-7K3QX", "PA-2026-7K3QX0", "XX-2026-7K3QX9", "PA-ABCD-7K3QX9", "ＰＡ-2026-7K3QX9"]:
        assert normalise_tracking_code(bad) == ""


def submit(client, news_tree, **overrides):
    response = client.post(submit_url(news_tree), form_data(**overrides))
    assert response.status_code == 302, response.context["form"].errors
    return PetitionSubmission.objects.order_by("-pk").first()


def test_the_tracking_page_shows_the_status_of_a_code(client, news_tree):
    submission = submit(client, news_tree)
    response = client.get(track_url(news_tree), {"ma": submission.code.lower()})
    assert response.status_code == 200
    html = response.content.decode()
    assert submission.code in html and "Đã tiếp nhận" in html
    assert "no-store" in response["Cache-Control"]

    agency = AgencyFactory(name="UBND xã Tân Cương")
    submission.status, submission.agency = PetitionStatus.FORWARDED, agency
    submission.save()
    html = client.get(track_url(news_tree), {"ma": submission.code}).content.decode()
    assert "Đã chuyển" in html and "UBND xã Tân Cương" in html

    page = PetitionPageFactory(parent=news_tree.petitions, title="Sửa đường liên xóm Chùa", agency=agency)
    submission.status, submission.petition_page = PetitionStatus.ANSWERED, page
    submission.save()
    html = client.get(track_url(news_tree), {"ma": submission.code}).content.decode()
    assert "Đã trả lời" in html and f'href="{page.url}"' in html


def test_an_unpublished_petition_page_is_not_linked(client, news_tree):
    submission = submit(client, news_tree)
    draft = PetitionPageFactory(parent=news_tree.petitions, title="Bản nháp", live=False)
    submission.petition_page = draft
    submission.save()
    html = client.get(track_url(news_tree), {"ma": submission.code}).content.decode()
    assert draft.url_path not in html and "Bản nháp" not in html


@pytest.mark.parametrize(
    ("code", "status", "message"),
    [
        ("PA-2026-ZZZZZZ", 404, "Không có phản ánh nào"),
        ("không phải mã", 200, "không phải là mã tra cứu"),
        ("<script>alert(1)</script>", 200, "không phải là mã tra cứu"),
        ("9" * 500, 200, "không phải là mã tra cứu"),
    ],
)
def test_an_unknown_or_malformed_code_gives_a_clear_message(client, news_tree, code, status, message):
    response = client.get(track_url(news_tree), {"ma": code})
    assert response.status_code == status
    html = response.content.decode()
    assert message in html
    assert "<script>alert" not in html


def test_tracking_lookups_are_rate_limited(client, news_tree, settings, rate_limit_clock):
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "form": "3/m"}
    codes = [client.get(track_url(news_tree), {"ma": "PA-2026-ZZZZZZ"}).status_code for _ in range(4)]
    assert codes == [404, 404, 404, 429]
    # the empty form is not counted
    assert client.get(track_url(news_tree)).status_code == 200


def test_a_bad_thank_you_link_gives_a_message_not_an_error(client, news_tree):
    response = client.get(news_tree.petitions.url + "gui/cam-on/", {"t": "forged:token"})
    assert response.status_code == 404
    assert "liên kết này đã hết hạn" in response.content.decode().lower()


def test_contact_details_never_appear_in_public_html(client, news_tree, admin_user):
    submission = submit(client, news_tree, show_sender_name="")
    thanks_url = client.post(submit_url(news_tree), form_data()).get("Location")
    from news.petitions.admin_views import draft_petition_page

    page, _ = draft_petition_page(submission, admin_user)
    page.save_revision().publish()
    submission.refresh_from_db()
    submission.status = PetitionStatus.FORWARDED
    submission.save()
    urls = [
        news_tree.petitions.url,
        submit_url(news_tree),
        thanks_url,
        track_url(news_tree) + f"?ma={submission.code}",
        page.url,
        "/",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        for secret in (PHONE, PHONE_DIGITS, EMAIL, "Nguyễn Văn An"):
            assert secret not in html, (url, secret)


# --- Query counts ------------------------------------------------------------------------------------------------


def test_query_count_of_the_form_page(news_tree, count_queries):
    # The first request warms the site's root paths and settings caches like a running site; then serving (2) and
    # the frame's language alternates (1): core/publishing/frame.py.
    count_queries(submit_url(news_tree), 3)


def test_query_count_of_the_tracking_page(client, news_tree, count_queries, django_assert_num_queries):
    submission = submit(client, news_tree, show_sender_name="")
    count_queries(track_url(news_tree), 3)
    with django_assert_num_queries(4):  # the same three and the submission with its agency and page
        assert client.get(track_url(news_tree), {"ma": submission.code}).status_code == 200


# --- The newsroom's admin ------------------------------------------------------------------------------------------


def test_submissions_are_listed_filtered_and_searched_in_the_admin(client, admin_client, news_tree):
    roads = submit(client, news_tree)
    land = submit(client, news_tree, subject="Cấp giấy chứng nhận quyền sử dụng đất chậm", field=PetitionField.LAND)
    land.status = PetitionStatus.FORWARDED
    land.save()
    index = reverse("petition_submissions:index")
    html = admin_client.get(index).content.decode()
    assert roads.code in html and land.code in html
    filtered = admin_client.get(index, {"status": "forwarded"}).content.decode()
    assert land.code in filtered and roads.code not in filtered
    by_field = admin_client.get(index, {"field": "transport"}).content.decode()
    assert roads.code in by_field and land.code not in by_field
    found = admin_client.get(index, {"q": roads.code}).content.decode()
    assert roads.code in found and land.code not in found
    today = timezone.localdate()
    in_range = admin_client.get(index, {"created_at_from": today.isoformat(), "created_at_to": today.isoformat()})
    assert roads.code in in_range.content.decode() and land.code in in_range.content.decode()
    later = admin_client.get(index, {"created_at_from": (today + datetime.timedelta(days=1)).isoformat()})
    assert later.status_code == 200 and roads.code not in later.content.decode()
    # a malformed date is a message in the filter, never an error
    assert admin_client.get(index, {"created_at_from": "31/02/2026"}).status_code == 200


def test_staff_inspect_a_submission_and_download_its_attachments(client, admin_client, news_tree, django_user_model):
    data = pdf_bytes()
    submission = submit(client, news_tree, attachments=[upload("don kien nghi.pdf", data)])
    attachment = submission.attachments.get()
    inspect = admin_client.get(reverse("petition_submissions:inspect", args=[submission.pk]))
    html = inspect.content.decode()
    assert PHONE_DIGITS in html and EMAIL in html and "don kien nghi.pdf" in html
    download_url = reverse("petition_submissions:attachment", args=[submission.pk, attachment.pk])
    assert download_url in html
    response = admin_client.get(download_url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data
    assert response["Content-Type"] == "application/pdf" and "attachment" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    # an anonymous reader is sent to the login page, a signed-in user without the permission is refused
    assert Client().get(download_url).status_code == 302
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reporter", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    other = Client()
    other.force_login(user)
    assert other.get(download_url).status_code in (302, 403)
    assert other.get(reverse("petition_submissions:inspect", args=[submission.pk])).status_code in (302, 403)
    # another submission's attachment id under this submission is not found
    assert (
        admin_client.get(
            reverse("petition_submissions:attachment", args=[submission.pk + 1, attachment.pk])
        ).status_code
        == 404
    )


def test_staff_create_a_submission_in_the_admin_and_change_its_status(admin_client, news_tree):
    agency = AgencyFactory(name="Sở Xây dựng")
    response = admin_client.post(
        reverse("petition_submissions:add"),
        {
            "status": "forwarded",
            "agency": agency.pk,
            "staff_note": "Nhận qua đường dây nóng",
            "petition_page": "",
            "sender_name": "Trần Thị Bình",
            "sender_kind": "citizen",
            "phone": "0208 3855 555",
            "email": "",
            "subject": "Đèn đường tắt",
            "field": "transport",
            "content": "Đèn đường trên đường Quang Trung tắt từ tuần trước.",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    submission = PetitionSubmission.objects.get()
    assert normalise_tracking_code(submission.code) == submission.code
    assert submission.agency == agency and submission.status == PetitionStatus.FORWARDED
    data = {
        "status": "answered",
        "agency": agency.pk,
        "staff_note": "",
        "petition_page": "",
        "sender_name": submission.sender_name,
        "sender_kind": "citizen",
        "phone": submission.phone,
        "email": "",
        "subject": submission.subject,
        "field": "transport",
        "content": submission.content,
    }
    assert admin_client.post(reverse("petition_submissions:edit", args=[submission.pk]), data).status_code == 302
    submission.refresh_from_db()
    assert submission.status == PetitionStatus.ANSWERED


@pytest.mark.parametrize("show_name", [True, False])
def test_staff_turn_a_submission_into_a_draft_petition_page(client, admin_client, news_tree, show_name):
    agency = AgencyFactory(name="Sở Xây dựng")
    submission = submit(client, news_tree, show_sender_name="on" if show_name else "", sender_kind="business")
    submission.agency, submission.status = agency, PetitionStatus.ANSWERED
    submission.save()
    inspect = admin_client.get(reverse("petition_submissions:inspect", args=[submission.pk])).content.decode()
    convert_url = reverse("petition_submissions:convert", args=[submission.pk])
    assert convert_url in inspect
    response = admin_client.post(convert_url)
    page = PetitionPage.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert not page.live and page.get_parent().pk == news_tree.petitions.pk
    assert page.title == submission.subject and page.content == submission.content
    assert page.agency == agency and page.field == submission.field and page.sender_kind == "business"
    assert page.status == PetitionStatus.FORWARDED  # the editor writes the answer before it says "answered"
    assert page.sender_name == ("Nguyễn Văn An" if show_name else "") and page.show_sender_name == show_name
    assert page.latest_revision is not None
    for secret in (PHONE, PHONE_DIGITS, EMAIL):
        assert secret not in str(page.latest_revision.content)
    submission.refresh_from_db()
    assert submission.petition_page_id == page.pk
    # a second conversion opens the same draft
    admin_client.post(convert_url)
    assert PetitionPage.objects.count() == 1
    # the page editor opens the draft
    assert admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200
    # publishing the page once it is answered moves the submission on
    PetitionSubmission.objects.filter(pk=submission.pk).update(status=PetitionStatus.RECEIVED)
    page.status, page.answer, page.answer_date = PetitionStatus.ANSWERED, "<p>Sở đã sửa xong.</p>", timezone.localdate()
    page.save_revision().publish()
    submission.refresh_from_db()
    assert submission.status == PetitionStatus.ANSWERED


def test_deleting_a_submission_deletes_its_files(
    client, admin_client, news_tree, private_root, django_capture_on_commit_callbacks
):
    submission = submit(client, news_tree, attachments=[upload("anh.png", image_bytes())])
    assert len(stored_files(private_root)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(reverse("petition_submissions:delete", args=[submission.pk]))
    assert response.status_code == 302
    assert PetitionSubmission.objects.count() == 0 and stored_files(private_root) == []


def test_the_newsroom_is_told_of_a_new_submission_without_contact_details(
    client, news_tree, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.NEWS_PETITION_NOTIFY = ["toasoan@thainguyen.gov.vn"]
    with django_capture_on_commit_callbacks(execute=True):
        submission = submit(client, news_tree)
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["toasoan@thainguyen.gov.vn"] and submission.code in message.subject
    assert reverse("petition_submissions:inspect", args=[submission.pk]) in message.body
    assert PHONE_DIGITS not in message.body and EMAIL not in message.body
