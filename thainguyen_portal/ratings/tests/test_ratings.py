"""Readers' ratings: one vote per reader and page a day, the refusals, the page cache with the widget, the counts."""

import pytest
from django.core.cache import caches
from django.test import Client
from django.urls import reverse
from wagtail.models import PageViewRestriction

from thainguyen_portal.ratings.models import Rating

pytestmark = pytest.mark.django_db

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
CHROME = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36"
URL = "/_/rating"


def vote(client, page, useful="1", ua=FIREFOX, json=True, origin=None, **fields):
    """A reader's vote on `page` (`ua` None: no User-Agent; `origin`: the Origin header, if any)."""
    data = {"page": page.pk, "useful": useful, **fields}
    headers = {"HTTP_USER_AGENT": ua} if ua else {}
    if origin:
        headers["HTTP_ORIGIN"] = origin
    if json:
        headers["HTTP_ACCEPT"] = "application/json"
    return client.post(URL, data, **headers)


def test_one_vote_per_reader_per_page_and_day(client, rated_tree):
    first = vote(client, rated_tree.article, reason="clear", comment="Rất rõ ràng.")
    assert first.status_code == 200
    assert first.json() == {"status": "ok", "message": "Cảm ơn bạn đã góp ý."}
    again = vote(client, rated_tree.article, useful="0", reason="wrong")
    assert again.status_code == 409
    assert again.json() == {"status": "already", "message": "Bạn đã đánh giá trang này hôm nay. Xin cảm ơn!"}
    assert Rating.objects.count() == 1
    stored = Rating.objects.get()
    assert (stored.useful, stored.reason, stored.comment, stored.language) == (True, "clear", "Rất rõ ràng.", "vi")
    assert len(stored.fingerprint) == 24
    # another browser at the same address is another reader; the same reader may rate another page
    assert vote(client, rated_tree.article, useful="0", ua=CHROME).status_code == 200
    assert vote(client, rated_tree.article2).status_code == 200
    assert Rating.objects.filter(page=rated_tree.article).count() == 2
    assert Rating.objects.count() == 3


def test_without_javascript_the_reader_goes_back_to_the_page_with_an_anchor(client, rated_tree):
    first = vote(client, rated_tree.intro, json=False)
    assert first.status_code == 303
    assert first["Location"] == "/gioi-thieu/#rating-thanks"
    again = vote(client, rated_tree.intro, useful="0", json=False)
    assert again.status_code == 303
    assert again["Location"] == "/gioi-thieu/#rating-already"
    assert Rating.objects.count() == 1


def test_an_english_page_answers_in_english(client, rated_tree):
    response = client.post(
        "/en/_/rating",
        {"page": rated_tree.home_en.pk, "useful": "1"},
        HTTP_USER_AGENT=FIREFOX,
        HTTP_ACCEPT="application/json",
    )
    # the English home page is a site root: it has no widget, but a vote on it is still a vote on a live page
    assert response.status_code == 200
    assert response.json()["message"] == "Thank you for your feedback."
    assert Rating.objects.get().language == "en"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"useful": ""}, "Vui lòng cho biết thông tin có hữu ích hay không."),
        ({"useful": "maybe"}, "Vui lòng cho biết thông tin có hữu ích hay không."),
        ({"useful": "1", "reason": "wrong"}, "Vui lòng chọn một trong các lý do có sẵn."),
        ({"useful": "0", "reason": "nonsense"}, "Vui lòng chọn một trong các lý do có sẵn."),
        ({"useful": "0", "comment": "x" * 1001}, "Ý kiến chỉ được dài tối đa 1000 ký tự."),
        ({"useful": "1", "page": "abc"}, None),
        ({"useful": "1", "page": str(2**40)}, None),
    ],
)
def test_bad_input_is_a_400_with_a_clear_message(client, rated_tree, fields, message):
    data = {"page": rated_tree.article.pk, **fields}
    response = client.post(URL, data, HTTP_USER_AGENT=FIREFOX, HTTP_ACCEPT="application/json")
    assert response.status_code == 400
    assert response.json()["status"] == "error"
    if message:
        assert response.json()["message"] == message
    else:
        assert response.json()["message"]
    # without JavaScript: the portal's page with the message, still a 400
    page = client.post(URL, data, HTTP_USER_AGENT=FIREFOX)
    assert page.status_code == 400
    assert "Chưa gửi được đánh giá" in page.content.decode()
    assert Rating.objects.count() == 0


def test_a_comment_of_exactly_1000_characters_is_kept(client, rated_tree):
    assert vote(client, rated_tree.article, useful="0", reason="incomplete", comment="ý" * 1000).status_code == 200
    assert len(Rating.objects.get().comment) == 1000


