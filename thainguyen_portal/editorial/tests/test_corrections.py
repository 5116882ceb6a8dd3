"""Corrections shown on the article, and unpublishing that asks for a reason and logs it."""

import pytest
from django.template import Context, Template
from django.utils import translation
from wagtail.models import Page, PageLogEntry

from thainguyen_portal.editorial.factories import CorrectionFactory

pytestmark = pytest.mark.django_db


def render(page):
    return Template("{% load editorial_tags %}{% corrections page %}").render(Context({"page": page}))


def test_corrections_render_dated_under_the_article(newsroom, django_assert_num_queries):
    import datetime

    CorrectionFactory(page=newsroom.article, date=datetime.date(2026, 11, 26), text="Sửa tên xã: Tân Cương.")
    CorrectionFactory(page=newsroom.article, date=datetime.date(2026, 11, 27), text="Bổ sung ảnh.")
    # One query: the page's correction notes. Dates in the Vietnamese format, as on a Vietnamese article.
    with translation.override("vi"), django_assert_num_queries(1):
        html = render(newsroom.article)
    assert html.index("26/11/2026") < html.index("27/11/2026")
    assert "Sửa tên xã: Tân Cương." in html
    assert render(newsroom.section).strip() == ""


def test_editor_adds_a_correction_in_the_admin(client, newsroom):
    client.force_login(newsroom.users["editors"])
    response = client.post(
        "/admin/snippets/editorial/correction/add/",
        {"page": newsroom.article.pk, "date": "2026-11-26", "text": "Đính chính số liệu sản lượng chè."},
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    assert "Đính chính số liệu" in render(newsroom.article)
    client.force_login(newsroom.users["reporters"])
    assert client.get("/admin/snippets/editorial/correction/add/").status_code == 302


def test_unpublishing_asks_for_a_reason_and_logs_it(client, newsroom):
    client.force_login(newsroom.users["approvers"])
    url = f"/admin/pages/{newsroom.article.pk}/unpublish/"
    assert 'name="reason"' in client.get(url).content.decode()
    client.post(url, {"reason": "  "})
    assert Page.objects.get(pk=newsroom.article.pk).live
    client.post(url, {"reason": "Thông tin chưa được kiểm chứng."})
    assert not Page.objects.get(pk=newsroom.article.pk).live
    entry = PageLogEntry.objects.get(page=newsroom.article, action="editorial.unpublish_reason")
    assert entry.data == {"reason": "Thông tin chưa được kiểm chứng."}
    assert entry.user == newsroom.users["approvers"]
    history = client.get(f"/admin/pages/{newsroom.article.pk}/history/").content.decode()
    assert "Unpublished because: Thông tin chưa được kiểm chứng." in history
