"""Posting published pages to the province's Facebook Page and Zalo Official Account.

A page an editor marked "share to social networks" (:class:`SocialShare`) gets one :class:`SocialPost` per
configured network when it is published; re-publishing finds the posts there and adds none. "Post again" in the
admin adds a new round. Each post is sent by a background task; a temporary failure (timeout, HTTP 5xx, a reply
that is not JSON, a rate limit) is retried with exponential back-off by ``manage.py send_social_posts`` (cron or
the task worker), a permanent one (expired or revoked token, missing permission, rejected content) fails at once.
"""

import datetime
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from thainguyen_portal.core.intake.fetch import FetchError, post_json

from .models import SocialPost, SocialShare

logger = logging.getLogger(__name__)

# How long a worker holds a post it is sending before another may take it (a crashed worker's post comes back).
CLAIM_SECONDS = 300


class PermanentError(Exception):
    """Retrying will not help (the token expired, a permission is missing, the content was refused)."""


class TemporaryError(Exception):
    """Worth another attempt later (the network, the server, a rate limit)."""


class UnderReview(Exception):
    """The network has taken the post but reviews it before it is public; ``token`` asks later whether it passed."""

    def __init__(self, token):
        super().__init__(token)
        self.token = token


# --- Facebook Page: Graph API POST /{page-id}/feed with message and link ----------------------------------------

# https://developers.facebook.com/docs/graph-api/guides/error-handling: 190 invalid or expired token,
# 10 and 200-299 permissions, 100 invalid parameter, 368 blocked for policy: not fixed by waiting.
FACEBOOK_TEMPORARY_CODES = {1, 2, 4, 17, 32, 341, 613}


def facebook_configured():
    return bool(settings.SYNDICATION_FACEBOOK_PAGE_ID and settings.SYNDICATION_FACEBOOK_PAGE_TOKEN)


def send_to_facebook(post):
    url = f"{settings.SYNDICATION_FACEBOOK_GRAPH_URL}/{settings.SYNDICATION_FACEBOOK_PAGE_ID}/feed"
    status, data, text = post_json(
        url,
        timeout=settings.SYNDICATION_SOCIAL_TIMEOUT,
        data={"message": post.message, "link": post.link, "access_token": settings.SYNDICATION_FACEBOOK_PAGE_TOKEN},
    )
    if not isinstance(data, dict):
        raise TemporaryError(f"HTTP {status}: the reply is not JSON: {text[:200]}")
    if status == 200 and data.get("id"):
        post_id = str(data["id"])
        return post_id, f"https://www.facebook.com/{post_id}"
    error = data.get("error") if isinstance(data.get("error"), dict) else {}
    code = error.get("code")
    message = f"HTTP {status}, Facebook error {code}: {error.get('message', text[:200])}"
    if status >= 500 or code in FACEBOOK_TEMPORARY_CODES or error.get("is_transient"):
        raise TemporaryError(message)
    raise PermanentError(message)


# --- Zalo Official Account: the article API ----------------------------------------------------------------------

# POST /v2.0/article/create answers with a token while Zalo processes the article; POST /v2.0/article/verify with
# that token gives the article's id once it is done. Zalo answers HTTP 200 with {"error": <code>, "message": ...};
# these codes mean the token or the OA's rights are wrong (-216 invalid token, -124 expired token, -201 bad
# parameter, -209 app not approved, -213 not allowed).
ZALO_PERMANENT_CODES = {-124, -201, -209, -213, -216, -217, -224}


def zalo_configured():
    return bool(settings.SYNDICATION_ZALO_ACCESS_TOKEN)


def _zalo_call(endpoint, body):
    """POST to Zalo's article API; the answer's `data` on success, else TemporaryError or PermanentError."""
    status, data, text = post_json(
        f"{settings.SYNDICATION_ZALO_API_URL}/v2.0/article/{endpoint}",
        timeout=settings.SYNDICATION_SOCIAL_TIMEOUT,
        json_body=body,
        headers={"access_token": settings.SYNDICATION_ZALO_ACCESS_TOKEN},
    )
    if not isinstance(data, dict):
        raise TemporaryError(f"HTTP {status}: the reply is not JSON: {text[:200]}")
    code = data.get("error")
    if status == 200 and code == 0:
        return data.get("data") if isinstance(data.get("data"), dict) else {}
    message = f"HTTP {status}, Zalo error {code}: {data.get('message', text[:200])}"
    if status >= 500 or code not in ZALO_PERMANENT_CODES:
        raise TemporaryError(message)
    raise PermanentError(message)


