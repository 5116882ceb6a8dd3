from django.core.management.base import BaseCommand, CommandError

from thainguyen_portal.core.operations.backup import BackupError, make_backup


class Command(BaseCommand):
    help = (
        "Back up the database, the media files and the private files (petition attachments, field-report photos) "
        "into var/backups/<time>/ (BACKUP_DIR or --dir), keeping the newest --keep."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dir", help="where backups are kept (default: BACKUP_DIR or var/backups)")
        parser.add_argument("--keep", type=int, default=7, help="how many backups to keep (default 7)")

    def handle(self, *args, dir=None, keep=7, **options):
        if keep < 1:
            raise CommandError("--keep must be at least 1")
        try:
            target = make_backup(dir, keep=keep)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Backup written to {target}"))
