from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the portal's search index (live pages and the portal_search_sources objects)."

    def handle(self, *args, **options):
        rebuild(stdout=self.stdout)
