"""The shared frame of every page, kept in the cache instead of asked of the database on every request.

Every public page needs the same few things before its own content: the Site for the host (with its home pages),
the locales, the view restrictions (for `serve` and for listings), the site settings and the two menus of its
language. They change rarely and every change goes through a signal that starts a new ``site`` generation of the
page cache (core/publishing/signals.py: publishing a page near the root or one a menu links to, saving a snippet, the
site settings, a Site, a Locale or a view restriction, moving or deleting a page). Each value here is stored under a key
that holds the current ``site`` generation, so a new generation makes them all be computed again on the next
request; nothing is deleted, old entries expire.

A cold page (not served from the page cache) thus pays one cache read for the generation (none when the page
cache middleware has already read it) and one per value, instead of about ten SQL queries. If the cache is
down, each value is computed from the database, as before.
"""

import contextvars
import logging

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db.models import Q
from django.http.request import split_domain_port
from django.utils import translation

from ..upstream import wagtail as upstream
from . import pagecache

logger = logging.getLogger(__name__)

FRAME_SECONDS = 3600
# Part of every key: a release that changes what a value holds changes it, so it never reads the old shape.
FRAME_FORMAT = 2
_MISSING = object()
# The request being served (set by SiteFromCacheMiddleware), for callers that have none to pass (Wagtail calls
# `page.localized` and `page.get_view_restrictions()` without one): they share its memo and its generation.
_current_request = contextvars.ContextVar("portal_frame_request", default=None)


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def site_generation(request=None):
    """The current ``site`` generation, read once per request (the page cache middleware may have read it)."""
    if request is not None:
        known = getattr(request, "_portal_site_generation", None)
        if known is not None:
            return known
    try:
        value = pagecache.current_generations(("site",))[0]
    except Exception:  # the cache is down
        logger.warning("frame cache unavailable", exc_info=True)
        value = None
    if request is not None and value is not None:
        request._portal_site_generation = value
    return value


def cached(name, compute, request=None):
    """`compute()`, kept in the cache until the next ``site`` generation (and memoised on the request)."""
    request = request if request is not None else _current_request.get()
    memo = request.__dict__.setdefault("_portal_frame_memo", {}) if request is not None else None
    if memo is not None and name in memo:
        return memo[name]
    generation = site_generation(request)
    if generation is None:
        value = compute()
    else:
        key = f"frame:{FRAME_FORMAT}:{name}:{generation}"
        try:
            found = _cache().get(key, _MISSING)
        except Exception:
            found = _MISSING
        if found is _MISSING:
            value = compute()
            try:
                _cache().set(key, value, FRAME_SECONDS)
            except Exception:
                logger.warning("frame cache could not store %s", name, exc_info=True)
        else:
            value = found
    if memo is not None:
        memo[name] = value
    return value


# --- Site and locales -------------------------------------------------------------------------------------------


def _site_bundle(hostname, port):
    """The Site for a host with its root page as its specific object and the root page's live translations; the
    locales; the view restrictions. Everything the routing of any page needs, in one cache entry."""
    from wagtail.models import Locale, Site
    from wagtail.models.sites import get_site_for_hostname

    try:
        site = get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        site = None
    if site is not None:
        root = site.root_page.specific
        translations = {
            page.locale.language_code: page
            for page in type(root).objects.filter(translation_key=root.translation_key).live().select_related("locale")
        }
        root._portal_localized = {code: page for code, page in translations.items() if page.pk != root.pk}
        site.root_page = root
    return {
        "site": site,
        "locales": dict(Locale.objects.values_list("language_code", "id")),
        "restrictions": _restriction_index(),
    }


def _host(request):
    """(host name, port) of the request; only hosts in ALLOWED_HOSTS (raises DisallowedHost), so that made-up
    Host headers cannot fill the cache with entries of their own."""
    return split_domain_port(request.get_host())[0], request.get_port()


def site_bundle(request):
    hostname, port = _host(request)
    return cached(f"site:{hostname}:{port}", lambda: _site_bundle(hostname, port), request)


def site_for_request(request):
    return site_bundle(request)["site"]


