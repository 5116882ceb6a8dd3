"""The page cache for anonymous readers, and its invalidation.

Whole responses are kept in the shared cache (Redis in production), keyed by host, path and query string. The
language is part of the path (``/en/...``), so it is part of the key. Each cached response also depends on a few
*generations* — small counters in the same cache — and the key includes their current values:

* ``site``: everything (menus, site settings, a moved or deleted page, a section's title in the menu);
* ``listings:<lang>``: pages that list content from every area (home page, search, sitemap, feeds at the root);
* ``area:<lang>:<segment>``: the pages under one top-level section, e.g. ``area:vi:tin-tuc`` for ``/tin-tuc/...``.

Publishing a page bumps its area and its language's listings, so the home page and the section pages are new at
once, while the gazette and the magazine stay cached. It also bumps the areas of the page's translations in the
other languages, whose language switcher and hreflang alternates name it. Nothing is deleted: entries with old
generations are simply never asked for again and expire.

The frontend cache (nginx, Varnish, Cloudflare) gets HTTP purges for the page, its translations and the listings
that show it (``wagtail.contrib.frontend_cache``, configured from the environment in settings).

Both happen *after the commit* of the transaction that changed the content (`renew_after_commit`, called from the
signal handlers in core/publishing/signals.py): Wagtail publishes a workflow approval, a bulk action and a move inside
``transaction.atomic()``, and a generation moved before the commit would let a reader render the old rows and
store them under the new generation, to be served until the next change. Within one transaction each generation
moves once and each URL is purged once, however many pages a bulk action touches. A response is stored under the
generations read when its request began, so a render that started before the move is never kept under the new
ones.
"""

import hashlib
import logging
import os
import re
import tempfile
import threading
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, caches
from django.db import transaction
from django.utils.cache import patch_cache_control
from wagtail.contrib.frontend_cache.utils import PurgeBatch

logger = logging.getLogger(__name__)

CACHEABLE_CONTENT_TYPES = (
    "text/html",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/json",
    "application/feed+json",
)


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


_SEGMENT = re.compile(r"[a-z0-9._-]{1,100}")


def split_path(path):
    """(language, first segment) of a public path: "/en/news/x/" -> ("en", "news"), "/" -> ("vi", "").

    Slugs are short ASCII; anything else in the first segment (a hostile or mistyped URL) becomes "_other", so
    readers cannot make up cache keys of their own.
    """
    parts = [part for part in path.split("/") if part]
    language = settings.LANGUAGE_CODE
    languages = {code for code, _ in settings.LANGUAGES}
    if parts and parts[0] in languages and parts[0] != settings.LANGUAGE_CODE:
        language = parts.pop(0)
    segment = parts[0] if parts else ""
    if segment and not _SEGMENT.fullmatch(segment):
        segment = "_other"
    return language, segment


def generations_for_path(path):
    """The generation names a response for `path` depends on."""
    language, segment = split_path(path)
    if segment == "sitemap.xml":  # one sitemap lists every language's pages
        return ("site", *(f"listings:{code}" for code, _ in settings.LANGUAGES))
    if not segment or segment in settings.PAGE_CACHE_LISTING_SEGMENTS:
        return ("site", f"listings:{language}")
    return ("site", f"area:{language}:{segment}")


def _generation_key(name):
    return f"pagecache:gen:{name}"


def current_generations(names):
    cache = _cache()
    keys = [_generation_key(name) for name in names]
    found = cache.get_many(keys)
    return tuple(found.get(key, 0) for key in keys)


def bump(*names):
    """Start a new generation of each name: every response depending on it is rebuilt on its next request."""
    cache = _cache()
    for name in names:
        key = _generation_key(name)
        try:
            cache.incr(key)
        except ValueError:  # not there yet (or evicted): any value other than the old one will do
            cache.set(key, 1, timeout=None)
    logger.debug("page cache: new generation of %s", ", ".join(names))


def names_for_path(path):
    """The generations of what shows the page at `path`: its area and its language's listings."""
    language, segment = split_path(path)
    names = [f"listings:{language}"]
    if segment:
        names.append(f"area:{language}:{segment}")
    return names


def names_for_page(path):
    """The generations the page at `path` is kept under, and no more: its area (or its language's listings for a
    page at the root). For a page whose own content changed while its listings did not, such as the language links
    of a page whose translation was published."""
    return [name for name in generations_for_path(path) if name != "site"]


