"""Shared links come back with click-tracking parameters (Facebook's fbclid, Zalo's zarsrc, utm_*): they must not
split the page cache nor show up in the page."""

import pytest

from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory
from news.models import PAGE_SIZE
from thainguyen_portal.core.publishing import pagecache

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def section(site_tree):
    index = NewsIndexPageFactory(parent=site_tree.home)
    section = SectionPageFactory(parent=index, title="Kinh tế", slug="kinh-te")
    for n in range(PAGE_SIZE + 2):
        ArticlePageFactory(parent=section, title=f"Doanh nghiệp Thái Nguyên mở rộng sản xuất, bài {n}")
    return section


def test_every_facebook_click_is_served_from_one_cached_copy(client, section, django_assert_num_queries):
    article = section.get_children().first()
    url = article.url
    first = client.get(url + "?fbclid=IwAR0aBcD1")
    assert first.status_code == 200 and first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        for query in ("?fbclid=IwAR9zYxW2", "?zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo", ""):
            again = client.get(url + query)
            assert again.status_code == 200
            assert again["X-Cache"] == "HIT", query
            assert again.content == first.content


def test_other_parameters_are_kept_and_tracking_ones_never_reach_the_page(client, section):
    page_two = client.get(section.url + "?utm_source=facebook&page=2&fbclid=IwAR0aBcD1")
    assert page_two.status_code == 200
    html = page_two.content.decode()
    assert page_two.context["page_obj"].number == 2
    assert "fbclid" not in html and "utm_source" not in html  # pagination links are built from the clean query
    assert 'href="?page=1"' in html
    # The clean address is the same cache entry; page 1 is another.
    assert client.get(section.url + "?page=2")["X-Cache"] == "HIT"
    assert client.get(section.url)["X-Cache"] == "MISS"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("fbclid=abc", ""),
        ("page=2&fbclid=abc", "page=2"),
        ("UTM_SOURCE=x&q=tr%C3%A0+vi%E1%BB%87t&utm_content=y", "q=tr%C3%A0+vi%E1%BB%87t"),
        ("q=a&q=b&zarsrc=30&gclid=1&_gl=2&mc_cid=3", "q=a&q=b"),
        ("utmost=1", "utmost=1"),  # only the utm_ prefix, not any word starting with "utm"
        ("page=3", "page=3"),
    ],
)
def test_strip_tracking_params(rf, raw, expected):
    request = rf.get("/tin-tuc/")
    request.META["QUERY_STRING"] = raw
    request.GET  # noqa: B018 - read once, as a middleware before might have: the clean value must replace it
    pagecache.strip_tracking_params(request)
    assert request.META["QUERY_STRING"] == expected
    assert "fbclid" not in request.GET and "utm_source" not in request.GET


def test_admin_requests_are_left_as_they_are(admin_client, site_tree):
    response = admin_client.get("/admin/pages/?utm_source=newsletter")
    assert response.status_code == 200
    assert response.wsgi_request.GET.get("utm_source") == "newsletter"
