"""Counting queries for the editors' report without a database write per search.

Each process counts in memory and writes its counts in one batch (two or three queries) every
``SEARCH_STATS_FLUSH_EVERY`` searches or ``SEARCH_STATS_FLUSH_SECONDS`` seconds, whichever comes first. The table
is kept to the ``SEARCH_STATS_MAX_ROWS`` most asked queries (plus the recent ones). A process that dies loses
at most one batch: the report is about trends, not an audit.
"""

import logging
import threading
import time
from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from thainguyen_portal.core.fulltext.text import normalise

from .models import QueryStat

logger = logging.getLogger(__name__)
_lock = threading.Lock()
_hits = Counter()
_zero = Counter()
_state = {"count": 0, "since": time.monotonic()}


def _setting(name, default):
    return getattr(settings, name, default)


def stat_key(text):
    return normalise(text).lower()[:200]


def record(query_text, found):
    key = stat_key(query_text)
    if not key:
        return
    with _lock:
        _hits[key] += 1
        if not found:
            _zero[key] += 1
        _state["count"] += 1
        due = _state["count"] >= _setting("SEARCH_STATS_FLUSH_EVERY", 200) or (
            time.monotonic() - _state["since"] >= _setting("SEARCH_STATS_FLUSH_SECONDS", 300)
        )
    if due:
        try:
            flush()
        except Exception:  # the counters must never break a search page
            logger.exception("Could not write the search counters")


def pending():
    with _lock:
        return dict(_hits), dict(_zero)


def discard():
    with _lock:
        _hits.clear()
        _zero.clear()
        _state.update(count=0, since=time.monotonic())


def flush():
    """Write the counts kept in this process and prune the table. Returns the number of queries written."""
    with _lock:
        hits, zero = dict(_hits), dict(_zero)
        _hits.clear()
        _zero.clear()
        _state.update(count=0, since=time.monotonic())
    if not hits:
        return 0
    now = timezone.now()
    with transaction.atomic():
        existing = {stat.query: stat for stat in QueryStat.objects.select_for_update().filter(query__in=hits)}
        new = [
            QueryStat(query=key, hits=count, zero_hits=zero.get(key, 0), last_seen=now)
            for key, count in hits.items()
            if key not in existing
        ]
        QueryStat.objects.bulk_create(new, ignore_conflicts=True)
        for key, stat in existing.items():
            QueryStat.objects.filter(pk=stat.pk).update(
                hits=F("hits") + hits[key], zero_hits=F("zero_hits") + zero.get(key, 0), last_seen=now
            )
    prune()
    return len(hits)


def prune():
    """Keep the table small: the most asked queries and those of the last week."""
    limit = _setting("SEARCH_STATS_MAX_ROWS", 5000)
    if QueryStat.objects.count() <= limit:
        return
    keep = QueryStat.objects.order_by("-hits").values_list("pk", flat=True)[:limit]
    week_ago = timezone.now() - timedelta(days=7)
    QueryStat.objects.exclude(pk__in=list(keep)).filter(last_seen__lt=week_ago).delete()
