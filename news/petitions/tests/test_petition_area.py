"""The petitions are an area of their own inside the news folder: what they declare reaches the platform, and their
index still hangs under the news index although the news area no longer names it."""

from news.models import NewsIndexPage
from thainguyen_portal.core import areas


def test_the_news_index_takes_its_pages_and_the_petitions_index():
    allowed = {model._meta.label for model in NewsIndexPage.allowed_subpage_models() if model.is_creatable}
    assert allowed == {
        "news.SectionPage",
        "news.LeadersPage",
        "news.SpokespersonPage",
        "news.WorkCalendarPage",
        "news.PressDigestPage",
        "petitions.PetitionIndexPage",
    }


def test_the_petitions_declare_their_inbox_files_demo_and_join_the_news_section():
    petitions = next(area for area in areas.areas() if area.label == "petitions")
    assert {grant.role for grant in petitions.grants} == {"editors", "approvers", "administrators"}
    assert [files.name for files in petitions.private_files] == ["petitions"]
    assert petitions.demo is not None
    assert "petitions" in areas.sections()["news"]
    assert "news" in areas.sections()["news"]
