from django.utils.translation import gettext as _
from wagtail.models import Page

from thainguyen_portal.core.publishing.frame import public
from thainguyen_portal.core.publishing.slots import HomeSlot

LATEST_COUNT = 6


def latest_updates(request, home_page):
    """The pages most recently published in this language (one query, no per-type lookups; the private
    subtrees come from the cache)."""
    pages = list(
        public(Page.objects.live(), request)
        .descendant_of(home_page)
        .filter(locale_id=home_page.locale_id)
        .only("id", "title", "url_path", "depth", "last_published_at", "search_description")
        .order_by("-last_published_at")[:LATEST_COUNT]
    )
    if not pages:
        return None
    return HomeSlot(
        key="latest", title=_("Latest updates"), template="home/slots/page_list.html", order=900, items=pages
    )
