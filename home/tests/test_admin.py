"""The admin: signing in, and creating pages the way an editor does."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import StandardPage
from tests.helpers import ADMIN_PASSWORD

pytestmark = pytest.mark.django_db


def test_admin_login(client, superuser, site_tree):
    response = client.post("/admin/login/", {"username": "bientapvien", "password": ADMIN_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    dashboard = client.get("/admin/")
    assert dashboard.status_code == 200
    assert dashboard.wsgi_request.user == superuser


def test_admin_login_refuses_a_wrong_password(client, superuser):
    response = client.post("/admin/login/", {"username": "bientapvien", "password": "sai-mat-khau"})
    assert response.status_code == 200
    assert not response.wsgi_request.user.is_authenticated


def test_editor_creates_a_standard_page_and_gets_a_vietnamese_slug(client, superuser, site_tree):
    client.force_login(superuser)
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
