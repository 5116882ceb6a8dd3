from django.db.models import F
from django.utils.translation import gettext as _
from wagtail import hooks

from thainguyen_portal.core.publishing import slots
from thainguyen_portal.core.publishing.slots import HomeSlot

from .models import MagazineIndexPage, MagazineIssuePage

LATEST_ISSUES = 4
# The home slot's generation (core/publishing/slots.py), moved when an issue is published, unpublished or deleted
# (signals.py).
HOME_SLOT_GENERATION = "travietpub:home-slot"


def latest_issues(request, home_page):
    """The latest Trà Việt issues of this language, covers joined: one query, then none until an issue is
    published, unpublished or deleted."""
    issues = slots.cached(
        HOME_SLOT_GENERATION,
        home_page,
        lambda: list(
            MagazineIssuePage.objects.live()
            .public()
            .descendant_of(home_page)
            .filter(locale_id=home_page.locale_id)
            .select_related("cover")
            .defer_streamfields()
            .order_by("-issue_date", "-number")[:LATEST_ISSUES]
        ),
    )
    if not issues:
        return None
    index_url = issues[0].get_url(request).rsplit("/", 2)[0] + "/"
    return HomeSlot(
        key="traviet",
        title=_("Trà Việt special magazine"),
        template="travietpub/slots/latest_issues.html",
        order=50,
        items=issues,
        more_url=index_url,
    )


@hooks.register("construct_page_chooser_queryset")
def newest_issues_first(pages, request):
    """The page chooser lists a magazine's issues newest first (by issue date), not in the order they were made."""
    match = getattr(request, "resolver_match", None)
    parent_id = match.kwargs.get("parent_page_id") if match else None
    if not parent_id or not MagazineIndexPage.objects.filter(pk=parent_id).exists():
        return pages
    return pages.order_by(
        F("magazineissuepage__issue_date").desc(nulls_last=True), F("magazineissuepage__number").desc(), "path"
    )
