"""Issue 23, item 10: the smaller findings of the production-like probe, each checked through the real code."""

import io
import logging
import os
import subprocess
import sys

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import translation
from PIL import Image

from news.petitions.forms import check_attachment
from thainguyen_portal.editorial.forms import FieldReportForm

BASE_DIR = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def start_production(secret_key):
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}}
    env.update(SECRET_KEY=secret_key, DJANGO_SETTINGS_MODULE="thainguyen_portal.settings.production")
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("secret_key", ["x", "k" * 60, "abcd" * 20, "x7#kq2!vT9@pL4$mZ8^wR1&nB6*cY3(eH5)jF0_gD-"])
def test_production_refuses_a_weak_secret_key_in_one_line(secret_key):
    result = start_production(secret_key)
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "SECRET_KEY is too weak: production needs at least 50 characters with at least 5 different ones "
        "(python -c 'import secrets; print(secrets.token_urlsafe(50))'; see README.md)."
    ]


def test_a_bad_host_is_one_warning_without_a_traceback(client, caplog):
    logger = logging.getLogger("django.security.DisallowedHost")
    logger.addHandler(caplog.handler)  # the logger does not propagate to the root, where caplog listens
    try:
        with override_settings(ALLOWED_HOSTS=["thainguyen.gov.vn"]), caplog.at_level(logging.DEBUG):
            response = client.get("/", HTTP_HOST="evil.example")
    finally:
        logger.removeHandler(caplog.handler)
    assert response.status_code == 400
    records = [r for r in caplog.records if r.name == "django.security.DisallowedHost"]
    assert [(r.levelname, r.exc_info, r.exc_text) for r in records] == [("WARNING", None, None)]
    assert "evil.example" in records[0].getMessage()


@pytest.mark.django_db
def test_the_query_report_refuses_editors_who_are_not_superusers_as_wagtail_does(client):
    editor = get_user_model().objects.create_user("bientap", password="a-long-enough-passphrase-42")
    group = Group.objects.create(name="Biên tập thử")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    client.force_login(editor)
    response = client.get("/admin/reports/search-queries/")
    # Wagtail's admin answers a PermissionDenied by sending the editor to the dashboard with a message
    # (before: Django's sign-in page at /accounts/login/, which does not exist).
    assert (response.status_code, response["Location"]) == (302, "/admin/")


def test_an_html_page_with_a_pdf_after_it_is_not_a_petition_pdf():
    buffer = io.BytesIO()
    Image.new("RGB", (60, 80), "white").save(buffer, "PDF")
    pdf = buffer.getvalue()
    assert check_attachment("don.pdf", pdf)  # the PDF alone is accepted
    polyglot = b"<html><body><script>alert(document.cookie)</script></body></html>\n" + pdf
    with pytest.raises(ValidationError):
        check_attachment("don.pdf", polyglot)


def jpeg_of(size):
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "green").save(buffer, "JPEG")
    data = buffer.getvalue()
    return data + b"\0" * (size - len(data))


@pytest.mark.django_db
@override_settings(EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIZE=10 * 1024 * 1024)
def test_an_11_mb_photo_is_reported_as_11_mb():
    photo = SimpleUploadedFile("hien-truong.jpg", jpeg_of(11 * 1024 * 1024), content_type="image/jpeg")
    form = FieldReportForm(data={"text": "Sạt lở đất ở Định Hóa."}, files={"photos": [photo]})
    with translation.override("en"):
        assert not form.is_valid()
    messages = " ".join(str(m) for errors in form.errors.values() for m in errors)
    assert "11.0\xa0MB" in messages and "10.0\xa0MB" in messages


@override_settings(EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIZE=10 * 1024 * 1024)
def test_a_photo_one_byte_over_the_limit_is_reported_in_bytes():
    photo = SimpleUploadedFile("anh.jpg", jpeg_of(10 * 1024 * 1024 + 1), content_type="image/jpeg")
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        FieldReportForm().fields["photos"].clean([photo])
    message = caught.value.messages[0]
    assert "10,485,761 bytes" in message and "10,485,760 bytes" in message
