"""Readers' satisfaction ratings of pages: useful or not, an optional reason and comment (docs/ratings.md).

One vote per reader, page and day: the reader is the visit statistics' daily fingerprint (core/operations/stats.py: a
hash of the address, the browser and a salt that changes every day), so no cookie, no login and nothing that follows a
reader from one day to the next. The comment is for editors only; it is never shown on the site.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

COMMENT_MAX_LENGTH = 1000

# Why a page was not useful (the reader picks one, or none).
NOT_USEFUL_REASONS = [
    ("outdated", pgettext_lazy("rating reason", "Out of date")),
    ("unclear", pgettext_lazy("rating reason", "Hard to understand")),
    ("incomplete", pgettext_lazy("rating reason", "Incomplete")),
    ("wrong", pgettext_lazy("rating reason", "Wrong")),
    ("other", pgettext_lazy("rating reason", "Other")),
]
# What made it useful (optional as well).
USEFUL_REASONS = [
    ("clear", pgettext_lazy("rating reason", "Clear")),
    ("complete", pgettext_lazy("rating reason", "Complete")),
    ("timely", pgettext_lazy("rating reason", "Timely")),
    ("other", pgettext_lazy("rating reason", "Other")),
]
REASON_CHOICES = NOT_USEFUL_REASONS + [choice for choice in USEFUL_REASONS if choice[0] != "other"]


def reasons_for(useful):
    return USEFUL_REASONS if useful else NOT_USEFUL_REASONS


class Rating(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=pgettext_lazy("rating", "page")
    )
    day = models.DateField(pgettext_lazy("rating", "day"))
    fingerprint = models.CharField(pgettext_lazy("rating", "reader fingerprint"), max_length=24)
    useful = models.BooleanField(pgettext_lazy("rating", "useful"))
    reason = models.CharField(pgettext_lazy("rating", "reason"), max_length=20, blank=True, choices=REASON_CHOICES)
    comment = models.TextField(pgettext_lazy("rating", "comment"), max_length=COMMENT_MAX_LENGTH, blank=True)
    language = models.CharField(pgettext_lazy("rating", "language"), max_length=10)
    created_at = models.DateTimeField(pgettext_lazy("rating", "created at"), default=timezone.now)

    class Meta:
        verbose_name = _("reader rating")
        verbose_name_plural = _("reader ratings")
        constraints = [
            models.UniqueConstraint(fields=["page", "day", "fingerprint"], name="ratings_one_vote_per_reader_day"),
        ]
        indexes = [models.Index(fields=["day", "page"], name="ratings_day_page")]

    def __str__(self):
        return f"{self.page_id} {self.day} {'+' if self.useful else '-'}"

    @property
    def reason_label(self):
        return dict(REASON_CHOICES).get(self.reason, pgettext_lazy("rating reason", "Other") if self.reason else "")
