"""Redis that fails fast: a circuit breaker in front of django-redis.

With Redis down or hung (accepting connections, never answering), every cache call used to wait its socket timeout,
several times a page, and log an ERROR traceback each time. This client (the CLIENT_CLASS of every Redis cache in
settings/base.py) opens a breaker on the first connection failure or timeout: for PORTAL_REDIS_BREAKER_SECONDS every
call to that Redis server fails at once without touching the network; django-redis's IGNORE_EXCEPTIONS turns that
into a cache miss, so pages are rendered from the database and sign-in keeps working (sessions are `cached_db`).
When the time is up, one call is let through as a trial: if it succeeds the breaker closes, else it stays open
another period. One breaker per server (host and port) and per process, shared by every thread and every cache alias
on that server; one WARNING when it opens and at most one a minute while it stays open, one INFO when it closes.
"""

import logging
import threading
import time
from urllib.parse import urlsplit

from django.conf import settings
from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

WARNING_INTERVAL = 60


class CircuitOpen(RedisConnectionError):
    """Raised (as the cause of django-redis's ConnectionInterrupted) instead of calling a Redis known to be failing."""


class CircuitBreaker:
    def __init__(self, name):
        self.name = name
        self._lock = threading.Lock()
        self._open_until = 0.0  # 0: closed
        self._last_warning = None
        self.failures = 0  # calls that reached Redis and failed (each one waited up to the socket timeout)
        self.skipped = 0  # calls answered at once because the breaker was open

    @property
    def is_open(self):
        return self._open_until != 0.0

    def allow(self):
        """True if a call may go to Redis: the breaker is closed, or its time is up and this caller is the trial."""
        if not self._open_until:
            return True
        with self._lock:
            now = time.monotonic()
            if self._open_until and now < self._open_until:
                self.skipped += 1
                return False
            if self._open_until:
                # The trial: the others keep failing fast until it has answered.
                self._open_until = now + _cooldown()
            return True

    def failure(self, exc):
        with self._lock:
            now = time.monotonic()
            self.failures += 1
            was_open = bool(self._open_until)
            self._open_until = now + _cooldown()
            warn = self._last_warning is None or now - self._last_warning >= WARNING_INTERVAL
            if warn:
                self._last_warning = now
        if warn:
            logger.warning(
                "Redis %s %s (%s: %s): the cache is skipped for %s s at a time, pages come from the database",
                self.name,
                "still fails" if was_open else "fails",
                type(exc).__name__,
                exc,
                _cooldown(),
            )

    def success(self):
        if not self._open_until:
            return
        with self._lock:
            was_open = bool(self._open_until)
            self._open_until = 0.0
            self._last_warning = None
        if was_open:
            logger.info("Redis %s answers again: the cache is used again", self.name)


_breakers = {}
_breakers_lock = threading.Lock()


def _cooldown():
    return getattr(settings, "PORTAL_REDIS_BREAKER_SECONDS", 15)


def breaker_for(server):
    """The breaker of a Redis server, from a django-redis LOCATION (a URL, a list or comma-separated URLs)."""
    first = server[0] if isinstance(server, (list, tuple)) else str(server).split(",")[0]
    parts = urlsplit(first.strip())
    name = parts.netloc.rsplit("@", 1)[-1] or parts.path  # host:port without credentials, or a unix socket path
    with _breakers_lock:
        if name not in _breakers:
            _breakers[name] = CircuitBreaker(name)
        return _breakers[name]


def _guarded(method):
    def call(self, *args, **kwargs):
        breaker = self.breaker
        if not breaker.allow():
            raise ConnectionInterrupted(connection=None) from CircuitOpen(f"Redis {breaker.name}: circuit open")
        try:
            result = method(self, *args, **kwargs)
        except ConnectionInterrupted as exc:
            cause = exc.__cause__
            if isinstance(cause, (RedisConnectionError, RedisTimeoutError, OSError)) and not isinstance(
                cause, CircuitOpen
            ):
                breaker.failure(cause)
            raise
        breaker.success()
        return result

    call.__name__ = method.__name__
    call.__qualname__ = f"CircuitBreakerClient.{method.__name__}"
    call.__doc__ = method.__doc__
    return call


class CircuitBreakerClient(DefaultClient):
    """django-redis's DefaultClient whose calls go through the server's breaker."""

    def __init__(self, server, params, backend):
        super().__init__(server, params, backend)
        self.breaker = breaker_for(server)


# Every call of RedisCache that reaches the network (django_redis/cache.py).
_GUARDED = (
    "get",
    "set",
    "add",
    "touch",
    "delete",
    "delete_many",
    "delete_pattern",
    "clear",
    "get_many",
    "set_many",
    "incr",
    "decr",
    "incr_version",
    "has_key",
    "keys",
    "ttl",
    "pttl",
    "persist",
    "expire",
    "expire_at",
    "pexpire",
    "pexpire_at",
)
for _name in _GUARDED:
    setattr(CircuitBreakerClient, _name, _guarded(getattr(DefaultClient, _name)))


def run_raw(alias, operation, default=None):
    """`operation(connection)` on the raw Redis connection of the django-redis cache `alias`, through the server's
    breaker: `default` at once while the breaker is open, and `default` when Redis fails (which opens it)."""
    from django.core.cache import caches
    from django_redis import get_redis_connection

    breaker = getattr(caches[alias].client, "breaker", None)
    if breaker is None:
        return operation(get_redis_connection(alias))
    if not breaker.allow():
        return default
    try:
        result = operation(get_redis_connection(alias))
    except (RedisConnectionError, RedisTimeoutError, OSError) as exc:
        breaker.failure(exc)
        return default
    breaker.success()
    return result
