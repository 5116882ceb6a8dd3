"""The Zalo Official Account webhook: messages and photos staff send to the province's OA become field reports.

Zalo signs each delivery: the ``X-ZEvent-Signature`` header is ``mac=`` followed by
``sha256(app_id + raw body + timestamp + OA secret key)`` in hex, the timestamp being the body's ``timestamp``
field. A wrong or missing signature gets 403 and nothing is stored, and so does a signed delivery whose timestamp is
more than ``EDITORIAL_ZALO_MAX_AGE_SECONDS`` away from now (a captured message replayed later). A message id already
seen (Zalo retries a delivery it thinks failed) creates nothing new. Messages from Zalo ids the newsroom does not know
are kept, but held for review.

Photos are fetched by a background task (Zalo expects an answer within two seconds; production runs it in the task
worker), and only from Zalo's photo hosts: the URL's scheme and host name are checked against
``EDITORIAL_ZALO_PHOTO_HOSTS`` before the task is enqueued and again before each fetch; the name is resolved once, every
address it resolves to must be public (no loopback, private, link-local, multicast or reserved address), and the
connection goes to that checked address, so a second, different DNS answer cannot redirect it. A redirect is followed
only on the same host, through the same checks. A refused URL is logged and left out; the report is kept.
"""

import hashlib
import hmac
import json
import logging
from datetime import UTC, datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpResponseForbidden, JsonResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_tasks import task

from thainguyen_portal.core.intake.fetch import FetchError, RefusedURL, fetch
from thainguyen_portal.core.intake.images import check_image

from .models import FieldReport, FieldReportPhoto, ZaloSender
from .photos import normalise_photo

logger = logging.getLogger(__name__)

MESSAGE_EVENTS = {"user_send_text", "user_send_image", "user_send_location"}
MAX_REDIRECTS = 3


def expected_signature(body: bytes, timestamp: str) -> str:
    app_id = settings.EDITORIAL_ZALO_APP_ID
    secret = settings.EDITORIAL_ZALO_OA_SECRET
    digest = hashlib.sha256(app_id.encode() + body + str(timestamp).encode() + secret.encode()).hexdigest()
    return f"mac={digest}"


def signature_is_valid(request, payload) -> bool:
    if not settings.EDITORIAL_ZALO_APP_ID or not settings.EDITORIAL_ZALO_OA_SECRET:
        return False
    given = request.headers.get("X-ZEvent-Signature", "").strip()
    if not given.startswith("mac="):
        given = f"mac={given}"
    expected = expected_signature(request.body, payload.get("timestamp", ""))
    return hmac.compare_digest(given.lower().encode(), expected.encode()) and str(payload.get("app_id", "")) == str(
        settings.EDITORIAL_ZALO_APP_ID
    )


def _happened_at(payload):
    try:
        return datetime.fromtimestamp(int(payload["timestamp"]) / 1000, tz=UTC)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


def _is_fresh(payload) -> bool:
    """Whether the (signed) timestamp of a delivery is within EDITORIAL_ZALO_MAX_AGE_SECONDS of now, either way."""
    happened_at = _happened_at(payload)
    if happened_at is None:
        return False
    return abs((timezone.now() - happened_at).total_seconds()) <= settings.EDITORIAL_ZALO_MAX_AGE_SECONDS


