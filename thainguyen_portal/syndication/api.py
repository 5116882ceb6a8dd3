"""The read-only JSON API for partner portals: ``/api/v1/<resource>/`` and the ninjs view of news items.

Only what the content apps' ``portal_api_resources`` hooks hand over is shown (live, public objects, public
fields). Every bad parameter gets a 400 with a message, never a 500. Answers are cached in the shared cache
under the page cache's generations (``site`` and both languages' ``listings``): any publish, unpublish, move or
snippet change makes the next request fresh. The page cache middleware leaves ``/api/`` alone
(``PAGE_CACHE_EXCLUDED_PREFIXES``) because its key would follow the path's language only, while ``?lang=``
picks the language here. Nginx or a CDN may keep an answer for ``PAGE_CACHE_SHARED_MAX_AGE`` seconds.
"""

import datetime
import hashlib
import json
import logging

from django.conf import settings
from django.core.cache import caches
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from thainguyen_portal.core.publishing import pagecache
from thainguyen_portal.core.security import ratelimit
from thainguyen_portal.core.security.clientip import client_ip

from .ninjs import to_ninjs
from .resources import registered_resources

logger = logging.getLogger(__name__)

API_VERSION = "v1"


class BadRequest(Exception):
    pass


def json_response(data, status=200, cacheable=False):
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
        status=status,
    )
    response["Access-Control-Allow-Origin"] = "*"
    response["X-Content-Type-Options"] = "nosniff"
    if cacheable:
        pagecache.shared_cache_headers(response)
    else:
        response["Cache-Control"] = "no-store"
    return response


def error(message, status=400):
    return json_response({"error": message, "status": status}, status=status)


# --- Parameters ---------------------------------------------------------------------------------------------


def _int_param(request, name, default, minimum, maximum):
    raw = request.GET.get(name, "")
    if raw == "":
        return default
    if not raw.isdigit() or len(raw) > 9:
        raise BadRequest(_("“%(name)s” must be a whole number.") % {"name": name})
    value = int(raw)
    if not minimum <= value <= maximum:
        raise BadRequest(
            _("“%(name)s” must be between %(min)d and %(max)d.") % {"name": name, "min": minimum, "max": maximum}
        )
    return value


def _moment_param(request, name, end_of_day=False):
    """A date (YYYY-MM-DD) or an ISO 8601 date and time, as an aware datetime, or None."""
    raw = request.GET.get(name, "").strip()
    if not raw:
        return None
    moment = None
    try:
        if len(raw) == 10:
            day = parse_date(raw)
            if day is not None:
                moment = datetime.datetime.combine(day, datetime.time.max if end_of_day else datetime.time.min)
        else:
            moment = parse_datetime(raw.replace(" ", "+"))
    except ValueError:
        moment = None
    if moment is None:
        raise BadRequest(_("“%(name)s” is not a date: use YYYY-MM-DD or an ISO 8601 date and time.") % {"name": name})
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


def filtered(resource, request):
    """The resource's queryset with the request's filters applied (BadRequest on any bad value)."""
    queryset = resource.queryset()
    lang = request.GET.get("lang", "").strip()
    if lang:
        if lang not in {code for code, _name in settings.LANGUAGES}:
            raise BadRequest(_("Unknown language “%(value)s”: use vi or en.") % {"value": lang[:20]})
        if resource.language_field:
            queryset = queryset.filter(**{resource.language_field: lang})
        elif lang != settings.LANGUAGE_CODE:
            queryset = queryset.none()
    kind = request.GET.get("type", "").strip()
    if kind:
        if not (resource.type_field or resource.type_filter) or kind not in resource.type_values:
            raise BadRequest(
                _("Unknown type “%(value)s”. Known types: %(types)s.")
                % {"value": kind[:40], "types": ", ".join(resource.type_values) or "-"}
            )
        if resource.type_filter:
            queryset = resource.type_filter(queryset, kind)
        else:
            queryset = queryset.filter(**{resource.type_field: kind})
    section = request.GET.get("section", "").strip()
    if section:
        if resource.section is None:
            raise BadRequest(_("This resource has no sections."))
        try:
            queryset = resource.section(queryset, section[:100])
        except ValueError:
            raise BadRequest(_("Unknown section “%(value)s”.") % {"value": section[:40]}) from None
    if resource.filters is not None:
        try:
            queryset = resource.filters(queryset, request.GET)
        except ValueError as exc:
            raise BadRequest(str(exc)) from None
    start = _moment_param(request, "from")
    end = _moment_param(request, "to", end_of_day=True)
    if start and end and start > end:
        raise BadRequest(_("“from” comes after “to”."))
    is_date = isinstance(queryset.model._meta.get_field(resource.date_field), models.DateField) and not isinstance(
        queryset.model._meta.get_field(resource.date_field), models.DateTimeField
    )
    if start:
        value = timezone.localtime(start).date() if is_date else start
        queryset = queryset.filter(**{f"{resource.date_field}__gte": value})
    if end:
        value = timezone.localtime(end).date() if is_date else end
        queryset = queryset.filter(**{f"{resource.date_field}__lte": value})
    return queryset.order_by(*resource.order_by)


def _page_url(request, offset, limit, count):
    if offset < 0 or offset >= count:
        return None
    params = request.GET.copy()
    params["offset"] = str(offset)
    params["limit"] = str(limit)
    return request.build_absolute_uri(request.path + "?" + params.urlencode())


