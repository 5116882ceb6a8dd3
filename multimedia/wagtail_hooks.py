from django.utils.translation import gettext as _
from wagtail.models import Page

from thainguyen_portal.core.publishing import slots
from thainguyen_portal.core.publishing.slots import HomeSlot

from .models import MultimediaIndexPage, multimedia_content_types

HOME_COUNT = 4
# The home slot's generation (core/publishing/slots.py), moved when a multimedia page is published, unpublished or
# deleted.
HOME_SLOT_GENERATION = "multimedia:home-slot"

# The partner API, the YouTube import and the home slot are declared in area.py.


def forget_home_slot(**kwargs):
    """Called on publish, unpublish and delete of a multimedia page (see apps.py)."""
    slots.renew(HOME_SLOT_GENERATION)


def latest_multimedia(request, home_page):
    """The newest multimedia pages of this language and a link to the hub.

    Two queries when the cache is cold (the hub, then its newest children; Django caches the content types), none
    when it is warm: the home page is the busiest page of the portal.
    """
    data = slots.cached(HOME_SLOT_GENERATION, home_page, lambda: _slot_data(request, home_page))
    if not data["items"]:
        return None
    return HomeSlot(
        key="multimedia",
        title=_("Multimedia"),
        template="multimedia/slots/latest.html",
        order=30,
        items=data["items"],
        more_url=data["more_url"],
    )


def _slot_data(request, home_page):
    hub = (
        MultimediaIndexPage.objects.child_of(home_page)
        .live()
        .public()
        .only("id", "title", "url_path", "depth", "path", "locale_id")
        .first()
    )
    if hub is None:
        return {"items": [], "more_url": None}
    pages = (
        Page.objects.child_of(hub)
        .live()
        .public()
        .filter(content_type__in=multimedia_content_types())
        .only("id", "title", "url_path", "depth", "path", "first_published_at", "search_description")
        .order_by("-first_published_at")[:HOME_COUNT]
    )
    items = [
        {
            "title": page.title,
            "url": page.get_url(request),
            "first_published_at": page.first_published_at,
            "search_description": page.search_description,
        }
        for page in pages
    ]
    return {"items": items, "more_url": hub.get_url(request)}
