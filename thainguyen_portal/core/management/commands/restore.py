from django.core.management.base import BaseCommand, CommandError

from thainguyen_portal.core.operations.backup import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Restore the database, the media files and the private files (petition attachments, field-report photos) "
        "from a directory made by `manage.py backup`. Replaces them all. Offline: stop the web processes, the task "
        "workers and cron first."
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="the backup directory, e.g. var/backups/20261126-230000")
        parser.add_argument("--no-input", action="store_true", help="do not ask for confirmation")

    def handle(self, *args, path, no_input=False, **options):
        if not no_input:
            answer = input(
                f"This replaces the database, every media file and every private file (petition attachments, "
                f"field-report photos) with {path}.\n"
                "Restore is offline: stop the web processes, the task workers and cron first. Type 'yes' to go on: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        try:
            manifest = restore_backup(path)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        for note in manifest.get("notes", []):
            self.stdout.write(self.style.WARNING(f"Note: {note}"))
        self.stdout.write(self.style.SUCCESS(f"Restored the backup of {manifest['created']}: {manifest['counts']}"))