@csrf_exempt
@require_POST
def webhook(request):
    try:
        payload = json.loads(request.body)
        if not isinstance(payload, dict):
            raise ValueError
    except ValueError:
        return HttpResponseForbidden("bad payload")
    if not signature_is_valid(request, payload):
        return HttpResponseForbidden("bad signature")
    if not _is_fresh(payload):
        logger.warning(
            "Zalo delivery refused: its timestamp %r is not within the allowed window", payload.get("timestamp")
        )
        return HttpResponseForbidden("stale message")
    event = payload.get("event_name", "")
    message = payload.get("message") or {}
    message_id = str(message.get("msg_id", ""))[:100]
    if event not in MESSAGE_EVENTS or not message_id:
        return JsonResponse({"stored": False})
    sender_id = str((payload.get("sender") or {}).get("id", ""))[:100]
    if FieldReport.objects.filter(source=FieldReport.Source.ZALO, external_id=message_id).exists():
        return JsonResponse({"stored": False, "duplicate": True})

    known = ZaloSender.objects.filter(zalo_user_id=sender_id).select_related("user").first()
    attachments = [a for a in message.get("attachments") or [] if isinstance(a, dict)]
    photo_urls = []
    for url in [
        str((a.get("payload") or {}).get("url", ""))
        for a in attachments
        if a.get("type") == "image" and (a.get("payload") or {}).get("url")
    ][: settings.EDITORIAL_FIELD_REPORT_MAX_PHOTOS]:
        try:
            check_photo_url(url)
        except RefusedURL as error:
            logger.warning("Zalo photo %.200s of message %s refused: %s", url, message_id, error)
            continue
        photo_urls.append(url)
    fields = {}
    for a in attachments:
        coordinates = (a.get("payload") or {}).get("coordinates") or {}
        if a.get("type") == "location" and coordinates:
            try:
                fields["latitude"] = round(float(coordinates["latitude"]), 6)
                fields["longitude"] = round(float(coordinates["longitude"]), 6)
            except (KeyError, TypeError, ValueError):
                pass
    has_photos = any(a.get("type") == "image" for a in attachments)
    text = str(message.get("text", "")).strip() or ("(ảnh)" if has_photos else "(vị trí)")
    happened_at = _happened_at(payload)
    if happened_at:
        fields["happened_at"] = happened_at
    try:
        with transaction.atomic():
            report = FieldReport.objects.create(
                source=FieldReport.Source.ZALO,
                external_id=message_id,
                status=FieldReport.Status.NEW if known else FieldReport.Status.HELD,
                sender=known.user if known else None,
                sender_name=known.display_name if known else "",
                sender_external_id=sender_id,
                text=text[:5000],
                **fields,
            )
    except IntegrityError:  # the same message delivered twice at the same moment
        return JsonResponse({"stored": False, "duplicate": True})
    if photo_urls:
        transaction.on_commit(lambda: fetch_photos.enqueue(report.pk, photo_urls))
    return JsonResponse({"stored": True, "report": report.pk})


def _host_allowed(host):
    host = host.lower().rstrip(".")
    for entry in settings.EDITORIAL_ZALO_PHOTO_HOSTS:
        entry = entry.strip().lower().rstrip(".")
        if entry.startswith("*."):
            if host.endswith(entry[1:]) and len(host) > len(entry) - 1:
                return True
        elif entry and host == entry:
            return True
    return False


def check_photo_url(url):
    """Nothing when `url` is one Zalo's photos may be fetched from; RefusedURL saying why not. No DNS."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (a bad port raises ValueError)
    except ValueError:
        raise RefusedURL("not a web address") from None
    schemes = ("https",) if settings.EDITORIAL_ZALO_PHOTO_HTTPS_ONLY else ("http", "https")
    if parts.scheme not in schemes:
        raise RefusedURL(f"scheme {parts.scheme!r} is not allowed ({', '.join(schemes)} only)")
    host = parts.hostname or ""
    if not host or parts.username is not None or parts.password is not None:
        raise RefusedURL("not a plain web address")
    if not _host_allowed(host):
        raise RefusedURL(f"host {host!r} is not one of Zalo's photo hosts (EDITORIAL_ZALO_PHOTO_HOSTS)")


def _download(url):
    """The body of a photo URL, through core's fetcher: Zalo's hosts only, public addresses only, same-host
    redirects only, within the timeout, the overall deadline and the photo size limit."""
    data, _content_type = fetch(
        url,
        settings.EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIZE,
        timeout=settings.EDITORIAL_ZALO_FETCH_TIMEOUT,
        accept="image/*",
        check_url=check_photo_url,
        same_host=True,
        public_only=not settings.EDITORIAL_ZALO_ALLOW_PRIVATE_ADDRESSES,
        max_redirects=MAX_REDIRECTS,
    )
    return data


@task()
def fetch_photos(report_id, urls):
    """Fetch the photos of a Zalo message; one that cannot be fetched or is not a photo is left out (logged)."""
    report = FieldReport.objects.filter(pk=report_id).first()
    if report is None:
        return 0
    stored = 0
    for order, url in enumerate(urls):
        try:
            data = _download(url)
            check_image(f"zalo-{report_id}-{order + 1}.jpg", data)
        except (FetchError, ValidationError) as error:
            logger.warning("Zalo photo %s of report %s left out: %s", url, report_id, error)
            continue
        content, position = normalise_photo(f"zalo-{report_id}-{order + 1}.jpg", data)
        FieldReportPhoto.objects.create(report=report, file=content, sort_order=order)
        if position and report.latitude is None:
            report.latitude, report.longitude = position
            report.save(update_fields=["latitude", "longitude"])
        stored += 1
    return stored
