from django.core.management.base import BaseCommand

from thainguyen_portal.editorial.setup import setup_newsroom


class Command(BaseCommand):
    help = (
        "Create or update the newsroom's roles (groups and their permissions) and workflows on the sections "
        "that exist. Safe to run again; run it after new sections are added."
    )

    def handle(self, *args, **options):
        setup_newsroom(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Newsroom roles and workflows are set up."))