def locale_ids(request=None):
    """{language code: Locale id} of the enabled locales."""
    from wagtail.models import Locale

    request = request if request is not None else _current_request.get()
    if request is not None and getattr(request, "_portal_frame_site", False):
        return site_bundle(request)["locales"]
    return cached("locales", lambda: dict(Locale.objects.values_list("language_code", "id")), request)


class SiteFromCacheMiddleware:
    """Give Wagtail the request's Site from the cache (``upstream.wagtail.set_request_site``).

    Placed after the page cache, so a page-cache hit does not pay for it, and skipped for the admin.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path_info
        if any(path.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PREFIXES):
            return self.get_response(request)
        try:
            site = site_for_request(request)
        except DisallowedHost:
            return self.get_response(request)  # CommonMiddleware answers 400
        token = _current_request.set(request)
        try:
            upstream.set_request_site(request, site)
            request._portal_frame_site = True
            return self.get_response(request)
        finally:
            _current_request.reset(token)


# --- View restrictions ------------------------------------------------------------------------------------------


def _restriction_index():
    from wagtail.models import Page, PageViewRestriction

    entries = list(PageViewRestriction.objects.values_list("page__path", "pk"))
    has_aliases = Page.objects.filter(alias_of__isnull=False).exists()
    return {"entries": entries, "has_aliases": has_aliases}


def restriction_index(request=None):
    """{"entries": [(restricted page's tree path, restriction id)], "has_aliases": bool}."""
    request = request if request is not None else _current_request.get()
    if request is not None and getattr(request, "_portal_frame_site", False):
        return site_bundle(request)["restrictions"]
    return cached("restrictions", _restriction_index, request)


def restricted_paths(request=None):
    """The tree paths of the pages with a view restriction (their subtrees are private)."""
    return sorted({path for path, _pk in restriction_index(request)["entries"]})


def public(queryset, request=None):
    """`queryset.public()` without its query: the restricted subtrees come from the cache."""
    private = Q()
    for restricted in restricted_paths(request):
        private |= Q(path__startswith=restricted)
    return queryset.exclude(private) if private else queryset


# --- Menus and settings -----------------------------------------------------------------------------------------


def _menu_entries(request, handle, language):
    from ..models import Menu

    menu = Menu.objects.filter(handle=handle, locale__language_code=language).only("items").first()
    if menu is None:
        return []
    entries = []
    for block in menu.items:
        value = block.value
        page = value.get("page")
        if page is not None:
            if not page.live:
                continue
            url = page.get_url(request)
            label = value.get("label") or page.title
            external = False
        else:
            url = value.get("url")
            label = value.get("label")
            external = True
        if url and label:
            entries.append({"label": label, "url": url, "external": external})
    return entries


def _language_bundle(request, language):
    from wagtail.models import Site

    from ..models import Menu, PortalSettings

    site = Site.find_for_request(request)
    return {
        "menus": {handle: _menu_entries(request, handle, language) for handle in Menu.Handle.values},
        "settings": {PortalSettings._meta.label_lower: PortalSettings.for_site(site)} if site is not None else {},
    }


def language_bundle(request, language=None):
    """The menus and the site settings of the request's site in a language, in one cache entry."""
    language = language or translation.get_language()
    hostname, port = _host(request)
    return cached(f"lang:{hostname}:{port}:{language}", lambda: _language_bundle(request, language), request)


def menu_entries(request, handle, language=None):
    """The entries of a menu in a language: [{label, url, external}]."""
    language = language or translation.get_language()
    if request is None:
        return _menu_entries(None, handle, language)
    menus = language_bundle(request, language)["menus"]
    return menus[handle] if handle in menus else _menu_entries(request, handle, language)


def menu_page_ids():
    """The ids of the pages the menus link to (read from the database: used when a page is published)."""
    from ..models import Menu

    ids = set()
    for menu in Menu.objects.only("items"):
        for block in menu.items.raw_data:
            value = block.get("value") or {}
            if value.get("page"):
                ids.add(value["page"])
    return ids


def site_settings(model, request):
    """A site-settings object for the request's site, from the cache."""
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None:
        raise model.DoesNotExist(f"{model} does not exist for site None.")
    found = language_bundle(request)["settings"].get(model._meta.label_lower)
    if found is not None and found.site_id == site.pk:
        return found
    return cached(f"settings:{model._meta.label_lower}:{site.pk}", lambda: model.for_site(site), request)
