"""manage.py import_gazette MANIFEST.csv --files DIR: load existing documents and issues (see gazette/importer.py)."""

from django.core.management.base import BaseCommand, CommandError

from gazette.importer import Importer, RowError

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Load legal documents and gazette issues from a CSV manifest and a directory of signed files."

    def add_arguments(self, parser):
        parser.add_argument("manifest", help="the CSV manifest (see gazette/importer.py for its columns)")
        parser.add_argument("--files", dest="files", default=None, help="the directory holding the signed files")
        parser.add_argument("--no-progress", action="store_true", help="no progress bar (for logs)")

    def handle(self, *args, manifest, files, no_progress, **options):
        def progress(done, total):
            if no_progress or not total:
                return
            filled = BAR_WIDTH * done // total
            self.stderr.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}", ending="")
            if done == total:
                self.stderr.write("")

        try:
            report = Importer(manifest, files, progress=progress).run()
        except (RowError, OSError) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"imported: {len(report.imported)}, updated: {len(report.updated)}, "
            f"skipped: {len(report.skipped)}, failed: {len(report.failed)}"
        )
        for line, reason in report.skipped:
            self.stdout.write(f"  line {line}: skipped ({reason})")
        for line, reason in sorted(report.failed):
            self.stdout.write(f"  line {line}: FAILED: {reason}")
