"""Zalo reviews an article before it is out: the create call gives a token, and `send_social_posts` asks
`article/verify` with it until Zalo gives the article's id (or the review has taken too long). Zalo is a local HTTP
server."""

import datetime
import json

import pytest
from django.utils import timezone

from thainguyen_portal.syndication.factories import SocialShareFactory
from thainguyen_portal.syndication.models import SocialPost
from thainguyen_portal.syndication.social import send_due_posts

# Posting is a background task: here it runs as it is enqueued, as in production's worker.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("immediate_tasks")]

CREATE = "/zalo/v2.0/article/create"
VERIFY = "/zalo/v2.0/article/verify"
TOKEN = "fvXiHxFn+7lOd2E1LxOxh3cs2cu0KqwwKCQhbSE06b4X"


@pytest.fixture
def zalo(outside, settings):
    settings.SYNDICATION_FACEBOOK_PAGE_ID = ""  # Zalo alone
    settings.SYNDICATION_SOCIAL_REVIEW_POLL_SECONDS = 120
    settings.SYNDICATION_SOCIAL_REVIEW_HOURS = 24
    outside.route(CREATE, {"error": 0, "message": "Success", "data": {"token": TOKEN}})
    return outside


@pytest.fixture
def post(zalo, portal, django_capture_on_commit_callbacks):
    SocialShareFactory(page=portal.a2, message="Thái Nguyên khai mạc Festival Trà quốc tế lần thứ III")
    with django_capture_on_commit_callbacks(execute=True):
        portal.a2.save_revision().publish()
    return SocialPost.objects.get(page=portal.a2, network="zalo")


def test_a_created_article_waits_for_zalo_review(post):
    assert post.status == SocialPost.Status.REVIEWING
    assert post.review_token == TOKEN and post.external_id == "" and post.sent_at is None
    assert post.attempts == 1 and post.last_error == ""
    assert post.next_attempt_at > timezone.now() + datetime.timedelta(seconds=100)


def test_verify_gives_the_article_id_once_zalo_is_done(zalo, post):
    later = post.next_attempt_at + datetime.timedelta(seconds=1)
    # Too early: nothing is asked.
    assert send_due_posts(now=post.next_attempt_at - datetime.timedelta(seconds=5)) == 0
    assert zalo.calls(VERIFY) == []
    # Still processing (Zalo answers an error that may pass): asked again later, the post stays under review.
    zalo.route(VERIFY, {"error": -32, "message": "Article is processing"})
    assert send_due_posts(now=later) == 1
    post.refresh_from_db()
    assert post.status == SocialPost.Status.REVIEWING and "-32" in post.last_error
    assert post.attempts == 1  # questions are not sends
    (question,) = zalo.calls(VERIFY)
    assert json.loads(question["body"]) == {"token": TOKEN}
    assert {k.lower(): v for k, v in question["headers"].items()}["access_token"] == "zalo-oa-test-token"
    # Out: the article's id.
    zalo.route(VERIFY, {"error": 0, "message": "Success", "data": {"id": "a1b2c3d4e5"}})
    assert send_due_posts(now=post.next_attempt_at + datetime.timedelta(seconds=1)) == 1
    post.refresh_from_db()
    assert post.status == SocialPost.Status.SENT
    assert post.external_id == "a1b2c3d4e5" and post.sent_at and post.last_error == ""


def test_a_rejected_token_fails_the_post(zalo, post):
    zalo.route(VERIFY, {"error": -216, "message": "Access token is invalid"})
    send_due_posts(now=post.next_attempt_at + datetime.timedelta(seconds=1))
    post.refresh_from_db()
    assert post.status == SocialPost.Status.FAILED and "Zalo error -216" in post.last_error


def test_a_review_that_never_ends_fails_after_the_allowed_hours(zalo, post):
    zalo.route(VERIFY, {"error": 0, "message": "Success", "data": {}})  # no id yet
    send_due_posts(now=post.next_attempt_at + datetime.timedelta(seconds=1))
    post.refresh_from_db()
    assert post.status == SocialPost.Status.REVIEWING
    send_due_posts(now=post.created_at + datetime.timedelta(hours=25))
    post.refresh_from_db()
    assert post.status == SocialPost.Status.FAILED and post.next_attempt_at is None
    assert "24" in post.last_error
