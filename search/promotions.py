"""Editors' promoted results (wagtail.contrib.search_promotions), read from the cache, never written per search.

All promotions are loaded in one query into a dict keyed by the folded query ("dac san tra viet"), so "Đặc san
Trà Việt", "dac san tra viet" and "ĐẶC SAN TRÀ VIỆT" get the same promotions. Saving or deleting a promotion or
a query drops the cached dict. Wagtail's ``Query.add_hit()`` is not used (it writes on every search); the
counters are in ``stats.py``.
"""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from thainguyen_portal.core.fulltext.text import fold, normalise

CACHE_KEY = "search:promotions:v1"
CACHE_SECONDS = 60 * 60


def promotion_key(text):
    return " ".join(fold(normalise(text)).split())


def _load():
    table = {}
    rows = SearchPromotion.objects.select_related("query").order_by("sort_order", "pk")
    for promotion in rows:
        table.setdefault(promotion_key(promotion.query.query_string), []).append(
            {
                "page_id": promotion.page_id,
                "url": promotion.external_link_url,
                "title": promotion.external_link_text or "",
                "description": promotion.description,
            }
        )
    return table


def promotions_for(text):
    table = cache.get(CACHE_KEY)
    if table is None:
        table = _load()
        cache.set(CACHE_KEY, table, CACHE_SECONDS)
    return table.get(promotion_key(text), [])


def _forget(**kwargs):
    cache.delete(CACHE_KEY)


def connect_signals():
    for model in (SearchPromotion, Query):
        post_save.connect(_forget, sender=model, dispatch_uid=f"search-promotions-save-{model.__name__}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"search-promotions-delete-{model.__name__}")
