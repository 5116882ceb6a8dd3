"""The petitions listing's filters (a core QueryFilterForm): what is kept, what is dropped and what the reader is told,
in Vietnamese; and the page's heading (core's shared include)."""

import pytest
from django.http import QueryDict
from django.utils import translation
from django.utils.http import urlencode

from news.petitions.factories import AgencyFactory, PetitionPageFactory
from news.petitions.models import PetitionFilters

pytestmark = pytest.mark.django_db


def test_the_valid_filters_are_kept_and_the_agency_is_a_number():
    form = PetitionFilters(QueryDict("status=answered&field=land&agency=12"))
    assert form.filters == {"status": "answered", "field": "land", "agency": 12}
    assert form.problems == []
    assert PetitionFilters(QueryDict("status=&agency=")).filters == {}


@pytest.mark.parametrize("agency", [" 12", "12 ", "-1", "1.0", "1234567890", "1 OR 1=1"])
def test_an_agency_that_is_not_an_id_as_typed_is_dropped(agency):
    form = PetitionFilters(QueryDict(urlencode({"agency": agency})))
    assert form.filters == {}
    with translation.override("en"):
        assert [str(problem) for problem in form.problems] == ["Unknown agency: showing every agency."]


def test_the_listing_says_in_vietnamese_which_filters_it_dropped(client, news_tree):
    agency = AgencyFactory(name="Sở Xây dựng")
    PetitionPageFactory(parent=news_tree.petitions, title="Đường xóm Chùa hỏng", agency=agency)
    response = client.get(news_tree.petitions.url, {"status": "xoa", "field": "land", "agency": "z"})
    assert response.status_code == 200
    assert response.context["filters"] == {"field": "land"}
    assert [str(error) for error in response.context["filter_errors"]] == [
        "Trạng thái không hợp lệ: đang hiển thị mọi trạng thái.",
        "Cơ quan không hợp lệ: đang hiển thị mọi cơ quan.",
    ]
    response = client.get(news_tree.petitions.url, {"agency": agency.pk})
    html = response.content.decode()
    assert response.context["filters"] == {"agency": agency.pk}
    assert f'<option value="{agency.pk}" selected>' in html
    # Each label stays with its field (above it, one field a line on a phone: news.css, .news-filter--fields).
    for name in ("status", "field", "agency"):
        assert f'<div class="news-filter__field"><label for="petition-{name}">' in html


def test_the_heading_shows_the_title_and_the_introduction(client, news_tree):
    news_tree.petitions.intro = "Ý kiến của người dân và câu trả lời của các cơ quan."
    news_tree.petitions.save_revision().publish()
    html = client.get(news_tree.petitions.url).content.decode()
    header = html.split('<header class="page-header">', 1)[1].split("</header>", 1)[0]
    assert f"<h1>{news_tree.petitions.title}</h1>" in header
    assert '<p class="lead">Ý kiến của người dân và câu trả lời của các cơ quan.</p>' in header
