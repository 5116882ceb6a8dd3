"""Run Wagtail's ``publish_scheduled`` every minute: scheduled go-live and expiry times need it.

``make run`` starts it beside the development server, so scheduling works on the embedded default too. In
production use a cron entry (``* * * * * manage.py publish_scheduled``) or run this command under the process
manager. It stops by itself when the process that started it goes away.
"""

import os
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils import timezone


class Command(BaseCommand):
    help = "Publish and unpublish scheduled pages every minute (loops publish_scheduled)."

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=None, help="Seconds between two runs (default 60).")
        parser.add_argument("--once", action="store_true", help="Run publish_scheduled once and stop.")

    def handle(self, *args, interval=None, once=False, **options):
        interval = max(1, interval or settings.EDITORIAL_SCHEDULER_INTERVAL)
        parent = os.getppid()
        verbosity = options["verbosity"]
        if not once:
            self.stdout.write(f"Scheduler: publish_scheduled every {interval} s (Ctrl-C to stop).")
        try:
            while True:
                call_command("publish_scheduled", verbosity=max(0, verbosity - 1), stdout=self.stdout)
                if verbosity > 1:
                    self.stdout.write(f"{timezone.localtime():%H:%M:%S} publish_scheduled done")
                if once:
                    return
                time.sleep(interval)
                if os.getppid() != parent:  # `make run` ended: do not linger as an orphan
                    return
        except KeyboardInterrupt:
            return
