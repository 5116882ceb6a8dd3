"""The newsroom speaks Vietnamese to Vietnamese users (the admin's language is each user's preference)."""

import pytest
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db


def test_field_report_form_and_errors_in_vietnamese(client, newsroom):
    user = newsroom.users["collaborators"]
    UserProfile.objects.filter(user=user).update(preferred_language="vi")
    client.force_login(user)
    html = client.get("/admin/newsroom/reports/new/").content.decode()
    assert "Gửi tin hiện trường" in html
    assert "Gửi về tòa soạn" in html
    from django.core.files.uploadedfile import SimpleUploadedFile

    bad = SimpleUploadedFile("tep.jpg", b"khong phai anh", content_type="image/jpeg")
    response = client.post("/admin/newsroom/reports/new/", {"text": "Thử", "photos": [bad]})
    assert "“tep.jpg” không phải là ảnh (JPEG, PNG hoặc WebP)." in response.content.decode()
