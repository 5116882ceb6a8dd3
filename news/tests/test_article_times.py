"""The article's times are the system's: the publication date is when it goes live (not when the reporter opened
the form), a scheduled article's is its go-live time, and a later publication shows as an update."""

import datetime
import time

from django.core.management import call_command
from django.utils import timezone
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from news.factories import NewsIndexPageFactory, SectionPageFactory
from news.models import ArticlePage
from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.setup import setup_newsroom


def article_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": "",
            "sapo": "Sáng nay, tỉnh Thái Nguyên khai mạc Festival Trà lần thứ X.",
            "body": streamfield(
                [("paragraph", rich_text("<p>Lễ khai mạc diễn ra tại quảng trường Võ Nguyên Giáp.</p>"))]
            ),
            "authors": "Minh Anh",
            "source": "",
            "date": "",
            "kind": "news",
            "tags": "",
            "seo_title": "",
            "search_description": "",
            "social_text": "",
            "featured_image_caption": "",
            "excerpt": "",
            "original_url": "",
            "statement_kind": "",
            "attachments": streamfield([]),
            "corrections-TOTAL_FORMS": "0",
            "corrections-INITIAL_FORMS": "0",
            "corrections-MIN_NUM_FORMS": "0",
            "corrections-MAX_NUM_FORMS": "1000",
            "related_links-TOTAL_FORMS": "0",
            "related_links-INITIAL_FORMS": "0",
            "related_links-MIN_NUM_FORMS": "0",
            "related_links-MAX_NUM_FORMS": "1000",
            "cited_documents-TOTAL_FORMS": "0",
            "cited_documents-INITIAL_FORMS": "0",
            "cited_documents-MIN_NUM_FORMS": "0",
            "cited_documents-MAX_NUM_FORMS": "1000",
            **extra,
        }
    )


def test_the_date_is_when_the_article_goes_live_not_when_it_was_written(client, site_tree):
    section = SectionPageFactory(parent=NewsIndexPageFactory(parent=site_tree.home), title="Thời sự", slug="thoi-su")
    setup_newsroom()
    client.force_login(UserFactory(username="phongvien", role="reporters"))
    response = client.post(f"/admin/pages/add/news/articlepage/{section.pk}/", article_form("Khai mạc Festival Trà"))
    assert response.status_code == 302, response.content.decode()[:3000]
    draft = ArticlePage.objects.get(title="Khai mạc Festival Trà")
    assert draft.date is None  # written, not published: no date yet
    written = draft.latest_revision.created_at

    client.force_login(UserFactory(username="lanhdao", role="approvers"))
    response = client.post(
        f"/admin/pages/{draft.pk}/edit/",
        article_form("Khai mạc Festival Trà", slug=draft.slug, **{"action-publish": "1"}),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    article = ArticlePage.objects.get(pk=draft.pk)
    assert article.live
    assert article.date == article.first_published_at > written
    assert article.updated_at is None


def test_a_scheduled_article_is_dated_at_its_go_live_time(site_tree):
    section = SectionPageFactory(parent=NewsIndexPageFactory(parent=site_tree.home))
    go_live = timezone.now() + datetime.timedelta(seconds=1)
    article = ArticlePage(title="Bài hẹn giờ", slug="bai-hen-gio", sapo="Hẹn giờ.", go_live_at=go_live, live=False)
    section.add_child(instance=article)
    article.save_revision().publish()
    assert ArticlePage.objects.get(pk=article.pk).date is None
    time.sleep(1.2)
    call_command("publish_scheduled", verbosity=0)
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live and article.date >= go_live


def test_publishing_again_later_stamps_the_update(site_tree):
    section = SectionPageFactory(parent=NewsIndexPageFactory(parent=site_tree.home))
    article = ArticlePage(title="Bài có đính chính", slug="bai-co-dinh-chinh", sapo="Đính chính.", live=False)
    section.add_child(instance=article)
    article.save_revision().publish()
    article = ArticlePage.objects.get(pk=article.pk)
    first = article.date
    assert first is not None and article.updated_at is None
    # An hour later (as if), a correction is published.
    earlier = first - datetime.timedelta(hours=1)
    ArticlePage.objects.filter(pk=article.pk).update(date=earlier, first_published_at=earlier)
    article = ArticlePage.objects.get(pk=article.pk)
    article.save_revision().publish()
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.date == earlier  # the publication date stays
    assert article.updated_at == article.last_published_at > earlier
