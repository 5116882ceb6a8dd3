"""An embargo is a state of its own: an article under embargo can be approved and published by the newsroom, but it
reaches readers at the embargo's end at the earliest, whatever path publishes it (the approver's button, a
workflow's last approval, a revision made without validation), and the admin says so."""

import datetime
import time

from django.core.management import call_command
from django.utils import timezone, translation

from news.factories import ArticlePageFactory, NewsIndexPageFactory, SectionPageFactory
from news.models import ArticlePage
from news.tests.test_article_times import article_form
from thainguyen_portal.core.publishing.embargo import local_time
from thainguyen_portal.editorial.factories import UserFactory
from thainguyen_portal.editorial.setup import setup_newsroom


def local_input(value):
    """The admin's date-time input format, in the portal's time zone."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M:%S")


def draft_in(section, title, **fields):
    article = ArticlePage(
        title=title, slug=fields.pop("slug", "bai-cam-dang"), sapo="Tin cấm đăng.", live=False, **fields
    )
    section.add_child(instance=article)
    article.save_revision()
    return ArticlePage.objects.get(pk=article.pk)


def approver_publishes(client, draft, embargo, go_live_at=None, **headers):
    """An approver ("lanhdao") signs in and publishes `draft` under an embargo until `embargo` in the page editor."""
    client.force_login(UserFactory(username="lanhdao", role="approvers"))
    times = {"go_live_at": go_live_at} if go_live_at else {}
    form = article_form(
        draft.title, slug=draft.slug, embargo_until=local_input(embargo), **times, **{"action-publish": "1"}
    )
    return client.post(f"/admin/pages/{draft.pk}/edit/", form, **headers)


def test_the_approver_publishes_an_embargoed_article_it_goes_live_at_the_embargo(client, site_tree):
    section = SectionPageFactory(parent=NewsIndexPageFactory(parent=site_tree.home), title="Thời sự", slug="thoi-su")
    setup_newsroom()
    embargo = timezone.now() + datetime.timedelta(days=1)
    draft = draft_in(section, "Công bố quy hoạch tỉnh", slug="cong-bo-quy-hoach")

    response = approver_publishes(client, draft, embargo)
    assert response.status_code == 302, response.context["form"].errors
    article = ArticlePage.objects.get(pk=draft.pk)
    assert not article.live  # approved, but not before the embargo
    assert article.go_live_at == embargo.replace(microsecond=0)
    assert article.approved_schedule
    assert article.date is None
    with translation.override("vi"):
        assert article.status_string == f"cấm đăng đến {local_time(article.embargo_until)}"
    listing = client.get(f"/admin/pages/{section.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "embargoed until" in listing or "cấm đăng đến" in listing
    assert client.get(article.url).status_code == 404


def test_a_go_live_time_before_the_embargo_is_refused_with_both_times(client, site_tree):
    section = SectionPageFactory(parent=NewsIndexPageFactory(parent=site_tree.home))
    setup_newsroom()
    draft = draft_in(section, "Họp báo thường kỳ quý IV")
    embargo = timezone.now() + datetime.timedelta(days=1)
    too_early = embargo - datetime.timedelta(hours=2)

    response = approver_publishes(client, draft, embargo, go_live_at=local_input(too_early), HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200  # the form again, with what was typed
    errors = response.context["form"].errors
    assert "go_live_at" in errors
    message = errors["go_live_at"][0]
    assert local_time(too_early.replace(second=0, microsecond=0)) in message
    assert local_time(embargo.replace(second=0, microsecond=0)) in message
    assert not ArticlePage.objects.get(pk=draft.pk).live


def test_a_live_article_cannot_be_put_under_embargo(site_tree):
    article = ArticlePageFactory(parent=SectionPageFactory(parent=NewsIndexPageFactory(parent=site_tree.home)))
    article.embargo_until = timezone.now() + datetime.timedelta(hours=5)
    try:
        article.full_clean()
    except Exception as error:  # noqa: BLE001 - the message is what the test reads
        assert "embargo_until" in error.message_dict
    else:
        raise AssertionError("a live article accepted an embargo")


def test_a_revision_saved_without_validation_waits_for_the_embargo_then_goes_live(client, site_tree):
    """An importer or a workflow's last approval publishes the revision as it is: the embargo still holds, and the
    scheduler puts the article live once it has passed."""
    section = SectionPageFactory(parent=NewsIndexPageFactory(parent=site_tree.home))
    embargo = timezone.now() + datetime.timedelta(seconds=6)
    article = ArticlePage(
        title="Thông cáo báo chí", slug="thong-cao", sapo="Thông cáo.", embargo_until=embargo, live=False
    )
    section.add_child(instance=article)
    revision = article.save_revision(clean=False)
    revision.publish()

    article = ArticlePage.objects.get(pk=article.pk)
    assert not article.live
    assert article.go_live_at == embargo
    assert revision.__class__.objects.get(pk=revision.pk).approved_go_live_at == embargo
    call_command("publish_scheduled")
    assert not ArticlePage.objects.get(pk=article.pk).live

    time.sleep(max(0, (embargo - timezone.now()).total_seconds()) + 0.2)
    call_command("publish_scheduled")
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live
    assert article.date >= embargo
    assert client.get(article.url).status_code == 200


def test_an_embargo_that_has_passed_is_no_state_at_all(site_tree):
    section = SectionPageFactory(parent=NewsIndexPageFactory(parent=site_tree.home))
    article = draft_in(section, "Tin đã hết hạn cấm", embargo_until=timezone.now() - datetime.timedelta(minutes=1))
    article.full_clean()
    article.save_revision().publish()
    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live
    with translation.override("en"):
        assert article.status_string == "live"
