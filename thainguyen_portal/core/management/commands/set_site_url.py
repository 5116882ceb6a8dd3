"""Point the default Site at the address the portal is served on: ``manage.py set_site_url [URL]``.

Every absolute URL of the portal (canonical links, og:url, hreflang alternates, sitemaps, feeds, share links) is
built from the default Site's hostname and port. `make run` calls this before the server starts, so that
``make run PORT=8765`` gives URLs on port 8765; an operator uses it when the public address changes.
The URL defaults to WAGTAILADMIN_BASE_URL (the admin's links in e-mails use it too, so both agree).
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from thainguyen_portal.core.metadata.siteurl import align_default_site


class Command(BaseCommand):
    help = (
        "Point the default Site (from which every absolute URL is built) at URL, by default WAGTAILADMIN_BASE_URL. "
        "Renews the page cache when the address changes."
    )

    def add_arguments(self, parser):
        parser.add_argument("url", nargs="?", help="e.g. https://thainguyen.gov.vn (default: WAGTAILADMIN_BASE_URL)")

    def handle(self, *args, url=None, **options):
        url = url or settings.WAGTAILADMIN_BASE_URL
        try:
            site, previous = align_default_site(url)
        except ValueError as exc:
            raise CommandError(str(exc)) from exc
        if site is None:
            self.stdout.write("No default Site yet: nothing to change.")
        elif previous == site.root_url:
            self.stdout.write(f"The default Site already answers at {site.root_url}.")
        else:
            self.stdout.write(self.style.SUCCESS(f"The default Site now answers at {site.root_url} (was {previous})."))