def test_only_live_public_pages_can_be_rated(client, rated_tree):
    rated_tree.article2.unpublish()
    assert vote(client, rated_tree.article2).status_code == 404
    assert vote(client, rated_tree.article2, json=False).status_code == 404
    PageViewRestriction.objects.create(
        page=rated_tree.intro, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    caches[
        "default"
    ].clear()  # the restrictions' index is cached (core/publishing/frame.py); the signal renews it on commit
    assert vote(client, rated_tree.history).status_code == 404
    assert vote(client, rated_tree.intro).status_code == 404
    assert client.post(URL, {"page": 999999, "useful": "1"}, HTTP_ACCEPT="application/json").status_code == 404
    assert client.get(URL).status_code == 405
    assert Rating.objects.count() == 0


def test_the_honeypot_looks_like_success_and_stores_nothing(client, rated_tree):
    response = vote(client, rated_tree.article, json=False, website="http://spam.example")
    assert response.status_code == 303
    assert response["Location"].endswith("#rating-thanks")
    assert Rating.objects.count() == 0


def test_a_post_from_another_site_is_refused(client, rated_tree):
    assert vote(client, rated_tree.article, ua=None, origin="https://evil.example").status_code == 403
    assert vote(client, rated_tree.article, ua=None, origin="http://testserver").status_code == 200
    assert Rating.objects.count() == 1


def test_rate_limit_per_address(client, rated_tree, settings, rate_limit_clock):
    settings.PORTAL_RATE_LIMITS = {**settings.PORTAL_RATE_LIMITS, "rating": "2/m"}
    assert vote(client, rated_tree.article, ua="a").status_code == 200
    assert vote(client, rated_tree.article, ua="b").status_code == 200
    limited = vote(client, rated_tree.article, ua="c")
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert Rating.objects.count() == 2
    rate_limit_clock.advance(60)
    assert vote(client, rated_tree.article, ua="c").status_code == 200


def test_a_vote_costs_a_fixed_number_of_queries(client, rated_tree, django_assert_num_queries):
    vote(client, rated_tree.article2)  # the site and the restrictions are cached by the first request
    # the page (with its locale), whether the reader voted, then the insert inside its savepoint
    with django_assert_num_queries(5):
        assert vote(client, rated_tree.article).status_code == 200
    with django_assert_num_queries(2):
        assert vote(client, rated_tree.article).status_code == 409


@pytest.fixture
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_the_widget_keeps_content_pages_in_the_page_cache(page_cache_on, rated_tree, django_assert_num_queries):
    client = Client()
    first = client.get(rated_tree.article.url)
    assert first["X-Cache"] == "MISS"
    html = first.content.decode()
    assert 'action="/_/rating"' in html
    assert f'name="page" value="{rated_tree.article.pk}"' in html
    assert "csrfmiddlewaretoken" not in html and not first.cookies
    assert "data-counts-url" not in html  # the counts are off by default
    with django_assert_num_queries(0):
        second = client.get(rated_tree.article.url)
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    # a vote changes nothing in the page: still a hit, the same bytes
    assert vote(client, rated_tree.article).status_code == 200
    with django_assert_num_queries(0):
        third = client.get(rated_tree.article.url)
    assert third["X-Cache"] == "HIT" and third.content == first.content


def test_no_widget_on_the_home_page(client, rated_tree):
    assert 'action="/_/rating"' not in client.get("/").content.decode()
    assert 'action="/en/_/rating"' not in client.get("/en/").content.decode()


def test_counts_only_where_the_settings_show_them(client, rated_tree):
    counts_url = reverse("rating-counts", args=[rated_tree.article.pk])
    assert client.get(counts_url).status_code == 404
    rated_tree.settings.show_rating_counts = True
    rated_tree.settings.save()
    caches["default"].clear()
    assert f'data-counts-url="{counts_url}"' in client.get(rated_tree.article.url).content.decode()
    assert client.get(counts_url).json() == {"useful": 0, "not_useful": 0}
    vote(client, rated_tree.article)
    vote(client, rated_tree.article, useful="0", ua=CHROME)
    vote(client, rated_tree.article, useful="0", ua="Opera")
    response = client.get(counts_url)
    assert response.json() == {"useful": 1, "not_useful": 2}
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=60"


def test_counts_cost_one_query_then_none_for_a_minute(client, rated_tree, django_assert_num_queries):
    rated_tree.settings.show_rating_counts = True
    rated_tree.settings.save()
    caches["default"].clear()
    counts_url = reverse("rating-counts", args=[rated_tree.article.pk])
    client.get("/")  # the site and its settings into the frame's cache
    client.get(counts_url)
    with django_assert_num_queries(0):
        assert client.get(counts_url).json() == {"useful": 0, "not_useful": 0}