def _zalo_article(result, token):
    """(id, url) of the article when Zalo gives its id; UnderReview while it only has a token."""
    if result.get("id"):
        return str(result["id"]), str(result.get("url") or "")
    if token:
        raise UnderReview(token)
    raise TemporaryError("Zalo answered without the article's id or a token to ask for it")


def send_to_zalo(post):
    page = post.page.specific_deferred
    body = {
        "type": "normal",
        "title": page.title[:150],
        "author": str(settings.SYNDICATION_COPYRIGHT_HOLDER)[:50],
        "description": post.message[:300],
        "body": [
            {
                "type": "text",
                "content": f'<p>{escape(post.message)}</p><p><a href="{escape(post.link)}">{escape(post.link)}</a></p>',
            }
        ],
        "status": "show",
        "comment": "show",
    }
    image = getattr(page, "social_image", None) or getattr(page, "featured_image", None)
    if image is not None:
        rendition = image.get_rendition("fill-1200x630")
        body["cover"] = {"cover_type": "photo", "photo_url": rendition.full_url, "status": "show"}
    result = _zalo_call("create", body)
    return _zalo_article(result, str(result.get("token") or ""))


def verify_zalo(post):
    """Ask Zalo whether the article it was reviewing is out: its id then, UnderReview while it is not."""
    return _zalo_article(_zalo_call("verify", {"token": post.review_token}), post.review_token)


NETWORKS = {
    SocialPost.Network.FACEBOOK: (facebook_configured, send_to_facebook),
    SocialPost.Network.ZALO: (zalo_configured, send_to_zalo),
}
# How to ask a network whether a post it was reviewing is out (UnderReview).
VERIFIERS = {SocialPost.Network.ZALO: verify_zalo}


def configured_networks():
    return [network for network, (configured, _send) in NETWORKS.items() if configured()]


# --- Queueing ---------------------------------------------------------------------------------------------------


def message_for(page):
    share = SocialShare.objects.filter(page_id=page.pk).first()
    if share and share.message:
        return share.message
    specific = page.specific_deferred
    text = specific.get_social_text() if hasattr(specific, "get_social_text") else ""
    return text or page.title


def queue_posts(page, user=None, again=False):
    """New pending posts of `page` to every configured network. Without `again`, a network the page was already
    posted to (or is being posted to) is left out: re-publishing never posts twice."""
    created = []
    link = page.get_full_url()
    if not link:
        return created
    message = message_for(page)
    for network in configured_networks():
        existing = SocialPost.objects.filter(page_id=page.pk, network=network)
        if not again and existing.exists():
            continue
        round_number = (existing.aggregate(m=Max("round"))["m"] or 0) + 1
        try:
            with transaction.atomic():
                post = SocialPost.objects.create(
                    page_id=page.pk,
                    network=network,
                    round=round_number,
                    message=message,
                    link=link,
                    requested_by=user,
                )
        except IntegrityError:  # published twice at the same moment: the other one queued it
            continue
        created.append(post)
    if created:
        from .tasks import send_social_post

        ids = [post.pk for post in created]
        transaction.on_commit(lambda: [send_social_post.enqueue(pk) for pk in ids])
    return created


def backoff(attempts):
    """Seconds to wait after the `attempts`-th failed attempt: BASE, 2×BASE, 4×BASE, … capped."""
    seconds = settings.SYNDICATION_SOCIAL_BACKOFF_SECONDS * 2 ** max(0, attempts - 1)
    return min(seconds, settings.SYNDICATION_SOCIAL_BACKOFF_MAX_SECONDS)


WAITING = (SocialPost.Status.PENDING, SocialPost.Status.REVIEWING)


