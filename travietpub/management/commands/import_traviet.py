"""manage.py import_traviet DIR [--publish] [--update] [--ocr] [--index PAGE_ID]: digitise Trà Việt back issues.

See travietpub/importer.py for the manifest's format. The issues are drafts the magazine's editor publishes in the
admin (unless --publish); an issue already imported is not replaced without --update. Exits with status 1, after a
report per issue, when an issue failed.
"""

import sys
import time

from django.core.management.base import BaseCommand, CommandError

from travietpub.importer import ImportFailure, TravietImporter
from travietpub.models import MagazineIndexPage

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Import Trà Việt issues (one PDF each and a manifest.json or manifest.csv) from a folder."

    def add_arguments(self, parser):
        parser.add_argument("directory", help="The folder with the PDFs and manifest.json or manifest.csv.")
        parser.add_argument("--publish", action="store_true", help="Publish the issues (drafts by default).")
        parser.add_argument(
            "--update", action="store_true", help="Replace issues already imported whose PDF or row changed."
        )
        parser.add_argument("--ocr", action="store_true", help="Read scanned pages with Tesseract (Vietnamese).")
        parser.add_argument("--index", type=int, help="The id of the magazine index page (the first by default).")

    def handle(self, directory, publish=False, ocr=False, index=None, update=False, **options):
        self.verbosity = options.get("verbosity", 1)
        index_page = self._index(index)
        importer = TravietImporter(
            directory, index_page, publish=publish, ocr=ocr, progress=self._progress, update=update
        )
        started = time.perf_counter()
        try:
            report = importer.run()
        except ImportFailure as error:
            raise CommandError(str(error)) from error
        elapsed = time.perf_counter() - started
        for outcome in report.outcomes:
            style = self.style.ERROR if outcome.status == "failed" else self.style.SUCCESS
            line = f"{outcome.status:>8}  {outcome.label}"
            if outcome.detail:
                line += f": {outcome.detail}"
            if outcome.seconds:
                line += f" [{outcome.seconds:.1f} s]"
            self.stdout.write(style(line))
        self.stdout.write(f"Summary: {report.summary()} in {elapsed:.1f} s.")
        if report.of("failed"):
            sys.exit(1)

    def _index(self, index_id):
        pages = MagazineIndexPage.objects.order_by("path")
        if index_id is not None:
            page = pages.filter(pk=index_id).first()
            if page is None:
                raise CommandError(f"No magazine index page with id {index_id}.")
            return page
        page = pages.filter(locale__language_code="vi").first() or pages.first()
        if page is None:
            raise CommandError("There is no magazine index page: create one in the admin (or run seed_demo) first.")
        return page

    def _progress(self, done, total, label):
        if self.verbosity < 1 or not total:
            return
        filled = round(BAR_WIDTH * done / total)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        tty = self.stderr.isatty()
        ending = "" if tty and done < total else "\n"
        self.stderr.write(f"{chr(13) if tty else ''}[{bar}] {done}/{total} {label}", ending=ending)
