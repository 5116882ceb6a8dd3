from django.core.management.base import BaseCommand

from thainguyen_portal.core.fulltext.indexing import rebuild, rebuild_vocabulary


class Command(BaseCommand):
    help = (
        "Rebuild the portal's full-text index (live pages and the portal_search_sources objects) and its vocabulary; "
        "--vocabulary recounts the vocabulary only (nightly)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--vocabulary", action="store_true", help="Recount the vocabulary only.")

    def handle(self, *args, **options):
        if options["vocabulary"]:
            self.stdout.write(f"{rebuild_vocabulary()} vocabulary terms.")
            return
        rebuild(stdout=self.stdout)
