"""Posting to the Facebook Page and the Zalo OA on publish: success, retries with back-off, permanent failures,
no double posting, "post again", and the status in the admin. Facebook and Zalo are a local HTTP server."""

import datetime
import json
from urllib.parse import parse_qs

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from thainguyen_portal.syndication.factories import SocialShareFactory
from thainguyen_portal.syndication.models import SocialPost, SocialShare
from thainguyen_portal.syndication.social import backoff, send_due_posts

# Posting and its retries are background tasks: here they run as they are enqueued, as in production's worker.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_tasks")]

FEED = "/graph/104729558431205/feed"
ZALO = "/zalo/v2.0/article/create"
FB_OK = {"id": "104729558431205_822233344455566"}
ZALO_OK = {"error": 0, "message": "Success", "data": {"token": "d2Vic2l0ZS10b2tlbg", "id": "9f1c2e3d"}}


@pytest.fixture
def networks(outside):
    outside.route(FEED, FB_OK)
    outside.route(ZALO, ZALO_OK)
    return outside


@pytest.fixture
def shared(portal):
    SocialShareFactory(page=portal.a2, message="Kinh tế Thái Nguyên tăng trưởng 8,5% trong quý I")
    return portal.a2


def publish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def test_publishing_a_shared_article_posts_it_to_both_networks(networks, shared, django_capture_on_commit_callbacks):
    from thainguyen_portal.core.factories import ImageFactory

    shared.featured_image = ImageFactory()
    publish(shared, django_capture_on_commit_callbacks)
    facebook = SocialPost.objects.get(page=shared, network="facebook")
    zalo = SocialPost.objects.get(page=shared, network="zalo")
    assert facebook.status == zalo.status == SocialPost.Status.SENT
    assert facebook.external_id == "104729558431205_822233344455566"
    assert facebook.external_url == "https://www.facebook.com/104729558431205_822233344455566"
    assert zalo.external_id == "9f1c2e3d"
    assert facebook.attempts == 1 and facebook.sent_at and facebook.last_error == ""
    (sent,) = networks.calls(FEED)
    form = parse_qs(sent["body"].decode())
    assert form["message"] == ["Kinh tế Thái Nguyên tăng trưởng 8,5% trong quý I"]
    assert form["link"] == [shared.get_full_url()]
    assert form["access_token"] == ["EAAtestpagetoken"]
    (article,) = networks.calls(ZALO)
    assert {k.lower(): v for k, v in article["headers"].items()}["access_token"] == "zalo-oa-test-token"
    body = json.loads(article["body"])
    assert body["title"] == shared.title and shared.get_full_url() in body["body"][0]["content"]
    assert body["cover"]["photo_url"].startswith("http://testserver/")


def test_republishing_does_not_post_twice(networks, shared, django_capture_on_commit_callbacks):
    publish(shared, django_capture_on_commit_callbacks)
    publish(shared, django_capture_on_commit_callbacks)
    publish(shared, django_capture_on_commit_callbacks)
    assert SocialPost.objects.filter(page=shared).count() == 2
    assert len(networks.calls(FEED)) == 1 and len(networks.calls(ZALO)) == 1


def test_a_page_not_marked_for_sharing_is_not_posted(networks, portal, django_capture_on_commit_callbacks):
    SocialShareFactory(page=portal.a3, enabled=False)
    publish(portal.a1, django_capture_on_commit_callbacks)
    publish(portal.a3, django_capture_on_commit_callbacks)
    assert not SocialPost.objects.exists() and networks.requests == []


def test_a_network_without_its_token_is_left_out(networks, shared, settings, django_capture_on_commit_callbacks):
    settings.SYNDICATION_ZALO_ACCESS_TOKEN = ""
    publish(shared, django_capture_on_commit_callbacks)
    assert list(SocialPost.objects.values_list("network", flat=True)) == ["facebook"]


@pytest.mark.parametrize(
    "route",
    [
        {"body": {"error": {"message": "An unknown error occurred", "code": 1}}, "status": 500},
        {"body": "<html>Bad gateway</html>", "status": 502, "content_type": "text/html"},
        {"body": "{not json", "status": 200},
        {"body": FB_OK, "delay": 2},
        {"body": {"error": {"message": "(#32) Page request limit reached", "code": 32}}, "status": 400},
    ],
    ids=["500", "502-html", "invalid-json", "timeout", "rate-limit"],
)
def test_a_temporary_failure_is_retried_with_back_off_then_failed(
    networks, shared, settings, route, django_capture_on_commit_callbacks
):
    settings.SYNDICATION_SOCIAL_MAX_ATTEMPTS = 3
    settings.SYNDICATION_ZALO_ACCESS_TOKEN = ""
    networks.route(FEED, **route)
    before = timezone.now()
    publish(shared, django_capture_on_commit_callbacks)
    post = SocialPost.objects.get(page=shared)
    assert post.status == SocialPost.Status.PENDING and post.attempts == 1 and post.last_error
    assert before + datetime.timedelta(seconds=60) <= post.next_attempt_at
    # Not due yet: nothing is tried.
    assert send_due_posts(now=post.next_attempt_at - datetime.timedelta(seconds=1)) == 0
    # The second attempt, then the third, each waiting twice as long; the third is the last.
    moment = post.next_attempt_at
    assert send_due_posts(now=moment) == 1
    post.refresh_from_db()
    assert post.attempts == 2 and post.status == SocialPost.Status.PENDING
    assert post.next_attempt_at == moment + datetime.timedelta(seconds=120)
    assert send_due_posts(now=post.next_attempt_at) == 1
    post.refresh_from_db()
    assert post.attempts == 3 and post.status == SocialPost.Status.FAILED and post.next_attempt_at is None
    assert post.last_error
    assert send_due_posts(now=moment + datetime.timedelta(days=1)) == 0
    assert post.external_url == ""


