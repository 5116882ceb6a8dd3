"""Copy the visit counters of recent days from the cache into the database (idempotent)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page

from thainguyen_portal.core.models import DailyPageViews, DailyTotals
from thainguyen_portal.core.operations import stats
from thainguyen_portal.core.publishing.pagecache import split_path


class Command(BaseCommand):
    help = "Roll the visit counters of a day (default: yesterday and today) up into the database. Safe to re-run."

    def add_arguments(self, parser):
        parser.add_argument("--date", help="the day to roll up, YYYY-MM-DD (default: yesterday and today)")

    def handle(self, *args, date=None, **options):
        try:
            days = [stats.parse_day(date)] if date else stats.recent_days(2)
        except ValueError as exc:
            raise CommandError(f"--date must be YYYY-MM-DD, not {date!r}") from exc
        for day in days:
            written = rollup(day)
            self.stdout.write(f"{day}: {written} pages, {stats.views(day)} views, {stats.visitors(day)} visitors")


@transaction.atomic
def rollup(day):
    DailyTotals.objects.update_or_create(
        date=day, defaults={"views": stats.views(day), "visitors": stats.visitors(day)}
    )
    counts = stats.page_counts(day)
    pages = Page.objects.filter(pk__in=counts).only("id", "url_path", "depth", "locale_id")
    written = 0
    for page in pages:
        url = page.url or ""
        DailyPageViews.objects.update_or_create(
            page=page, date=day, defaults={"views": counts[page.pk], "section": split_path(url)[1] if url else ""}
        )
        written += 1
    return written
