"""The publication schedule (đúng kỳ): which issues and documents are late.

An issue is late when its due date (the publication date when none is set) has passed and it is not live.
A document is late when more than ``GAZETTE_PUBLISH_WITHIN_WORKING_DAYS`` working days have passed since its issue
date and no live issue holds it. Working days are Monday to Friday minus ``GAZETTE_HOLIDAYS`` (ISO dates).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from .models import GazetteIssuePage, LegalDocument, working_days_after

LATE_LIMIT = 50


def holidays():
    days = []
    for value in getattr(settings, "GAZETTE_HOLIDAYS", []):
        try:
            days.append(datetime.date.fromisoformat(value))
        except ValueError:
            continue
    return days


def document_deadline(issue_date):
    return working_days_after(issue_date, settings.GAZETTE_PUBLISH_WITHIN_WORKING_DAYS, holidays())


@dataclass
class LateItems:
    issues: list
    documents: list  # [(document, deadline)]

    def __bool__(self):
        return bool(self.issues or self.documents)


def late_items(today=None, limit=LATE_LIMIT):
    today = today or timezone.localdate()
    issues = list(
        GazetteIssuePage.objects.filter(live=False)
        .filter(Q(due_date__lt=today) | Q(due_date__isnull=True, publication_date__lt=today))
        .defer_streamfields()
        .order_by("due_date", "publication_date")[:limit]
    )
    # Working days are never fewer than calendar days, so the calendar cut-off narrows the rows without losing any.
    cutoff = today - datetime.timedelta(days=settings.GAZETTE_PUBLISH_WITHIN_WORKING_DAYS)
    candidates = LegalDocument.objects.filter(is_published=False, issue_date__lt=cutoff).order_by("issue_date")
    documents = []
    for document in candidates.only("pk", "number", "summary", "issue_date")[: limit * 4]:
        deadline = document_deadline(document.issue_date)
        if deadline < today:
            documents.append((document, deadline))
        if len(documents) >= limit:
            break
    return LateItems(issues=issues, documents=documents)