def _clean(value):
    """Dates as ISO strings; nested lists and dicts followed."""
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).isoformat() if timezone.is_aware(value) else value.isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {key: _clean(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(item) for item in value]
    return value


def listing(resource, request, fmt="json"):
    limit = _int_param(request, "limit", settings.SYNDICATION_API_PAGE_SIZE, 1, settings.SYNDICATION_API_MAX_PAGE_SIZE)
    offset = _int_param(request, "offset", 0, 0, 10_000_000)
    if "page" in request.GET and "offset" not in request.GET:
        page = _int_param(request, "page", 1, 1, 1_000_000)
        offset = (page - 1) * limit
    queryset = filtered(resource, request)
    count = queryset.count()
    objects = list(queryset[offset : offset + limit]) if offset < count else []
    items = resource.items(objects, request, False)
    results = [to_ninjs(item, resource) for item in items] if fmt == "ninjs" else [_clean(item) for item in items]
    return {
        "count": count,
        "limit": limit,
        "offset": offset,
        "next": _page_url(request, offset + limit, limit, count),
        "previous": _page_url(request, max(0, offset - limit), limit, count) if offset > 0 else None,
        "results": results,
    }


def detail(resource, request, pk, fmt="json"):
    """One item by its id (or by its slug, for a resource with a ``slug_field``), or None."""
    pk = str(pk)
    if pk.isdigit() and len(pk) <= 18:
        lookup = {"pk": int(pk)}
    elif resource.slug_field and len(pk) <= 255:
        lookup = {resource.slug_field: pk}
    else:
        return None
    obj = filtered(resource, request).filter(**lookup).first()
    if obj is None:
        return None
    item = resource.items([obj], request, True)[0]
    return to_ninjs(item, resource) if fmt == "ninjs" else _clean(item)


# --- Cache and rate limit -----------------------------------------------------------------------------------

GENERATIONS = ("site",) + tuple(f"listings:{code}" for code, _name in settings.LANGUAGES)


def _cache_key(request):
    generations = pagecache.current_generations(GENERATIONS)
    raw = "|".join([request.get_host(), request.get_full_path(), ",".join(str(g) for g in generations)])
    return "syndication:api:" + hashlib.sha256(raw.encode()).hexdigest()


def api_view(view):
    """Rate limit per client, answer from the cache, turn BadRequest into 400; GET and HEAD only."""

    def wrapped(request, *args, **kwargs):
        # Messages and labels in the language asked for (?lang=), Vietnamese otherwise.
        language = request.GET.get("lang", "")
        language = language if language in {code for code, _name in settings.LANGUAGES} else settings.LANGUAGE_CODE
        with translation.override(language):
            return answer(request, *args, **kwargs)

    def answer(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = error(_("Only GET is allowed."), status=405)
            response["Allow"] = "GET, HEAD"
            return response
        allowed, retry_after = ratelimit.hit(
            "api", client_ip(request) or "unknown", settings.PORTAL_RATE_LIMITS.get("api", "120/m")
        )
        if not allowed:
            response = error(_("Too many requests: try again in %(seconds)d seconds.") % {"seconds": retry_after}, 429)
            response["Retry-After"] = str(max(1, retry_after))
            return response
        cache = caches[settings.PAGE_CACHE_ALIAS]
        key = cached = None
        if settings.PAGE_CACHE_ENABLED:
            try:
                key = _cache_key(request)
                cached = cache.get(key)
            except Exception:  # the cache is down: answer from the database
                logger.warning("API cache unavailable", exc_info=True)
        if cached is not None:
            status, body = cached
            response = json_response(None, status=status, cacheable=True)
            response.content = body
            response["X-Cache"] = "HIT"
            return response
        try:
            data, status = view(request, *args, **kwargs)
        except BadRequest as exc:
            return error(str(exc))
        response = json_response(data, status=status, cacheable=status == 200)
        response["X-Cache"] = "MISS"
        if key is not None and status == 200:
            try:
                cache.set(key, (status, response.content), timeout=settings.SYNDICATION_API_CACHE_SECONDS)
            except Exception:
                logger.warning("API cache could not store %s", request.path, exc_info=True)
        return response

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


# --- Views --------------------------------------------------------------------------------------------------


def _resource_or_none(name, fmt):
    resource = registered_resources().get(name)
    if resource is None or (fmt == "ninjs" and not resource.ninjs):
        return None
    return resource


@api_view
def root(request):
    resources = registered_resources().values()
    return {
        "version": API_VERSION,
        "resources": [
            {
                "name": r.name,
                "label": str(r.label),
                "url": request.build_absolute_uri(reverse("syndication:api-list", args=[r.name])),
                "ninjs": request.build_absolute_uri(reverse("syndication:ninjs-list", args=[r.name]))
                if r.ninjs
                else None,
                "types": [{"value": value, "label": str(label)} for value, label in r.types],
                "sections": r.section is not None,
                "parameters": {name: str(text) for name, text in r.parameters.items()},
            }
            for r in resources
        ],
        "parameters": {
            "type": _("one of the resource's types"),
            "section": _("a section's slug (articles) or a field's slug (gazette documents)"),
            "from": "YYYY-MM-DD",
            "to": "YYYY-MM-DD",
            "lang": "vi | en",
            "limit": f"1–{settings.SYNDICATION_API_MAX_PAGE_SIZE}",
            "offset": "0…",
            "page": "1…",
        },
    }, 200


def _not_found():
    return {"error": _("Not found."), "status": 404}, 404


@api_view
def resource_list(request, name, fmt="json"):
    resource = _resource_or_none(name, fmt)
    if resource is None:
        return _not_found()
    return listing(resource, request, fmt), 200


@api_view
def resource_detail(request, name, pk, fmt="json"):
    resource = _resource_or_none(name, fmt)
    if resource is None:
        return _not_found()
    data = detail(resource, request, pk, fmt)
    if data is None:
        return _not_found()
    return data, 200
