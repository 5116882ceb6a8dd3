"""The Zalo Official Account webhook: messages and photos staff send to the province's OA become field reports.

Zalo signs each delivery: the ``X-ZEvent-Signature`` header is ``mac=`` followed by
``sha256(app_id + raw body + timestamp + OA secret key)`` in hex, the timestamp being the body's ``timestamp``
field. A wrong or missing signature gets 403 and nothing is stored. A message id already seen (Zalo retries a
delivery it thinks failed) creates nothing new. Messages from Zalo ids the newsroom does not know are kept, but
held for review. Photos are fetched by a background task (Zalo expects an answer within two seconds).
"""

import hashlib
import hmac
import json
import logging
import urllib.request
from datetime import UTC, datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django_tasks import task

from .models import FieldReport, FieldReportPhoto, ZaloSender
from .photos import check_photo, normalise_photo

logger = logging.getLogger(__name__)

MESSAGE_EVENTS = {"user_send_text", "user_send_image", "user_send_location"}


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
    photo_urls = [
        str((a.get("payload") or {}).get("url", ""))
        for a in attachments
        if a.get("type") == "image" and (a.get("payload") or {}).get("url")
    ][: settings.EDITORIAL_FIELD_REPORT_MAX_PHOTOS]
    fields = {}
    for a in attachments:
        coordinates = (a.get("payload") or {}).get("coordinates") or {}
        if a.get("type") == "location" and coordinates:
            try:
                fields["latitude"] = round(float(coordinates["latitude"]), 6)
                fields["longitude"] = round(float(coordinates["longitude"]), 6)
            except (KeyError, TypeError, ValueError):
                pass
    text = str(message.get("text", "")).strip() or ("(ảnh)" if photo_urls else "(vị trí)")
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


def _download(url):
    if urlsplit(url).scheme not in ("http", "https"):
        raise ValueError(f"not a web address: {url}")
    limit = settings.EDITORIAL_FIELD_REPORT_MAX_PHOTO_SIZE
    request = urllib.request.Request(url, headers={"User-Agent": "thainguyen-portal-newsroom"})
    with urllib.request.urlopen(request, timeout=settings.EDITORIAL_ZALO_FETCH_TIMEOUT) as response:  # noqa: S310
        return response.read(limit + 1)


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
            check_photo(f"zalo-{report_id}-{order + 1}.jpg", data)
        except (OSError, ValueError, ValidationError) as error:
            logger.warning("Zalo photo %s of report %s left out: %s", url, report_id, error)
            continue
        content, position = normalise_photo(f"zalo-{report_id}-{order + 1}.jpg", data)
        FieldReportPhoto.objects.create(report=report, file=content, sort_order=order)
        if position and report.latitude is None:
            report.latitude, report.longitude = position
            report.save(update_fields=["latitude", "longitude"])
        stored += 1
    return stored
