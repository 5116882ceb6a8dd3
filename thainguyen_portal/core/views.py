"""Views of the portal that are not pages: the health check and the error pages."""

import logging
import re

from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.http import HttpResponse, HttpResponseForbidden, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from .operations import stats
from .security.clientip import client_ip
from .security.ratelimit import ratelimit

logger = logging.getLogger(__name__)


def _check_database():
    with connections["default"].cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _check_cache(alias):
    cache = caches[alias]
    key = "healthz:probe"
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not return what was written")


# A transparent 1×1 GIF for readers without JavaScript (<noscript><img src="/_/hit.gif?...">).
_PIXEL = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")
_SECTION = re.compile(r"[a-z0-9._-]{1,100}")


@csrf_exempt
@never_cache
@ratelimit("beacon", rate="120/m", methods=None)
def hit(request):
    """The visit beacon: counts a view in the cache (never the database). Answers 204, or a pixel for <img>.

    Only a live public page counts, once per reader and day, under its own section (stats.record_page_view); the
    `s` parameter the page sends is checked but not believed. Each client address has PORTAL_RATE_LIMITS["beacon"].
    """
    params = request.POST if request.method == "POST" else request.GET
    page_id = params.get("p", "")
    section = params.get("s", "")
    if page_id.isdigit() and 0 < int(page_id) < 2**31 and (not section or _SECTION.fullmatch(section)):
        address = client_ip(request)
        try:
            stats.record_page_view(int(page_id), address, request.META.get("HTTP_USER_AGENT", ""))
        except Exception:  # counting must never bother the reader
            logger.warning("visit not counted", exc_info=True)
    if request.path.endswith(".gif"):
        return HttpResponse(_PIXEL, content_type="image/gif")
    return HttpResponse(status=204)


def visits(request):
    """The footer's visitor counter as JSON ({"today": views today, "total": views in all}), read by `portal.js`
    after load: the footer itself is part of cached pages. Shared caches may keep it 30 seconds, browsers not."""
    try:
        today, total = stats.totals_for_footer()
    except Exception:  # statistics must never bother the reader
        logger.warning("visit totals unavailable", exc_info=True)
        response = JsonResponse({}, status=503)
        response["Cache-Control"] = "no-store"
        return response
    response = JsonResponse({"today": today, "total": total})
    response["Cache-Control"] = "public, max-age=0, s-maxage=30"
    return response


def ping(request):
    """Liveness: the process answers (no database, no cache). Also the benchmark's framework ceiling."""
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def healthz(request):
    """JSON status of the database and the caches for load balancers and monitoring: 200, or 503 if one is down."""
    checks = {
        "database": _check_database,
        "cache": lambda: _check_cache("default"),
        "sessions_cache": lambda: _check_cache("sessions"),
    }
    status = {}
    for name, check in checks.items():
        try:
            check()
        except Exception as exc:  # any failure of a dependency is a "down", reported and logged
            logger.warning("healthz: %s is down: %s", name, exc)
            status[name] = "down"
        else:
            status[name] = "ok"
    healthy = all(value == "ok" for value in status.values())
    body = {"status": "ok" if healthy else "down", "environment": settings.PORTAL_ENVIRONMENT, **status}
    return JsonResponse(body, status=200 if healthy else 503)


def server_error(request, *args, **kwargs):
    """The 500 page, rendered without a request context: no database, no cache, no settings lookups."""
    try:
        context = {
            "LANGUAGE_CODE": getattr(request, "LANGUAGE_CODE", "vi"),
            # The reader can quote it; the log lines of the failure carry the same id (core/operations/requestid.py).
            "request_id": getattr(request, "request_id", ""),
        }
        html = loader.get_template("500.html").render(context)
    except Exception:  # the last line of defence must not fail itself
        logger.exception("500.html could not be rendered")
        html = "<!doctype html><title>500</title><h1>Hệ thống đang bận / Server error</h1>"
    return HttpResponseServerError(html)


@never_cache
def csrf_failure(request, reason=""):
    """A form sent without a valid security check (CSRF_FAILURE_VIEW): the portal's page saying what happened and
    what to do, in the reader's language, instead of Django's technical one. The reason goes to the log only."""
    logger.warning("CSRF failure on %s: %s", request.path, reason)
    return HttpResponseForbidden(loader.render_to_string("403_csrf.html", request=request))


def robots_txt(request):
    """robots.txt: the public site is open to crawlers, the admin and the private endpoints are not; the sitemaps
    (every page of both languages, and each language's Google News sitemap) are announced with absolute URLs."""
    base = request.build_absolute_uri("/").rstrip("/")
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /newsroom/",
        "Disallow: /_/",
        "Disallow: /api/",
        "",
        f"Sitemap: {base}/sitemap.xml",
        f"Sitemap: {base}/sitemap-news.xml",
        f"Sitemap: {base}/en/sitemap-news.xml",
        "",
    ]
    response = HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
    response["Cache-Control"] = "public, max-age=86400"
    return response
