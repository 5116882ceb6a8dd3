"""The admin: signing in, and creating pages the way an editor does."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage

pytestmark = pytest.mark.django_db

PASSWORD = "chè-Tân-Cương-2026"


@pytest.fixture
def editor_admin(db):
    return get_user_model().objects.create_superuser("bientapvien", "btv@thainguyen.gov.vn", PASSWORD)


def test_admin_login(client, editor_admin, site_tree):
    response = client.post("/admin/login/", {"username": "bientapvien", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert dashboard.wsgi_request.user == editor_admin


def test_admin_login_refuses_a_wrong_password(client, editor_admin):
    response = client.post("/admin/login/", {"username": "bientapvien", "password": "sai-mat-khau"})
    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated


def test_editor_creates_a_standard_page_and_gets_a_vietnamese_slug(client, editor_admin, site_tree):
    client.force_login(editor_admin)
    url = f"/admin/pages/add/home/standardpage/{site_tree.home.pk}/"
    form = client.get(url)
    assert form.status_code == 200
    # The slug field carries the formatter that keeps đ in the browser, too.
    assert "data-w-slug-formatters-value" in form.content.decode()

    data = nested_form_data(
        {
            "title": "Đường lên Tân Cương",
            "slug": "",
            "intro": "Hành trình về vùng chè đặc sản.",
            "body": streamfield([("paragraph", rich_text("<p>Tân Cương cách trung tâm 12 km.</p>"))]),
            "seo_title": "",
            "search_description": "",
            "social_text": "",
            "action-publish": "publish",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = StandardPage.objects.get(title="Đường lên Tân Cương")
    assert page.slug == "duong-len-tan-cuong"
    assert page.live
    assert client.get("/duong-len-tan-cuong/").status_code == 200


def test_second_page_with_the_same_title_gets_a_numbered_slug(site_tree):
    for _ in range(2):
        site_tree.home.add_child(instance=StandardPage(title="Đường lên Tân Cương"))
    slugs = sorted(Page.objects.filter(title="Đường lên Tân Cương").values_list("slug", flat=True))
    assert slugs == ["duong-len-tan-cuong", "duong-len-tan-cuong-2"]
