from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

from thainguyen_portal.core.slots import HOME_SLOTS_HOOK, HomeSlot

from .models import MultimediaIndexPage, multimedia_content_types

HOME_COUNT = 4


@hooks.register(HOME_SLOTS_HOOK)
def latest_multimedia(request, home_page):
    """The newest multimedia pages of this language and a link to the hub: two queries (Django caches the
    content types), no per-type lookups."""
    hub = (
        MultimediaIndexPage.objects.child_of(home_page)
        .live()
        .public()
        .only("id", "title", "url_path", "depth", "path", "locale_id")
        .first()
    )
    if hub is None:
        return None
    pages = list(
        Page.objects.child_of(hub)
        .live()
        .public()
        .filter(content_type__in=multimedia_content_types())
        .only("id", "title", "url_path", "depth", "path", "first_published_at", "search_description")
        .order_by("-first_published_at")[:HOME_COUNT]
    )
    if not pages:
        return None
    return HomeSlot(
        key="multimedia",
        title=_("Multimedia"),
        template="multimedia/slots/latest.html",
        order=30,
        items=pages,
        more_url=hub.get_url(request),
    )
