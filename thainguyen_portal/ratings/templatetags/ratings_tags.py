from django import template
from django.urls import reverse

from ..models import NOT_USEFUL_REASONS, USEFUL_REASONS

register = template.Library()


def rating_enabled(page):
    """Every content page: not the home pages (the site's roots), nor a page type with `show_rating = False`."""
    return page.depth > 2 and getattr(page, "show_rating", True)


@register.inclusion_tag("ratings/widget.html", takes_context=True)
def rating_widget(context, page):
    """The rating form at the end of a page: the same for every reader (cached pages), no query (the settings come
    from the frame's cache)."""
    if not rating_enabled(page):
        return {"show": False}
    portal = context.get("portal")  # base.html's PortalSettings (from the frame's cache)
    show_counts = bool(getattr(portal, "show_rating_counts", False))
    return {
        "show": True,
        "page": page,
        "useful_reasons": USEFUL_REASONS,
        "not_useful_reasons": NOT_USEFUL_REASONS,
        "counts_url": reverse("rating-counts", args=[page.pk]) if show_counts else "",
    }
