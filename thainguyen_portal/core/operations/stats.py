"""Visit statistics without a database write per request, compatible with the page cache.

Every public page carries `data-page-id` on <body>; `portal.js` sends a beacon (`POST /t`, and a 1×1 image in
<noscript> for readers without JavaScript) that the page cache never sees. The beacon view counts in the cache
(Redis in production):

* page views per day and page, per day and section (first path segment), and per day in all;
* distinct visitors per day: a Redis HyperLogLog of a visitor fingerprint (a hash of the address, the browser and
  a salt that changes every day, so it cannot follow anyone from one day to the next). Nothing personal is stored;
  the HyperLogLog keeps no fingerprint either. Without Redis (development) a set in the local cache stands in.

The beacon is bounded, as anyone can post to it: only live public pages are counted (the section is the page's own,
not what the beacon says), one view per reader (the day's fingerprint) per page per day, and each client address
may send PORTAL_RATE_LIMITS["beacon"] beacons a minute. The keys of a day are then a fixed few, one counter per page
and section actually read, and one small set of page ids per reader (expiring after a day).

Known crawlers are ignored. `manage.py rollup_stats` (cron, a few minutes past midnight, and hourly for a fresh
"today") copies the counters of a day into `DailyPageViews` / `DailyTotals`; running it again gives the same rows.
"""

import hashlib
import re
from datetime import date, timedelta

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone

from .cachebreaker import run_raw

BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|fetch|preview|monitor|curl|wget|python-|httpx|go-http|java/|headless|lighthouse|"
    r"facebookexternalhit|zalo.*crawler|pingdom|uptime",
    re.I,
)
COUNTER_DAYS = 10  # counters live this long; the roll-up copies them to the database long before
READER_SECONDS = 26 * 3600  # a reader's pages of the day are remembered this long (the key names the day)
LIVE_PAGE_SECONDS = 600  # a live page's section is remembered this long (an unpublished page may count as long)


def _cache():
    return caches[settings.STATS_CACHE_ALIAS]


def today():
    return timezone.localdate()


def _key(day, *parts):
    return ":".join(["stats", day.isoformat(), *[str(p) for p in parts]])


def is_bot(user_agent):
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


def _incr(key, amount=1):
    cache = _cache()
    try:
        cache.incr(key, amount)
    except ValueError:
        if not cache.add(key, amount, timeout=COUNTER_DAYS * 86400):
            cache.incr(key, amount)


def _on_redis():
    return "django_redis" in settings.CACHES[settings.STATS_CACHE_ALIAS]["BACKEND"]


def _raw(operation, default=None):
    """`operation(connection)` on the raw Redis connection behind the cache, through the cache's circuit breaker
    (core/operations/cachebreaker.py): `default` at once while Redis is failing, never a wait or an error per call."""
    return run_raw(settings.STATS_CACHE_ALIAS, operation, default)


def _pipeline(*commands):
    def operation(redis):
        pipe = redis.pipeline()
        for name, *args in commands:
            getattr(pipe, name)(*args)
        return pipe.execute()

    return operation


def fingerprint(address, user_agent, day):
    salt = f"{settings.SECRET_KEY}:{day.isoformat()}"
    return hashlib.sha256(f"{salt}|{address}|{user_agent}".encode()).hexdigest()[:24]


def live_page_section(page_id):
    """The statistics section of a live, public page (its URL's first segment), or None when `page_id` is not one.

    Cached for live pages only: made-up ids cost a primary-key lookup (the beacon is rate limited), never a key.
    """
    cache = _cache()
    key = f"stats:live:{page_id}"
    section = cache.get(key)
    if section is not None:
        return section
    from wagtail.models import Page

    from ..publishing.pagecache import split_path

    page = Page.objects.live().public().filter(pk=page_id).first()
    if page is None:
        return None
    url = page.get_url()
    section = split_path(url)[1] if url else ""
    cache.set(key, section, timeout=LIVE_PAGE_SECONDS)
    return section


def _first_view_today(day, page_id, visitor):
    """Whether this is the reader's first view of the page today (one count per reader, page and day)."""
    key = _key(day, "reader", visitor)
    if _on_redis():
        raw = _cache().make_key(key)
        # Through the breaker: while Redis fails, nothing is counted (nothing could be stored either).
        result = _raw(_pipeline(("sadd", raw, page_id), ("expire", raw, READER_SECONDS)))
        return bool(result and result[0])
    cache = _cache()
    pages = cache.get(key) or set()
    if page_id in pages:
        return False
    pages.add(page_id)
    cache.set(key, pages, timeout=READER_SECONDS)
    return True


def record_page_view(page_id, address, user_agent, day=None):
    """The beacon's count: a view of a live public page by a reader, once a day. Returns whether it counted."""
    if is_bot(user_agent):
        return False
    section = live_page_section(page_id)
    if section is None:
        return False
    day = day or today()
    if not _first_view_today(day, int(page_id), fingerprint(address, user_agent, day)):
        return False
    return record_view(page_id, section, address, user_agent, day=day)