def test_a_retry_that_succeeds_records_the_link(networks, shared, settings, django_capture_on_commit_callbacks):
    settings.SYNDICATION_ZALO_ACCESS_TOKEN = ""
    networks.route(FEED, {"error": {"message": "Service temporarily unavailable", "code": 2}}, status=503)
    publish(shared, django_capture_on_commit_callbacks)
    post = SocialPost.objects.get(page=shared)
    networks.route(FEED, FB_OK)
    call_command("send_social_posts")  # not due yet
    post.refresh_from_db()
    assert post.status == SocialPost.Status.PENDING
    send_due_posts(now=post.next_attempt_at)
    post.refresh_from_db()
    assert post.status == SocialPost.Status.SENT and post.attempts == 2 and post.last_error == ""
    assert post.external_url == "https://www.facebook.com/104729558431205_822233344455566"


@pytest.mark.parametrize(
    "network, path, route, message",
    [
        (
            "facebook",
            FEED,
            {
                "body": {
                    "error": {
                        "message": "Error validating access token: Session has expired on Friday, 27-Nov-26",
                        "type": "OAuthException",
                        "code": 190,
                        "error_subcode": 463,
                    }
                },
                "status": 400,
            },
            "Facebook error 190",
        ),
        ("zalo", ZALO, {"body": {"error": -124, "message": "Access token has expired"}}, "Zalo error -124"),
        ("zalo", ZALO, {"body": {"error": -216, "message": "Access token is invalid"}}, "Zalo error -216"),
    ],
)
def test_an_expired_token_fails_at_once(
    networks, shared, network, path, route, message, django_capture_on_commit_callbacks
):
    networks.route(path, **route)
    publish(shared, django_capture_on_commit_callbacks)
    post = SocialPost.objects.get(page=shared, network=network)
    assert post.status == SocialPost.Status.FAILED and post.attempts == 1
    assert message in post.last_error and post.next_attempt_at is None


def test_a_zalo_error_that_may_pass_is_retried(networks, shared, django_capture_on_commit_callbacks):
    networks.route(ZALO, {"error": -32, "message": "Request exceeds the limit"})
    publish(shared, django_capture_on_commit_callbacks)
    post = SocialPost.objects.get(page=shared, network="zalo")
    assert post.status == SocialPost.Status.PENDING and "-32" in post.last_error


def test_back_off_doubles_and_is_capped(settings):
    settings.SYNDICATION_SOCIAL_BACKOFF_SECONDS = 60
    settings.SYNDICATION_SOCIAL_BACKOFF_MAX_SECONDS = 600
    assert [backoff(n) for n in range(1, 6)] == [60, 120, 240, 480, 600]


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser("bientap", "bientap@thainguyen.gov.vn", "mat-khau-dai-du-12")


def test_the_admin_shows_the_posts_and_can_post_again(
    client, editor, networks, shared, django_capture_on_commit_callbacks
):
    publish(shared, django_capture_on_commit_callbacks)
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[shared.pk]))
    url = reverse("syndication_admin:page_social", args=[shared.pk])
    assert url in edit.content.decode()
    page = client.get(url).content.decode()
    assert "https://www.facebook.com/104729558431205_822233344455566" in page
    assert "Đã gửi" in page or "Sent" in page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"post_again": "1"})
    assert response.status_code == 302
    assert SocialPost.objects.filter(page=shared).count() == 4
    assert list(SocialPost.objects.filter(page=shared, network="facebook").values_list("round", flat=True)) == [2, 1]
    assert len(networks.calls(FEED)) == 2


def test_the_admin_marks_a_page_for_sharing(client, editor, networks, portal, django_capture_on_commit_callbacks):
    client.force_login(editor)
    url = reverse("syndication_admin:page_social", args=[portal.a3.pk])
    response = client.post(url, {"enabled": "on", "message": "Tỉnh chỉ đạo phòng chống lũ"})
    assert response.status_code == 302
    share = SocialShare.objects.get(page=portal.a3)
    assert share.enabled and share.updated_by == editor
    publish(portal.a3, django_capture_on_commit_callbacks)
    assert SocialPost.objects.filter(page=portal.a3, status="sent").count() == 2


def test_someone_who_cannot_edit_the_page_cannot_see_its_social_view(client, portal):
    user = get_user_model().objects.create_user("khach", "khach@example.com", "mat-khau-dai-du-12")
    from django.contrib.auth.models import Permission

    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(reverse("syndication_admin:page_social", args=[portal.a1.pk]))
    assert response.status_code in (302, 403)
