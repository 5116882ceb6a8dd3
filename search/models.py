"""The search index of the portal and the counters behind the editors' report.

``SearchEntry`` holds one row per searchable thing (a live page, or an object a content app registers through
the ``portal_search_sources`` hook, see docs/search.md) in one language. It keeps the original text (for
snippets and, on PostgreSQL, a ``tsvector`` column made by migration 0002 with the ``portal_vietnamese``
text-search configuration: ``simple`` + ``unaccent``) and the same text as folded and exact word strings
(" dac san tra viet ", " đặc san trà việt "), which the SQLite path matches with ``LIKE``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

PAGE_SOURCE = "page"


class SearchEntry(models.Model):
    source = models.CharField(max_length=100)  # "page" or the name a portal_search_sources hook gives
    object_key = models.CharField(max_length=64)
    page = models.ForeignKey("wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=50)  # the content-type filter: news, multimedia, gazette, ...
    path = models.CharField(max_length=255, blank=True, db_index=True)  # tree path, for sections and privacy
    title = models.TextField()
    body = models.TextField(blank=True)
    url = models.CharField(max_length=500, blank=True)  # non-page entries only; pages use their own URL
    date = models.DateTimeField(null=True, blank=True)
    title_folded = models.TextField(blank=True)
    text_folded = models.TextField(blank=True)  # title and body
    text_exact = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "object_key"], name="search_entry_unique_object"),
        ]
        indexes = [models.Index(fields=["locale", "kind", "date"], name="search_entry_filter")]
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return self.title


class QueryStat(models.Model):
    """How often a (normalised) query was asked and how often it found nothing. Written in batches."""

    query = models.CharField(_("query"), max_length=200, unique=True)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_hits = models.PositiveIntegerField(_("searches without results"), default=0)
    last_seen = models.DateTimeField(_("last searched"))

    class Meta:
        verbose_name = _("query statistic")
        verbose_name_plural = _("query statistics")
        indexes = [models.Index(fields=["-hits"], name="search_stat_hits")]

    def __str__(self):
        return self.query
