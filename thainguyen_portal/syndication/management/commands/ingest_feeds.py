from django.core.management.base import BaseCommand

from thainguyen_portal.core.intake.fetch import FetchError

from ...ingest import SourceError, ingest_all, ingest_youtube


class Command(BaseCommand):
    help = (
        "Bring in the new items of every enabled partner feed (and the YouTube channel's new videos). "
        "Run it every 10–15 minutes from cron or the task worker; a broken feed is recorded and skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("--no-youtube", action="store_true", help="Leave the YouTube channel out.")

    def handle(self, *args, no_youtube=False, **options):
        failed = 0
        for name, result in ingest_all().items():
            if isinstance(result, int):
                self.stdout.write(f"{name}: {result} new")
            else:
                failed += 1
                self.stderr.write(f"{name}: {result}")
        if not no_youtube:
            try:
                self.stdout.write(f"YouTube: {ingest_youtube()} new")
            except (FetchError, SourceError) as exc:
                failed += 1
                self.stderr.write(f"YouTube: {exc}")
        if failed:
            self.stderr.write(f"{failed} source(s) failed; see their last error in the admin.")
