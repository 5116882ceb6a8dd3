"""The consultations' feed (RSS 2.0 and Atom 1.0): the latest drafts opened for comment."""

from django.utils import timezone
from django.utils.translation import gettext

from thainguyen_portal.core.metadata.feeds import PortalFeed

FEED_SIZE = 30


class ConsultationFeed(PortalFeed):
    def description(self):
        return self.page.intro or gettext("Drafts of legal documents open for public comment.")

    def items(self):
        return list(self.page.consultations(self.request)[:FEED_SIZE])

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return gettext("%(agency)s. Comments from %(opens)s to %(closes)s. %(summary)s") % {
            "agency": item.drafting_agency,
            "opens": timezone.localtime(item.opens_at).strftime("%d/%m/%Y"),
            "closes": timezone.localtime(item.closes_at).strftime("%d/%m/%Y"),
            "summary": item.summary,
        }

    def item_link(self, item):
        return self.absolute(item.url)

    def item_guid(self, item):
        return self.absolute(item.url)

    def item_pubdate(self, item):
        return item.opens_at
