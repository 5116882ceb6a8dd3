from django.core.management.base import BaseCommand

from ...social import send_due_posts


class Command(BaseCommand):
    help = "Send the social network posts that are due (new ones and retries after back-off). Run every minute."

    def handle(self, *args, **options):
        self.stdout.write(f"{send_due_posts()} post(s) tried")