class _Renewal:
    """What to renew when one transaction commits: cached data the pages are built from, page generations, URLs."""

    def __init__(self):
        self.forget = set()
        self.data = set()
        self.names = set()
        self.urls = set()
        self.done = False

    def add(self, names, urls, data, forget):
        """Add to the renewal; returns the on_commit callback for this change (every change registers its own: a
        callback registered in a savepoint that is rolled back is dropped, and the rest must still run)."""
        self.forget.update(forget)
        self.data.update(data)
        self.names.update(names)
        self.urls.update(urls)

        def renew():
            self.run()

        renew.renewal = self
        return renew

    def waits_in(self, connection):
        """Whether one of its callbacks still waits for the commit of the connection's transaction."""
        return any(getattr(func, "renewal", None) is self for _sids, func, _robust in connection.run_on_commit)

    def run(self):
        """The first callback to run does it all; the others find nothing left."""
        if self.done:
            return
        self.done = True
        # The data first: a reader that sees a page's new generation must find the new data (a home page built from
        # the old cached slots would be kept under the new generation).
        if self.forget:
            caches[DEFAULT_CACHE_ALIAS].delete_many(sorted(self.forget))
        if self.data:
            bump(*sorted(self.data))
        if self.names:
            bump(*sorted(self.names))
        if self.names or self.data or self.forget:
            local_signal.announce()
        if self.urls:  # after the generations: a CDN that asks again at once gets the new page, not the old one
            try:
                PurgeBatch(self.urls).purge()
            except Exception:  # a CDN that does not answer must not break the request that published
                logger.warning("could not purge %d URLs", len(self.urls), exc_info=True)


class LocalCacheSignal:
    """Renewals across processes whose caches are their own (no Redis: the embedded default of `make run`).

    The server and the scheduler (`run_scheduler`, or `publish_scheduled` from cron) are then separate processes,
    each with an in-memory cache: a page the scheduler publishes would renew the scheduler's cache only, and the
    server would keep serving its cached home page for ``PAGE_CACHE_SECONDS``. So every renewal also replaces a
    small file (``PAGE_CACHE_SIGNAL_FILE``), and each process, at its next request, empties its own cache when the
    file is not the one it saw last: one ``stat`` a request. With Redis the cache is shared and the setting is off.

    A render that began before the change is kept under the key of the file it began with, never read again.
    """

    _NEVER = object()  # this process has not looked yet (a missing file is `None`)

    def __init__(self):
        self._seen = self._NEVER
        self._lock = threading.Lock()

    @staticmethod
    def _path():
        return getattr(settings, "PAGE_CACHE_SIGNAL_FILE", None)

    @staticmethod
    def _identity(path):
        try:
            stat = os.stat(path)
        except OSError:
            return None
        return (stat.st_ino, stat.st_mtime_ns, stat.st_size)

    def announce(self):
        """Tell the other processes that this one renewed something (a new file, atomically replaced)."""
        path = self._path()
        if not path:
            return
        try:
            os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
            fd, temporary = tempfile.mkstemp(dir=os.path.dirname(path) or ".", prefix=".cache-signal-")
            with os.fdopen(fd, "w") as handle:
                handle.write(f"{os.getpid()} {os.urandom(8).hex()}\n")
            os.replace(temporary, path)
        except OSError:
            logger.warning("could not write the cache signal %s", path, exc_info=True)
            return
        with self._lock:
            self._seen = self._identity(path)  # this process's own cache is already renewed

    def token(self):
        """The file this process has caught up with (part of the page-cache key); empties the process's caches
        first when another process renewed since."""
        path = self._path()
        if not path:
            return ""
        current = self._identity(path)
        with self._lock:
            if current == self._seen:
                return str(current)
            first = self._seen is self._NEVER
            self._seen = current
        if not first:
            for alias in {settings.PAGE_CACHE_ALIAS, DEFAULT_CACHE_ALIAS}:
                caches[alias].clear()
            logger.info("page cache: another process renewed content; this process's cache emptied")
        return str(current)


local_signal = LocalCacheSignal()


_local = threading.local()  # the renewal of the open transaction of this thread's connection


def renew_after_commit(names=(), urls=(), *, data=(), forget=()):
    """Move the generations `names` and purge the absolute `urls` from the frontend cache once the current
    transaction commits (at once outside a transaction). `data` and `forget` are for the caches of data that pages
    are built from (the home page's slots): generations to move and keys of the default cache to delete, before the
    pages' generations. The changes of one transaction make one renewal: one move per generation, one purge per
    URL, however many pages change."""
    connection = transaction.get_connection()
    renewal = getattr(_local, "renewal", None)
    # A rolled-back transaction drops the callbacks, and with them what was changed there: the next change, finding
    # none of its renewal's callbacks waiting, starts a new renewal.
    if renewal is None or renewal.done or not connection.in_atomic_block or not renewal.waits_in(connection):
        renewal = _local.renewal = _Renewal()
    transaction.on_commit(renewal.add(names, urls, data, forget), robust=True)


def _is_tracking_param(name):
    name = name.lower()
    for pattern in settings.PAGE_CACHE_IGNORED_QUERY_PARAMS:
        if name == pattern or (pattern.endswith("*") and name.startswith(pattern[:-1])):
            return True
    return False


