from django.core.management.base import BaseCommand

from ...digest import send_digests
from ...tasks import send_alert_digests


class Command(BaseCommand):
    help = (
        "Send the alert digests due today (at most one a day per subscriber) and forget unconfirmed subscriptions. "
        "Run once a day from cron (docs/alerts.md); --enqueue hands the work to the task workers instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="Enqueue the background task instead of sending.")

    def handle(self, *args, **options):
        if options["enqueue"]:
            result = send_alert_digests.enqueue()
            self.stdout.write(f"Task {result.id} enqueued.")
            return
        self.stdout.write(f"{send_digests()} digest(s) sent")
