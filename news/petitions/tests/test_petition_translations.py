"""Agencies are translatable snippets (issue 9): English petition pages show the English agency when it exists,
else the Vietnamese one; Vietnamese pages keep their own."""

import pytest
from wagtail.models import TranslatableMixin

from news.petitions.factories import AgencyFactory, PetitionPageFactory
from news.petitions.models import Agency
from thainguyen_portal.core.demo import DemoBuilder


def test_agencies_are_translatable():
    assert issubclass(Agency, TranslatableMixin)
    assert ("translation_key", "locale") in Agency._meta.unique_together


@pytest.fixture
def english_news(news_tree):
    builder = DemoBuilder()
    builder.translation(news_tree.index, "en", title="News", slug="news")
    return (builder,)


@pytest.mark.django_db
def test_english_petitions_show_english_agencies(client, news_tree, english_news):
    builder = english_news[0]
    agency = AgencyFactory(name="Sở Xây dựng")
    builder.translation(agency, "en", name="Department of Construction")
    AgencyFactory(name="Sở Y tế")  # not translated
    petition = PetitionPageFactory(parent=news_tree.petitions, agency=agency, answering_agency=agency)
    petitions_en = builder.translation(news_tree.petitions, "en", title="Petitions", slug="petitions")
    petition_en = builder.translation(
        petition,
        "en",
        title="Fix the village road",
        slug="fix-the-road",
        content="The road is damaged.",
        answer="<p>Repaired.</p>",
    )

    response = client.get(petitions_en.url)
    html = response.content.decode()
    assert "Department of Construction" in html and "Sở Xây dựng" not in html
    assert sorted(agency.name for agency in response.context["agencies"]) == ["Department of Construction", "Sở Y tế"]
    html = client.get(petition_en.url).content.decode()
    assert "Department of Construction" in html and "Sở Xây dựng" not in html
    assert "Sở Xây dựng" in client.get(news_tree.petitions.url).content.decode()
