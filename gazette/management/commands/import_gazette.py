"""manage.py import_gazette MANIFEST.csv --files DIR [--user USERNAME] [--update]: load existing documents and
issues (see gazette/importer.py).

New issues are drafts; with --user they are submitted to the gazette's workflow as that user. A document already
in the database is not overwritten without --update. Exits with status 1, after a per-row report, when a row failed.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from gazette.importer import Importer, RowError

BAR_WIDTH = 30


class Command(BaseCommand):
    help = "Load legal documents and gazette issues from a CSV manifest and a directory of signed files."

    def add_arguments(self, parser):
        parser.add_argument("manifest", help="the CSV manifest (see gazette/importer.py for its columns)")
        parser.add_argument("--files", dest="files", default=None, help="the directory holding the signed files")
        parser.add_argument(
            "--user",
            dest="username",
            default=None,
            help="submit the new issues to the gazette's workflow as this user (drafts without it)",
        )
        parser.add_argument(
            "--update", action="store_true", help="overwrite documents already in the database (refused by default)"
        )
        parser.add_argument("--no-progress", action="store_true", help="no progress bar (for logs)")

    def handle(self, *args, manifest, files, no_progress, username=None, update=False, **options):
        def progress(done, total):
            if no_progress or not total:
                return
            filled = BAR_WIDTH * done // total
            self.stderr.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total}", ending="")
            if done == total:
                self.stderr.write("")

        user = None
        if username:
            User = get_user_model()
            user = User.objects.filter(**{User.USERNAME_FIELD: username}, is_active=True).first()
            if user is None:
                raise CommandError(f"no active user “{username}”")
        try:
            report = Importer(manifest, files, progress=progress, update=update, user=user).run()
        except (RowError, OSError) as error:
            raise CommandError(str(error)) from error
        for line, reason in report.skipped:
            self.stdout.write(f"  line {line}: skipped ({reason})")
        for line, number, reason in sorted(report.failed):
            self.stdout.write(self.style.ERROR(f"  line {line} [{number or 'no number'}]: FAILED: {reason}"))
        for label in report.submitted:
            self.stdout.write(f"  issue {label}: a draft, submitted to the gazette's workflow as {user}")
        for label in report.drafts:
            why = "no --user given" if user is None else "the issue has no workflow"
            self.stdout.write(f"  issue {label}: left as a draft ({why}): submit or publish it in the admin")
        self.stdout.write(
            f"imported: {len(report.imported)}, updated: {len(report.updated)}, "
            f"skipped: {len(report.skipped)}, failed: {len(report.failed)}"
        )
        if report.failed:
            raise CommandError(f"{len(report.failed)} row(s) failed: see the report above", returncode=1)
