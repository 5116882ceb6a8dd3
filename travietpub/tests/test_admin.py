"""The admin: the tree's rules, and an editor creating an issue and an article by hand."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from travietpub.factories import MagazineIssuePageFactory, TeaBusinessFactory
from travietpub.models import MagazineArticlePage, MagazineIssuePage

pytestmark = pytest.mark.django_db


def post(client, user, url, data):
    # Signed in again right before each request: with REDIS_URL the sessions live in the next Redis database,
    # which a neighbouring test run sharing the server may clear at any moment (see docs/travietpub.md).
    client.force_login(user)
    return client.post(url, data)


def test_page_type_rules():
    assert MagazineIssuePage.allowed_parent_page_models()[0].__name__ == "MagazineIndexPage"
    assert MagazineArticlePage.allowed_parent_page_models()[0].__name__ == "MagazineIssuePage"
    assert MagazineArticlePage.allowed_subpage_models() == []


def test_editor_creates_an_issue_and_a_duplicate_number_is_refused(client, signed_in_superuser, magazine):
    url = f"/admin/pages/add/travietpub/magazineissuepage/{magazine.pk}/"
    client.force_login(signed_in_superuser)
    assert client.get(url).status_code == 200
    data = {
        "title": "Trà xuân Tân Cương",
        "slug": "",
        "number": "7",
        "issue_date": "2025-03-01",
        "editorial": rich_text("<p>Thư tòa soạn số 7.</p>"),
        "seo_title": "",
        "search_description": "",
        "social_text": "",
        "action-publish": "publish",
    }
    response = post(client, signed_in_superuser, url, nested_form_data(data))
    assert response.status_code == 302, response.content.decode()[:3000]
    issue = MagazineIssuePage.objects.get(number=7)
    assert issue.live and issue.slug == "tra-xuan-tan-cuong"

    response = post(client, signed_in_superuser, url, nested_form_data({**data, "title": "Số trùng"}))
    assert response.status_code == 200
    assert "Đã có một số đặc san khác mang số này." in response.content.decode()


def test_editor_creates_an_article_with_regions_topics_and_businesses(client, signed_in_superuser, magazine):
    issue = MagazineIssuePageFactory(parent=magazine, number=8)
    business = TeaBusinessFactory()
    url = f"/admin/pages/add/travietpub/magazinearticlepage/{issue.pk}/"
    data = nested_form_data(
        {
            "title": "Đường về La Bằng",
            "slug": "",
            "authors": "Nguyễn Thu Hà",
            "lead": "Về La Bằng mùa chè.",
            "body": streamfield([("paragraph", rich_text("<p>La Bằng nằm dưới chân Tam Đảo.</p>"))]),
            "print_start": "5",
            "print_end": "3",
            "tags": "Du lịch, Vụ xuân",
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "social_text": "",
            "action-publish": "publish",
        }
    )
    data.update(regions=[business.region.pk], businesses=[business.pk])
    response = post(client, signed_in_superuser, url, data)
    assert response.status_code == 200  # the last page comes before the first
    assert "Trang cuối đứng trước trang đầu." in response.content.decode()
    data["print_end"] = "6"
    response = post(client, signed_in_superuser, url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    article = MagazineArticlePage.objects.get(title="Đường về La Bằng")
    assert article.slug == "duong-ve-la-bang" and article.print_range == "5–6"
    assert sorted(tag.name for tag in article.tags.all()) == ["Du lịch", "Vụ xuân"]
    assert list(article.businesses.all()) == [business]
    assert list(article.regions.all()) == [business.region]


def test_the_page_chooser_lists_the_issues_newest_first(client, signed_in_superuser, magazine):
    """#20: choosing an issue, the newest is on top (not the first one made)."""
    import datetime

    from django.urls import reverse

    for number, year in [(3, 2024), (1, 2022), (5, 2026), (2, 2023)]:
        MagazineIssuePageFactory(
            parent=magazine, number=number, title=f"Trà Việt số {number}", issue_date=datetime.date(year, 6, 1)
        )
    client.force_login(signed_in_superuser)
    url = reverse("wagtailadmin_choose_page_child", args=[magazine.pk])
    html = client.get(url, {"page_type": "travietpub.magazineissuepage"}).json()["html"]
    positions = [html.index(f"Trà Việt số {number}") for number in (5, 3, 2, 1)]
    assert positions == sorted(positions)
