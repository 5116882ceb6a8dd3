"""Recording a vote and the counts shown on pages (docs/ratings.md)."""

from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import Count, Q

from thainguyen_portal.core.operations import stats

from .models import Rating

COUNTS_SECONDS = 60  # the counts a page shows may be a minute old


def record(page, address, user_agent, useful, reason="", comment="", day=None):
    """Store one reader's vote on `page`. Returns False when the reader (today's fingerprint) already voted on it
    today: the first vote of the day stands."""
    day = day or stats.today()
    fingerprint = stats.fingerprint(address, user_agent, day)
    if Rating.objects.filter(page=page, day=day, fingerprint=fingerprint).exists():
        return False
    try:
        with transaction.atomic():
            Rating.objects.create(
                page=page,
                day=day,
                fingerprint=fingerprint,
                useful=useful,
                reason=reason,
                comment=comment,
                language=page.locale.language_code,
            )
    except IntegrityError:  # the same reader's other request won the race
        return False
    cache.delete(counts_key(page.pk))
    return True


def counts_key(page_id):
    return f"ratings:counts:{page_id}"


def counts(page_id):
    """{"useful": n, "not_useful": m} for a page, from the cache (a minute) or one query."""
    key = counts_key(page_id)
    found = cache.get(key)
    if found is None:
        figures = Rating.objects.filter(page_id=page_id).aggregate(
            yes=Count("pk", filter=Q(useful=True)), no=Count("pk", filter=Q(useful=False))
        )
        found = {"useful": figures["yes"], "not_useful": figures["no"]}
        cache.set(key, found, timeout=COUNTS_SECONDS)
    return found
