"""Per-client rate limits for public forms and search, counted in the shared cache (Redis in production).

    @ratelimit("petition", rate="5/m")                 # POSTs only (the default)
    def submit(request): ...

    @ratelimit("search", rate="60/m", methods=None)    # every method

A client over the limit gets the portal's 429 page (with `Retry-After`), never a 500; the view is not called, so
nothing is stored. The counter is a fixed window per client address (`core.security.clientip`), so a burst is stopped
within one window. When the cache is down (django-redis' IGNORE_EXCEPTIONS) the limit fails open: readers keep
their forms. Limits are set in settings (`PORTAL_RATE_LIMITS = {"petition": "5/m"}`) so an operator can change
them without code; the decorator's `rate` is the default.

The clock is injectable: `PORTAL_RATE_LIMIT_CLOCK` (a callable, or its dotted path; `time.time` by default) says
what "now" is, so a test can put its requests at a known point of a window instead of sleeping for a minute to
turn; `hit()` also takes `now=`.
"""

import functools
import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.template.loader import render_to_string
from django.utils.module_loading import import_string

from .clientip import client_ip

logger = logging.getLogger(__name__)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate):
    """ "5/m" → (5, 60). "10/5m" is also accepted (10 per five minutes)."""
    count, _, period = str(rate).partition("/")
    number = period[:-1] or "1"
    unit = period[-1:]
    if not count.isdigit() or not number.isdigit() or unit not in _UNITS:
        raise ValueError(f"bad rate {rate!r}: expected e.g. '5/m', '100/h', '10/5m'")
    return int(count), int(number) * _UNITS[unit]


def _rate_for(scope, default):
    return getattr(settings, "PORTAL_RATE_LIMITS", {}).get(scope, default)


def clock():
    """The limiter's "now" in seconds: `PORTAL_RATE_LIMIT_CLOCK`, `time.time` unless configured."""
    configured = getattr(settings, "PORTAL_RATE_LIMIT_CLOCK", None) or time.time
    return (import_string(configured) if isinstance(configured, str) else configured)()


def hit(scope, key, rate, now=None):
    """Count one request of `key` in `scope` at `now` (the clock's time by default). Returns (allowed, seconds until
    the window ends)."""
    limit, window = parse_rate(rate)
    now = int(clock() if now is None else now)
    window_start = now - now % window
    cache_key = f"ratelimit:{scope}:{key}:{window_start}"
    cache = caches[getattr(settings, "PORTAL_RATE_LIMIT_CACHE", "default")]
    try:
        count = 1 if cache.add(cache_key, 1, timeout=window + 5) else cache.incr(cache_key)
    except ValueError:  # the key expired between add and incr
        cache.set(cache_key, 1, timeout=window + 5)
        count = 1
    except Exception:  # the cache is down: fail open, say so in the log
        logger.warning("rate limit %s not counted: cache unavailable", scope, exc_info=True)
        return True, 0
    if count is None:  # django-redis with IGNORE_EXCEPTIONS answers None when Redis is down
        return True, 0
    return count <= limit, window_start + window - now


def too_many_requests(request, retry_after):
    from django.http import HttpResponse

    body = render_to_string("429.html", {"retry_after": retry_after}, request=request)
    response = HttpResponse(body, status=429)
    response["Retry-After"] = str(max(1, retry_after))
    response["Cache-Control"] = "no-store"
    return response


def ratelimit(scope, rate="5/m", methods=("POST",)):
    """Limit a view to `rate` requests per client address; `methods=None` counts every method."""

    def decorator(view):
        @functools.wraps(view)
        def wrapped(request, *args, **kwargs):
            if methods is None or request.method in methods:
                allowed, retry_after = hit(scope, client_ip(request) or "unknown", _rate_for(scope, rate))
                if not allowed:
                    logger.info("rate limit %s exceeded by %s", scope, client_ip(request))
                    return too_many_requests(request, retry_after)
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
