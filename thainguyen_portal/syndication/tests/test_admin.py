"""The syndication screens of the admin: partner feeds (with their last run), ingested items, social posts."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from thainguyen_portal.syndication.factories import FeedSourceFactory, IngestedItemFactory, SocialPostFactory
from thainguyen_portal.syndication.models import FeedSource

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("quantri", "quantri@thainguyen.gov.vn", "mat-khau-dai-du-12")
    client.force_login(user)
    return client


def test_the_feed_list_shows_each_sources_last_run(admin_client, portal):
    FeedSourceFactory(
        name="Xã Tân Cương",
        section=portal.current,
        last_success_at=timezone.now(),
        last_item_count=3,
    )
    FeedSourceFactory(name="Phường hỏng", section=portal.current, last_error="HTTP 500 Internal Server Error")
    page = admin_client.get(reverse("feedsource:index")).content.decode()
    assert "Xã Tân Cương" in page and "Phường hỏng" in page
    assert "HTTP 500 Internal Server Error" in page


def test_an_editor_adds_a_feed_as_drafts_by_default(admin_client, portal):
    form = admin_client.get(reverse("feedsource:add"))
    assert form.status_code == 200
    response = admin_client.post(
        reverse("feedsource:add"),
        {
            "name": "Cổng TTĐT xã Phú Bình",
            "url": "https://phubinh.thainguyen.gov.vn/rss",
            "section": portal.current.pk,
            "enabled": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    source = FeedSource.objects.get(name="Cổng TTĐT xã Phú Bình")
    assert not source.publish_live and not source.fetch_images and source.section_id == portal.current.pk


def test_ingested_items_and_social_posts_are_listed_but_not_added_by_hand(admin_client, portal):
    IngestedItemFactory(title="Tân Cương khai mạc Ngày hội chè xuân", source__section=portal.current)
    SocialPostFactory(page=portal.a1, status="failed", last_error="Facebook error 190: Session has expired")
    items = admin_client.get(reverse("ingesteditem:index")).content.decode()
    assert "Tân Cương khai mạc Ngày hội chè xuân" in items
    posts = admin_client.get(reverse("socialpost:index")).content.decode()
    assert "Session has expired" in posts
    assert admin_client.get(reverse("socialpost:add")).status_code in (302, 403)
    assert admin_client.get(reverse("ingesteditem:add")).status_code in (302, 403)
