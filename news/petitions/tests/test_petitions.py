"""Published petitions and their answers: the filterable listing and the page, with the sender's privacy."""

import pytest

from news.petitions.factories import AgencyFactory, PetitionPageFactory
from news.petitions.models import PetitionField, PetitionStatus

pytestmark = pytest.mark.django_db


def titles(response):
    return [petition.title for petition in response.context["page_obj"].object_list]


@pytest.fixture
def petitions(news_tree):
    roads, land = AgencyFactory(name="Sở Xây dựng"), AgencyFactory(name="Sở Nông nghiệp và Môi trường")
    PetitionPageFactory(
        parent=news_tree.petitions, title="Đường xóm Chùa hỏng", field=PetitionField.TRANSPORT, agency=roads
    )
    PetitionPageFactory(
        parent=news_tree.petitions,
        title="Cấp sổ đỏ chậm",
        field=PetitionField.LAND,
        agency=land,
        status=PetitionStatus.FORWARDED,
        answer="",
        answer_date=None,
    )
    return roads, land


def test_listing_filters_by_status_field_and_agency(client, news_tree, petitions):
    roads, land = petitions
    url = news_tree.petitions.url
    assert set(titles(client.get(url))) == {"Đường xóm Chùa hỏng", "Cấp sổ đỏ chậm"}
    assert titles(client.get(url, {"status": "answered"})) == ["Đường xóm Chùa hỏng"]
    assert titles(client.get(url, {"field": "land"})) == ["Cấp sổ đỏ chậm"]
    assert titles(client.get(url, {"agency": roads.pk})) == ["Đường xóm Chùa hỏng"]
    assert titles(client.get(url, {"agency": land.pk, "status": "answered"})) == []


@pytest.mark.parametrize(
    "params", [{"status": "xoa"}, {"field": "<script>"}, {"agency": "1 OR 1=1"}, {"agency": "9" * 30}, {"page": "-5"}]
)
def test_bad_filters_give_a_message_never_an_error(client, news_tree, petitions, params):
    response = client.get(news_tree.petitions.url, params)
    assert response.status_code == 200
    assert len(titles(response)) == 2
    if "page" not in params:
        assert 'role="alert"' in response.content.decode()
        assert "<script>" not in response.content.decode().split('role="alert"')[1][:200]


def test_petition_page_hides_the_senders_name_unless_allowed(client, news_tree):
    agency = AgencyFactory(name="UBND xã Tân Cương")
    hidden = PetitionPageFactory(
        parent=news_tree.petitions,
        sender_name="Hoàng Văn Bình",
        show_sender_name=False,
        agency=agency,
        answering_agency=agency,
    )
    html = client.get(hidden.url).content.decode()
    assert "Hoàng Văn Bình" not in html
    assert "Công dân" in html
    assert "UBND xã Tân Cương" in html and "Ủy ban nhân dân xã đã bố trí kinh phí" in html
    shown = PetitionPageFactory(
        parent=news_tree.petitions, sender_name="Công ty TNHH Chè Tân Cương", show_sender_name=True
    )
    assert "Công ty TNHH Chè Tân Cương" in client.get(shown.url).content.decode()


def test_an_answered_petition_needs_its_answer(news_tree):
    from django.core.exceptions import ValidationError

    from news.petitions.models import PetitionPage

    petition = PetitionPage(title="Thiếu trả lời", content="Nội dung", status=PetitionStatus.ANSWERED)
    with pytest.raises(ValidationError) as raised:
        petition.clean()
    assert "answer" in raised.value.message_dict
