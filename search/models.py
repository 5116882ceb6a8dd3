"""The counters behind the editors' report. (The index itself is the full-text layer's, ``core.TextEntry``.)"""

from django.db import models
from django.utils.translation import gettext_lazy as _


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