def strip_tracking_params(request):
    """Drop the click-tracking parameters that social networks and newsletters add to shared links.

    A link shared on Facebook comes back as ``/tin-tuc/...?fbclid=<unique id>``, one from Zalo with ``zarsrc=...``,
    from a newsletter with ``utm_*``: every click would be a new page-cache key, so a page shared on a big news day
    would be rendered for nearly every reader and would fill the cache with copies. No page reads these parameters
    (the portal's own statistics do not), so they are taken off the request before anything sees it: the cache key,
    the view and the links it builds from the query string (pagination) are the same as for the clean address.
    ``PAGE_CACHE_IGNORED_QUERY_PARAMS`` lists them (a trailing ``*`` matches a prefix). The other parameters keep
    their order.
    """
    raw = request.META.get("QUERY_STRING", "")
    if not raw:
        return
    pairs = parse_qsl(raw, keep_blank_values=True)
    kept = [(name, value) for name, value in pairs if not _is_tracking_param(name)]
    if len(kept) == len(pairs):
        return
    request.META["QUERY_STRING"] = urlencode(kept)
    request.__dict__.pop("GET", None)  # WSGIRequest.GET is a cached property: read it again from the clean string


def response_key(request, generations):
    raw = "|".join(
        [
            request.get_host(),
            request.method if request.method == "GET" else "GET",
            request.get_full_path(),
            ",".join(str(g) for g in generations),
        ]
    )
    return "pagecache:resp:" + hashlib.sha256(raw.encode()).hexdigest()


def request_is_cacheable(request):
    if not settings.PAGE_CACHE_ENABLED or request.method not in ("GET", "HEAD"):
        return False
    # Signed-in users (editors, previews) carry a session cookie: they always get a fresh page.
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return False
    path = request.path_info
    return not any(path.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PREFIXES)


def response_is_cacheable(response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if response.has_header("Cache-Control"):
        directives = response["Cache-Control"].lower()
        if "private" in directives or "no-cache" in directives or "no-store" in directives:
            return False
    content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
    return content_type in CACHEABLE_CONTENT_TYPES


def shared_cache_headers(response, seconds_left=None):
    """Let nginx or a CDN keep anonymous pages briefly and serve stale ones while refreshing; a page that changes
    by itself in `seconds_left` seconds (``page_cache_until``) is kept no longer and never served stale."""
    if seconds_left is None:
        patch_cache_control(
            response,
            public=True,
            max_age=0,
            s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
            stale_while_revalidate=settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
        )
    else:
        patch_cache_control(
            response, public=True, max_age=0, s_maxage=min(settings.PAGE_CACHE_SHARED_MAX_AGE, seconds_left)
        )
    # Anonymous pages are the same for every reader: a Vary on Cookie would give each visitor their own copy.
    if response.has_header("Vary"):
        kept = [v.strip() for v in response["Vary"].split(",") if v.strip().lower() not in ("cookie",)]
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]


class AnonymousPageCacheMiddleware:
    """Serve anonymous readers from the page cache; placed before sessions so that a hit costs two cache reads."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and not any(
            request.path_info.startswith(prefix) for prefix in settings.PAGE_CACHE_EXCLUDED_PREFIXES
        ):
            strip_tracking_params(request)
        signal = local_signal.token()  # before anything reads the cache: another process may have renewed content
        if not request_is_cacheable(request):
            return self.get_response(request)
        cache = _cache()
        try:
            generations = current_generations(generations_for_path(request.path_info))
            request._portal_site_generation = generations[0]  # the frame cache (core/publishing/frame.py) reuses it
            key = response_key(request, (*generations, signal))
            cached = cache.get(key)
        except Exception:  # the cache is down: serve from the application, never fail the reader
            logger.warning("page cache unavailable", exc_info=True)
            return self.get_response(request)
        if cached is not None:
            cached["X-Cache"] = "HIT"
            return cached
        response = self.get_response(request)
        seconds_left = _seconds_left(request)
        if (
            response_is_cacheable(response)
            and not getattr(request, "_portal_no_page_cache", False)
            and (seconds_left is None or seconds_left > 0)
        ):
            shared_cache_headers(response, seconds_left)
            if hasattr(response, "render") and callable(response.render):
                response = response.render() if not response.is_rendered else response
            response["X-Cache"] = "MISS"
            timeout = (
                settings.PAGE_CACHE_SECONDS if seconds_left is None else min(settings.PAGE_CACHE_SECONDS, seconds_left)
            )
            try:
                cache.set(key, response, timeout=timeout)
            except Exception:
                logger.warning("page cache could not store %s", request.path_info, exc_info=True)
        return response


def never_page_cache(request):
    """Mark a request whose response must not be cached (e.g. it shows the reader's own submission)."""
    request._portal_no_page_cache = True


def page_cache_until(request, moment):
    """Say that the response to `request` changes by itself at `moment` (an aware datetime: a consultation that
    opens or closes, with no publish to renew the cache): it is kept in the page cache, and by nginx or a CDN, no
    longer than until then. The earliest of several moments counts; None is ignored."""
    if moment is None:
        return
    known = getattr(request, "_portal_page_cache_until", None)
    if known is None or moment < known:
        request._portal_page_cache_until = moment


def _seconds_left(request):
    """Whole seconds until the moment given by ``page_cache_until`` (rounded down, so an entry never outlives it),
    or None when the response has no such moment."""
    moment = getattr(request, "_portal_page_cache_until", None)
    if moment is None:
        return None
    from django.utils import timezone

    return int((moment - timezone.now()).total_seconds())