def record_view(page_id, section, address, user_agent, day=None):
    """Count one view of a page by one (anonymous) visitor. Returns False for crawlers."""
    if is_bot(user_agent):
        return False
    day = day or today()
    _incr(_key(day, "views"))
    _incr(_key(day, "page", page_id))
    if section:
        _incr(_key(day, "section", section))
    visitor = fingerprint(address, user_agent, day)
    if _on_redis():
        key = _cache().make_key(_key(day, "visitors"))
        _raw(_pipeline(("pfadd", key, visitor), ("expire", key, COUNTER_DAYS * 86400)))
    else:
        cache = _cache()
        key = _key(day, "visitors")
        seen = cache.get(key) or set()
        seen.add(visitor)
        cache.set(key, seen, timeout=COUNTER_DAYS * 86400)
    _remember_page(day, page_id)
    return True


def _remember_page(day, page_id):
    """Keep the set of pages seen on a day, so the roll-up knows which counters to read."""
    key = _key(day, "pages")
    if _on_redis():
        raw = _cache().make_key(key)
        _raw(_pipeline(("sadd", raw, page_id), ("expire", raw, COUNTER_DAYS * 86400)))
    else:
        cache = _cache()
        pages = cache.get(key) or set()
        pages.add(int(page_id))
        cache.set(key, pages, timeout=COUNTER_DAYS * 86400)


def pages_seen(day):
    if _on_redis():
        key = _cache().make_key(_key(day, "pages"))
        return {int(p) for p in _raw(lambda redis: redis.smembers(key), default=set())}
    return set(_cache().get(_key(day, "pages")) or set())


def views(day, page_id=None, section=None):
    if page_id is not None:
        return int(_cache().get(_key(day, "page", page_id)) or 0)
    if section is not None:
        return int(_cache().get(_key(day, "section", section)) or 0)
    return int(_cache().get(_key(day, "views")) or 0)


def visitors(day):
    if _on_redis():
        key = _cache().make_key(_key(day, "visitors"))
        return int(_raw(lambda redis: redis.pfcount(key), default=0))
    return len(_cache().get(_key(day, "visitors")) or ())


def page_counts(day):
    """{page_id: views} for a day, read from the counters in one round trip."""
    ids = sorted(pages_seen(day))
    keys = {_key(day, "page", page_id): page_id for page_id in ids}
    found = _cache().get_many(list(keys))
    return {keys[key]: int(value) for key, value in found.items() if value}


def recent_days(count, end=None):
    end = end or today()
    return [end - timedelta(days=offset) for offset in range(count - 1, -1, -1)]


def parse_day(value):
    return date.fromisoformat(value) if value else today()


MOST_READ_SECONDS = 300


def most_read(language, days=1, limit=5):
    """The live pages of `language` read most in the last `days` days (today's live counters included).

    Areas call this for their "most read" boxes (e.g. the news listings); the result is cached for 5 minutes.
    """
    from django.db.models import Sum
    from wagtail.models import Page

    from ..models import DailyPageViews

    cache_key = f"stats:most-read:{language}:{days}:{limit}:{today().isoformat()}"
    cached = _cache().get(cache_key)
    if cached is not None:
        ids = cached
    else:
        counts = {}
        if days > 1:
            earlier = (
                DailyPageViews.objects.filter(date__gte=today() - timedelta(days=days - 1), date__lt=today())
                .values("page_id")
                .annotate(total=Sum("views"))
            )
            counts = {row["page_id"]: row["total"] for row in earlier}
        for page_id, count in page_counts(today()).items():
            counts[page_id] = counts.get(page_id, 0) + count
        candidates = sorted(counts, key=lambda pid: (-counts[pid], pid))[: limit * 4]
        live = set(
            Page.objects.live()
            .public()
            .filter(pk__in=candidates, locale__language_code=language, depth__gt=2)
            .values_list("pk", flat=True)
        )
        ids = [pid for pid in candidates if pid in live][:limit]
        _cache().set(cache_key, ids, MOST_READ_SECONDS)
    pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).only("id", "title", "url_path", "depth")}
    return [pages[pid] for pid in ids if pid in pages]


def totals_for_footer():
    """(views today, views in all) for the footer's visitor counter.

    Today's figure is the live counter (one cache read), never a copy: the footer is part of pages that the page
    cache keeps, so `portal.js` asks `/_/visits` for these figures after load. Only the sum of the earlier days
    (a database query, changed by the nightly roll-up) is cached, for 5 minutes.
    """
    from django.db.models import Sum

    from ..models import DailyTotals

    day = today()
    key = f"stats:footer-before:{day.isoformat()}"
    before = _cache().get(key)
    if before is None:
        before = DailyTotals.objects.filter(date__lt=day).aggregate(total=Sum("views"))["total"] or 0
        _cache().set(key, before, MOST_READ_SECONDS)
    live = views(day)
    return (live, before + live)
