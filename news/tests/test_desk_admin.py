"""#20, the desk's admin: an article's "also in sections" offer the page's language only (the petition inbox's
part of issue 20 is the petitions app's: news/petitions/tests/test_petition_desk_admin.py)."""

import pytest
from django.urls import reverse

from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory

pytestmark = pytest.mark.django_db


def test_an_articles_extra_sections_are_those_of_its_language(admin_client, news_tree):
    english_index = NewsIndexPageFactory(parent=news_tree.home_en, title="News", slug="news")
    SectionPageFactory(parent=english_index, title="Economy desk", slug="economy-desk")
    article = ArticlePageFactory(parent=news_tree.current)
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])).content.decode()
    assert "Kinh tế" in html
    assert "Economy desk" not in html
    # and the form for a new article under a Vietnamese section
    add_url = reverse("wagtailadmin_pages:add", args=["news", "articlepage", news_tree.current.pk])
    html = admin_client.get(add_url).content.decode()
    assert "Kinh tế" in html and "Economy desk" not in html