def attempt(post_id, now=None):
    """Try a post whose time has come: send a pending one, or ask the network about one it is reviewing. Returns
    the post (None when there is nothing to do or another worker has it)."""
    now = now or timezone.now()
    post = SocialPost.objects.filter(pk=post_id, status__in=WAITING).select_related("page").first()
    if post is None or (post.next_attempt_at and post.next_attempt_at > now):
        return None
    reviewing = post.status == SocialPost.Status.REVIEWING
    # Claim it: only one worker moves it from this state (`attempts` counts the sends, not the questions).
    claimed = SocialPost.objects.filter(
        pk=post.pk, status=post.status, attempts=post.attempts, next_attempt_at=post.next_attempt_at
    ).update(
        attempts=F("attempts") + (0 if reviewing else 1),
        next_attempt_at=now + datetime.timedelta(seconds=CLAIM_SECONDS),
    )
    if not claimed:
        return None
    if not reviewing:
        post.attempts += 1
    try:
        if reviewing:
            post.external_id, post.external_url = VERIFIERS[post.network](post)
        else:
            _configured, send = NETWORKS[post.network]
            post.external_id, post.external_url = send(post)
    except UnderReview as review:
        _under_review(post, review.token, now)
    except PermanentError as exc:
        post.status, post.last_error, post.next_attempt_at = SocialPost.Status.FAILED, str(exc), None
    except (TemporaryError, FetchError) as exc:
        _retry_later(post, str(exc), now, reviewing)
    except Exception as exc:  # a bug or an unexpected reply: keep it visible, retry like a temporary error
        logger.exception("social post %s to %s failed unexpectedly", post.pk, post.network)
        _retry_later(post, f"{type(exc).__name__}: {exc}", now, reviewing)
    else:
        post.status, post.sent_at, post.last_error, post.next_attempt_at = SocialPost.Status.SENT, now, "", None
    if post.status == SocialPost.Status.FAILED:
        logger.warning("social post %s to %s failed: %s", post.pk, post.network, post.last_error)
    post.save(
        update_fields=[
            "status",
            "external_id",
            "external_url",
            "review_token",
            "last_error",
            "next_attempt_at",
            "sent_at",
            "attempts",
        ]
    )
    return post


def _review_expired(post, now):
    return now - post.created_at > datetime.timedelta(hours=settings.SYNDICATION_SOCIAL_REVIEW_HOURS)


def _under_review(post, token, now):
    """The network reviews the post: ask again later, and give up after SYNDICATION_SOCIAL_REVIEW_HOURS."""
    post.review_token, post.last_error = token, ""
    if _review_expired(post, now):
        post.status, post.next_attempt_at = SocialPost.Status.FAILED, None
        post.last_error = _("Not published by the network within %(hours)s hours of its review starting.") % {
            "hours": settings.SYNDICATION_SOCIAL_REVIEW_HOURS
        }
        return
    post.status = SocialPost.Status.REVIEWING
    post.next_attempt_at = now + datetime.timedelta(seconds=settings.SYNDICATION_SOCIAL_REVIEW_POLL_SECONDS)


def _retry_later(post, error, now, reviewing):
    """A temporary failure: back off and try again, until the attempts (or, under review, the hours) run out."""
    post.last_error = error
    if reviewing:
        if _review_expired(post, now):
            post.status, post.next_attempt_at = SocialPost.Status.FAILED, None
        else:
            post.next_attempt_at = now + datetime.timedelta(seconds=settings.SYNDICATION_SOCIAL_REVIEW_POLL_SECONDS)
    elif post.attempts >= settings.SYNDICATION_SOCIAL_MAX_ATTEMPTS:
        post.status, post.next_attempt_at = SocialPost.Status.FAILED, None
    else:
        post.next_attempt_at = now + datetime.timedelta(seconds=backoff(post.attempts))


def due_posts(now=None):
    now = now or timezone.now()
    return SocialPost.objects.filter(status__in=WAITING).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def send_due_posts(now=None):
    """Send every pending post whose time has come, and ask about those under review; returns how many were
    tried."""
    now = now or timezone.now()
    tried = 0
    for post_id in list(due_posts(now).order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:500]):
        if attempt(post_id, now=now) is not None:
            tried += 1
    return tried
