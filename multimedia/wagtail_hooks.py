from django.core.cache import cache
from django.utils.translation import gettext as _
from wagtail.models import Page

from thainguyen_portal.core import pagecache
from thainguyen_portal.core.slots import HomeSlot

from .models import MultimediaIndexPage, multimedia_content_types

HOME_COUNT = 4
HOME_SLOT_TIMEOUT = 600  # seconds; publishing, unpublishing or deleting a multimedia page empties it at once
# A generation of the page cache, moved after the change's transaction commits, before the home page's own.
HOME_SLOT_GENERATION = "multimedia:home-slot"

# The partner API, the YouTube import and the home slot are declared in area.py.


def home_slot_cache_key(home_page):
    version = pagecache.current_generations((HOME_SLOT_GENERATION,))[0]
    return f"multimedia:home-slot:{version}:{home_page.pk}"


def forget_home_slot(**kwargs):
    """Called on publish, unpublish and delete of a multimedia page (see apps.py)."""
    pagecache.renew_after_commit(data=[HOME_SLOT_GENERATION])


def latest_multimedia(request, home_page):
    """The newest multimedia pages of this language and a link to the hub.

    Two queries when the cache is cold (the hub, then its newest children; Django caches the content types), none
    when it is warm: the home page is the busiest page of the portal.
    """
    key = home_slot_cache_key(home_page)
    data = cache.get(key)
    if data is None:
        data = _slot_data(request, home_page)
        cache.set(key, data, HOME_SLOT_TIMEOUT)
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
