"""A field report becomes a draft *article* (the page type the newsroom really uses, not a stand-in), as an editor
of the newsroom does it in the Vietnamese admin; and a report from an unknown Zalo sender shows the id to register."""

import pytest
from wagtail.users.models import UserProfile

from news.factories import NewsIndexPageFactory, SectionPageFactory
from news.models import ArticlePage
from thainguyen_portal.editorial.factories import FieldReportFactory, UserFactory
from thainguyen_portal.editorial.models import FieldReport
from thainguyen_portal.editorial.setup import setup_newsroom


@pytest.fixture
def editor(site_tree):
    news = NewsIndexPageFactory(parent=site_tree.home)
    section = SectionPageFactory(parent=news, title="Thời sự", slug="thoi-su")
    setup_newsroom()
    user = UserFactory(username="bientapvien", role="editors")
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="vi")
    return user, section


def test_an_editor_turns_a_field_report_into_a_draft_article(client, editor):
    user, section = editor
    report = FieldReportFactory(sender_name="Lê Văn Cường", place="Xã Đại Từ")
    client.force_login(user)
    response = client.post(
        f"/admin/newsroom/reports/{report.pk}/", {"title": "Sạt lở trên ĐT 263", "parent": section.pk}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ArticlePage.objects.get(title="Sạt lở trên ĐT 263")
    assert not page.live
    draft = page.get_latest_revision_as_object()
    assert draft.sapo.startswith("Mưa lớn gây sạt lở trên tuyến đường ĐT 263")  # a provisional lead to rewrite
    assert draft.authors == "Lê Văn Cường"
    assert FieldReport.objects.get(pk=report.pk).status == FieldReport.Status.CONVERTED


def test_a_page_type_that_cannot_be_filled_is_named_field_by_field(client, editor):
    user, section = editor
    report = FieldReportFactory(text="   ")  # nothing to make a lead from
    FieldReport.objects.filter(pk=report.pk).update(text="")
    client.force_login(user)
    response = client.post(f"/admin/newsroom/reports/{report.pk}/", {"title": "Tin trống", "parent": section.pk})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Sapo" in html or "sapo" in html  # the message says which field, in the editor's language
    assert not ArticlePage.objects.filter(title="Tin trống").exists()


def test_an_unknown_zalo_sender_shows_the_id_to_register(client, editor):
    user, _section = editor
    report = FieldReportFactory(sender=None, sender_name="", source="zalo", sender_external_id="8431203395720551")
    client.force_login(user)
    html = client.get(f"/admin/newsroom/reports/{report.pk}/").content.decode()
    assert "8431203395720551" in html
    assert "chưa rõ người gửi" in html


def test_registering_a_sender_from_the_report_fills_in_the_id(client, admin_client, editor):
    response = admin_client.get("/admin/snippets/editorial/zalosender/add/?zalo_user_id=8431203395720551")
    assert response.status_code == 200
    assert 'value="8431203395720551"' in response.content.decode()
