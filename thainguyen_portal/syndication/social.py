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

from .fetch import FetchError, post_json
from .models import SocialPost, SocialShare

logger = logging.getLogger(__name__)

# How long a worker holds a post it is sending before another may take it (a crashed worker's post comes back).
CLAIM_SECONDS = 300


class PermanentError(Exception):
    """Retrying will not help (the token expired, a permission is missing, the content was refused)."""


class TemporaryError(Exception):
    """Worth another attempt later (the network, the server, a rate limit)."""


# --- Facebook Page: Graph API POST /{page-id}/feed with message and link ----------------------------------------

# https://developers.facebook.com/docs/graph-api/guides/error-handling: 190 invalid or expired token,
# 10 and 200-299 permissions, 100 invalid parameter, 368 blocked for policy: not fixed by waiting.
FACEBOOK_TEMPORARY_CODES = {1, 2, 4, 17, 32, 341, 613}


def facebook_configured():
    return bool(settings.SYNDICATION_FACEBOOK_PAGE_ID and settings.SYNDICATION_FACEBOOK_PAGE_TOKEN)


def send_to_facebook(post):
    url = f"{settings.SYNDICATION_FACEBOOK_GRAPH_URL}/{settings.SYNDICATION_FACEBOOK_PAGE_ID}/feed"
    status, data, text = post_json(
        url, data={"message": post.message, "link": post.link, "access_token": settings.SYNDICATION_FACEBOOK_PAGE_TOKEN}
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


# --- Zalo Official Account: the article API (POST /v2.0/article/create) --------------------------------------

# Zalo answers HTTP 200 with {"error": <code>, "message": ...}; these codes mean the token or the OA's rights
# are wrong (-216 invalid token, -124 expired token, -201 bad parameter, -209 app not approved, -213 not allowed).
ZALO_PERMANENT_CODES = {-124, -201, -209, -213, -216, -217, -224}


def zalo_configured():
    return bool(settings.SYNDICATION_ZALO_ACCESS_TOKEN)


def send_to_zalo(post):
    url = f"{settings.SYNDICATION_ZALO_API_URL}/v2.0/article/create"
    page = post.page.specific_deferred
    title = page.title[:150]
    body = {
        "type": "normal",
        "title": title,
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
    status, data, text = post_json(
        url, json_body=body, headers={"access_token": settings.SYNDICATION_ZALO_ACCESS_TOKEN}
    )
    if not isinstance(data, dict):
        raise TemporaryError(f"HTTP {status}: the reply is not JSON: {text[:200]}")
    code = data.get("error")
    if status == 200 and code == 0:
        result = data.get("data") or {}
        external_id = str(result.get("id") or result.get("token") or "")
        return external_id, str(result.get("url") or "")
    message = f"HTTP {status}, Zalo error {code}: {data.get('message', text[:200])}"
    if status >= 500 or code not in ZALO_PERMANENT_CODES:
        raise TemporaryError(message)
    raise PermanentError(message)


NETWORKS = {
    SocialPost.Network.FACEBOOK: (facebook_configured, send_to_facebook),
    SocialPost.Network.ZALO: (zalo_configured, send_to_zalo),
}


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


def attempt(post_id, now=None):
    """Try to send one pending post now; returns the post (None when it is not pending or another worker has it)."""
    now = now or timezone.now()
    post = SocialPost.objects.filter(pk=post_id, status=SocialPost.Status.PENDING).select_related("page").first()
    if post is None or (post.next_attempt_at and post.next_attempt_at > now):
        return None
    # Claim it: only one worker moves `attempts` from n to n+1.
    claimed = SocialPost.objects.filter(pk=post.pk, status=SocialPost.Status.PENDING, attempts=post.attempts).update(
        attempts=F("attempts") + 1, next_attempt_at=now + datetime.timedelta(seconds=CLAIM_SECONDS)
    )
    if not claimed:
        return None
    post.attempts += 1
    _configured, send = NETWORKS[post.network]
    try:
        post.external_id, post.external_url = send(post)
    except PermanentError as exc:
        post.status, post.last_error, post.next_attempt_at = SocialPost.Status.FAILED, str(exc), None
    except (TemporaryError, FetchError) as exc:
        post.last_error = str(exc)
        if post.attempts >= settings.SYNDICATION_SOCIAL_MAX_ATTEMPTS:
            post.status, post.next_attempt_at = SocialPost.Status.FAILED, None
        else:
            post.next_attempt_at = now + datetime.timedelta(seconds=backoff(post.attempts))
    except Exception as exc:  # a bug or an unexpected reply: keep it visible, retry like a temporary error
        logger.exception("social post %s to %s failed unexpectedly", post.pk, post.network)
        post.last_error = f"{type(exc).__name__}: {exc}"
        post.next_attempt_at = (
            None
            if post.attempts >= settings.SYNDICATION_SOCIAL_MAX_ATTEMPTS
            else now + datetime.timedelta(seconds=backoff(post.attempts))
        )
        if post.next_attempt_at is None:
            post.status = SocialPost.Status.FAILED
    else:
        post.status, post.sent_at, post.last_error, post.next_attempt_at = SocialPost.Status.SENT, now, "", None
    if post.status == SocialPost.Status.FAILED:
        logger.warning("social post %s to %s failed: %s", post.pk, post.network, post.last_error)
    post.save(
        update_fields=["status", "external_id", "external_url", "last_error", "next_attempt_at", "sent_at", "attempts"]
    )
    return post


def due_posts(now=None):
    now = now or timezone.now()
    return SocialPost.objects.filter(status=SocialPost.Status.PENDING).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def send_due_posts(now=None):
    """Send every pending post whose time has come; returns how many were tried."""
    now = now or timezone.now()
    tried = 0
    for post_id in list(due_posts(now).order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:500]):
        if attempt(post_id, now=now) is not None:
            tried += 1
    return tried
