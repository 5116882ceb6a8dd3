from django.core.management.base import BaseCommand

from search import stats


class Command(BaseCommand):
    help = "Prune the search query statistics to SEARCH_STATS_MAX_ROWS (run daily)."

    def handle(self, *args, **options):
        stats.prune()
